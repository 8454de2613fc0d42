"""A read-only table model that fetches SQL query results page by page and sorts in SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from wksbm_desktop.core.db import Database
from wksbm_desktop.core.queries.common import DEFAULT_PAGE_SIZE, ListRequest

RowT = TypeVar("RowT")
AnyIndex = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: its header, how a row shows in it, and the SQL sort key it orders by."""

    header: str
    text: Callable[[RowT], str]
    sort_key: str
    align: Qt.AlignmentFlag = LEFT


@dataclass(frozen=True)
class ListSource(Generic[RowT]):
    """The two core queries behind a list: one page of rows, and how many rows in all."""

    fetch: Callable[[Session, ListRequest, int, int], list[RowT]]
    count: Callable[[Session, ListRequest], int]


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows arrive 200 at a time as the view scrolls; a header click re-runs the query sorted."""

    totalChanged = Signal(int)

    def __init__(
        self,
        database: Database,
        columns: Sequence[Column[RowT]],
        source: ListSource[RowT],
        request: ListRequest | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._columns = list(columns)
        self._source = source
        self._request = request or ListRequest()
        self._page_size = page_size
        self._rows: list[RowT] = []
        self._total = 0

    @property
    def request(self) -> ListRequest:
        return self._request

    @property
    def total(self) -> int:
        return self._total

    def set_request(self, request: ListRequest) -> None:
        self._request = request
        self.reload()

    def reload(self) -> None:
        """Run the query again from the first page (after a search, a sort or a change)."""
        with self._database.read_session() as session:
            rows = self._source.fetch(session, self._request, 0, self._page_size)
            # A short first page is the whole answer: most searches skip the count query.
            total = (
                len(rows)
                if len(rows) < self._page_size
                else self._source.count(session, self._request)
            )
        self.beginResetModel()
        self._rows, self._total = rows, max(total, len(rows))
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int | None:
        """Position of a loaded row by UUID (rows not yet fetched are not searched)."""
        for position, row in enumerate(self._rows):
            if getattr(row, "uuid", None) == uuid:
                return position
        return None

    def column_of(self, sort_key: str) -> int:
        keys = [column.sort_key for column in self._columns]
        return keys.index(sort_key)

    # Qt's model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == UUID_ROLE:
            return getattr(row, "uuid", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].align.value)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        with self._database.read_session() as session:
            more = self._source.fetch(session, self._request, len(self._rows), self._page_size)
        if not more:
            # The data shrank since the count: stop asking for pages that are not there.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        request = replace(self._request, sort=self._columns[column].sort_key, descending=descending)
        if request != self._request or not self._rows:
            self.set_request(request)
