"""Data → Periksa data ganda…: one finder window per main window, read again when shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.duplicates.finder_view import DuplicatesView
    from wksbm_desktop.ui.main_window import MainWindow

VIEW_SIZE = (1240, 680)  # fits a 1366x768 screen with the taskbar


class DuplicateActions(QObject):
    """Owns the Data menu entry and the finder window it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.view: DuplicatesView | None = None
        self.action = QAction(t("duplicates_ui.menu"), window)
        self.action.setObjectName("findDuplicates")
        self.action.setToolTip(t("duplicates_ui.menu_tip"))
        self.action.triggered.connect(lambda _checked=False: self.show_view())
        window.data_menu.addSeparator()
        window.data_menu.addAction(self.action)

    def show_view(self) -> DuplicatesView:
        """Open the finder in its own window, or bring it forward and look again."""
        from wksbm_desktop.ui.duplicates.finder_view import DuplicatesView

        if self._window.opening.is_city:
            return self._city_page()
        view = self.view
        if view is None:
            view = DuplicatesView(self._window.database, parent=self._window)
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.resize(*VIEW_SIZE)
            # A record saved, archived or imported elsewhere: the open list follows.
            self._window.data_changed.connect(view.refresh_later)
            self.view = view
        elif not view.isVisible():
            view.refresh_later()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _city_page(self) -> DuplicatesView:
        """At the city the finder lives in the NIK ganda review, over the whole city."""
        from wksbm_desktop.ui.city.nik_review import NikReview

        review = self._window.city_views.show_view("nikGandaAction")
        assert isinstance(review, NikReview)
        review.setCurrentWidget(review.duplicates)
        return review.duplicates
