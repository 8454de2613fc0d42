"""What the programme window tests share: a group with approved aid, the day fixed, and a
driver that works a form where the application would run it modally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from wksbm_desktop.core.domain.programme_inputs import AidInput, DisbursementInput
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.services import aid, disbursements
from wksbm_desktop.ui.forms import base
from wksbm_desktop.ui.programme import aid_rows

TODAY = date(2025, 6, 15)  # the demo's day (tests/ui/conftest.py DEMO_TODAY)

Driver = Callable[[QDialog], None]


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> date:
    """LPJ states are judged on the demo's day, not on the machine's."""
    monkeypatch.setattr(aid_rows, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def group_uuid(main_window) -> str:  # type: ignore[no-untyped-def]
    """A live group of the demo with one approved aid (Rp 10.000.000, Rp 4.000.000 handed
    over) and no LPJ yet."""
    with main_window.database.session() as session:
        group = session.scalars(
            select(Group).where(Group.archived_at.is_(None)).order_by(Group.name)
        ).first()
        assert group is not None
        made = aid.create_aid(session, AidInput(
            group.uuid, date(2024, 3, 4), "Modal usaha ternak kambing", 12_000_000,
            "disetujui", date(2024, 5, 2), 10_000_000, "Kemensos/APBN",
        ))  # fmt: skip
        disbursements.add_disbursement(
            session, DisbursementInput(made.uuid, date(2024, 6, 10), 4_000_000)
        )
        return group.uuid


@pytest.fixture
def drive(monkeypatch: pytest.MonkeyPatch, qtbot) -> Callable[[Driver], list[QDialog]]:  # type: ignore[no-untyped-def]
    """``drive(driver)``: each form opened next shows and ``driver`` works it; the forms
    opened are returned (to look at one that stayed open with its messages)."""
    opened: list[QDialog] = []

    def install(driver: Driver) -> list[QDialog]:
        def fake_exec(dialog: QDialog) -> bool:
            opened.append(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            driver(dialog)
            accepted = dialog.result() == QDialog.DialogCode.Accepted
            dialog.hide()
            return accepted

        monkeypatch.setattr(base, "exec_dialog", fake_exec)
        return opened

    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)
    return install
