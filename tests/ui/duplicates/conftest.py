"""A kelurahan with planted duplicates: Muhammad/Muhamad Rizki (NIK one digit off, same birth
date, each in a group with attendance) and Siti Nurhaliza/St. Nurhaliza."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.forms import base

BORN = date(1980, 5, 17)
PEOPLE = {
    "rizki": MemberInput(
        "3671051705800011", "Muhammad Rizki", birth_date=BORN, phone="081234567890"
    ),
    "rizki2": MemberInput(
        "3671051705800012", "Muhamad Rizki", birth_date=BORN, kk="3671050101100001", rt="005"
    ),
    "siti": MemberInput("3671055203850007", "Siti Nurhaliza", birth_date=date(1985, 3, 12)),
    "siti2": MemberInput("3671055203850070", "St. Nurhaliza", birth_date=date(1985, 3, 12)),
    "joko": MemberInput("3671050101900003", "Joko Prasetyo", birth_date=date(1990, 1, 1)),
}


@dataclass
class Planted:
    members: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)


def plant(database: Database) -> Planted:
    planted = Planted()
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        for key, values in PEOPLE.items():
            planted.members[key] = create_member(session, values).uuid
        for name, who in (("KUBE Melati", "rizki"), ("Bank Sampah Hijau", "rizki2")):
            group = create_group(session, GroupInput(name, "KUBE", "Ekonomi Produktif"))
            planted.groups[name] = group.uuid
            add_membership(session, planted.members[who], group.uuid, "anggota", date(2024, 1, 1))
            create_activity(
                session,
                ActivityInput(group.uuid, date(2025, 3, 1), f"Rapat {name}", "Rapat", "Sosial",
                              "Swadaya/Iuran", attendee_uuids=(planted.members[who],)),
            )  # fmt: skip
    return planted


@pytest.fixture
def kelurahan(tmp_path: Path) -> Iterator[tuple[Database, Planted]]:
    database = open_database(tmp_path / "ganda.db", operator="Penguji")
    planted = plant(database)
    yield database, planted
    database.dispose()


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot) -> Callable[..., list[str]]:  # type: ignore[no-untyped-def]
    """``answer_dialogs(driver)``: the next modal dialog shows and ``driver`` works it; errors
    are collected in the returned list instead of a message box."""
    from wksbm_desktop.ui import dialogs_util

    errors: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": errors.append(text))

    def install(driver: Callable[[QDialog], None]) -> list[str]:
        def fake_exec(dialog: QDialog) -> bool:
            dialog.show()
            qtbot.waitExposed(dialog)
            driver(dialog)
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(base, "exec_dialog", fake_exec)
        return errors

    return install
