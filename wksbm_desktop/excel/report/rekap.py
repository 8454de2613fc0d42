"""The Rekap sheet: official header block, tables side by side on one A4 page, signature.

The page is laid out here rather than left to Excel's "fit to page": tables sit in two blocks
of columns, band by band; a fixed print scale follows from the column widths, and when the
bands need more than one page a manual page break falls between two bands, never inside a
table, with the signature block in the last band beside the last table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from wksbm_desktop.excel.report.rekap_data import AGE_BANDS, RekapData
from wksbm_desktop.excel.report.rekap_layout import (
    BLOCK,
    HEIGHTS,
    LAST_COLUMN,
    LEFT,
    RIGHT,
    ROW_HEIGHT,
    WIDTHS,
    Band,
    Grid,
    Money,
    RekapLayout,
    Table,
    one_page_scale,
    paginate,
    place_table,
    print_scale,
)
from wksbm_desktop.excel.report.schema import LEVEL_LABELS, REKAP_SHEET
from wksbm_desktop.excel.writing.xlsx_out import Book, Sheet, styled
from wksbm_desktop.i18n import t

CHART_COLUMN = "M"  # charts sit right of the printed area: on screen, not on paper
CHART_WIDTH, CHART_HEIGHT = 605, 283  # pixels: 16 x 7.5 cm
MONTHS_SHOWN = 12  # a longer period is tabled by year


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


def write_rekap(book: Book, sheet: Sheet, header: RekapHeader, data: RekapData) -> RekapLayout:
    """Lay out and write the Rekap sheet; returns the layout (page breaks) it used."""
    grid = Grid()
    row = header_block(grid, header, data.as_of)
    layout, placed = write_bands(sheet, grid, row, _table_pairs(data), header)
    _charts(book, sheet, data, placed)
    return layout


Pair = tuple[tuple[str, Table], tuple[str, Table] | None]


def write_bands(
    sheet: Sheet, grid: Grid, row: int, pairs: list[Pair], header: RekapHeader
) -> tuple[RekapLayout, dict[str, Placed]]:
    """Place the tables band by band below the header block (``row`` rows), the signature in
    the right block of the last band, and set up the page; the sheet is then written."""
    sheet.set_widths(WIDTHS)
    bands, tables = [Band(0, row)], []
    placed: dict[str, Placed] = {}
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
    return RekapLayout(scale, bands, breaks, tables), placed


def header_block(
    grid: Grid, header: RekapHeader, as_of_day: date, title: str = "excel.rekap.title"
) -> int:
    """The official heading, the place and the period; returns the rows it took."""
    titles = (
        (t("excel.rekap.government"), "title"),
        (t(title), "subtitle"),
        (t("excel.rekap.addressee"), "text"),
    )
    for row, (text, kind) in enumerate(titles):
        grid.put(row, 0, LAST_COLUMN, styled(text, kind, align="center"))
        grid.need(row, HEIGHTS.get(kind, ROW_HEIGHT))
    grid.gap(3)
    as_of = t(f"excel.rekap.as_of_{'end' if header.period_closed else 'export'}",
              date=long_date(as_of_day))  # fmt: skip
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


def _table_pairs(data: RekapData) -> list[Pair]:
    """The tables band by band (left, right), each with a name the charts look up."""
    return [
        (("indicators", _indicators(data)), ("types", _groups_by_type(data))),
        (("sectors", _groups_by_sector(data)), ("levels", _groups_by_level(data))),
        (("ages", _members_by_age(data)), ("money", _money_by_source(data))),
        (("activities", _activities_by_sector(data)), ("time", _activities_by_time(data))),
        (("moved_up", _moved_up(data)), None),
    ]


def moved_up_key(data: RekapData, key: str) -> str:
    """Without a start date "naik kelas" means: latest level above the first-ever one."""
    return key if data.period_start is not None else key + "_since"


def indicator_figures(data: RekapData) -> list[tuple[str, int]]:
    """The headline figures of the Rekap, by catalogue key, in print order (money in rupiah).

    The Excel Rekap and the Rekap PDF (documents/rekap.py) both show exactly these.
    """
    return [
        ("excel.rekap.sum_groups", sum(sum(r[1:]) for r in data.groups_by_type)),
        ("excel.rekap.sum_active_groups", sum(r[1] for r in data.groups_by_type)),
        ("excel.rekap.sum_members", data.members_total),
        ("excel.rekap.sum_memberships", data.current_memberships),
        ("excel.rekap.sum_dtsen", data.members_dtsen),
        ("excel.rekap.sum_low_decile", data.members_low_decile),
        ("excel.rekap.sum_disabled", data.members_disabled),
        ("excel.rekap.sum_activities", sum(r[1] for r in data.activities_by_sector)),
        ("excel.rekap.sum_attendance", data.attendance),
        ("excel.rekap.sum_participants", data.participants),
        ("excel.rekap.sum_beneficiaries", data.beneficiaries),
        (MONEY_KEY, sum(r[2] for r in data.money_by_source)),
        (moved_up_key(data, "excel.rekap.sum_moved_up"), len(data.moved_up)),
    ]


MONEY_KEY = "excel.rekap.sum_money"


def _indicators(data: RekapData) -> Table:
    rows: list[list[Any]] = [
        [t(key), Money(value) if key == MONEY_KEY else value]
        for key, value in indicator_figures(data)
    ]
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
    rows: list[list[Any]] = [[s, n, Money(a)] for s, n, a in data.money_by_source]
    headers = [t("excel.rekap.funding"), t("excel.rekap.activities"), t("excel.rekap.money")]
    return Table(t("excel.rekap.money_by_source"), headers, rows)


def _activities_by_sector(data: RekapData) -> Table:
    rows: list[list[Any]] = [
        [s, n, present, reported, Money(a)]
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
            [f"{t(f'excel.month.{m}')} {y}", n, Money(a)] for y, m, n, a in months
        ]
        title, first = t("excel.rekap.activities_by_month"), t("excel.rekap.month")
    else:
        years: dict[int, list[int]] = {}
        for y, _m, n, a in months:
            years.setdefault(y, [0, 0])
            years[y][0] += n
            years[y][1] += a
        rows = [[str(y), n, Money(a)] for y, (n, a) in years.items()]
        title, first = t("excel.rekap.activities_by_year"), t("excel.rekap.year")
    return Table(title, [first, *headers], rows)


MAX_LISTED = 15  # groups listed by name; more are tabled by level change (Penilaian has all)


def _moved_up(data: RekapData) -> Table:
    """The groups that moved up, by name; a long list as counts per level change, so that the
    Rekap keeps to its page (every group's assessments are on the Penilaian sheet)."""
    title = t(moved_up_key(data, "excel.rekap.moved_up"))
    if len(data.moved_up) > MAX_LISTED:
        changes = Counter((old, new) for _n, _k, old, new, _on in data.moved_up)
        order = list(LEVEL_LABELS)
        rows: list[list[Any]] = [
            [f"{LEVEL_LABELS[old]} → {LEVEL_LABELS[new]}", n]
            for (old, new), n in sorted(
                changes.items(), key=lambda c: (order.index(c[0][0]), order.index(c[0][1]))
            )
        ]
        headers = [t("excel.rekap.level_change"), t("excel.rekap.groups_count")]
        return Table(title + " " + t("excel.rekap.moved_up_counted"), headers, rows)
    rows = [
        [name, f"{LEVEL_LABELS[old]}→{LEVEL_LABELS[new]}", on]
        for name, _kind, old, new, on in data.moved_up
    ]
    headers = [t("excel.rekap.group"), t("excel.rekap.level_change"), t("excel.rekap.date")]
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
