"""The interface language in the GUI: chosen at start, changed from the Bantuan menu."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from wksbm_desktop.i18n import (
    ENV_LANG,
    LANGUAGES,
    catalogue,
    choose_language,
    language,
    language_from_env,
    t,
)
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui import settings as ui_settings

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow


def apply_at_start(argv: Sequence[str], settings: ui_settings.Settings | None = None) -> str:
    """``--lang``, else ``WKSBM_LANG``, else the language saved from the menu; before any window."""
    chosen = settings if settings is not None else ui_settings.Settings()
    return choose_language(argv, str(chosen.get(ui_settings.LANGUAGE) or ""))


def install_language_menu(window: MainWindow) -> QMenu:
    """Bantuan → Bahasa / Language, one checkable entry per language, named in itself.

    The Bantuan menu is found by its object name, so the hook may run as soon as that menu
    exists (even while the window is still assembling it).
    """
    help_menu = window.findChild(QMenu, "helpMenu")
    if help_menu is None:
        raise RuntimeError("install_language_menu needs the window's Bantuan menu (helpMenu)")
    menu = QMenu(t("language.menu"), help_menu)
    menu.setObjectName("languageMenu")
    menu.menuAction().setObjectName("languageMenuAction")
    # Before "Tentang" when the menu has it: About stays the last entry, as everywhere.
    about = next((a for a in help_menu.actions() if a.objectName() == "aboutApp"), None)
    if about is None:
        help_menu.addMenu(menu)
    else:
        help_menu.insertMenu(about, menu)
    menu.setToolTipsVisible(True)
    menu.menuAction().setToolTip(t("language.tip"))
    group = QActionGroup(menu)
    for code in LANGUAGES:
        action = QAction(t(f"language.name.{code}"), menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == language())
        action.triggered.connect(lambda _checked=False, c=code: choose_from_menu(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_from_menu(window: MainWindow, code: str) -> None:
    """Save the choice; the windows already built keep their words until the next start."""
    window.settings.set(ui_settings.LANGUAGE, code)
    window.settings.sync()
    if code == language():
        return
    words = catalogue(code)  # told in the language just chosen: its reader can read it
    if language_from_env() is not None:
        text = words["language.env_wins"].format(value=os.environ.get(ENV_LANG, ""))
    else:
        text = words["language.restart.text"].format(language=words[f"language.name.{code}"])
    dialogs_util.show_info(window, text, words["language.restart.title"])
