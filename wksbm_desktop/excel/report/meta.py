"""The hidden ``_meta`` sheet: key/value pairs that identify a workbook and what it carries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wksbm_desktop.excel.report.schema import META_SHEET
from wksbm_desktop.excel.writing.cells import CellMaker
from wksbm_desktop.excel.writing.xlsx_out import Book, styled

META_HEADER = ("kunci", "nilai")


def write_meta(workbook: Any, values: Mapping[str, object]) -> None:
    """Add the hidden ``_meta`` sheet to an openpyxl workbook (the template); values as text."""
    sheet = workbook.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 40
    maker = CellMaker(sheet)
    sheet.append([maker.bold(META_HEADER[0]), maker.bold(META_HEADER[1])])
    for key, value in values.items():
        sheet.append([key, maker.text("" if value is None else str(value), "id")])


def write_meta_sheet(book: Book, values: Mapping[str, object]) -> None:
    """The same hidden ``_meta`` sheet in an XlsxWriter book (report and city workbook)."""
    sheet = book.add_sheet(META_SHEET)
    sheet.ws.hide()
    sheet.set_widths([28, 40])
    sheet.append([styled(META_HEADER[0], "header"), styled(META_HEADER[1], "header")])
    for key, value in values.items():
        sheet.append([key, styled("" if value is None else str(value), "id")])


def read_meta(rows: Iterable[tuple[object, ...]]) -> dict[str, str]:
    """The key/value pairs of a ``_meta`` sheet (rows as read by openpyxl, header included)."""
    result: dict[str, str] = {}
    for row in rows:
        if len(row) < 1 or row[0] in (None, "") or tuple(row[:2]) == META_HEADER:
            continue
        value = row[1] if len(row) > 1 else None
        result[str(row[0]).strip()] = "" if value is None else str(value).strip()
    return result


def row_count_key(sheet_name: str) -> str:
    return f"rows.{sheet_name}"
