"""The main window: title, tabs, menus, status bar, remembered layout, first run, command line."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTabWidget

from wksbm_desktop import app
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.main_window import create_main_window
from wksbm_desktop.ui.setup.office_dialog import SetupDialog, make_setup_dialog, run_setup


def test_title_names_the_kelurahan_and_kecamatan(main_window):
    assert main_window.windowTitle() == "WKSBM — Kel. Poris Plawad, Kec. Cipondoh"


def test_tabs_come_in_the_agreed_order_with_named_tables(main_window):
    tabs = main_window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Ringkasan",
        "Kelompok",
        "Anggota",
        "Kegiatan",
    ]
    for index, name in ((1, "groupTable"), (2, "memberTable"), (3, "activityTable")):
        tabs.setCurrentIndex(index)  # each tab is built when first shown
        assert main_window.findChild(QTableView, name) is not None


def test_only_the_shown_tab_is_built_at_start(qtbot, demo_db, tmp_path):
    from wksbm_desktop.ui import settings as ui_settings

    settings = ui_settings.Settings(tmp_path / "ui.ini")
    settings.set(ui_settings.CURRENT_TAB, 2)
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    assert main_tables(window) == ["memberTable"]
    window.tabs.setCurrentIndex(1)
    assert main_tables(window) == ["groupTable", "memberTable"]
    window.close()
    window.database.dispose()


def test_ringkasan_paints_before_the_database_opens_then_loads(qtbot, demo_db, tmp_path):
    """The first tab a new operator sees shows at once; its figures follow the data layer."""
    from wksbm_desktop.ui import settings as ui_settings

    settings = ui_settings.Settings(tmp_path / "ui.ini")
    settings.set(ui_settings.CURRENT_TAB, 0)
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget().objectName() == "dashboard"
    assert not window.opening.is_open  # building the Ringkasan tab did not open the database
    window.show()
    qtbot.waitUntil(lambda: window.opening.is_open)
    dashboard = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=10_000)
    assert dashboard.cards["figureActiveGroups"].value.text() not in ("", "0")
    window.close()
    window.database.dispose()


def main_tables(window) -> list[str]:
    names = {"groupTable", "memberTable", "activityTable"}
    return sorted(
        v.objectName() for v in window.findChildren(QTableView) if v.objectName() in names
    )


def test_status_bar_shows_database_and_counts(main_window, demo_db):
    counts = main_window.findChild(QLabel, "statusCounts").text()
    assert "300 anggota" in counts
    assert str(demo_db) in main_window.findChild(QLabel, "statusDatabase").text()


def test_last_backup_label_is_hidden_until_set(main_window):
    label = main_window.findChild(QLabel, "statusBackup")
    assert label.isHidden()
    main_window.set_last_backup("15-06-2025 08.00")
    assert label.isVisible() and "15-06-2025 08.00" in label.text()
    main_window.set_last_backup("")
    assert label.isHidden()


def test_file_menu_sections_take_actions_in_order(main_window):
    export = QAction("Ekspor", main_window)
    backup = QAction("Cadangkan", main_window)
    main_window.add_file_action(backup, "backup")
    main_window.add_file_action(export, "excel")
    texts = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert texts.index("Ekspor") < texts.index("Cadangkan") < texts.index("&Keluar")
    with pytest.raises(ValueError):
        main_window.add_file_action(QAction("x", main_window), "nowhere")


def test_window_size_columns_and_tab_are_remembered(qtbot, demo_db):
    first = create_main_window(demo_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 650)  # the offscreen screen is 800 wide: only the height can differ
    expected = first.size()
    first.tabs.setCurrentIndex(2)
    first.member_tab.table.horizontalHeader().resizeSection(0, 321)
    first.close()
    first.database.dispose()
    second = create_main_window(demo_db)
    qtbot.addWidget(second)
    second.show()
    # The offscreen screen is 800 wide: Qt fits the restored width to it, the height is kept.
    assert second.size().height() == expected.height()
    assert second.tabs.currentIndex() == 2
    assert second.member_tab.table.horizontalHeader().sectionSize(0) == 321
    second.close()
    second.database.dispose()


def _fill_setup(dialog: SetupDialog) -> None:
    dialog.search.setText("batujaya")  # the older spelling of Batu Jaya
    dialog.lurah_name.setText("H. Ahmad")
    dialog.operator.setText("Rina")


def test_setup_dialog_finds_kelurahan_by_old_spelling(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    _fill_setup(dialog)
    values = dialog.values()
    assert values.kelurahan_code == "36.71.03.1002"
    assert dialog.kecamatan.currentText() == "Batuceper"


def test_setup_dialog_lists_kelurahan_of_the_chosen_kecamatan(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.kecamatan.setCurrentIndex(dialog.kecamatan.findData("36.71.05"))
    names = [dialog.kelurahan.itemText(i) for i in range(dialog.kelurahan.count())]
    assert "Poris Plawad" in names
    assert dialog.values().kelurahan_code is None  # nothing picked yet


def test_first_run_dialog_saves_the_office(qtbot, empty_db):
    database = open_database(empty_db)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        _fill_setup(dialog)
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    assert run_setup(database, None, first_run=True)
    with database.read_session() as session:
        office = get_office(session)
        assert office is not None and office.kelurahan_name == "Batu Jaya"
        assert office.operator_names == "Rina"
    database.dispose()


def test_setup_dialog_shows_core_errors_and_saves_nothing(qtbot, empty_db):
    database = open_database(empty_db)
    dialog = make_setup_dialog(database, first_run=True)
    qtbot.addWidget(dialog)
    _fill_setup(dialog)
    dialog.lurah_nip.setText("12345")
    dialog.save_button.click()
    error = dialog.findChild(QLabel, "setupError_lurah_nip")
    assert not error.isHidden() and "18 angka" in error.text()
    with database.read_session() as session:
        assert get_office(session) is None
    database.dispose()


def test_setup_dialog_requires_a_kelurahan(qtbot):
    dialog = SetupDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert not dialog.findChild(QLabel, "setupError_kelurahan").isHidden()
    assert dialog.result() != SetupDialog.DialogCode.Accepted


def test_office_settings_menu_changes_the_title(qtbot, main_window):
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.select_kelurahan("36.71.03.1002")
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    main_window.findChild(QAction, "officeSettings").trigger()
    assert main_window.windowTitle() == "WKSBM — Kel. Batu Jaya, Kec. Batuceper"


@pytest.fixture
def quiet_main(monkeypatch):
    """main() without touching the real log handlers or the test run's excepthook."""
    monkeypatch.setattr("wksbm_desktop.logs.setup_logging", lambda *a, **k: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_screenshot_option_writes_a_png_per_tab_and_programme_page(
    qtbot, quiet_main, demo_db, tmp_path: Path
):
    folder = tmp_path / "shots"
    assert app.main(["--db", str(demo_db), "--screenshot", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["1-ringkasan.png", "2-kelompok.png", "3-anggota.png", "4-kegiatan.png",
                     "5-bantuan.png", "6-indikator.png"]  # fmt: skip
    assert all((folder / n).stat().st_size > 10_000 for n in names)


def test_screenshot_without_office_fails_cleanly(qtbot, quiet_main, empty_db, tmp_path):
    assert app.main(["--db", str(empty_db), "--screenshot", str(tmp_path / "s")]) == 2


def test_self_test_option_returns_the_self_test_result(monkeypatch):
    fake = types.ModuleType("wksbm_desktop.ui.selftest")
    fake.run_self_test = lambda: 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wksbm_desktop.ui.selftest", fake)
    assert app.main(["--self-test"]) == 3
