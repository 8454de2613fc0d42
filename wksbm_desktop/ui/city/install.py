"""The Dinas Sosial menu's views of the city: Status laporan and NIK ganda, one window each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.main_window import MainWindow

VIEW_SIZE = (1240, 680)  # fits a 1366x768 screen with the taskbar


def install_city_views(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    """Add Status laporan… and NIK ganda… to ``menu`` (shown on a city installation only)."""
    actions = {}
    for name, key, make in (
        ("reportStatusAction", "city_views.menu.report_status", _report_status),
        ("nikGandaAction", "city_views.menu.nik_ganda", _nik_ganda),
    ):
        action = QAction(t(key), window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, m=make: show_view(window, m))
        menu.addAction(action)
        actions[name] = action
    return actions


def _report_status(database: Database, parent: QWidget) -> QWidget:
    from wksbm_desktop.ui.city.report_status_view import ReportStatusView

    return ReportStatusView(database, parent)


def _nik_ganda(database: Database, parent: QWidget) -> QWidget:
    from wksbm_desktop.ui.city.nik_ganda_view import NikGandaView

    return NikGandaView(database, parent)


def show_view(window: MainWindow, make: Callable[[Database, QWidget], QWidget]) -> QWidget:
    """Open the view in its own window, or bring it forward (read again) if already open."""
    views: dict[object, QWidget] = window.__dict__.setdefault("_city_views", {})
    view = views.get(make)
    if view is None:
        view = make(window.database, window)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.resize(*VIEW_SIZE)
        window.data_changed.connect(getattr(view, "reload", lambda: None))
        views[make] = view
    else:
        getattr(view, "reload", lambda: None)()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
