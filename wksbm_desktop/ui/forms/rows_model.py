"""A read-only table model over short lists of display rows, for the lists inside forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

_MUTED = QBrush(QColor("#777777"))
_PENDING = QBrush(QColor("#1a4f8b"))

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DisplayRow:
    cells: tuple[str, ...]
    muted: bool = False  # history: shown grey
    pending: bool = False  # not saved yet: shown blue and italic


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._rows: tuple[DisplayRow, ...] = ()

    def set_rows(self, rows: Sequence[DisplayRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return _PENDING if row.pending else _MUTED if row.muted else None
        if role == Qt.ItemDataRole.FontRole and row.pending:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def rows_table(
    parent: QWidget, model: RowsModel, object_name: str, accessible_name: str
) -> QTableView:
    """The list inside a form section: whole rows, one at a time, compact, last column stretched."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(accessible_name)
    return table
