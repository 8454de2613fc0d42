"""The error-report copy: the operator's own workbook with a status and a message column added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.excel.importing.problems import ImportProblem, ImportReport
from wksbm_desktop.excel.reading.reader import check_container
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.cells import CellMaker, put_text
from wksbm_desktop.i18n import t

RESULT_SHEET = "Hasil Impor"
ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
NOTICE_FILL = PatternFill("solid", fgColor="FFF2CC")


def check_error_copy_target(source: str | Path, target: str | Path) -> Path:
    """Refuse, before anything is imported, an error-workbook target that cannot be written:
    wrong suffix, the source itself, a missing folder, or a file another program holds."""
    source, target = Path(source), Path(target)
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("excel.export.suffix", path=str(target))
    if target.resolve() == source.resolve():
        raise WksbmError("excel.errors_out.same_file")
    if not target.parent.is_dir():
        raise WksbmError("import_more.errors_out.no_folder", folder=str(target.parent))
    try:
        if target.exists():
            with target.open("r+b"):
                pass  # Excel holds an open workbook locked on Windows
        else:
            target.touch()
            target.unlink()
    except OSError as error:
        raise WksbmError("excel.export.target_busy", path=str(target)) from error
    return target


def write_error_copy(source: str | Path, target: str | Path, report: ImportReport) -> Path:
    """Copy ``source`` to ``target`` with "Status impor" and "Keterangan impor" columns added.

    After "only the valid rows" the rows that went in say so; the copy imports cleanly once
    its other rows are fixed (members match by NIK, activities by group, date and name)."""
    source, target = Path(source), Path(target)
    check_error_copy_target(source, target)
    check_container(source)
    with source.open("rb") as handle:
        workbook = load_workbook(handle)
    for sheet_name, header_row in report.header_rows.items():
        if sheet_name in workbook.sheetnames:
            end = report.table_ends.get(sheet_name)
            _mark_sheet(
                workbook[sheet_name], header_row, report.row_status(sheet_name), end, report.written
            )
    _result_sheet(workbook, report)
    try:
        workbook.save(target)
    except OSError as error:
        raise WksbmError("excel.export.target_busy", path=str(target)) from error
    return target


def _status_column(sheet: Any, header_row: int) -> int:
    """The "Status impor" column of an earlier error workbook, reused; else a new one."""
    heading = t("excel.errors_out.status")
    for cell in sheet[header_row]:
        if cell.value == heading:
            return int(cell.column)
    return int(sheet.max_column) + 1


def _mark_sheet(
    sheet: Any,
    header_row: int,
    problems: dict[int, list[ImportProblem]],
    end: int | None,
    written: bool,
) -> None:
    status_column = _status_column(sheet, header_row)
    for offset, key in enumerate(("excel.errors_out.status", "excel.errors_out.message")):
        cell = sheet.cell(header_row, status_column + offset, t(key))
        styles.apply_kind(cell, "header")
    sheet.column_dimensions[_letter(status_column)].width = 14
    sheet.column_dimensions[_letter(status_column + 1)].width = 70
    last = (end - 1) if end else sheet.max_row  # the signature block is not data
    for row in range(header_row + 1, last + 1):
        found = problems.get(row, [])
        if not found and not _has_values(sheet, row, status_column):
            continue
        status, fill = _status(found, written)
        status_cell = sheet.cell(row, status_column, status)
        status_cell.font = Font(bold=True)
        # No fill clears the colour an earlier error workbook gave the row.
        status_cell.fill = fill if fill is not None else PatternFill()
        put_text(sheet, row, status_column + 1, "\n".join(_message(p) for p in found))


def _status(found: list[ImportProblem], written: bool) -> tuple[str, PatternFill | None]:
    if any(p.is_error for p in found):
        return t("excel.errors_out.error"), ERROR_FILL
    # Once written, every row without an error says it went in (its note, if any, beside it).
    status = t("import_more.errors_out.imported" if written else "excel.errors_out.ok")
    if found:
        return (status if written else t("excel.errors_out.notice")), NOTICE_FILL
    return status, None


def _message(problem: ImportProblem) -> str:
    return f"{problem.column}: {problem.message}" if problem.column else problem.message


def _has_values(sheet: Any, row: int, before_column: int) -> bool:
    return any(
        sheet.cell(row, column).value not in (None, "") for column in range(1, before_column)
    )


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _result_sheet(workbook: Any, report: ImportReport) -> None:
    sheet = workbook.create_sheet(RESULT_SHEET, 0)
    maker = CellMaker(sheet)  # sheet names, columns and messages come from the operator's file
    sheet.append([maker.text(report.summary())])
    sheet["A1"].font = styles.SUBTITLE_FONT
    sheet.append([])
    headers = [
        t(f"excel.errors_out.col_{k}") for k in ("kind", "sheet", "row", "column", "message")
    ]
    sheet.append(headers)
    for cell in sheet[3]:
        styles.apply_kind(cell, "header")
    for problem in report.problems:
        kind = t("excel.import.error") if problem.is_error else t("excel.import.notice")
        sheet.append([
            kind, maker.text(problem.sheet), problem.row or None, maker.text(problem.column),
            maker.text(problem.message),
        ])  # fmt: skip
    for letter, width in zip("ABCDE", (10, 16, 8, 24, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    workbook.active = 0
