"""Writing workbooks with XlsxWriter in constant-memory mode: styled cells at streaming speed.

openpyxl builds a Python object per styled cell and serialises it in pure Python; XlsxWriter
writes each row straight to a temporary file with one shared Format per style, several times
faster for the same workbook. Rows must be written in order, sheet by sheet (they may
interleave between sheets); a row is flushed when a later row of its sheet is written.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_range
from xlsxwriter.worksheet import Worksheet

from wksbm_desktop.core.domain.local_time import local_offset
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.cells import clean_text, needs_guard
from wksbm_desktop.private_files import PrivateFolder

Props = tuple[tuple[str, Any], ...]  # a style as sorted (property, value) pairs, hashable

EXCEL_MAX_ROWS = 1_048_576  # rows per worksheet, header included (Excel and LibreOffice)
EXCEL_MAX_COLUMNS = 16_384
_EPOCH = datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system
_FIRST_TRUE_DAY = 61  # serials below are shifted by Excel's fictitious 29 February 1900


def style(kind: str = "text", **extra: Any) -> Props:
    """The properties of a kind (styles.KIND_PROPS) with ``extra`` ones on top."""
    merged = {**styles.KIND_PROPS.get(kind, {}), **extra}
    return tuple(sorted(merged.items()))


GUARD: Props = style("guarded")
PLAIN: Props = ()


class Styled(NamedTuple):
    """A cell value with its style, for the hand-laid sheets (Rekap, Status laporan...)."""

    value: Any
    props: Props = PLAIN


def styled(value: Any, kind: str = "text", **extra: Any) -> Styled:
    return Styled(value, style(kind, **extra))


def date_serial(value: date) -> float:
    """The Excel serial number of a date or datetime (what XlsxWriter's write_datetime writes)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
        serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86_400
    else:
        serial = (value - _EPOCH.date()).days
    return serial - 1 if 0 < serial < _FIRST_TRUE_DAY else serial


class Book:
    """One output workbook; its temporary row files live in a folder removed on close/discard.

    The row files hold every cell in clear, so they go to a private folder (private_files.py):
    ``workdir`` when the caller has one, else a private folder of the book's own.
    """

    def __init__(self, path: Path, workdir: Path | None = None) -> None:
        self._own = PrivateFolder("buku") if workdir is None else None
        self._temp = tempfile.mkdtemp(prefix="baris-", dir=workdir or self._own_path())
        self.workbook = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": self._temp,
                # Text stays text: never a formula, a link or a number (the formula guard).
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self._formats: dict[Props, Format | None] = {(): None}
        # Printed at the top of every page of every sheet (who and which period), set before
        # the sheets are added; the footer numbers the pages.
        self.page_header = ""
        # Stamps (stored in UTC) are written in this computer's local time (_meta utc_offset).
        self.utc_offset = local_offset()

    def format(self, props: Props) -> Format | None:
        """The shared Format of a style (None for the default look)."""
        found = self._formats.get(props, self)
        if found is self:
            found = self._formats[props] = self.workbook.add_format(dict(props))
        return found

    def kind(self, kind: str, **extra: Any) -> Format | None:
        return self.format(style(kind, **extra))

    def add_sheet(self, name: str) -> Sheet:
        return Sheet(self, self.workbook.add_worksheet(name))

    def close(self) -> None:
        """Assemble the .xlsx file; OSError when it cannot be written."""
        try:
            self.workbook.close()
        except FileCreateError as error:
            raise OSError(str(error)) from error
        finally:
            self._cleanup()

    def discard(self) -> None:
        """Forget an unfinished workbook: close and delete its temporary row files."""
        for worksheet in self.workbook.worksheets():
            handle = getattr(worksheet, "row_data_fh", None)
            if handle is not None and not handle.closed:
                handle.close()
        self._cleanup()

    def _own_path(self) -> Path:
        assert self._own is not None
        return self._own.path

    def _cleanup(self) -> None:
        shutil.rmtree(self._temp, ignore_errors=True)
        if self._own is not None:
            self._own.close()


class Sheet:
    """A worksheet written row after row; ``row`` counts the rows written (1-based last row)."""

    def __init__(self, book: Book, worksheet: Worksheet) -> None:
        self.book = book
        self.ws = worksheet
        self.row = 0

    @property
    def name(self) -> str:
        return str(self.ws.name)

    def append(self, cells: Sequence[Any] = ()) -> int:
        """Write the next row: bare values, or :class:`Styled` ones; returns its 1-based number."""
        index = self.row
        for column, cell in enumerate(cells):
            if isinstance(cell, Styled):
                self.put(index, column, cell.value, cell.props)
            elif cell is not None:
                self.put(index, column, cell, PLAIN)
        self.row += 1
        return self.row

    def merged_row(self, *spans: tuple[Styled, int, int]) -> int:
        """The next row as merged spans: (cell, first column, last column), 0-based columns."""
        index = self.row
        for cell, first, last in spans:
            self.ws.merge_range(index, first, index, last, "", self.book.format(cell.props))
            self.put(index, first, cell.value, cell.props)
        self.row += 1
        return self.row

    def put(self, row: int, column: int, value: Any, props: Props) -> None:
        """One cell at 0-based (row, column): text guarded, dates as serials, blanks styled."""
        ws, book = self.ws, self.book
        if value is None or value == "":
            if props:
                ws.write_blank(row, column, None, book.format(props))
            return
        if isinstance(value, str):
            text = clean_text(value)
            if needs_guard(text):
                props = tuple(sorted({**dict(props), **dict(GUARD)}.items()))
            ws.write_string(row, column, text, book.format(props))
        elif isinstance(value, bool):
            ws.write_boolean(row, column, value, book.format(props))
        elif isinstance(value, int | float):
            ws.write_number(row, column, value, book.format(props))
        elif isinstance(value, date):
            ws.write_number(row, column, date_serial(value), book.format(props))
        else:
            self.put(row, column, str(value), props)

    def set_height(self, row: int, height: float) -> None:
        """Height of a 1-based row; call it before the row is written."""
        self.ws.set_row(row - 1, height)

    def set_widths(self, widths: Sequence[float], hidden: Sequence[int] = ()) -> None:
        for index, width in enumerate(widths):
            options = {"hidden": True} if index in hidden else None
            self.ws.set_column(index, index, width, None, options)

    def setup_print(self, landscape: bool = True, scale: int | None = None) -> None:
        """A4, fitted to the page width (or at a fixed ``scale`` percent, which keeps manual
        page breaks: Excel ignores them when fitting), centred, with the book's page header
        and "Halaman x dari y" in the footer."""
        ws = self.ws
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_paper(9)  # A4
        if scale is None:
            ws.fit_to_pages(1, 0)
        else:
            ws.set_print_scale(scale)
        ws.center_horizontally()
        ws.set_margins(**styles.PAGE_MARGINS)
        header, footer = styles.page_header_footer(self.book.page_header)
        ws.set_header(header, {"margin": styles.HEADER_MARGIN})
        ws.set_footer(footer, {"margin": styles.HEADER_MARGIN})

    def setup_data_sheet(self, column_count: int, landscape: bool = True) -> None:
        """Frozen header row, print titles, A4 fitted to the width (the filter comes at the end)."""
        self.ws.freeze_panes(1, 0)
        self.ws.repeat_rows(0)
        self.setup_print(landscape)

    def digits_as_text(self, columns: Sequence[int]) -> None:
        """No "number stored as text" flag on these columns' data cells (NIK, No. KK, phone,
        RT/RW): Excel's offered conversion would drop leading zeros and a NIK's last digit."""
        last_row = max(self.row, 2) - 1
        ranges = " ".join(xl_range(1, c, last_row, c) for c in columns)
        if ranges:
            self.ws.ignore_errors({"number_stored_as_text": ranges})

    def finish_table(self, column_count: int, printed_columns: int | None = None) -> None:
        """Autofilter over the header and every row written; print area when asked."""
        last_row = max(self.row, 1) - 1
        self.ws.autofilter(0, 0, last_row, max(column_count, 1) - 1)
        if printed_columns is not None:
            self.ws.print_area(0, 0, last_row, max(printed_columns, 1) - 1)
