"""Reading report workbooks with python-calamine: the consolidation's fast path.

calamine (Rust) parses a sheet several times faster than openpyxl's read-only mode. The same
guards run first: ``reader.check_container`` refuses renamed, encrypted, oversized or bomb-like
files and sheets longer than ``reader.MAX_ROWS`` before any XML is parsed; calamine's XML
parser expands no entities. ``CalamineBook`` offers the few members of an openpyxl read-only
workbook that ``reader.iter_values`` and ``ReportReader`` use, so both backends share one
reader. Differences it smooths: calamine gives "" for an empty cell and floats for numbers,
which the converters of report_reader already accept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from wksbm_desktop.excel.fast_reader import calamine_rows
from wksbm_desktop.excel.reader import WorkbookProblem, check_container
from wksbm_desktop.excel.report_reader import ReportReader


class CalamineSheet:
    """One loaded sheet, read from A1 like openpyxl (fast_reader.calamine_rows pads it)."""

    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet
        end = sheet.end
        self.max_row = end[0] + 1 if end else 0
        self.max_column = end[1] + 1 if end else 0

    def iter_rows(self, min_row: int = 1, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        return islice(calamine_rows(self._sheet), min_row - 1, None)


class CalamineBook:
    """A calamine workbook seen through openpyxl's read-only names (``sheetnames``, ``[name]``)."""

    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineWorkbook

        self.path = path
        self._book = CalamineWorkbook.from_path(str(path))
        self.sheetnames: list[str] = list(self._book.sheet_names)

    def __getitem__(self, name: str) -> CalamineSheet:
        try:
            return CalamineSheet(self._book.get_sheet_by_name(name))
        except Exception as error:  # calamine raises its own types for damaged sheets
            raise WorkbookProblem("excel.read.damaged", name=self.path.name) from error

    def close(self) -> None:
        self._book.close()


@contextmanager
def open_book_fast(path: str | Path) -> Iterator[CalamineBook]:
    """A checked workbook read by calamine, closed when the block ends."""
    source = Path(path)
    check_container(source)
    try:
        book = CalamineBook(source)
    except Exception as error:  # calamine raises its own types for damaged content
        raise WorkbookProblem("excel.read.damaged", name=source.name) from error
    try:
        yield book
    finally:
        book.close()


@contextmanager
def open_report_fast(path: str | Path) -> Iterator[ReportReader]:
    """Like ``report_reader.open_report``, read by calamine."""
    source = Path(path)
    with open_book_fast(source) as book:
        yield ReportReader(source, book)
