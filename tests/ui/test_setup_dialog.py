"""First-run setup: Enter never chooses among several kelurahan; the operator is required."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.setup.office_dialog import SetupDialog, make_setup_dialog


def test_enter_after_poris_saves_nothing_and_opens_the_list(qtbot, empty_db, monkeypatch):
    database = open_database(empty_db)
    dialog = make_setup_dialog(database, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    popups: list[bool] = []
    monkeypatch.setattr(dialog.kelurahan, "showPopup", lambda: popups.append(True))
    dialog.operator.setText("Rina")
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "poris")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != SetupDialog.DialogCode.Accepted
    assert dialog.values().kelurahan_code is None  # none of the six is taken
    assert popups == [True]
    hint = dialog.findChild(QLabel, "setupError_search")
    assert not hint.isHidden() and "6 kelurahan" in hint.text()
    with database.read_session() as session:
        assert get_office(session) is None
    database.dispose()


def test_enter_in_the_dialog_with_several_matches_asks_for_a_choice(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("poris")
    dialog.operator.setText("Rina")
    qtbot.keyClick(dialog.operator, Qt.Key.Key_Return)  # the default button: Simpan
    assert dialog.result() != SetupDialog.DialogCode.Accepted
    assert not dialog.findChild(QLabel, "setupError_kelurahan").isHidden()


def test_enter_takes_the_one_match(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "plawad utara")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.kelurahan.currentText().startswith("Poris Plawad Utara")
    assert dialog.result() != SetupDialog.DialogCode.Accepted  # chosen, not saved
    assert dialog.focusWidget() is dialog.lurah_name


def test_operator_name_is_required_and_marked(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.select_kelurahan("36.71.05.1008")
    dialog.save_button.click()
    error = dialog.findChild(QLabel, "setupError_operator_names")
    assert not error.isHidden() and "nama operator" in error.text().lower()
    assert dialog.result() != SetupDialog.DialogCode.Accepted
    marked = [label.text() for label in dialog.findChildren(QLabel) if label.text().endswith("*")]
    assert "Nama operator: *" in marked and "Kelurahan: *" in marked


def test_dinas_sosial_office_needs_no_kelurahan(qtbot, empty_db):
    database = open_database(empty_db)
    dialog = make_setup_dialog(database, first_run=True)
    qtbot.addWidget(dialog)
    dialog.city_check.setChecked(True)
    assert not dialog.kelurahan.isEnabled()
    dialog.operator.setText("Dewi")
    dialog.save_button.click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    with database.read_session() as session:
        office = get_office(session)
        assert office is not None and office.kelurahan_code is None
    database.dispose()


def test_a_kelurahan_office_is_not_offered_the_city_choice(qtbot, demo_db):
    database = open_database(demo_db)
    dialog = make_setup_dialog(database)
    qtbot.addWidget(dialog)
    assert dialog.city_check.isHidden()
    database.dispose()
