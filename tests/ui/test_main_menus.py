"""Menus of the main window: Dinas Sosial tools apart, Bantuan's Panduan and shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.ui.conftest import tab_of
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.help.guide import OTHER_ANCHORS, TASK_ANCHORS, GuideWindow, guide_url
from wksbm_desktop.ui.help.shortcuts import ShortcutsDialog, all_shortcuts, missing_descriptions
from wksbm_desktop.ui.main_window import MEMBERS, MainWindow
from wksbm_desktop.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "ui.ini")


def berkas_names(window) -> list[str]:
    return [action.objectName() for action in window.file_menu.actions()]


def test_a_kelurahan_clerk_sees_no_dinas_sosial_tools(main_window):
    assert "cityBoard" not in berkas_names(main_window)
    assert "serverSettings" not in berkas_names(main_window)
    assert not main_window.city_menu.menuAction().isVisible()
    visible = [a.text() for a in main_window.menuBar().actions() if a.isVisible()]
    assert visible == ["&Berkas", "&Data", "Ba&ntuan"]


def test_a_city_installation_has_the_dinas_sosial_menu(qtbot, tmp_path: Path, settings):
    database = open_database(tmp_path / "kota.db")
    with database.session() as session:
        save_office(session, OfficeInput(None, operator_names="Dewi"))
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    assert window.city_menu.menuAction().isVisible()
    assert window.city_menu.title() == "Dinas &Sosial"
    names = [action.objectName() for action in window.city_menu.actions()]
    assert "cityBoard" in names and "serverSettings" in names
    assert "cityBoard" not in berkas_names(window)
    assert window.windowTitle() == "WKSBM — Dinas Sosial Kota Tangerang"
    window.close()
    database.dispose()


def test_the_server_action_speaks_indonesian(main_window):
    action = main_window.findChild(QAction, "serverSettings")
    assert action.text() == "Server database…"


def test_bantuan_has_the_guide_on_f1_the_shortcuts_and_about(main_window):
    names = [a.objectName() for a in main_window.help_menu.actions() if not a.isSeparator()]
    assert names == ["helpGuide", "helpShortcuts", "languageMenuAction", "aboutApp"]
    guide = main_window.findChild(QAction, "helpGuide")
    assert guide.shortcut() == QKeySequence("F1")
    guide.trigger()
    window = main_window.findChild(GuideWindow, "guideWindow")
    assert window is not None and window.isVisible() and not window.isModal()
    text = window.browser.toPlainText()
    assert "Enam pekerjaan sehari-hari" in text and "flashdisk" in text
    guide.trigger()  # F1 again: the same window, not a second one
    assert len(main_window.findChildren(GuideWindow)) == 1


def test_the_guide_covers_the_six_tasks_backups_and_sending_offline():
    html = Path(guide_url().toLocalFile()).read_text(encoding="utf-8")
    for anchor in (*TASK_ANCHORS, *OTHER_ANCHORS):
        assert f'name="{anchor}"' in html and f'href="#{anchor}"' in html
    assert "http" not in html  # offline: nothing to fetch
    # The guide names the buttons as the screens do: a renamed button must be renamed here too.
    keys = ("ui_excel.check.save_problems", "import_more.check.import_valid",
            "forms.save_next", "forms.membership.new_member")  # fmt: skip
    flowing = " ".join(html.split())  # a button's name may wrap across lines of the file
    for words in ("Laporan bulan lalu", "Salin cadangan ke flashdisk", *map(_label, keys)):
        assert words in flowing, words


def _label(key: str) -> str:
    """A button's text as a reader sees it: no mnemonic ampersand, no trailing ellipsis."""
    text = t(key).replace("&&", "\0").replace("&", "").replace("\0", "&amp;")
    return text.rstrip("…").strip()


def test_shortcuts_list_every_action_with_keys(main_window, qtbot):
    main_window.findChild(QAction, "helpShortcuts").trigger()
    dialog = main_window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.texts()
    shown = {(keys, what) for _place, keys, what in rows}
    # Every action of the window with a shortcut is listed, by the keys it really has.
    window_actions = [
        action
        for action in main_window.findChildren(QAction)
        if not action.shortcut().isEmpty() and action.text()
    ]
    assert len(window_actions) >= 6
    listed_keys = {keys for keys, _what in shown}
    for action in window_actions:
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed_keys
    assert any(keys == "F1" and "Panduan" in what for keys, what in shown)
    assert any(keys == "Ctrl+F" and "cari" in what for keys, what in shown)
    assert any(keys == "Ctrl+S" for keys, _what in shown)  # the forms' own key
    assert missing_descriptions(main_window) == []
    assert all(not what.startswith("ui_main.") for _p, _k, what in rows)
    assert len(rows) == len(all_shortcuts(main_window))


def test_opening_a_list_tab_puts_the_cursor_in_its_search(main_window):
    tab = tab_of(main_window, MEMBERS)
    assert main_window.focusWidget() is tab.search
    nik_part = tab.model.row_at(0).nik[-6:]
    tab.search.setText(nik_part)
    tab.search.returnPressed.emit()
    assert nik_part in tab.current_row().nik
    assert tab.table.hasFocus() or main_window.focusWidget() is tab.table
    assert tab.add_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_a_chosen_database_server_keeps_the_dinas_sosial_menu(qtbot, demo_db, settings):
    """Server chosen but unreachable at start: the local file opens, the menu to fix it shows."""
    from wksbm_desktop.ui.setup.server_dialog import SERVER_URL

    settings.set(SERVER_URL, "postgresql+psycopg://wksbm_app@server-dinsos:5432/wksbm")
    database = open_database(demo_db)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    assert window.city_menu.menuAction().isVisible()
    window.close()
    database.dispose()
