"""Reading report workbooks with python-calamine: the consolidation's fast path.

calamine (Rust) parses a sheet several times faster than openpyxl's read-only mode, but holds it
whole as a grid: one cell at XFD499999 makes it allocate 262 GB and abort the process. The same
guards run first: ``reader.check_container`` refuses renamed, encrypted, oversized or bomb-like
files and sheets longer than ``reader.MAX_ROWS`` before any XML is parsed, and bounds the area
each sheet's cells name; a report whose sheets reach past ``reader.MAX_COLUMNS`` is refused, and
one whose area calamine could not hold within ``container.MAX_CALAMINE_CELLS`` (or whose cells
do not all name their place) is streamed by openpyxl instead. calamine's XML parser expands no
entities. ``CalamineBook`` offers the few members of an openpyxl read-only
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

from wksbm_desktop.excel.reading.container import Container
from wksbm_desktop.excel.reading.fast_reader import calamine_rows
from wksbm_desktop.excel.reading.reader import MAX_COLUMNS, WorkbookProblem, check_container
from wksbm_desktop.excel.reading.report_reader import ReportReader, open_report
from wksbm_desktop.excel.report.schema import (
    DATA_SHEETS,
    META_SHEET,
    PROGRAMME_SHEETS,
    REMOVED,
    part_names,
)


class CalamineSheet:
    """One loaded sheet, read from A1 like openpyxl (fast_reader.calamine_rows pads it)."""

    def __init__(self, sheet: Any) -> None:
        self._sheet = sheet
        end = sheet.end
        self.max_row = end[0] + 1 if end else 0
        self.max_column = end[1] + 1 if end else 0

    def iter_rows(self, min_row: int = 1, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        return islice(calamine_rows(self._sheet), min_row - 1, None)

    def all_rows(self) -> list[list[Any]]:
        """Every row from row 1 and column A, like ``iter_rows``, in one call: no generator step
        per row (a city receives a million attendance rows). calamine's grid starts at the first
        used cell, so leading rows and columns are added back. Bounded by the container checks."""
        rows = self._sheet.to_python()
        first_row, lead = self._sheet.start or (0, 0)
        if lead:
            rows = [[None] * lead + row for row in rows]
        return [[] for _ in range(first_row)] + rows if first_row else rows


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


def report_sheets(container: Container) -> list[str]:
    """The sheets a report reader loads: ``_meta`` and every data sheet with its parts (the
    programme's of format 5 too)."""
    names = container.sheet_names
    specs = (*DATA_SHEETS, *PROGRAMME_SHEETS, REMOVED)
    loaded = [name for spec in specs for name in part_names(spec.name, names)]
    return [META_SHEET, *loaded] if META_SHEET in names else loaded


def require_report_area(path: Path) -> Container:
    """The checked container of a report whose loaded sheets stay within MAX_COLUMNS."""
    container = check_container(path)
    loaded = set(report_sheets(container))
    for sheet in container.sheets:
        if sheet.name in loaded and sheet.last_column > MAX_COLUMNS:
            raise WorkbookProblem(
                "excel.read.sheet_too_wide", sheet=sheet.name, cell=sheet.widest, max=MAX_COLUMNS
            )
    return container


@contextmanager
def _calamine_book(source: Path) -> Iterator[CalamineBook]:
    """The book of a container already checked (the check reads the whole zip: once is enough)."""
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
    """Like ``report_reader.open_report``, read by calamine when its sheets are bounded."""
    source = Path(path)
    container = require_report_area(source)
    if not container.calamine_safe(report_sheets(container)):
        with open_report(source) as reader:
            yield reader
        return
    with _calamine_book(source) as book:
        yield ReportReader(source, book)
