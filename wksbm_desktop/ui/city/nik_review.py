"""NIK ganda at the city: one NIK in several kelurahan, and people who are likely the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.city.nik_ganda_view import NikGandaView
from wksbm_desktop.ui.duplicates.finder_view import DuplicatesView

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database


class NikReview(QTabWidget):
    """Two pages: the same NIK (decided as before) and the finder over the whole city, which
    reads only when its page is shown (a city's finder takes seconds)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nikReview")
        self.setWindowTitle(t("city_views.nik.title"))
        self.nik_ganda = NikGandaView(database, self)
        self.duplicates = DuplicatesView(database, whole_city=True, parent=self)
        self.addTab(self.nik_ganda, t("duplicates_ui.city.tab_nik"))
        self.addTab(self.duplicates, t("duplicates_ui.city.tab_similar"))

    def reload(self) -> None:
        self.nik_ganda.reload()
        self.duplicates.refresh_later()
