"""Data sheets written at streaming speed, continued on "Name (2)"... past the row limit.

Each column gets one writer chosen by its kind before the first row, so the per-cell work is a
call with the formats already resolved: text is cleaned of control characters only when it has
one, and guarded when it starts like a formula; dates become serial numbers; codes become their
labels. The same writer serves the report (export.py) and the city workbook (consolidate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from wksbm_desktop.core.domain.local_time import zone_label
from wksbm_desktop.excel.reading.reader import MAX_ROWS
from wksbm_desktop.excel.report.schema import CODES, NO, YES, Column, part_name
from wksbm_desktop.excel.writing import print_fit, styles
from wksbm_desktop.excel.writing.cells import FORMULA_TRIGGERS, clean_text
from wksbm_desktop.excel.writing.xlsx_out import (
    EXCEL_MAX_COLUMNS,
    EXCEL_MAX_ROWS,
    Book,
    Sheet,
    date_serial,
    styled,
)

# Data rows per sheet part (the header row is one more). Our own reader refuses sheets longer
# than reader.MAX_ROWS, so parts stay below both that and Excel's limit. Tests lower it.
ROWS_PER_SHEET = min(EXCEL_MAX_ROWS, MAX_ROWS) - 1

CellWriter = Callable[[int, int, Any], None]
_UNTRACKED = [0] * EXCEL_MAX_COLUMNS  # lengths nobody reads (code labels, stray text in numbers)
_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def _text_writer(sheet: Sheet, kind: str, longest: list[int] | None = None) -> CellWriter:
    """Text cells; ``longest[column]`` keeps the longest text written (for the widths)."""
    write_string = sheet.ws.write_string
    plain, guarded = sheet.book.kind(kind), sheet.book.kind("guarded")
    if kind == "uuid":
        # A guarded UUID keeps its grey look: only an operator's edit could make one start so.
        guarded = sheet.book.kind("uuid", num_format=styles.TEXT_FORMAT, quote_prefix=True)
    sizes = longest if longest is not None else _UNTRACKED

    def write(row: int, column: int, value: Any) -> None:
        text = value if value.__class__ is str else str(value)
        if not text.isprintable():
            text = clean_text(text)
        if not text:
            return
        if len(text) > sizes[column]:
            sizes[column] = len(text)
        write_string(row, column, text, guarded if text[0] in _TRIGGERS else plain)

    return write


def _code_writer(sheet: Sheet, column: Column) -> CellWriter:
    labels = CODES[column.codes]
    text = _text_writer(sheet, "text")

    def write(row: int, column_index: int, value: Any) -> None:
        text(row, column_index, labels.get(str(value), value))

    return write


def _number_writer(sheet: Sheet, kind: str) -> CellWriter:
    write_number, format_ = sheet.ws.write_number, sheet.book.kind(kind)
    text = _text_writer(sheet, "text")

    def write(row: int, column: int, value: Any) -> None:
        if value == "":
            return
        try:
            number = int(value)
        except (TypeError, ValueError):  # not a number after all: keep what was there, as text
            text(row, column, value)
            return
        write_number(row, column, number, format_)

    return write


def _date_writer(sheet: Sheet, kind: str) -> CellWriter:
    write_number, format_ = sheet.ws.write_number, sheet.book.kind(kind)
    text = _text_writer(sheet, "text")
    whole_days = kind == "date"
    # Stamps are stored in UTC; people read them on the office's clock, the zone named.
    shift = sheet.book.utc_offset
    if not whole_days:
        zone = zone_label(shift)
        format_ = sheet.book.kind(kind, num_format=f'{styles.DATETIME_FORMAT} "{zone}"')

    def write(row: int, column: int, value: Any) -> None:
        if isinstance(value, datetime):
            value = value.date() if whole_days else value.replace(microsecond=0) + shift
        elif not isinstance(value, date):
            if value != "":
                text(row, column, value)
            return
        write_number(row, column, date_serial(value), format_)

    return write


def _bool_writer(sheet: Sheet) -> CellWriter:
    write_string = sheet.ws.write_string

    def write(row: int, column: int, value: Any) -> None:
        if value != "":
            write_string(row, column, YES if value else NO)

    return write


def column_writer(sheet: Sheet, column: Column, longest: list[int] | None = None) -> CellWriter:
    """The writer of one column's cells, by its kind (text ones note their longest value)."""
    kind = column.kind
    if kind in ("date", "datetime"):
        return _date_writer(sheet, kind)
    if kind in ("money", "int", "count"):
        return _number_writer(sheet, kind)
    if kind == "bool":
        return _bool_writer(sheet)
    if kind == "code":
        return _code_writer(sheet, column)
    return _text_writer(sheet, kind if kind in ("id", "uuid") else "text", longest)


class DataSheet:
    """One data sheet of the format: a header row, then rows in column order, in parts.

    ``parts`` sheets are created at once (so that they sit together in the workbook when
    several data sheets are written side by side); more are added if the rows need them.
    """

    def __init__(
        self,
        book: Book,
        name: str,
        columns: Sequence[Column],
        parts: int = 1,
        printed_columns: int | None = None,
        hidden_uuids: bool = False,
    ) -> None:
        self.book, self.name, self.columns = book, name, tuple(columns)
        self.printed_columns, self.hidden_uuids = printed_columns, hidden_uuids
        # The longest text of each column over every row, for the widths (point 11 of #14).
        self.longest = [0] * len(self.columns)
        self.sheets = [self._new_part(part) for part in range(1, max(parts, 1) + 1)]
        self.written = 0
        self._part = -1
        self._next_part()

    def _new_part(self, part: int) -> Sheet:
        sheet = self.book.add_sheet(part_name(self.name, part))
        sheet.setup_data_sheet(len(self.columns))
        # Headings wrap rather than widen their columns; the row is tall enough for them.
        sheet.set_height(1, print_fit.heading_height(self.columns))
        sheet.append([styled(c.header, "header") for c in self.columns])
        return sheet

    def _next_part(self) -> None:
        self._part += 1
        if self._part == len(self.sheets):
            self.sheets.append(self._new_part(self._part + 1))
        sheet = self.sheets[self._part]
        self._sheet, self._row, self._left = sheet, sheet.row, ROWS_PER_SHEET
        self._writers = [column_writer(sheet, c, self.longest) for c in self.columns]

    def append(self, values: Sequence[Any]) -> None:
        """One data row, its values in column order (None for an empty cell)."""
        if self._left == 0:
            self._sheet.row = self._row
            self._next_part()
        row = self._row
        for index, (writer, value) in enumerate(zip(self._writers, values, strict=False)):
            if value is not None:
                writer(row, index, value)
        self._row += 1
        self._left -= 1
        self.written += 1

    def finish(self) -> int:
        """Widths from every row, filter, print area and text-digit ranges on every part."""
        self._sheet.row = self._row
        sizes = zip(self.columns, self.longest, strict=True)
        widths = [print_fit.column_width(column, longest) for column, longest in sizes]
        printed = self.printed_columns or len(self.columns)
        widths, printed = print_fit.fit_to_page(self.columns, widths, printed)
        hidden = [i for i, c in enumerate(self.columns) if c.kind == "uuid" and self.hidden_uuids]
        digits = [i for i, c in enumerate(self.columns) if c.digits]
        for sheet in self.sheets:
            sheet.set_widths(widths, hidden)
            sheet.finish_table(len(self.columns), printed)
            sheet.digits_as_text(digits)
        self.widths, self.printed = widths, printed
        return self.written


def parts_for(rows: int) -> int:
    """Sheet parts needed for ``rows`` data rows."""
    return max(1, -(-rows // ROWS_PER_SHEET))
