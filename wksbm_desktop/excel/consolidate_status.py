"""The Status laporan sheet: per kelurahan the file used, older copies ignored, files refused."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill

from wksbm_desktop.excel import styles
from wksbm_desktop.excel.cells import CellMaker
from wksbm_desktop.excel.consolidate_layout import HEADER_HEIGHT, row_height
from wksbm_desktop.excel.consolidate_scan import (
    COUNT_SHEETS,
    MISSING,
    USED,
    KelurahanStatus,
    ReportFile,
)
from wksbm_desktop.i18n import t

WIDTHS = [5.0, 14.0, 15.0, 20.0, 16.0, 24.0, 19.0, 20.0, 10.0, 10.0, 12.0, 10.0, 50.0]
_COLUMNS = (
    "no",
    "code",
    "kecamatan",
    "kelurahan",
    "state",
    "file",
    "generated",
    "period",
    "groups",
    "members",
    "memberships",
    "activities",
    "problems",
)
_WRAPPED = {4, 5, 7, 12}  # columns whose text may take several lines
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
MISSING_FILL = PatternFill("solid", fgColor="FCE4D6")
_BAD_FONT = Font(bold=True, color="9C0006")


def write_status_sheet(
    worksheet: Any, board: list[KelurahanStatus], rejected: list[ReportFile]
) -> int:
    """One row per kelurahan (used report or "belum lapor"), per older copy, per refused file."""
    maker = CellMaker(worksheet)
    styles.set_widths(worksheet, WIDTHS)
    styles.setup_data_sheet(worksheet, len(WIDTHS))
    worksheet.row_dimensions[1].height = HEADER_HEIGHT
    worksheet.append([maker.bold(t(f"consolidate.status.col_{key}")) for key in _COLUMNS])
    rows: list[tuple[KelurahanStatus | None, ReportFile | None]]
    rows = [(s, r) for s in board for r in ([s.report, *s.older] if s.report else [None])]
    rows += [(None, r) for r in rejected]
    for number, (status, report) in enumerate(rows, start=1):
        cells = _row(maker, number, status, report)
        texts = ((str(c.value or ""), WIDTHS[i]) for i, c in enumerate(cells) if i in _WRAPPED)
        height = row_height(texts)
        if height:
            worksheet.row_dimensions[number + 1].height = height
        worksheet.append(cells)
    number = len(rows)
    worksheet.auto_filter.ref = f"A1:M{number + 1}"
    return number


def _row(
    maker: CellMaker, number: int, status: KelurahanStatus | None, report: ReportFile | None
) -> list[Any]:
    state = report.state if report is not None else MISSING
    values: list[tuple[Any, str]] = [
        (number, "count"),
        *_place(status, report),
        (t(f"consolidate.state.{state}"), "text"),
    ]
    if report is None:
        values += [(None, "text")] * 8
    else:
        stamp = report.generated_at
        values += [(report.name, "text"), (stamp, "datetime"), (report.period_text, "text")]
        counted = report.meta and state != "unreadable"
        values += [(report.count(key) if counted else None, "count") for key in COUNT_SHEETS]
        values.append(("\n".join(issue.message for issue in report.issues), "text"))
    cells = [_cell(maker, value, kind, index) for index, (value, kind) in enumerate(values)]
    if report is None:
        for cell in cells:
            cell.fill = MISSING_FILL
    elif state != USED:
        cells[4].font = _BAD_FONT
    return cells


def _place(status: KelurahanStatus | None, report: ReportFile | None) -> list[tuple[Any, str]]:
    """Code, kecamatan and kelurahan: from the reference list, or as the file states them."""
    if status is not None:
        k = status.kelurahan
        return [(k.code, "id"), (k.kecamatan_name, "text"), (k.name, "text")]
    meta = report.meta if report is not None else {}
    return [
        (meta.get("kelurahan_code"), "id"),
        (meta.get("kecamatan_name"), "text"),
        (meta.get("kelurahan_name"), "text"),
    ]


def _cell(maker: CellMaker, value: Any, kind: str, index: int) -> Any:
    if isinstance(value, str) and kind in ("text", "id"):
        cell = maker.text(value, "id") if kind == "id" else maker.styled(value, "text")
    else:
        cell = maker.styled(value, kind)
    if cell is None:  # maker.text gives None for an empty value
        cell = maker.styled(None, "text")
    cell.alignment = _WRAP if index in _WRAPPED else _TOP
    cell.border = styles.BOX
    return cell
