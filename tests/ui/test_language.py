"""The interface language in the GUI: English windows, the Bahasa / Language menu, the start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from wksbm_desktop import i18n
from wksbm_desktop.app import parse_args
from wksbm_desktop.ui import dialogs_util, language
from wksbm_desktop.ui import settings as ui_settings


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def _tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.fixture
def english_window(qtbot, demo_db: Path):
    from wksbm_desktop.ui.main_window import create_main_window

    i18n.set_language("en")
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.opening.is_open)
    yield window
    window.close()
    window.database.dispose()


def test_english_main_window_shows_english_menus_and_tabs(english_window) -> None:
    assert _menu_titles(english_window) == ["&File", "&Data", "&Help"]
    assert _tab_titles(english_window) == ["Summary", "Groups", "Members", "Activities"]
    file_items = [a.text() for a in english_window.file_menu.actions() if a.text()]
    assert "Export report…" in file_items and "&Quit" in file_items
    model = english_window.member_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Full name", "NIK", "No. KK"]


def test_indonesian_main_window_is_unchanged(main_window) -> None:
    assert _menu_titles(main_window) == ["&Berkas", "&Data", "Ba&ntuan"]
    assert _tab_titles(main_window) == ["Ringkasan", "Kelompok", "Anggota", "Kegiatan"]


def test_language_menu_lists_both_languages_and_checks_the_current_one(main_window) -> None:
    menu = main_window.findChild(QMenu, "languageMenu")
    assert menu.title() == "&Bahasa / Language"
    assert menu.menuAction() in main_window.help_menu.actions()
    entries = {a.objectName(): (a.text(), a.isChecked()) for a in menu.actions()}
    assert entries == {
        "language_id": ("Bahasa Indonesia", True),
        "language_en": ("English", False),
    }


def test_choosing_english_saves_it_and_says_so_in_english(main_window, monkeypatch) -> None:
    told: list[tuple[str, str]] = []

    def tell(_parent, text: str, title: str = "") -> None:  # type: ignore[no-untyped-def]
        told.append((title, text))

    monkeypatch.setattr(dialogs_util, "show_info", tell)
    main_window.findChild(QAction, "language_en").trigger()
    assert main_window.settings.get(ui_settings.LANGUAGE) == "en"
    assert told == [
        (
            "Interface language",
            "The language changes when the application is opened again. "
            "Close the application and open it again to use English.",
        )
    ]
    assert i18n.language() == "id"  # the open windows keep their words until the next start
    assert _menu_titles(main_window)[0] == "&Berkas"
    main_window.findChild(QAction, "language_id").trigger()
    assert main_window.settings.get(ui_settings.LANGUAGE) == "id"
    assert len(told) == 1  # back to the language in use: nothing to restart


def test_the_environment_variable_is_named_when_it_overrides_the_menu(
    main_window, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, title="": told.append(text))
    monkeypatch.setenv(i18n.ENV_LANG, "id")
    main_window.findChild(QAction, "language_en").trigger()
    assert main_window.settings.get(ui_settings.LANGUAGE) == "en"
    assert "WKSBM_LANG=id" in told[0]


def test_saved_language_applies_at_start_unless_overridden(tmp_path: Path, monkeypatch) -> None:
    settings = ui_settings.Settings(tmp_path / "ui.ini")
    assert language.apply_at_start([], settings) == "id"
    settings.set(ui_settings.LANGUAGE, "en")
    assert language.apply_at_start([], settings) == "en"
    assert i18n.t("forms.save") == "Save"
    assert language.apply_at_start(["--lang", "id"], settings) == "id"
    monkeypatch.setenv(i18n.ENV_LANG, "id")
    assert language.apply_at_start([], settings) == "id"


def test_gui_accepts_lang_and_keeps_it_from_qt() -> None:
    args, qt_args = parse_args(["--lang", "en", "--db", "x.db", "-style", "fusion"])
    assert args.lang == "en"
    assert qt_args == ["-style", "fusion"]
