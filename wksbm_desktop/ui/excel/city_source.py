"""Where the city board takes its reports from: the city database, or report files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t


def city_source_default(database: Database | None) -> tuple[bool, bool]:
    """(a city installation, the board starts from its database): the database is offered on
    a city installation and chosen first when it holds received reports or records."""
    if database is None:
        return False, False
    from wksbm_desktop.core.queries.stats import city_holds_data
    from wksbm_desktop.core.services.city import is_city

    with database.read_session() as session:
        if not is_city(session):
            return False, False
        return True, city_holds_data(session)


class SourceChoice(QWidget):
    """ "Dari database kota" / "Dari file laporan"; ``changed`` says which is chosen."""

    changed = Signal(bool)  # True: from the city database

    def __init__(self, from_database: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardSource")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(t("city_output.board.source"), self))
        self.database_button = QRadioButton(t("city_output.board.from_database"), self)
        self.database_button.setObjectName("boardFromDatabase")
        self.files_button = QRadioButton(t("city_output.board.from_files"), self)
        self.files_button.setObjectName("boardFromFiles")
        group = QButtonGroup(self)
        for button in (self.database_button, self.files_button):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        (self.database_button if from_database else self.files_button).setChecked(True)
        self.database_button.toggled.connect(self.changed.emit)

    @property
    def from_database(self) -> bool:
        return self.database_button.isChecked()
