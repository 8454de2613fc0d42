"""The Rekap's page: a grid of two table blocks, laid out band by band for one A4 page."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.print_fit import wrapped_lines
from wksbm_desktop.excel.writing.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

# Two blocks of five columns (label + four figures) with a narrow gap between them.
WIDTHS = [22.0, 9.0, 9.0, 9.0, 12.5, 1.0, 22.0, 9.0, 9.0, 9.0, 12.5]
BLOCK = 5
LEFT, RIGHT = 0, 6  # first column of each block
LAST_COLUMN = len(WIDTHS) - 1  # 0-based: K
ROW_HEIGHT = 14.0  # points: 11-point text with a little air
GAP_HEIGHT = 6.0  # the spacer row between bands
HEIGHTS = {"title": 20.0, "subtitle": 17.0}
MIN_SCALE = 68  # percent: 7.5-point text, the smallest a one-page Rekap is printed at


def print_scale() -> int:
    """The print scale (percent) that puts the two blocks across an A4 portrait page."""
    width, _height = styles.printable_points(landscape=False)
    needed = sum(map(styles.column_points, WIDTHS)) * styles.CALC_WIDER
    return min(100, math.floor(100 * width / needed))


def page_capacity(scale: int) -> float:
    """Height (points, unscaled) of the rows one page holds at ``scale``."""
    _width, height = styles.printable_points(landscape=False)
    return height * 100 / scale


class Money(int):
    """An int that the Rekap tables format as rupiah."""


@dataclass
class Table:
    """A titled table: a heading row, data rows, an optional total row."""

    title: str
    headers: list[str]
    rows: list[list[Any]]
    total: bool = True
    spans: list[tuple[int, int]] | None = None  # block columns of each column, first to last

    def column_spans(self) -> list[tuple[int, int]]:
        """Where each column sits in the block: the label widens, the figures keep right."""
        if self.spans is not None:
            return self.spans
        label_end = BLOCK - len(self.headers)
        figures = [(i, i) for i in range(label_end + 1, BLOCK)]
        return [(0, label_end), *figures]

    def body(self) -> list[list[Any]]:
        if not self.rows:
            return [[t("excel.rekap.none")]]
        if not self.total:
            return self.rows
        sums = [_sum_like(self.rows, i) for i in range(1, len(self.headers))]
        return [*self.rows, [Total(t("excel.rekap.total")), *sums]]

    @property
    def height(self) -> int:
        """Rows taken: title, heading, body."""
        return 2 + len(self.body())


class Total(str):
    """The label of a total row (written bold)."""


def _sum_like(rows: list[list[Any]], index: int) -> Any:
    values = [row[index] for row in rows]
    if not all(isinstance(v, int) for v in values):
        return None
    total = sum(values)
    return Money(total) if isinstance(rows[0][index], Money) else total


@dataclass
class Grid:
    """Cells placed anywhere, written row by row at the end (constant-memory sheets need order)."""

    cells: dict[int, list[tuple[int, int, Styled]]] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    rows: int = 0

    def put(self, row: int, first: int, last: int, cell: Styled) -> None:
        self.cells.setdefault(row, []).append((first, last, cell))
        self.rows = max(self.rows, row + 1)

    def height(self, row: int) -> float:
        """The row's height as the file stores it: whole pixels of 0.75 point."""
        return int(self.heights.get(row, ROW_HEIGHT) * 4 / 3 + 0.5) * 0.75

    def need(self, row: int, height: float) -> None:
        self.heights[row] = max(self.heights.get(row, ROW_HEIGHT), height)
        self.rows = max(self.rows, row + 1)

    def gap(self, row: int) -> None:
        """A narrow spacer row. It gets a blank styled cell: a constant-memory sheet writes
        no row (and so no height) for a row without cells."""
        self.heights[row] = GAP_HEIGHT
        self.put(row, 0, 0, styled(None, "text", font_size=6))

    def write(self, sheet: Sheet) -> None:
        for row in range(self.rows):
            sheet.ws.set_row(row, self.height(row))
            for first, last, cell in sorted(self.cells.get(row, []), key=lambda c: c[0]):
                if last > first:
                    sheet.ws.merge_range(row, first, row, last, "", sheet.book.format(cell.props))
                sheet.put(row, first, cell.value, cell.props)
        sheet.row = self.rows


BOX = {"border": 1, "border_color": "#A6A6A6"}


def _cell(value: Any) -> Styled:
    if isinstance(value, Total):
        return styled(str(value), "text", bold=True, **BOX)
    if isinstance(value, Money):
        return styled(int(value), "count", **BOX)
    if isinstance(value, bool):
        return styled(value, "text", **BOX)
    if isinstance(value, int):
        return styled(value, "count", **BOX)
    if isinstance(value, date):
        return styled(value, "date", align="center", **BOX)
    return styled(value, "text", **BOX)


def place_table(grid: Grid, table: Table, row: int, block: int) -> int:
    """Draw ``table`` with its title at ``row`` in the block starting at column ``block``."""
    spans = table.column_spans()
    title_lines = wrapped_lines(table.title, sum(WIDTHS[block : block + BLOCK]), bold=True)
    title = styled(table.title, "bold", valign="bottom", text_wrap=title_lines > 1)
    grid.put(row, block, block + BLOCK - 1, title)
    grid.need(row, ROW_HEIGHT * title_lines)
    header = row + 1
    lines = 1
    for text, (first, last) in zip(table.headers, spans, strict=True):
        grid.put(header, block + first, block + last, styled(text, "header", align="center"))
        width = sum(WIDTHS[block + first : block + last + 1])
        lines = max(lines, wrapped_lines(text, width, bold=True))
    grid.need(header, ROW_HEIGHT * lines)
    for offset, values in enumerate(table.body(), start=2):
        if len(values) == 1 and len(spans) > 1:  # "(tidak ada data)" across the table
            grid.put(row + offset, block, block + BLOCK - 1, styled(values[0], "text", **BOX))
            continue
        bold = bool(values) and isinstance(values[0], Total)
        for value, (first, last) in zip(values, spans, strict=False):
            cell = _cell(value)
            if bold:
                cell = Styled(cell.value, styles_bold(cell.props))
            width = sum(WIDTHS[block + first : block + last + 1])
            if isinstance(value, str) and (lines := wrapped_lines(value, width)) > 1:
                # A long name wraps inside its cell rather than being cut off on paper.
                cell = Styled(cell.value, _with(cell.props, text_wrap=True, valign="top"))
                grid.need(row + offset, ROW_HEIGHT * lines)
            grid.put(row + offset, block + first, block + last, cell)
    return row + table.height


def styles_bold(props: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    return _with(props, bold=True)


def _with(props: tuple[tuple[str, Any], ...], **extra: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted({**dict(props), **extra}.items()))


@dataclass
class Band:
    """Rows printed together: never split by a page break."""

    first: int
    last: int  # exclusive


@dataclass
class RekapLayout:
    """Where the page breaks fall, for the sheet and for tests."""

    scale: int
    bands: list[Band]
    breaks: list[int]  # 0-based rows that start a new page
    tables: list[tuple[int, int]]  # (first row, last row exclusive) of every table

    @property
    def pages(self) -> int:
        return len(self.breaks) + 1


def one_page_scale(grid: Grid, bands: Sequence[Band], scale: int) -> int:
    """The scale that keeps the Rekap on one page: the width's, or a little smaller when
    that is enough (not below MIN_SCALE; a longer Rekap takes two pages instead)."""
    height = sum(grid.height(r) for r in range(bands[0].first, bands[-1].last))
    if height <= page_capacity(scale):
        return scale
    _width, page = styles.printable_points(landscape=False)
    smaller = math.floor(100 * page / height)
    return smaller if smaller >= MIN_SCALE else scale


def paginate(grid: Grid, bands: Sequence[Band], scale: int) -> list[int]:
    """Rows before which a page must break so that no band is split."""
    capacity, used, breaks = page_capacity(scale), 0.0, []
    for band in bands:
        height = sum(grid.height(r) for r in range(band.first, band.last))
        if used and used + height > capacity:
            breaks.append(band.first)
            used = 0.0
        used += height
    return breaks
