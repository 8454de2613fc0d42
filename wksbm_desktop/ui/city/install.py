"""The Dinas Sosial menu's views of the city: Status laporan and NIK ganda, one window each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.main_window import MainWindow

VIEW_SIZE = (1240, 680)  # fits a 1366x768 screen with the taskbar
ViewFactory = Callable[["Database", QWidget], QWidget]


def _report_status(database: Database, parent: QWidget) -> QWidget:
    from wksbm_desktop.ui.city.report_status_view import ReportStatusView

    return ReportStatusView(database, parent)


def _nik_ganda(database: Database, parent: QWidget) -> QWidget:
    from wksbm_desktop.ui.city.nik_review import NikReview

    return NikReview(database, parent)  # NIK ganda, and likely the same person (issue 18)


# Action object name → (menu text key, the view it opens).
VIEWS: dict[str, tuple[str, ViewFactory]] = {
    "reportStatusAction": ("city_views.menu.report_status", _report_status),
    "nikGandaAction": ("city_views.menu.nik_ganda", _nik_ganda),
}


class CityViews(QObject):
    """Adds Status laporan… and NIK ganda… to the Dinas Sosial menu (shown on a city
    installation only) and keeps one window of each, read again when shown again."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._views: dict[str, QWidget] = {}
        self.actions: dict[str, QAction] = {}
        for name, (key, _make) in VIEWS.items():
            action = QAction(t(key), window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
            menu.addAction(action)
            self.actions[name] = action

    def show_view(self, name: str) -> QWidget:
        """Open the view in its own window, or bring it forward, read again."""
        view = self._views.get(name)
        if view is None:
            view = VIEWS[name][1](self._window.database, self._window)
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.resize(*VIEW_SIZE)
            # Reports received or records changed: an open view follows.
            self._window.data_changed.connect(getattr(view, "reload", lambda: None))
            self._views[name] = view
        else:
            getattr(view, "reload", lambda: None)()
        view.show()
        view.raise_()
        view.activateWindow()
        return view
