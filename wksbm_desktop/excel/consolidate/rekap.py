"""The Rekap Kota sheet: header block, all kelurahan by kecamatan, totals, levels, signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from wksbm_desktop.excel.consolidate.grid import (
    BOX,
    HEADER_HEIGHT,
    KECAMATAN_FILL,
    LAST,
    MISSING_FILL,
    ROW_POINTS,
    SIGNATURE_COLUMN,
    TOTAL_FILL,
    WIDTHS,
    WRAP,
    CityWriter,
    Props,
    moved_up_heading,
    print_scale,
)
from wksbm_desktop.excel.consolidate.scan import KelurahanStatus
from wksbm_desktop.excel.consolidate.summary import (
    kecamatan_indicators,
    kecamatan_social,
    levels_chart,
    sectors_and_funding,
)
from wksbm_desktop.excel.consolidate.tally import LEVELS, Tally
from wksbm_desktop.excel.report.rekap import long_date
from wksbm_desktop.excel.report.schema import LEVEL_LABELS
from wksbm_desktop.excel.writing.xlsx_out import Sheet, styled
from wksbm_desktop.i18n import t

__all__ = ["CityHeader", "kecamatan_totals", "write_rekap_kota"]

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
    out = CityWriter(sheet, scale)
    _header_block(out, header)
    totals = kecamatan_totals(board, tallies)
    kecamatan_indicators(out, board, totals, header.moved_up_rule)
    kecamatan_social(out, board, totals)
    city = Tally()
    for _reported, _total, tally in totals.values():
        city += tally
    sectors_and_funding(out, city)
    out.keep_together(len(totals) + 4, HEADER_HEIGHT)
    out.append([])
    levels = _levels_table(out, board, totals)
    levels_chart(out, levels, len(totals))
    out.new_page()
    out.append([styled(t("consolidate.rekap.main_title"), "subtitle")])
    sheet.ws.repeat_rows(out.row)  # the heading row written next (0-based)
    _main_table(out, board, tallies, header.moved_up_rule)
    rule = t(f"reports.city.moved_up_{header.moved_up_rule}")
    note = t("consolidate.rekap.note_missing") + " " + rule
    out.sheet.set_height(out.row + 1, 30.0)
    out.merged(note, {"italic": True, "font_size": 9}, alignment=WRAP)
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


def _header_block(out: CityWriter, header: CityHeader) -> None:
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


def _main_table(
    out: CityWriter, board: list[KelurahanStatus], tallies: dict[str, Tally], rule: str
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


def _kecamatan_row(out: CityWriter, code: str, name: str) -> list[Any]:
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
    out: CityWriter, number: int, status: KelurahanStatus, tally: Tally | None
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
        cells.append(styled(text, "text", **BOX, **(fill or {}), **font))
    else:
        cells.append(out.cell(status.generated_at.date(), "date"))
    if tally is None:
        return cells + [out.cell(None, fill=fill) for _ in range(len(WIDTHS) - 4)]
    return cells + [out.cell(value, kind) for value, kind in _numbers(tally)]


def _total_row(
    out: CityWriter, label: str, reported: int, total: int, tally: Tally, fill: Props
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
    out: CityWriter, board: list[KelurahanStatus], totals: dict[str, tuple[int, int, Tally]]
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


def _signature(out: CityWriter, printed_on: date) -> None:
    out.append([])
    signature = SIGNATURE_COLUMN
    out.merged(t("consolidate.rekap.place_date", date=long_date(printed_on)), first=signature)
    out.merged(t("consolidate.rekap.head"), {"bold": True}, first=signature)
    for _ in range(3):
        out.append([])
    out.merged(t("consolidate.rekap.name_blank"), {"bold": True}, first=signature)
    out.merged(t("consolidate.rekap.nip_blank"), first=signature)
