"""A read-only table model that fetches SQL query results page by page and sorts in SQL."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from wksbm_desktop.core.storage.sqlite_file import UNREADABLE
from wksbm_desktop.ui.opening import DatabaseOpening

if TYPE_CHECKING:
    # The list queries import SQLAlchemy: a model shown from its quick first page
    # (``quick_page``) imports them only when it needs more than that page.
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries.common import ListRequest
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.models.background import QueryJob

_log = logging.getLogger(__name__)
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
    """The core queries behind a list: one page of rows, and how many rows in all.

    ``count_upto`` (optional) counts a search's matches only up to a limit: typing "a" in a
    city's member list need not count 150.000 rows before the first page can show.
    """

    fetch: Callable[[Session, ListRequest, int, int], list[RowT]]
    count: Callable[[Session, ListRequest], int]
    count_upto: Callable[[Session, ListRequest, int], int] | None = None


# A search with more matches than this shows "lebih dari 10.000"; scrolling still reaches all.
SEARCH_COUNT_CAP = 10_000
DEFAULT_PAGE_SIZE = 200  # core.queries.common.DEFAULT_PAGE_SIZE (a test keeps them equal)
# The first page before the data layer is imported: (sort key, descending, limit) → rows, total.
QuickPage = Callable[[str, bool, int], tuple[list[Any], int]]


@dataclass(frozen=True)
class _Loaded(Generic[RowT]):
    request: ListRequest
    rows: list[RowT]
    total: int
    exact: bool
    counted: bool = True  # False: a full first page shown before its count (typed searches)


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows arrive 200 at a time as the view scrolls; a header click re-runs the query sorted."""

    totalChanged = Signal(int)
    failed = Signal(str)  # a background query failed (the log has the details)
    loaded = Signal()  # an answer was shown (after a reload or an as-you-type search)

    def __init__(
        self,
        database: Database | DatabaseOpening,
        columns: Sequence[Column[RowT]],
        source: ListSource[RowT] | Callable[[], ListSource[RowT]],
        request: ListRequest | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
        quick_page: QuickPage | None = None,
    ) -> None:
        super().__init__(parent)
        self._opening = (
            database
            if isinstance(database, DatabaseOpening)
            else DatabaseOpening.open_now(database)
        )
        self._columns = list(columns)
        self._source_or_factory = source
        self._quick_page = quick_page
        # None until the data layer is imported (then the sort of the quick first page).
        self._request_now: ListRequest | None = request
        self._quick_sort = ("", False)
        self._page_size = page_size
        self._rows: list[RowT] = []
        self._total = 0
        self._exact = True
        self._wanted_now = request  # the newest request, shown or still running
        self._generation = 0
        self._job: QueryJob | None = None
        self._count_job: QueryJob | None = None
        self._answers: dict[int, Any] = {}

    # The data layer, imported on first use when the model started from its quick first page
    @property
    def _database(self) -> Database:
        return self._opening.get()

    @property
    def _source(self) -> ListSource[RowT]:
        if not isinstance(self._source_or_factory, ListSource):
            self._source_or_factory = self._source_or_factory()
        return self._source_or_factory

    @property
    def _request(self) -> ListRequest:
        if self._request_now is None:
            from wksbm_desktop.core.queries.common import ListRequest

            sort, descending = self._quick_sort
            self._request_now = ListRequest(sort=sort, descending=descending)
        return self._request_now

    @_request.setter
    def _request(self, request: ListRequest) -> None:
        self._request_now = request

    @property
    def _wanted(self) -> ListRequest:
        if self._wanted_now is None:
            self._wanted_now = self._request
        return self._wanted_now

    @_wanted.setter
    def _wanted(self, request: ListRequest) -> None:
        self._wanted_now = request

    @property
    def quick(self) -> bool:
        """Rows come from the quick first page: the data layer is not imported yet."""
        return self._quick_page is not None and not self._opening.is_open

    @property
    def request(self) -> ListRequest:
        return self._request

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_is_exact(self) -> bool:
        """False while a broad search shows "more than" SEARCH_COUNT_CAP instead of a count."""
        return self._exact

    @property
    def busy(self) -> bool:
        """A request runs in the background and its answer is not shown yet."""
        return self._job is not None

    @property
    def counting(self) -> bool:
        """The rows are shown; how many match in all is still being counted."""
        return self._count_job is not None

    def set_request(self, request: ListRequest) -> None:
        self._request = request
        self.reload()

    def reload(self) -> None:
        """Run the query again from the first page (after a search, a sort or a change)."""
        self._cancel_job()
        self._wanted = self._request
        with self._database.read_session() as session:
            answer = self._load(session, self._request)
        self._show(answer)

    def request_later(self, request: ListRequest) -> None:
        """Run ``request`` in the background and show it when it arrives (typing a search).

        A newer request, sync or not, overtakes this one: its answer is then dropped.
        """
        self._cancel_job()
        self._wanted = request
        self._job = self._start(lambda s: self._load(s, request, count=False), self._on_answer)

    def _start(
        self, work: Callable[[Session], Any], on_done: Callable[[int, Any], None]
    ) -> QueryJob:
        from wksbm_desktop.ui.models.background import QueryJob, query_pool

        job = QueryJob(self._database, self._generation, work)
        job.answer.done.connect(on_done)
        job.answer.failed.connect(self._on_failure)
        key = id(job.answer)
        self._answers[key] = job.answer  # alive until its signal is delivered
        job.answer.done.connect(lambda *_args: self._answers.pop(key, None))
        job.answer.failed.connect(lambda *_args: self._answers.pop(key, None))
        query_pool().start(job)
        return job

    def _cancel_job(self) -> None:
        self._generation += 1
        for job in (self._job, self._count_job):
            if job is not None:
                job.cancel()
        self._job = self._count_job = None

    def _on_answer(self, generation: int, answer: _Loaded[RowT]) -> None:
        if generation != self._generation:
            return  # overtaken by a newer request
        self._job = None
        if not answer.counted:
            # The rows show now; the count (a scan of every match) follows in the background.
            request = answer.request
            self._count_job = self._start(lambda s: self._count(s, request), self._on_count)
        self._show(answer)

    def _on_count(self, generation: int, counted: tuple[int, bool]) -> None:
        if generation != self._generation:
            return
        self._count_job = None
        self._total, self._exact = max(counted[0], len(self._rows)), counted[1]
        self.totalChanged.emit(self._total)

    def _on_failure(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._job = self._count_job = None
            self.failed.emit(message)

    def _load(self, session: Session, request: ListRequest, count: bool = True) -> _Loaded[RowT]:
        rows = self._source.fetch(session, request, 0, self._page_size)
        # A short first page is the whole answer: most searches skip the count query.
        if len(rows) < self._page_size:
            return _Loaded(request, rows, len(rows), True)
        if not count:
            return _Loaded(request, rows, len(rows) + 1, False, counted=False)
        total, exact = self._count(session, request)
        return _Loaded(request, rows, max(total, len(rows)), exact)

    def _count(self, session: Session, request: ListRequest) -> tuple[int, bool]:
        if request.search.strip() and self._source.count_upto is not None:
            total = self._source.count_upto(session, request, SEARCH_COUNT_CAP + 1)
            return total, total <= SEARCH_COUNT_CAP
        return self._source.count(session, request), True

    def _show(self, answer: _Loaded[RowT]) -> None:
        self.beginResetModel()
        self._request = answer.request
        self._rows, self._total, self._exact = answer.rows, answer.total, answer.exact
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loaded.emit()

    def _show_quick(self, sort: str, descending: bool) -> None:
        """The first page through plain sqlite3, in the order the header shows."""
        assert self._quick_page is not None
        try:
            rows, total = self._quick_page(sort, descending, self._page_size)
        except UNREADABLE:
            # A damaged file: the start-up check (running now) explains it; show nothing.
            _log.warning("quick first page unreadable", exc_info=True)
            rows, total = [], 0
        self._quick_sort = (sort, descending)
        self.beginResetModel()
        self._rows, self._total, self._exact = rows, total, True
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loaded.emit()

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
        if parent.isValid() or self._job is not None:
            return False
        # Past a capped count, go on while pages come back full.
        return len(self._rows) < self._total or not self._exact

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        with self._database.read_session() as session:
            more = self._source.fetch(session, self._request, len(self._rows), self._page_size)
        if not more:
            # The data shrank since the count: stop asking for pages that are not there.
            self._total, self._exact = len(self._rows), True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        if not self._exact and (len(more) < self._page_size or len(self._rows) > self._total):
            # Scrolled past the capped count: a short page is the end, else one more may come.
            ended = len(more) < self._page_size
            self._total, self._exact = len(self._rows) + (0 if ended else 1), ended
            if ended:
                self.totalChanged.emit(self._total)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._quick_page is not None and self._request_now is None and self.quick:
            self._show_quick(self._columns[column].sort_key, descending)
            return
        # From the newest request: a click while a search runs sorts that search.
        request = replace(self._wanted, sort=self._columns[column].sort_key, descending=descending)
        if request != self._request or not self._rows or self._job is not None:
            self.set_request(request)
