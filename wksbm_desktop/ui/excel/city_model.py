"""Rows of the Dinas Sosial board: each kecamatan as a heading, then its kelurahan in code order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.excel.consolidate.scan import MASKED_ISSUES, KelurahanStatus
from wksbm_desktop.i18n import t

AnyIndex = QModelIndex | QPersistentModelIndex
REPORTED, PROBLEM, MISSING = "reported", "problem", "missing"
# Remarks that do not make a report "bermasalah": the default masked export is still a report.
# Masked NIKs are a remark, not a problem; a seal that did not open (a changed file) is one.
MILD_ISSUES = MASKED_ISSUES - {"consolidate.issue.seal_refused"}
COLUMNS = ("code", "name", "state", "generated", "period", "groups", "members", "activities",
           "file", "problems")  # fmt: skip
PROBLEMS_COLUMN = 9
NUMBER_COLUMNS = frozenset({5, 6, 7})
STATE_COLUMN = 2
STATE_COLOURS = {REPORTED: "#c8ecc8", PROBLEM: "#ffd59a", MISSING: "#e6e6e6"}
HEADING_COLOUR = "#dde7f3"


def state_of(status: KelurahanStatus) -> str:
    if status.report is None:
        return MISSING
    serious = [issue for issue in status.report.issues if issue.key not in MILD_ISSUES]
    return PROBLEM if serious else REPORTED


@dataclass(frozen=True)
class BoardRow:
    """One line of the board: a kecamatan heading (``state`` empty) or a kelurahan."""

    cells: tuple[str, ...]
    state: str = ""
    tooltip: str = ""

    @property
    def is_heading(self) -> bool:
        return not self.state


def kelurahan_row(status: KelurahanStatus) -> BoardRow:
    state = state_of(status)
    report, counts = status.report, status.counts
    stamp = status.generated_at.strftime("%d-%m-%Y %H.%M") if status.generated_at else ""
    problems = status.problems
    cells = (
        status.kelurahan.code,
        status.kelurahan.name,
        t(f"ui_excel.board.state.{state}"),
        stamp if report else "",
        status.period_text,
        thousands(counts["groups"]) if report else "",
        thousands(counts["members"]) if report else "",
        thousands(counts["activities"]) if report else "",
        report.name if report else "",
        " ".join(problems),
    )
    return BoardRow(cells, state, "\n".join(problems))


def board_rows(board: Sequence[KelurahanStatus]) -> list[BoardRow]:
    """Kecamatan headings with "5 dari 7 lapor", each followed by its kelurahan."""
    rows: list[BoardRow] = []
    by_kecamatan: dict[str, list[KelurahanStatus]] = {}
    for status in board:
        by_kecamatan.setdefault(status.kelurahan.kecamatan_code, []).append(status)
    for code, members in by_kecamatan.items():
        reported = sum(1 for s in members if s.reported)
        name = t("ui_excel.board.kecamatan", name=members[0].kelurahan.kecamatan_name)
        count = t("ui_excel.board.kecamatan_count", reported=reported, total=len(members))
        rows.append(BoardRow((code, name, count, "", "", "", "", "", "", "")))
        rows.extend(kelurahan_row(status) for status in members)
    return rows


class BoardModel(QAbstractTableModel):
    """Read-only table over ``BoardRow``s; state colours the status cell, headings are bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_board(self, board: Sequence[KelurahanStatus]) -> None:
        self.beginResetModel()
        self.rows = board_rows(board)
        self.endResetModel()

    def kelurahan_rows(self) -> list[BoardRow]:
        return [row for row in self.rows if not row.is_heading]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row.tooltip if column == PROBLEMS_COLUMN else row.cells[column]
            return text or None
        if role == Qt.ItemDataRole.FontRole and row.is_heading:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and (row.is_heading or column == STATE_COLUMN):
            return QBrush(QColor("#1a1a1a"))  # readable on the light fills under a dark theme
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def _background(self, row: BoardRow, column: int) -> QBrush | None:
        if row.is_heading:
            return QBrush(QColor(HEADING_COLOUR))
        if column == STATE_COLUMN:
            return QBrush(QColor(STATE_COLOURS[row.state]))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return t(f"ui_excel.board.col.{COLUMNS[section]}")
        return None
