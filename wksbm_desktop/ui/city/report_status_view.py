"""Status laporan: which kelurahan have reported for a month, and since when the others not."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.local_time import local_offset
from wksbm_desktop.core.queries.labels import date_text
from wksbm_desktop.core.queries.report_status import (
    KelurahanStatus,
    ReportStatus,
    month_start,
    next_month,
    previous_month,
    report_status,
)
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.locale import month_year
from wksbm_desktop.ui.tabs.widgets import make_list_view

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MONTHS_OFFERED = 36  # three years back: the programme's reports of a term of office
HEADERS = (
    "kecamatan",
    "kelurahan",
    "status",
    "file",
    "period",
    "generated",
    "received",
    "received_by",
)
WIDTHS = (100, 140, 365, 155, 110, 115, 115)
NOT_REPORTED = QColor("#b3261e")
REPORTED = QColor("#1e6b30")


def today() -> date:
    """The day the view starts from; tests replace it."""
    return date.today()


def local_text(moment: datetime | None) -> str:
    """A UTC moment on this computer's clock, dd-mm-yyyy hh:mm."""
    return (moment + local_offset()).strftime("%d-%m-%Y %H:%M") if moment else ""


def status_text(row: KelurahanStatus) -> str:
    text = _status_text(row)
    if row.refused_at is not None:
        return t("city_views.status.refused", status=text, at=local_text(row.refused_at)[:10])
    return text


def _status_text(row: KelurahanStatus) -> str:
    if row.reported:
        return t("city_views.status.reported")
    if row.last_covered is not None:
        return t("city_views.status.since", month=month_year(row.last_covered))
    if row.latest is not None:
        return t("city_views.status.not_for_month")
    return t("city_views.status.never")


def month_last_day(month: date) -> date:
    return next_month(month) - timedelta(days=1)


def period_text(row: KelurahanStatus) -> str:
    report = row.latest
    if report is None:
        return ""
    if report.whole_data:
        return t("city_views.period.whole")
    start, end = report.period_from, report.period_to
    if start is not None and end is not None and start.day == 1 and end == month_last_day(start):
        return month_year(start)  # the usual monthly report: "Juni 2025"
    return t(
        "city_views.period.range",
        start=date_text(report.period_from) or "…",
        end=date_text(report.period_to) or "…",
    )


def _cells(row: KelurahanStatus) -> tuple[str, ...]:
    report = row.latest
    return (
        row.kecamatan_name,
        row.name,
        status_text(row),
        report.file_name if report else "",
        period_text(row),
        local_text(report.generated_at) if report else "",
        local_text(report.received_at) if report else "",
        report.received_by if report else "",
    )


def _sort_key(row: KelurahanStatus, column: int) -> Any:
    """Status sorts by how long ago the kelurahan last reported; the rest by their text."""
    if column == 2:
        since = row.last_covered.toordinal() if row.last_covered else 0
        return f"{int(row.reported)}-{since:07d}-{row.kecamatan_name}-{row.name}"
    if column in (5, 6) and row.latest is not None:
        moment = row.latest.generated_at if column == 5 else row.latest.received_at
        return moment.isoformat() if moment else ""
    return f"{_cells(row)[column].lower()}-{row.kecamatan_name}-{row.name}"


class ReportStatusModel(QAbstractTableModel):
    """The 104 kelurahan of the city for one month."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KelurahanStatus] = []
        self._cells: list[tuple[str, ...]] = []

    def set_status(self, status: ReportStatus) -> None:
        self.beginResetModel()
        self._rows = list(status.rows)
        self._cells = [_cells(row) for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> KelurahanStatus:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column]
        if role == SORT_ROLE:
            return _sort_key(self._rows[row], column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(REPORTED if self._rows[row].reported else NOT_REPORTED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return t(f"city_views.status.col.{HEADERS[section]}")
        return None


class _Proxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; "only those who have not" hides the kelurahan that reported."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.only_missing = False

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReportStatusModel)
        return not (self.only_missing and model.row_at(source_row).reported)


class ReportStatusView(QWidget):
    """Choose a month; see who has reported, who has not and since when (from the database)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportStatusView")
        self.setWindowTitle(t("city_views.status.title"))
        self.database = database
        self.model = ReportStatusModel(self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("reportStatusMonth")
        month = previous_month(month_start(today()))
        for _ in range(MONTHS_OFFERED):
            self.month_combo.addItem(month_year(month), month)
            month = previous_month(month)
        month_label = QLabel(t("city_views.status.month"), self)
        month_label.setBuddy(self.month_combo)
        self.only_missing = QCheckBox(t("city_views.status.only_missing"), self)
        self.only_missing.setObjectName("reportStatusOnlyMissing")
        self.reload_button = QPushButton(t("city_views.reload"), self)
        self.reload_button.setObjectName("reportStatusReload")
        row.addWidget(month_label)
        row.addWidget(self.month_combo)
        row.addSpacing(16)
        row.addWidget(self.only_missing)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportStatusSummary")
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")
        layout.addWidget(self.summary)
        self.table = make_list_view("reportStatusTable", self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.table, 1)
        self.month_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.only_missing.toggled.connect(self._on_only_missing)
        self.reload_button.clicked.connect(self.reload)

    @property
    def month(self) -> date:
        chosen = self.month_combo.currentData()
        assert isinstance(chosen, date)
        return chosen

    def reload(self) -> None:
        """Read the month's status again (after reports were received)."""
        with self.database.read_session() as session:
            status = report_status(session, self.month, local_offset())
        self.model.set_status(status)
        self.proxy.invalidate()
        self.summary.setText(
            t(
                "city_views.status.summary",
                reported=status.reported,
                total=status.total,
                month=month_year(status.month),
                missing=status.total - status.reported,
            )
        )

    def _on_only_missing(self, checked: bool) -> None:
        self.proxy.only_missing = checked
        self.proxy.invalidate()
