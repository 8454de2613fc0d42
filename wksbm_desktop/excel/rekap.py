"""The Rekap sheet: official header block, tables side by side on one A4 page, signature.

The page is laid out here rather than left to Excel's "fit to page": tables sit in two blocks
of columns, band by band; a fixed print scale follows from the column widths, and when the
bands need more than one page a manual page break falls between two bands, never inside a
table, with the signature block in the last band beside the last table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wksbm_desktop.excel import styles
from wksbm_desktop.excel.print_fit import wrapped_lines
from wksbm_desktop.excel.rekap_data import AGE_BANDS, RekapData
from wksbm_desktop.excel.schema import LEVEL_LABELS, REKAP_SHEET
from wksbm_desktop.excel.xlsx_out import Book, Sheet, Styled, styled
from wksbm_desktop.i18n import t

# Two blocks of five columns (label + four figures) with a narrow gap between them.
WIDTHS = [22.0, 9.0, 9.0, 9.0, 12.5, 1.0, 22.0, 9.0, 9.0, 9.0, 12.5]
BLOCK = 5
LEFT, RIGHT = 0, 6  # first column of each block
LAST_COLUMN = len(WIDTHS) - 1  # 0-based: K
ROW_HEIGHT = 14.0  # points: 11-point text with a little air
GAP_HEIGHT = 6.0  # the spacer row between bands
HEIGHTS = {"title": 20.0, "subtitle": 17.0}
CHART_COLUMN = "M"  # charts sit right of the printed area: on screen, not on paper
CHART_WIDTH, CHART_HEIGHT = 605, 283  # pixels: 16 x 7.5 cm
MONTHS_SHOWN = 12  # a longer period is tabled by year
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


@dataclass(frozen=True)
class RekapHeader:
    kelurahan: str
    kecamatan: str
    period: str
    printed_on: date
    lurah_name: str
    lurah_nip: str
    kelurahan_name: str = ""
    period_closed: bool = False  # the period has an end date: states are as of that day


def long_date(value: date) -> str:
    """ "28 November 2026", the way a letter is dated."""
    return f"{value.day} {t(f'excel.month.{value.month}')} {value.year}"


class _Money(int):
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
        return [*self.rows, [_Total(t("excel.rekap.total")), *sums]]

    @property
    def height(self) -> int:
        """Rows taken: title, heading, body."""
        return 2 + len(self.body())


class _Total(str):
    """The label of a total row (written bold)."""


def _sum_like(rows: list[list[Any]], index: int) -> Any:
    values = [row[index] for row in rows]
    if not all(isinstance(v, int) for v in values):
        return None
    total = sum(values)
    return _Money(total) if isinstance(rows[0][index], _Money) else total


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
    if isinstance(value, _Total):
        return styled(str(value), "text", bold=True, **BOX)
    if isinstance(value, _Money):
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
    grid.put(row, block, block + BLOCK - 1, styled(table.title, "bold", valign="bottom"))
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
        bold = bool(values) and isinstance(values[0], _Total)
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


def write_rekap(book: Book, sheet: Sheet, header: RekapHeader, data: RekapData) -> RekapLayout:
    """Lay out and write the Rekap sheet; returns the layout (page breaks) it used."""
    sheet.set_widths(WIDTHS)
    grid, bands, tables = Grid(), [], []
    placed: dict[str, Placed] = {}
    row = _header_block(grid, header, data)
    bands.append(Band(0, row))
    pairs = _table_pairs(data)
    for index, (left, right) in enumerate(pairs):
        start = row
        grid.gap(row)
        row += 1
        ends = []
        for named, block in ((left, LEFT), (right, RIGHT)):
            if named is None:
                continue
            name, table = named
            end = place_table(grid, table, row, block)
            placed[name] = Placed(row, block, table)
            tables.append((row, end))
            ends.append(end)
        if index == len(pairs) - 1:
            ends.append(_signature(grid, header, row))
        row = max(ends)
        bands.append(Band(start, row))
    grid.write(sheet)
    scale = one_page_scale(grid, bands, print_scale())
    sheet.setup_print(landscape=False, scale=scale)
    breaks = paginate(grid, bands, scale)
    if breaks:
        sheet.ws.set_h_pagebreaks(breaks)
    sheet.ws.print_area(0, 0, row - 1, LAST_COLUMN)
    _charts(book, sheet, data, placed)
    return RekapLayout(scale, bands, breaks, tables)


def _header_block(grid: Grid, header: RekapHeader, data: RekapData) -> int:
    titles = (
        (t("excel.rekap.government"), "title"),
        (t("excel.rekap.title"), "subtitle"),
        (t("excel.rekap.addressee"), "text"),
    )
    for row, (text, kind) in enumerate(titles):
        grid.put(row, 0, LAST_COLUMN, styled(text, kind, align="center"))
        grid.need(row, HEIGHTS.get(kind, ROW_HEIGHT))
    grid.gap(3)
    as_of = t(f"excel.rekap.as_of_{'end' if header.period_closed else 'export'}",
              date=long_date(data.as_of))  # fmt: skip
    pairs = (
        (("kelurahan", header.kelurahan), ("kecamatan", header.kecamatan)),
        (("period", header.period), ("printed", long_date(header.printed_on))),
        (("as_of", as_of), None),
    )
    for row, (left, right) in enumerate(pairs, start=4):
        for pair, block in ((left, LEFT), (right, RIGHT)):
            if pair is not None:
                last = block + BLOCK - 1 if right is not None else LAST_COLUMN
                grid.put(row, block, block, styled(t(f"excel.rekap.{pair[0]}"), "bold"))
                grid.put(row, block + 1, last, styled(pair[1]))
    return 4 + len(pairs)


Pair = tuple[tuple[str, Table], tuple[str, Table] | None]


def _table_pairs(data: RekapData) -> list[Pair]:
    """The tables band by band (left, right), each with a name the charts look up."""
    return [
        (("indicators", _indicators(data)), ("types", _groups_by_type(data))),
        (("sectors", _groups_by_sector(data)), ("levels", _groups_by_level(data))),
        (("ages", _members_by_age(data)), ("money", _money_by_source(data))),
        (("activities", _activities_by_sector(data)), ("time", _activities_by_time(data))),
        (("moved_up", _moved_up(data)), None),
    ]


def _moved_up_key(data: RekapData, key: str) -> str:
    """Without a start date "naik kelas" means: latest level above the first-ever one."""
    return key if data.period_start is not None else key + "_since"


def _indicators(data: RekapData) -> Table:
    groups = sum(sum(r[1:]) for r in data.groups_by_type)
    active = sum(r[1] for r in data.groups_by_type)
    money = sum(r[2] for r in data.money_by_source)
    activities = sum(r[1] for r in data.activities_by_sector)
    figures: list[tuple[str, int]] = [
        ("excel.rekap.sum_groups", groups),
        ("excel.rekap.sum_active_groups", active),
        ("excel.rekap.sum_members", data.members_total),
        ("excel.rekap.sum_memberships", data.current_memberships),
        ("excel.rekap.sum_dtsen", data.members_dtsen),
        ("excel.rekap.sum_low_decile", data.members_low_decile),
        ("excel.rekap.sum_disabled", data.members_disabled),
        ("excel.rekap.sum_activities", activities),
        ("excel.rekap.sum_attendance", data.attendance),
        ("excel.rekap.sum_participants", data.participants),
        ("excel.rekap.sum_beneficiaries", data.beneficiaries),
        ("excel.rekap.sum_money", _Money(money)),
        (_moved_up_key(data, "excel.rekap.sum_moved_up"), len(data.moved_up)),
    ]
    rows: list[list[Any]] = [[t(key), value] for key, value in figures]
    title = t("excel.rekap.indicators")
    return Table(title, [t("excel.rekap.item"), t("excel.rekap.count")], rows, total=False)


def _groups_by_type(data: RekapData) -> Table:
    headers = [
        t("excel.rekap.group_type"),
        t("excel.rekap.status_aktif"),
        t("excel.rekap.status_kurang"),
        t("excel.rekap.status_tidak"),
        t("excel.rekap.count"),
    ]
    rows: list[list[Any]] = [[name, a, k, n, a + k + n] for name, a, k, n in data.groups_by_type]
    return Table(t("excel.rekap.groups_by_type"), headers, rows)


def _groups_by_sector(data: RekapData) -> Table:
    rows: list[list[Any]] = [[name, number] for name, number in data.groups_by_sector]
    headers = [t("excel.rekap.sector"), t("excel.rekap.count")]
    return Table(t("excel.rekap.groups_by_sector"), headers, rows)


def _groups_by_level(data: RekapData) -> Table:
    rows: list[list[Any]] = [
        [LEVEL_LABELS.get(c) or t("excel.rekap.not_assessed"), n] for c, n in data.groups_by_level
    ]
    headers = [t("excel.rekap.level"), t("excel.rekap.count")]
    return Table(t("excel.rekap.groups_by_level_short"), headers, rows)


def _band_label(index: int) -> str:
    if index < 0:
        return t("excel.rekap.age_unknown")
    low, high = AGE_BANDS[index]
    if index == 0:
        return t("excel.rekap.age_under", age=high + 1)
    if index == len(AGE_BANDS) - 1:
        return t("excel.rekap.age_over", age=low)
    return t("excel.rekap.age_band", low=low, high=high)


def _members_by_age(data: RekapData) -> Table:
    # The "birth date unknown" line only when someone is in it.
    rows: list[list[Any]] = [
        [_band_label(i), m, f, m + f] for i, m, f in data.members_by_age if i >= 0 or m + f
    ]
    headers = [
        t("excel.rekap.age"),
        t("excel.rekap.male_short"),
        t("excel.rekap.female_short"),
        t("excel.rekap.count"),
    ]
    return Table(t("excel.rekap.members_by_age_short"), headers, rows)


def _money_by_source(data: RekapData) -> Table:
    rows: list[list[Any]] = [[s, n, _Money(a)] for s, n, a in data.money_by_source]
    headers = [t("excel.rekap.funding"), t("excel.rekap.activities"), t("excel.rekap.money")]
    return Table(t("excel.rekap.money_by_source"), headers, rows)


def _activities_by_sector(data: RekapData) -> Table:
    rows: list[list[Any]] = [
        [s, n, present, reported, _Money(a)]
        for s, n, present, reported, a in data.activities_by_sector
    ]
    headers = [
        t("excel.rekap.sector"),
        t("excel.rekap.activities"),
        t("excel.rekap.attendance"),
        t("excel.rekap.participants_reported"),
        t("excel.rekap.money"),
    ]
    return Table(t("excel.rekap.activities_by_sector"), headers, rows)


def _activities_by_time(data: RekapData) -> Table:
    """Activities per month; per year when the months would not fit beside the other table."""
    months = data.activities_by_month
    headers = [t("excel.rekap.activities"), t("excel.rekap.money")]
    if len(months) <= MONTHS_SHOWN:
        rows: list[list[Any]] = [
            [f"{t(f'excel.month.{m}')} {y}", n, _Money(a)] for y, m, n, a in months
        ]
        title, first = t("excel.rekap.activities_by_month"), t("excel.rekap.month")
    else:
        years: dict[int, list[int]] = {}
        for y, _m, n, a in months:
            years.setdefault(y, [0, 0])
            years[y][0] += n
            years[y][1] += a
        rows = [[str(y), n, _Money(a)] for y, (n, a) in years.items()]
        title, first = t("excel.rekap.activities_by_year"), t("excel.rekap.year")
    return Table(title, [first, *headers], rows)


def _moved_up(data: RekapData) -> Table:
    rows: list[list[Any]] = [
        [name, f"{LEVEL_LABELS[old]}→{LEVEL_LABELS[new]}", on]
        for name, _kind, old, new, on in data.moved_up
    ]
    headers = [t("excel.rekap.group"), t("excel.rekap.level_change"), t("excel.rekap.date")]
    title = t(_moved_up_key(data, "excel.rekap.moved_up"))
    return Table(title, headers, rows, total=False, spans=[(0, 1), (2, 3), (4, 4)])


def _signature(grid: Grid, header: RekapHeader, row: int) -> int:
    """The Lurah's signature in the right block of the last band; returns the row after it."""
    lurah_of = t("excel.rekap.lurah_of", name=header.kelurahan_name.upper())
    name = header.lurah_name or t("excel.rekap.lurah_blank")
    lines = [
        styled(t("excel.rekap.place_date", date=long_date(header.printed_on)), align="center"),
        styled(lurah_of, "bold", align="center"),
        None,
        None,
        None,
        styled(name, "bold", underline=1, align="center"),
        styled(t("excel.rekap.nip", nip=header.lurah_nip or "-"), align="center"),
    ]
    for offset, cell in enumerate(lines, start=1):
        if cell is not None:
            grid.put(row + offset, RIGHT, LAST_COLUMN, cell)
    return row + len(lines) + 1


def _charts(book: Book, sheet: Sheet, data: RekapData, placed: dict[str, Placed]) -> None:
    """Two native column charts over their tables, right of the printed area (screen only)."""
    time = placed.get("time")
    if data.activities_by_month and time is not None:
        chart = _bar(book, t("excel.rekap.chart_months"), t("excel.rekap.activities"))
        _series(chart, time, 1)
        sheet.ws.insert_chart(f"{CHART_COLUMN}2", chart)
    ages = placed["ages"]
    chart = _bar(book, t("excel.rekap.chart_members"), t("excel.rekap.count"))
    for column in (1, 2):
        _series(chart, ages, column)
    sheet.ws.insert_chart(f"{CHART_COLUMN}22", chart)


@dataclass(frozen=True)
class Placed:
    """Where a table landed: its title row, its block, the table itself."""

    row: int
    block: int
    table: Table

    def column(self, index: int) -> int:
        return self.block + self.table.column_spans()[index][0]


def _series(chart: Any, placed: Placed, column: int) -> None:
    """A series named by its heading cell, over the table's data rows (no total row)."""
    heading, first = placed.row + 1, placed.row + 2
    last = first + len(placed.table.rows) - 1
    chart.add_series(
        {
            "name": [REKAP_SHEET, heading, placed.column(column)],
            "categories": [REKAP_SHEET, first, placed.column(0), last, placed.column(0)],
            "values": [REKAP_SHEET, first, placed.column(column), last, placed.column(column)],
        }
    )


def _bar(book: Book, title: str, axis: str) -> Any:
    chart = book.workbook.add_chart({"type": "column"})
    chart.set_title({"name": title})
    chart.set_y_axis({"name": axis})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
    return chart


__all__ = ["REKAP_SHEET", "RekapHeader", "RekapLayout", "long_date", "write_rekap"]
