"""The Rekap Kota sheet: header block, all kelurahan by kecamatan, totals, levels, signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from wksbm_desktop.excel.consolidate_layout import HEADER_HEIGHT
from wksbm_desktop.excel.consolidate_scan import KelurahanStatus
from wksbm_desktop.excel.consolidate_tally import LEVELS, Tally
from wksbm_desktop.excel.rekap import long_date
from wksbm_desktop.excel.schema import LEVEL_LABELS
from wksbm_desktop.excel.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

WIDTHS = [5.0, 14.0, 28.0, 14.0, 10.0, 12.0, 10.0, 10.0, 10.0, 10.0, 12.0, 10.0, 21.0]
LAST = len(WIDTHS) - 1  # 0-based: M
SIGNATURE_COLUMN = 9  # 0-based: J
HEADER_ROW = 11  # the table heading sits below the fixed header block
Props = dict[str, Any]
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


class _Writer:
    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet

    @property
    def row(self) -> int:
        return self.sheet.row

    def append(self, cells: list[Any]) -> int:
        return self.sheet.append(cells)

    def merged(
        self,
        value: str,
        font: Props | None = None,
        first: int = 0,
        last: int = LAST,
        alignment: Props = _CENTRE,
    ) -> None:
        self.sheet.merged_row((styled(value, "text", **(font or {}), **alignment), first, last))

    def headings(self, texts: list[str]) -> None:
        self.sheet.set_height(self.row + 1, HEADER_HEIGHT)
        self.append([styled(text, "header") for text in texts])

    def cell(
        self, value: Any, kind: str = "text", fill: Props | None = None, bold: bool = False
    ) -> Styled:
        return styled(value, kind, **_BOX, **(fill or {}), **({"bold": True} if bold else {}))


def write_rekap_kota(
    sheet: Sheet, header: CityHeader, board: list[KelurahanStatus], tallies: dict[str, Tally]
) -> None:
    """Write Rekap Kota; ``tallies`` holds the counts of each reported kelurahan by code."""
    sheet.set_widths(WIDTHS)
    sheet.setup_print(landscape=True)
    sheet.ws.freeze_panes(HEADER_ROW, 0)
    sheet.ws.repeat_rows(HEADER_ROW - 1)
    out = _Writer(sheet)
    _header_block(out, header)
    kecamatan_totals = _main_table(out, board, tallies)
    _levels_table(out, board, kecamatan_totals)
    out.append([])
    note = t("consolidate.rekap.note_missing")
    out.merged(note, {"italic": True, "font_size": 9}, alignment=_WRAP)
    _signature(out, header.printed_on)


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
    out.append([])


def _main_table(
    out: _Writer, board: list[KelurahanStatus], tallies: dict[str, Tally]
) -> dict[str, tuple[int, int, Tally]]:
    out.headings([t(f"consolidate.rekap.col_{key}") for key in _MAIN_COLUMNS])
    city, totals = Tally(), {}
    reported_in_city, number = 0, 0
    for code, group in groupby(board, key=lambda s: s.kelurahan.kecamatan_code):
        statuses = list(group)
        name = statuses[0].kelurahan.kecamatan_name
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
) -> None:
    out.append([styled(t("consolidate.rekap.levels_title"), "subtitle")])
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
