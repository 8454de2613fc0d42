"""What the editor form tests share: a kelurahan database, its people and groups, and a
driver that works the dialog with qtbot where the application would run it modally."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.forms import base

PEOPLE = {
    "Budi Santoso": "3671051705800001",
    "Siti Aminah": "3671055705800002",
    "Joko Prasetyo": "3671050101900003",
}

Driver = Callable[[QDialog], None]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A database set up for one kelurahan, with no people or groups yet."""
    db = open_database(tmp_path / "forms.db", operator="Penguji")
    with db.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
    yield db
    db.dispose()


@pytest.fixture
def members(database: Database) -> dict[str, str]:
    """Budi, Siti and Joko as members of no group: their uuids by name."""
    with database.session() as session:
        return {
            name: create_member(session, MemberInput(nik, name)).uuid
            for name, nik in PEOPLE.items()
        }


@pytest.fixture
def kube_melati(database: Database) -> str:
    """The uuid of a group "KUBE Melati" without members."""
    with database.session() as session:
        return create_group(session, GroupInput("KUBE Melati", "KUBE", "Ekonomi Produktif")).uuid


@pytest.fixture
def drive(monkeypatch: pytest.MonkeyPatch, qtbot) -> Callable[[Driver], None]:  # type: ignore[no-untyped-def]
    """``drive(driver)``: the next form opened shows, ``driver`` works it, and its result
    decides what the form returns; discarding unsaved changes is always confirmed."""

    def install(driver: Driver) -> None:
        def fake_exec(dialog: QDialog) -> bool:
            dialog.show()
            qtbot.waitExposed(dialog)
            driver(dialog)
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(base, "exec_dialog", fake_exec)

    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)
    return install
