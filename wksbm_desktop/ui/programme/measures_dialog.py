"""Data → Ukuran indikator…: the editable list of sector measures ("Sampah terkumpul", kg).

A measure is added for one sector (or for every sector), renamed or given its right unit, and
hidden when a sector no longer records it; the values already recorded keep it either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.monitoring import MeasureRow, measure_list
from wksbm_desktop.core.services import reference
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.forms.base import FormDialog
from wksbm_desktop.ui.forms.widgets import KeyCombo, short_line
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.operations import monitoring as monitoring_ops
from wksbm_desktop.ui.tabs.widgets import make_list_view

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

EVERY_SECTOR = ""


def sector_text(sector: str) -> str:
    return sector or t("monitoring.measures.every_sector")


class MeasureEditDialog(FormDialog):
    """Add a measure (sector, name, unit), or rename one and correct its unit."""

    required = frozenset({"label", "unit"})

    def __init__(
        self, sectors: list[str], measure: MeasureRow | None, parent: QWidget | None = None
    ) -> None:
        title = "title_new" if measure is None else "title_edit"
        super().__init__(parent, t(f"monitoring.measures.{title}"))
        self.setObjectName("measureEditDialog")
        body = QWidget(self)
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.sector = KeyCombo()
        self.sector.setObjectName("measureSector")
        self.sector.set_items(
            [(EVERY_SECTOR, sector_text(EVERY_SECTOR)), *((s, s) for s in sectors)]
        )
        self.label = short_line(100)
        self.label.setObjectName("measureLabel")
        self.label.setPlaceholderText(t("monitoring.measures.label_hint"))
        self.unit = short_line(30, 16)
        self.unit.setObjectName("measureUnit")
        self.unit.setPlaceholderText(t("monitoring.measures.unit_hint"))
        self.add_rows(form, "monitoring.measures.field",
                      {"sector": self.sector, "label": self.label, "unit": self.unit})  # fmt: skip
        if measure is not None:
            self.sector.set_key(measure.sector)
            self.sector.setEnabled(False)  # a measure stays with its sector: its values do
            self.label.setText(measure.label)
            self.unit.setText(measure.unit)
            note = QLabel(t("monitoring.measures.rename_note"))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            form.addRow(note)
        self.set_body(body)
        self.resize(460, 0)
        self.mark_clean()

    def values(self) -> tuple[str, str, str]:
        return (self.sector.key(), self.label.text(), self.unit.text())

    def first_field(self) -> QWidget | None:
        return self.label


class MeasuresDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("indicatorMeasures")
        self.setWindowTitle(t("monitoring.measures.title"))
        self.rows: list[MeasureRow] = []
        self.sectors: list[str] = []
        layout = QVBoxLayout(self)
        intro = QLabel(t("monitoring.measures.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filter_row = QHBoxLayout()
        filter_label = QLabel(t("monitoring.measures.filter"), self)
        self.sector_filter = QComboBox(self)
        self.sector_filter.setObjectName("measuresSectorFilter")
        filter_label.setBuddy(self.sector_filter)
        self.sector_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.sector_filter)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.table = make_list_view("measuresTable", self, sortable=False)
        headers = ("sector", "label", "unit", "state")
        self.model = TextTableModel(
            [t(f"monitoring.measures.col.{h}") for h in headers], parent=self
        )
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_buttons())
        self._shown: list[MeasureRow] = []
        for button in (self.add_button, self.edit_button, self.toggle_button):
            button.setVisible(may_edit_measures(database))
        self.reload()
        self.resize(720, 520)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(t("monitoring.measures.add"), self)
        self.add_button.setObjectName("measureAdd")
        self.add_button.clicked.connect(self.add_measure)
        self.edit_button = QPushButton(t("monitoring.measures.edit"), self)
        self.edit_button.setObjectName("measureEdit")
        self.edit_button.clicked.connect(self.edit_current)
        self.toggle_button = QPushButton(t("monitoring.measures.hide"), self)
        self.toggle_button.setObjectName("measureToggle")
        self.toggle_button.clicked.connect(self.toggle_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(t("ui_main.close"))
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def reload(self, select: int | None = None) -> None:
        with self.database.read_session() as session:
            self.rows = measure_list(session)
            self.sectors = reference.labels(session, "sector")
        chosen = self.sector_filter.currentData()
        self.sector_filter.blockSignals(True)
        self.sector_filter.clear()
        self.sector_filter.addItem(t("shell.list.filter_all"), None)
        self.sector_filter.addItem(sector_text(EVERY_SECTOR), EVERY_SECTOR)
        for sector in self.sectors:
            self.sector_filter.addItem(sector, sector)
        self.sector_filter.setCurrentIndex(max(self.sector_filter.findData(chosen), 0))
        self.sector_filter.blockSignals(False)
        self._show_rows(select)

    def _show_rows(self, select: int | None = None) -> None:
        wanted = self.sector_filter.currentData()
        self._shown = [r for r in self.rows if wanted is None or r.sector == wanted]
        state = {True: t("monitoring.measures.shown"), False: t("monitoring.measures.hidden")}
        self.model.set_rows(
            [(sector_text(r.sector), r.label, r.unit, state[r.active]) for r in self._shown]
        )
        self.table.resizeColumnsToContents()
        ids = [r.id for r in self._shown]
        if select in ids:
            self.table.selectRow(ids.index(select))
        self._update_buttons()

    def current(self) -> MeasureRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._shown[index.row()]

    def _update_buttons(self) -> None:
        measure = self.current()
        self.edit_button.setEnabled(measure is not None)
        self.toggle_button.setEnabled(measure is not None)
        hide = measure is None or measure.active
        self.toggle_button.setText(t(f"monitoring.measures.{'hide' if hide else 'show'}"))

    def add_measure(self) -> None:
        dialog = MeasureEditDialog(self.sectors, None, self)
        wanted = self.sector_filter.currentData()
        if wanted:
            dialog.sector.set_key(wanted)
            dialog.mark_clean()
        added: list[int] = []

        def save(values: tuple[str, str, str]) -> str:
            added.append(monitoring_ops.add_measure(dialog, self.database, *values))
            return str(added[-1])

        dialog.set_saver(save)
        form_base.exec_dialog(dialog)
        dialog.deleteLater()
        if added:
            self.reload(select=added[-1])

    def edit_current(self) -> None:
        measure = self.current()
        if measure is None:
            return
        dialog = MeasureEditDialog(self.sectors, measure, self)

        def save(values: tuple[str, str, str]) -> str:
            _sector, label, unit = values
            monitoring_ops.update_measure(dialog, self.database, measure.id, label, unit)
            return str(measure.id)

        dialog.set_saver(save)
        form_base.exec_dialog(dialog)
        dialog.deleteLater()
        if dialog.saved_uuid:
            self.reload(select=measure.id)

    def toggle_current(self) -> None:
        measure = self.current()
        if measure is None:
            return
        try:
            monitoring_ops.set_measure_active(self, self.database, measure.id, not measure.active)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.reload(select=measure.id)


def open_measures_dialog(parent: QWidget, database: Database) -> None:
    dialog = MeasuresDialog(database, parent)
    form_base.exec_dialog(dialog)
    dialog.deleteLater()


def may_edit_measures(database: Database) -> bool:
    """The measures are edited by those who record (the service refuses the rest anyway)."""
    account = database.account
    return account is None or account.may(Permission.RECORD)
