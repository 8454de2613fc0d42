"""The compact tables of Rekap Kota: per kecamatan, by bidang, by funding source, levels chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wksbm_desktop.excel.consolidate.grid import (
    BOX,
    HEADER_HEIGHT,
    ROW_POINTS,
    TOTAL_FILL,
    CityWriter,
    moved_up_heading,
)
from wksbm_desktop.excel.consolidate.scan import KelurahanStatus
from wksbm_desktop.excel.consolidate.tally import LEVELS, Tally
from wksbm_desktop.excel.report.rekap_data import programme_order
from wksbm_desktop.excel.writing.xlsx_out import Styled, styled
from wksbm_desktop.i18n import t

Totals = dict[str, tuple[int, int, Tally]]

_PAIR_HEADINGS = ("groups", "active", "activities", "money")
CHART_ROWS = 17  # rows of 20 pixels the levels chart covers
CHART_SIZE = {"width": 980, "height": 330}


def levels_chart(out: CityWriter, heading_row: int, kecamatan: int) -> None:
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
    out: CityWriter,
    board: list[KelurahanStatus],
    totals: Totals,
    title: str,
    headings: list[str],
    figures: Callable[[Tally], list[tuple[int, str]]],
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


def kecamatan_indicators(
    out: CityWriter,
    board: list[KelurahanStatus],
    totals: Totals,
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


def kecamatan_social(out: CityWriter, board: list[KelurahanStatus], totals: Totals) -> None:
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


def sectors_and_funding(out: CityWriter, city: Tally) -> None:
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
    column = {key: t(f"consolidate.rekap.col_{key}") for key in _PAIR_HEADINGS}
    header = [
        (t("excel.rekap.sector"), column["groups"], column["active"]),
        (t("excel.rekap.funding"), column["activities"], column["money"]),
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
            label = styled(values[0], "text", **BOX, **fill, **bold)
            a = styled(values[1], "count", **BOX, **fill, **bold)
            b = styled(values[2], "money" if money else "count", **BOX, **fill, **bold)
        cells += [(label, first, last), (a, figure, figure), (b, figure + 1, money_column)]
    return cells


def _spans_row(out: CityWriter, cells: list[tuple[Styled, int, int]]) -> None:
    """The next row as cells that may span several columns (merged), 0-based columns."""
    row = out.row
    for cell, first, last in sorted(cells, key=lambda c: c[1]):
        if last > first:
            out.sheet.ws.merge_range(row, first, row, last, "", out.sheet.book.format(cell.props))
        out.sheet.put(row, first, cell.value, cell.props)
    out.sheet.row += 1
    out.used += ROW_POINTS
