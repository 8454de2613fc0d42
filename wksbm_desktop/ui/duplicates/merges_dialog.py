"""Penggabungan sebelumnya: the merges done so far, newest first, each undoable while allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.merges import MergeSummary, merges
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.city.report_status_view import local_text
from wksbm_desktop.ui.models.simple import TextTableModel

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

COLUMNS = ("at", "other", "keep", "by", "state")


def merge_cells(merge: MergeSummary) -> tuple[str, ...]:
    state = (
        t("duplicates_ui.merges.undone", at=local_text(merge.undone_at), by=merge.undone_by)
        if merge.undone_at is not None
        else ""
    )
    return (local_text(merge.merged_at), merge.other_name, merge.keep_name, merge.merged_by, state)


class MergesDialog(QDialog):
    """A list of merges; Urungkan undoes the chosen one (the core refuses when it may not)."""

    undone = Signal(int)  # the merge id undone: the finder reads again

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergesDialog")
        self.setWindowTitle(t("duplicates_ui.merges.title"))
        self.database = database
        self.merges: list[MergeSummary] = []
        layout = QVBoxLayout(self)
        hint = QLabel(t("duplicates_ui.merges.hint"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        headers = [t(f"duplicates_ui.merges.col.{column}") for column in COLUMNS]
        self.model = TextTableModel(headers, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("mergesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((125, 170, 170, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.undo_button = buttons.addButton(
            t("duplicates_ui.history.undo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setObjectName("mergesUndo")
        self.undo_button.setToolTip(t("duplicates_ui.undo_tip"))
        self.undo_button.clicked.connect(self.undo_current)
        close = buttons.addButton(t("ui_main.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(920, 420)
        self.reload()

    def reload(self) -> None:
        with self.database.read_session() as session:
            self.merges = merges(session)
        self.model.set_rows([merge_cells(merge) for merge in self.merges])
        if self.merges:
            self.table.selectRow(0)
        self._update_button()

    def current(self) -> MergeSummary | None:
        row = self.table.currentIndex().row()
        return self.merges[row] if 0 <= row < len(self.merges) else None

    def _update_button(self) -> None:
        merge = self.current()
        self.undo_button.setEnabled(merge is not None and merge.undone_at is None)

    def undo_current(self) -> None:
        from wksbm_desktop.ui.operations import duplicates as duplicate_ops

        merge = self.current()
        if merge is None or not dialogs_util.ask_confirmation(
            self, t("duplicates_ui.history.confirm")
        ):
            return
        try:
            duplicate_ops.undo(self, self.database, merge.merge_id)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            return
        self.reload()
        self.undone.emit(merge.merge_id)
