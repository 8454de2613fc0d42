"""The city workbook's "Program Kota" sheet: the programme's progress per kecamatan (issue 19,
point 6), the same figures whichever way the city workbook is made: from the city database
(core/queries/programme_progress.py) or from the report files (programme_files.py), both
through core/domain/progress_figures.py.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from wksbm_desktop.core.queries.programme_progress import (
    CityProgress,
    Growth,
    ProgrammeProgress,
    percent_text,
)
from wksbm_desktop.excel.consolidate.grid import TOTAL_FILL, WRAP, CityWriter
from wksbm_desktop.excel.report.rekap import long_date
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.xlsx_out import Sheet, styled
from wksbm_desktop.i18n import t

PROGRAMME_KOTA_SHEET = "Program Kota"
# No, code, kecamatan, then ten figures (money needs room for billions of rupiah).
WIDTHS = [5.0, 10.0, 18.0, 10.0, 16.0, 16.0, 16.0, 16.0, 10.0, 11.0, 11.0, 11.0, 11.0]


def print_scale() -> int:
    """The fixed scale that puts the columns across A4 landscape."""
    width, _height = styles.printable_points(landscape=True)
    needed = sum(map(styles.column_points, WIDTHS)) * styles.CALC_WIDER
    return min(100, math.floor(100 * width / needed))


def write_programme_kota(
    sheet: Sheet, figures: CityProgress, today: date, from_files: bool = False
) -> None:
    """Three tables: levels and monitoring per kecamatan, aid and growth per kecamatan, and the
    city's aid by source; a note says what each figure counts. ``from_files``: read from the
    reports, whose kelurahan without programme data (older formats) are named first."""
    sheet.set_widths(WIDTHS)
    scale = print_scale()
    sheet.setup_print(landscape=True, scale=scale)
    out = CityWriter(sheet, scale)
    out.merged(t("consolidate.rekap.government"), {"bold": True, "font_size": 14})
    out.merged(t("progress.kota.title"), {"bold": True, "font_size": 12})
    as_of = "progress.files.as_of" if from_files else "progress.kota.as_of"
    out.merged(t(as_of, date=long_date(today)), {"font_size": 11})
    if figures.without_programme:
        names = ", ".join(figures.without_programme)
        count = len(figures.without_programme)
        out.sheet.set_height(out.row + 1, 30.0)
        text = t("progress.files.without", count=count, names=names)
        out.merged(text, {"bold": True, "font_color": "#C00000"}, alignment=WRAP)
    out.append([])
    rows = [(row.code, row.name, row.progress) for row in figures.kecamatan]
    total = figures.total
    _levels_table(out, rows, total, today.year)
    out.append([])
    out.keep_together(len(rows) + 4)
    _aid_table(out, rows, total)
    out.append([])
    out.keep_together(len(total.aid) + 4)
    _sources_table(out, total)
    out.append([])
    year = today.year
    for note in (
        t("progress.rekap.note_levels", year=year, last=year - 1),
        t("progress.rekap.note_aid"),
        t("progress.growth.note"),
        t("progress.rekap.note_gaps"),
        t("progress.files.note_source" if from_files else "progress.kota.note_total"),
    ):
        out.sheet.set_height(out.row + 1, 30.0)
        out.merged(note, {"italic": True, "font_size": 9}, alignment=WRAP)


def _place(out: CityWriter, number: int | None, code: str, name: str, bold: bool) -> list[Any]:
    fill = TOTAL_FILL if bold else None
    return [
        out.cell(number, "count", fill),
        out.cell(code or None, "id", fill),
        out.cell(name, "text", fill, bold),
    ]


def _levels_table(
    out: CityWriter, rows: list[tuple[str, str, ProgrammeProgress]], total: ProgrammeProgress,
    year: int,
) -> None:  # fmt: skip
    out.append([styled(t("progress.kota.levels_title", year=year), "subtitle")])
    out.headings([
        t("consolidate.rekap.col_no"), t("progress.kota.col_code"),
        t("consolidate.rekap.col_kecamatan"), t("progress.kota.col_groups"),
        t("progress.rekap.moved_up"), t("progress.rekap.stayed"), t("progress.rekap.moved_down"),
        t("progress.rekap.newly_assessed"), t("progress.kota.col_not_reassessed"),
        t("progress.kota.col_without_visit"), t("progress.kota.col_without_indicators"),
        t("progress.aid.overdue"), t("progress.kota.col_never_assessed"),
    ])  # fmt: skip

    def numbers(progress: ProgrammeProgress) -> list[int]:
        levels = progress.levels
        return [
            progress.groups, levels.moved_up, levels.stayed, levels.moved_down,
            levels.newly_assessed, levels.not_reassessed, progress.without_visit,
            progress.without_indicators, progress.lpj_overdue, levels.never_assessed,
        ]  # fmt: skip

    for number, (code, name, progress) in enumerate(rows, start=1):
        out.append(_place(out, number, code, name, False)
                   + [out.cell(n, "count") for n in numbers(progress)])  # fmt: skip
    label = t("progress.kota.total")
    out.append(_place(out, None, "", label, True)
               + [out.cell(n, "count", TOTAL_FILL, True) for n in numbers(total)])  # fmt: skip


def _rose(growth: Growth) -> str:
    if not growth.groups:
        return "–"
    return t("progress.growth.rose", rose=growth.rose, groups=growth.groups)


def _aid_table(
    out: CityWriter, rows: list[tuple[str, str, ProgrammeProgress]], total: ProgrammeProgress
) -> None:
    out.append([styled(t("progress.kota.aid_title"), "subtitle")])
    out.headings([
        t("consolidate.rekap.col_no"), t("progress.kota.col_code"),
        t("consolidate.rekap.col_kecamatan"), t("progress.kota.col_aid_count"),
        t("progress.kota.col_approved"), t("progress.kota.col_disbursed"),
        t("progress.kota.col_accounted"), t("progress.kota.col_unaccounted"),
        t("progress.aid.overdue"), t("progress.kota.col_turnover_rose"),
        t("progress.kota.col_turnover_with"), t("progress.kota.col_turnover_without"),
        t("progress.kota.col_savings_with"),
    ])  # fmt: skip

    def cells(progress: ProgrammeProgress, bold: bool) -> list[Any]:
        fill = TOTAL_FILL if bold else None
        aid = progress.aid_total
        money = (aid.approved, aid.disbursed, aid.accounted, aid.unaccounted)
        texts = (
            _rose(progress.with_aid.turnover),
            percent_text(progress.with_aid.turnover.median_percent),
            percent_text(progress.without_aid.turnover.median_percent),
            percent_text(progress.with_aid.savings.median_percent),
        )
        return [
            out.cell(aid.approved_count, "count", fill, bold),
            *(out.cell(m, "money", fill, bold) for m in money),
            out.cell(aid.lpj_overdue, "count", fill, bold),
            *(styled(text, "text", align="right", border=1, border_color="#A6A6A6",
                     **(fill or {}), **({"bold": True} if bold else {})) for text in texts),
        ]  # fmt: skip

    for number, (code, name, progress) in enumerate(rows, start=1):
        out.append(_place(out, number, code, name, False) + cells(progress, False))
    out.append(_place(out, None, "", t("progress.kota.total"), True) + cells(total, True))


def _sources_table(out: CityWriter, total: ProgrammeProgress) -> None:
    out.append([styled(t("progress.kota.sources_title"), "subtitle")])
    out.headings([
        t("consolidate.rekap.col_no"), "", t("progress.aid.source"),
        t("progress.kota.col_aid_count"), t("progress.kota.col_approved"),
        t("progress.kota.col_disbursed"), t("progress.kota.col_accounted"),
        t("progress.kota.col_unaccounted"), t("progress.aid.overdue"),
    ])  # fmt: skip
    sources = [*total.aid, total.aid_total] if total.aid else []
    if not sources:
        out.append([out.cell(None), out.cell(None), out.cell(t("progress.aid.none"))])
    for number, aid in enumerate(sources, start=1):
        last = number == len(sources)
        fill = TOTAL_FILL if last else None
        label = t("progress.kota.total") if last else aid.source or t("progress.aid.no_source")
        money = (aid.approved, aid.disbursed, aid.accounted, aid.unaccounted)
        out.append([
            out.cell(None if last else number, "count", fill), out.cell(None, "text", fill),
            out.cell(label, "text", fill, last),
            out.cell(aid.approved_count, "count", fill, last),
            *(out.cell(m, "money", fill, last) for m in money),
            out.cell(aid.lpj_overdue, "count", fill, last),
        ])  # fmt: skip
