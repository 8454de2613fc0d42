"""The Rekap Kota sheet: header block, all kelurahan by kecamatan, totals, levels, signature."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from wksbm_desktop.excel import styles
from wksbm_desktop.excel.consolidate_layout import HEADER_HEIGHT
from wksbm_desktop.excel.consolidate_scan import KelurahanStatus
from wksbm_desktop.excel.consolidate_tally import LEVELS, Tally
from wksbm_desktop.excel.print_fit import wrapped_lines
from wksbm_desktop.excel.rekap import long_date
from wksbm_desktop.excel.rekap_data import programme_order
from wksbm_desktop.excel.schema import LEVEL_LABELS
from wksbm_desktop.excel.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

WIDTHS = [5.0, 14.0, 24.0, 14.0, 10.0, 12.0, 10.0, 10.0, 12.0, 12.0, 12.0, 10.0, 21.0]
LAST = len(WIDTHS) - 1  # 0-based: M
SIGNATURE_COLUMN = 9  # 0-based: J
Props = dict[str, Any]
ROW_POINTS = 15.0  # the default row height
MISSING_FILL: Props = {"pattern": 1, "bg_color": "#FCE4D6"}
KECAMATAN_FILL: Props = {"pattern": 1, "bg_color": "#F2F2F2"}
TOTAL_FILL: Props = {"pattern": 1, "bg_color": "#DDEBF7"}
_BOX: Props = {"border": 1, "border_color": "#A6A6A6"}
_CENTRE: Props = {"align": "center", "valign": "vcenter"}
_WRAP: Props = {"text_wrap": True, "valign": "top"}
_MAIN_COLUMNS = (
    "no",
    "code",
    "kelurahan",
    "date",
    "groups",
    "active",
    "less_active",
    "inactive",
    "moved_up",
    "members",
    "memberships",
    "activities",
    "money",
)


@dataclass(frozen=True)
class CityHeader:
    period: str
    printed_on: date
    reported: int
    total: int
    files: int
    used: int
    older: int
    rejected: int
    nik_duplicates: int
    masked_reports: int
    # What "naik kelas" counts: "period" (within a shared period), "since" (no start date:
    # since the first assessment) or "mixed" (each kelurahan's own period).
    moved_up_rule: str = "period"


def print_scale() -> int:
    """The fixed print scale that puts the columns across A4 landscape (a fixed scale, not
    "fit to page": Excel ignores manual page breaks when fitting)."""
    width, _height = styles.printable_points(landscape=True)
    needed = sum(map(styles.column_points, WIDTHS)) * styles.CALC_WIDER
    return min(100, math.floor(100 * width / needed))


class _Writer:
    def __init__(self, sheet: Sheet, scale: int = 100) -> None:
        self.sheet = sheet
        _width, height = styles.printable_points(landscape=True)
        self.page = height * 100 / scale  # unscaled points one page holds
        self.used = 0.0  # of the current page
        self.breaks: list[int] = []
        self.repeated = 0.0  # height of the heading rows repeated atop each page

    def keep_together(self, rows: int, extra: float = 0.0) -> None:
        """Start a new page unless the next ``rows`` rows (plus ``extra`` points) fit on this
        one: a table is never split (the long per-kelurahan table excepted)."""
        needed = rows * ROW_POINTS + extra
        if self.used and self.used + needed > self.page:
            self.breaks.append(self.row)
            self.sheet.ws.set_h_pagebreaks(self.breaks)
            self.used = self.repeated

    def new_page(self) -> None:
        self.breaks.append(self.row)
        self.sheet.ws.set_h_pagebreaks(self.breaks)
        self.used = 0.0

    @property
    def row(self) -> int:
        return self.sheet.row

    def append(self, cells: list[Any], height: float = 0.0) -> int:
        if height:
            self.sheet.set_height(self.row + 1, height)
        self.used += height or ROW_POINTS
        return self.sheet.append(cells)

    def merged(
        self,
        value: str,
        font: Props | None = None,
        first: int = 0,
        last: int = LAST,
        alignment: Props = _CENTRE,
    ) -> None:
        self.used += ROW_POINTS
        self.sheet.merged_row((styled(value, "text", **(font or {}), **alignment), first, last))

    def headings(self, texts: list[str]) -> None:
        lines = max(wrapped_lines(text, WIDTHS[i], bold=True) for i, text in enumerate(texts))
        height = max(HEADER_HEIGHT, ROW_POINTS * lines)
        self.append([styled(text, "header") for text in texts], height)

    def cell(
        self, value: Any, kind: str = "text", fill: Props | None = None, bold: bool = False
    ) -> Styled:
        return styled(value, kind, **_BOX, **(fill or {}), **({"bold": True} if bold else {}))


def write_rekap_kota(
    sheet: Sheet, header: CityHeader, board: list[KelurahanStatus], tallies: dict[str, Tally]
) -> None:
    """Write Rekap Kota; ``tallies`` holds the counts of each reported kelurahan by code.

    The compact tables Dinas Sosial reports onwards come first (per kecamatan, by bidang, by
    funding source, levels with their chart); the table of all 104 kelurahan starts a new
    page and repeats its heading on every page it runs to.
    """
    sheet.set_widths(WIDTHS)
    scale = print_scale()
    sheet.setup_print(landscape=True, scale=scale)
    out = _Writer(sheet, scale)
    _header_block(out, header)
    totals = kecamatan_totals(board, tallies)
    _kecamatan_indicators(out, board, totals, header.moved_up_rule)
    _kecamatan_social(out, board, totals)
    city = Tally()
    for _reported, _total, tally in totals.values():
        city += tally
    _sectors_and_funding(out, city)
    out.keep_together(len(totals) + 4, HEADER_HEIGHT)
    out.append([])
    levels = _levels_table(out, board, totals)
    _levels_chart(out, levels, len(totals))
    out.new_page()
    out.append([styled(t("consolidate.rekap.main_title"), "subtitle")])
    sheet.ws.repeat_rows(out.row)  # the heading row written next (0-based)
    _main_table(out, board, tallies, header.moved_up_rule)
    rule = t(f"reports.city.moved_up_{header.moved_up_rule}")
    note = t("consolidate.rekap.note_missing") + " " + rule
    out.sheet.set_height(out.row + 1, 30.0)
    out.merged(note, {"italic": True, "font_size": 9}, alignment=_WRAP)
    _signature(out, header.printed_on)


def kecamatan_totals(
    board: list[KelurahanStatus], tallies: dict[str, Tally]
) -> dict[str, tuple[int, int, Tally]]:
    """Per kecamatan code: kelurahan reported, kelurahan in all, their counts added up."""
    totals: dict[str, tuple[int, int, Tally]] = {}
    for code, group in groupby(board, key=lambda s: s.kelurahan.kecamatan_code):
        statuses = list(group)
        subtotal = Tally()
        for status in statuses:
            tally = tallies.get(status.kelurahan.code)
            if tally is not None:
                subtotal += tally
        reported = sum(1 for s in statuses if s.kelurahan.code in tallies)
        totals[code] = (reported, len(statuses), subtotal)
    return totals


def _header_block(out: _Writer, header: CityHeader) -> None:
    out.merged(t("consolidate.rekap.government"), {"bold": True, "font_size": 14})
    out.merged(t("consolidate.rekap.office"), {"bold": True, "font_size": 12})
    out.merged(t("consolidate.rekap.title"), {"bold": True, "font_size": 11})
    out.append([])
    nik = t("consolidate.rekap.nik_value", count=header.nik_duplicates)
    if header.masked_reports:
        nik = t(
            "consolidate.rekap.nik_value_masked",
            count=header.nik_duplicates,
            masked=header.masked_reports,
        )
    pairs = [
        ("period", header.period),
        ("printed", long_date(header.printed_on)),
        (
            "received",
            t(
                "consolidate.rekap.received_value",
                reported=header.reported,
                total=header.total,
                missing=header.total - header.reported,
            ),
        ),
        (
            "files",
            t(
                "consolidate.rekap.files_value",
                total=header.files,
                used=header.used,
                older=header.older,
                rejected=header.rejected,
            ),
        ),
        ("nik", nik),
    ]
    for key, value in pairs:
        label = styled(t(f"consolidate.rekap.{key}"), "bold")
        out.sheet.merged_row((label, 0, 2), (styled(value), 3, LAST))
        out.used += ROW_POINTS
    out.append([])


def moved_up_heading(rule: str) -> str:
    """The "naik kelas" column's heading, saying what it counts."""
    return t(f"reports.city.col_moved_up_{rule}")


def _main_table(
    out: _Writer, board: list[KelurahanStatus], tallies: dict[str, Tally], rule: str
) -> dict[str, tuple[int, int, Tally]]:
    out.headings(
        [
            moved_up_heading(rule) if key == "moved_up" else t(f"consolidate.rekap.col_{key}")
            for key in _MAIN_COLUMNS
        ]
    )
    out.repeated = HEADER_HEIGHT  # the heading is printed again atop every following page
    city, totals = Tally(), {}
    reported_in_city, number = 0, 0
    blocks = [list(g) for _c, g in groupby(board, key=lambda s: s.kelurahan.kecamatan_code)]
    for index, statuses in enumerate(blocks):
        code, name = statuses[0].kelurahan.kecamatan_code, statuses[0].kelurahan.kecamatan_name
        # Pages break between kecamatan, never inside one; the last one keeps the grand
        # total, the note and the signature with it.
        last = index == len(blocks) - 1
        out.keep_together(len(statuses) + 2 + (12 if last else 0))
        out.append(_kecamatan_row(out, code, name))
        subtotal = Tally()
        for status in statuses:
            number += 1
            tally = tallies.get(status.kelurahan.code)
            out.append(_kelurahan_row(out, number, status, tally))
            if tally is not None:
                subtotal += tally
        reported = sum(1 for s in statuses if s.kelurahan.code in tallies)
        label = t("consolidate.rekap.subtotal", name=name)
        out.append(_total_row(out, label, reported, len(statuses), subtotal, KECAMATAN_FILL))
        totals[code] = (reported, len(statuses), subtotal)
        city += subtotal
        reported_in_city += reported
    label = t("consolidate.rekap.grand_total")
    out.append(_total_row(out, label, reported_in_city, len(board), city, TOTAL_FILL))
    out.append([])
    return totals


def _kecamatan_row(out: _Writer, code: str, name: str) -> list[Any]:
    cells = [
        out.cell(None, fill=KECAMATAN_FILL),
        out.cell(code, "id", KECAMATAN_FILL, True),
        out.cell(
            t("consolidate.rekap.kecamatan_row", name=name.upper()), "text", KECAMATAN_FILL, True
        ),
    ]
    return cells + [out.cell(None, fill=KECAMATAN_FILL) for _ in range(len(WIDTHS) - 3)]


def _numbers(tally: Tally) -> list[tuple[int, str]]:
    return [
        (tally.groups, "count"),
        (tally.by_status["aktif"], "count"),
        (tally.by_status["kurang_aktif"], "count"),
        (tally.by_status["tidak_aktif"], "count"),
        (tally.moved_up, "count"),
        (tally.members, "count"),
        (tally.memberships, "count"),
        (tally.activities, "count"),
        (tally.money, "money"),
    ]


def _kelurahan_row(
    out: _Writer, number: int, status: KelurahanStatus, tally: Tally | None
) -> list[Any]:
    kelurahan = status.kelurahan
    fill = None if tally is not None else MISSING_FILL
    cells = [
        out.cell(number, "count", fill),
        out.cell(kelurahan.code, "id", fill),
        out.cell(kelurahan.name, "text", fill),
    ]
    if tally is None or status.generated_at is None:
        text = t("consolidate.rekap.not_reported") if tally is None else "-"
        font = {"italic": True, "font_color": "#9C0006"} if tally is None else {}
        cells.append(styled(text, "text", **_BOX, **(fill or {}), **font))
    else:
        cells.append(out.cell(status.generated_at.date(), "date"))
    if tally is None:
        return cells + [out.cell(None, fill=fill) for _ in range(len(WIDTHS) - 4)]
    return cells + [out.cell(value, kind) for value, kind in _numbers(tally)]


def _total_row(
    out: _Writer, label: str, reported: int, total: int, tally: Tally, fill: Props
) -> list[Any]:
    share = t("consolidate.rekap.subtotal_reported", reported=reported, total=total)
    cells = [
        out.cell(None, fill=fill),
        out.cell(None, fill=fill),
        out.cell(label, "text", fill, True),
        out.cell(share, "text", fill, True),
    ]
    return cells + [out.cell(value, kind, fill, True) for value, kind in _numbers(tally)]


def _levels_table(
    out: _Writer, board: list[KelurahanStatus], totals: dict[str, tuple[int, int, Tally]]
) -> int:
    """The levels per kecamatan; returns the 0-based row of its heading (for the chart)."""
    out.append([styled(t("consolidate.rekap.levels_title"), "subtitle")])
    heading_row = out.row
    headers = [
        t("consolidate.rekap.col_no"),
        t("consolidate.rekap.col_code"),
        t("consolidate.rekap.col_kecamatan"),
        t("consolidate.rekap.col_reported"),
        *(LEVEL_LABELS[level] for level in LEVELS),
        t("consolidate.rekap.col_not_assessed"),
        t("consolidate.rekap.col_total_groups"),
    ]
    out.headings(headers)
    names = {s.kelurahan.kecamatan_code: s.kelurahan.kecamatan_name for s in board}
    city, reported_all = Tally(), 0
    for number, (code, (reported, total, tally)) in enumerate(totals.items(), start=1):
        share = t("consolidate.rekap.subtotal_reported", reported=reported, total=total)
        cells = [
            out.cell(number, "count"),
            out.cell(code, "id"),
            out.cell(names[code]),
            out.cell(share),
        ]
        out.append(cells + [out.cell(n, "count") for n in _levels(tally)])
        city += tally
        reported_all += reported
    share = t("consolidate.rekap.subtotal_reported", reported=reported_all, total=len(board))
    cells = [
        out.cell(None, fill=TOTAL_FILL),
        out.cell(None, fill=TOTAL_FILL),
        out.cell(t("consolidate.rekap.grand_total"), "text", TOTAL_FILL, True),
        out.cell(share, "text", TOTAL_FILL, True),
    ]
    out.append(cells + [out.cell(n, "count", TOTAL_FILL, True) for n in _levels(city)])
    return heading_row


def _levels(tally: Tally) -> list[int]:
    return [*(tally.by_level[level] for level in LEVELS), tally.by_level[""], tally.groups]


def _signature(out: _Writer, printed_on: date) -> None:
    out.append([])
    signature = SIGNATURE_COLUMN
    out.merged(t("consolidate.rekap.place_date", date=long_date(printed_on)), first=signature)
    out.merged(t("consolidate.rekap.head"), {"bold": True}, first=signature)
    for _ in range(3):
        out.append([])
    out.merged(t("consolidate.rekap.name_blank"), {"bold": True}, first=signature)
    out.merged(t("consolidate.rekap.nip_blank"), first=signature)


CHART_ROWS = 17  # rows of 20 pixels the levels chart covers
CHART_SIZE = {"width": 980, "height": 330}


def _levels_chart(out: _Writer, heading_row: int, kecamatan: int) -> None:
    """A native stacked column chart of the levels table: groups by level per kecamatan."""
    chart = out.sheet.book.workbook.add_chart({"type": "column", "subtype": "stacked"})
    chart.set_title({"name": t("reports.city.chart_levels")})
    chart.set_y_axis({"name": t("consolidate.rekap.col_groups")})
    chart.set_legend({"position": "bottom"})
    chart.set_size(CHART_SIZE)
    first, last, sheet = heading_row + 1, heading_row + kecamatan, out.sheet.name
    for column in range(4, 4 + len(LEVELS) + 1):  # the levels, then "not assessed"
        chart.add_series(
            {
                "name": [sheet, heading_row, column],
                "categories": [sheet, first, 2, last, 2],
                "values": [sheet, first, column, last, column],
            }
        )
    out.keep_together(CHART_ROWS + 1)
    out.append([])
    out.sheet.ws.insert_chart(out.row, 1, chart)
    for _ in range(CHART_ROWS):
        out.append([])


def _per_kecamatan(
    out: _Writer,
    board: list[KelurahanStatus],
    totals: dict[str, tuple[int, int, Tally]],
    title: str,
    headings: list[str],
    figures: Any,
) -> None:
    """A compact table: one row per kecamatan (13) and the city total."""
    out.keep_together(len(totals) + 3, HEADER_HEIGHT)
    out.append([])
    out.append([styled(title, "subtitle")])
    out.headings(
        [
            t("consolidate.rekap.col_no"),
            t("consolidate.rekap.col_code"),
            t("consolidate.rekap.col_kecamatan"),
            t("consolidate.rekap.col_reported"),
            *headings,
        ]
    )
    names = {s.kelurahan.kecamatan_code: s.kelurahan.kecamatan_name for s in board}
    city, reported_all = Tally(), 0
    for number, (code, (reported, total, tally)) in enumerate(totals.items(), start=1):
        share = t("consolidate.rekap.subtotal_reported", reported=reported, total=total)
        cells = [out.cell(number, "count"), out.cell(code, "id"), out.cell(names[code])]
        cells.append(out.cell(share))
        out.append(cells + [out.cell(v, k) for v, k in figures(tally)])
        city += tally
        reported_all += reported
    share = t("consolidate.rekap.subtotal_reported", reported=reported_all, total=len(board))
    cells = [out.cell(None, fill=TOTAL_FILL), out.cell(None, fill=TOTAL_FILL)]
    cells.append(out.cell(t("consolidate.rekap.grand_total"), "text", TOTAL_FILL, True))
    cells.append(out.cell(share, "text", TOTAL_FILL, True))
    out.append(cells + [out.cell(v, k, TOTAL_FILL, True) for v, k in figures(city)])


def _kecamatan_indicators(
    out: _Writer,
    board: list[KelurahanStatus],
    totals: dict[str, tuple[int, int, Tally]],
    rule: str,
) -> None:
    # Ordered so that the long heading words fall into the wider columns.
    headings = [
        t("consolidate.rekap.col_groups"),
        t("consolidate.rekap.col_active"),
        t("consolidate.rekap.col_members"),
        t("consolidate.rekap.col_activities"),
        moved_up_heading(rule),
        t("reports.city.col_attendance"),
        t("consolidate.rekap.col_memberships"),
        t("reports.city.col_beneficiaries"),
        t("consolidate.rekap.col_money"),
    ]

    def figures(tally: Tally) -> list[tuple[int, str]]:
        return [
            (tally.groups, "count"),
            (tally.by_status["aktif"], "count"),
            (tally.members, "count"),
            (tally.activities, "count"),
            (tally.moved_up, "count"),
            (tally.attendance, "count"),
            (tally.memberships, "count"),
            (tally.beneficiaries, "count"),
            (tally.money, "money"),
        ]

    title = t("reports.city.indicators_title")
    _per_kecamatan(out, board, totals, title, headings, figures)


def _kecamatan_social(
    out: _Writer, board: list[KelurahanStatus], totals: dict[str, tuple[int, int, Tally]]
) -> None:
    headings = [
        t("reports.city.col_men"),
        t("reports.city.col_women"),
        t("consolidate.rekap.col_members"),
        t("reports.city.col_dtsen"),
        t("reports.city.col_low_decile"),
        t("reports.city.col_disabled"),
        t("reports.city.col_participants"),
    ]

    def figures(tally: Tally) -> list[tuple[int, str]]:
        numbers = (
            tally.men,
            tally.women,
            tally.members,
            tally.dtsen,
            tally.low_decile,
            tally.disabled,
            tally.participants,
        )
        return [(n, "count") for n in numbers]

    title = t("reports.city.social_title")
    _per_kecamatan(out, board, totals, title, headings, figures)


def _sectors_and_funding(out: _Writer, city: Tally) -> None:
    """Groups by bidang (the programme's four first) beside money by funding source."""
    sectors = programme_order([(label, n[0]) for label, n in city.by_sector.items() if label])
    active = {label: n[1] for label, n in city.by_sector.items()}
    sector_rows = [(label, n, active.get(label, 0)) for label, n in sectors]
    sources = [(label, n[0], n[1]) for label, n in city.by_source.items() if label]
    out.keep_together(max(len(sector_rows), len(sources)) + 3, HEADER_HEIGHT)
    out.append([])
    left, right = (0, 2, 3, 4), (6, 8, 9, 11)  # label span first..last, then two figures
    title_cells = [
        (styled(t("reports.city.sectors_title"), "subtitle"), left[0], left[1]),
        (styled(t("reports.city.funding_title"), "subtitle"), right[0], right[1]),
    ]
    _spans_row(out, title_cells)
    groups, active = t("consolidate.rekap.col_groups"), t("consolidate.rekap.col_active")
    activities, money = t("consolidate.rekap.col_activities"), t("consolidate.rekap.col_money")
    header = [
        (t("excel.rekap.sector"), groups, active),
        (t("excel.rekap.funding"), activities, money),
    ]
    out.sheet.set_height(out.row + 1, HEADER_HEIGHT)
    out.used += HEADER_HEIGHT - ROW_POINTS
    _spans_row(out, _pair_cells(header[0], header[1], left, right, kind="header"))
    rows = max(len(sector_rows), len(sources))
    for index in range(rows):
        one = sector_rows[index] if index < len(sector_rows) else None
        two = sources[index] if index < len(sources) else None
        _spans_row(out, _pair_cells(one, two, left, right))
    total = t("excel.rekap.total")
    sums_one = (total, sum(r[1] for r in sector_rows), sum(r[2] for r in sector_rows))
    sums_two = (total, sum(r[1] for r in sources), sum(r[2] for r in sources))
    _spans_row(out, _pair_cells(sums_one, sums_two, left, right, total=True))


def _pair_cells(
    one: tuple[Any, ...] | None,
    two: tuple[Any, ...] | None,
    left: tuple[int, int, int, int],
    right: tuple[int, int, int, int],
    kind: str = "",
    total: bool = False,
) -> list[tuple[Styled, int, int]]:
    cells: list[tuple[Styled, int, int]] = []
    for values, (first, last, figure, money_column) in ((one, left), (two, right)):
        if values is None:
            continue
        money = money_column > figure + 1  # the funding table's money takes a wider span
        fill = TOTAL_FILL if total else {}
        bold = {"bold": True} if total else {}
        if kind == "header":
            label, a, b = (styled(v, "header", align="center") for v in values)
        else:
            label = styled(values[0], "text", **_BOX, **fill, **bold)
            a = styled(values[1], "count", **_BOX, **fill, **bold)
            b = styled(values[2], "money" if money else "count", **_BOX, **fill, **bold)
        cells += [(label, first, last), (a, figure, figure), (b, figure + 1, money_column)]
    return cells


def _spans_row(out: _Writer, cells: list[tuple[Styled, int, int]]) -> None:
    """The next row as cells that may span several columns (merged), 0-based columns."""
    row = out.row
    for cell, first, last in sorted(cells, key=lambda c: c[1]):
        if last > first:
            out.sheet.ws.merge_range(row, first, row, last, "", out.sheet.book.format(cell.props))
        out.sheet.put(row, first, cell.value, cell.props)
    out.sheet.row += 1
    out.used += ROW_POINTS
