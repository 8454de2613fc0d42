"""Data → Bantuan & pemantauan…: the menu entry, light to import (the window comes on use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow


def install_programme_action(main_window: MainWindow) -> QAction:
    """The programme window on the group chosen in the Kelompok tab (or the last one shown)."""
    action = QAction(t("aid_ui.menu.action"), main_window)
    action.setObjectName("programmeAction")
    action.setToolTip(t("aid_ui.menu.action_tip"))
    action.triggered.connect(lambda _checked=False: open_from_menu(main_window))
    main_window.data_menu.addAction(action)
    return action


def open_from_menu(main_window: MainWindow) -> None:
    from wksbm_desktop.ui.programme.window import open_programme_window

    open_programme_window(main_window, main_window.group_tab.current_uuid())
