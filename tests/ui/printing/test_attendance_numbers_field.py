"""Ticking from a signed sheet: the checklist numbers members as the daftar hadir does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.documents.conftest import Office, build_office
from wksbm_desktop.core.queries.forms import Choice, current_members
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.documents.daftar_hadir import attendance_sheet
from wksbm_desktop.ui.forms.attendance import AttendancePanel


@pytest.fixture
def office(tmp_path: Path):
    database = open_database(tmp_path / "kantor.db", operator="Penguji")
    yield build_office(database)
    database.dispose()


@pytest.fixture
def panel(qtbot) -> AttendancePanel:
    widget = AttendancePanel()
    qtbot.addWidget(widget)
    choices = [Choice(f"u{n}", f"Warga {n}") for n in range(1, 8)]
    widget.set_members(choices, {"u7"})
    return widget


def test_typed_numbers_tick_those_members_and_keep_other_ticks(qtbot, panel) -> None:
    qtbot.keyClicks(panel.tick_numbers.edit, "1-3, 5")
    qtbot.keyClick(panel.tick_numbers.edit, Qt.Key.Key_Return)
    assert panel.checked() == ("u1", "u2", "u3", "u5", "u7")
    assert panel.tick_numbers.message.text() == "4 nomor dicentang."
    assert panel.tick_numbers.edit.text() == ""
    assert panel.count_label.text().startswith("5")


def test_bad_numbers_are_explained_and_nothing_is_ticked(qtbot, panel) -> None:
    panel.tick_numbers.edit.setText("2, 9")
    panel.tick_numbers.button.click()
    assert panel.checked() == ("u7",)
    assert "Nomor 9 tidak ada di daftar" in panel.tick_numbers.message.text()
    assert panel.tick_numbers.edit.text() == "2, 9"  # kept, to be corrected


def test_checklist_rows_carry_the_sheet_numbers(panel) -> None:
    model = panel.model
    assert model.data(model.index(0)) == "1. Warga 1"
    assert model.data(model.index(6)) == "7. Warga 7"


def test_checklist_and_printed_sheet_number_the_same_people(qtbot, office: Office) -> None:
    with office.database.session() as session:
        choices = current_members(session, office.group_uuid)
        sheet = attendance_sheet(session, office.activity_uuid, filled=False)
    panel = AttendancePanel()
    qtbot.addWidget(panel)
    panel.set_members(choices, set())
    panel.tick_numbers.edit.setText("2, 4-5")
    assert panel.tick_numbers.tick()
    ticked = set(panel.checked())
    assert ticked == {sheet.rows[n - 1].member_uuid for n in (2, 4, 5)}
