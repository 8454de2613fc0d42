"""Reading the app's own report workbooks into plain values (used by import and consolidation).

``open_report`` streams the rows of one sheet at a time; ``read_report`` loads everything for
callers that want lists. Neither touches a database or Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from wksbm_desktop.core.domain.local_time import parse_offset
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.excel.reading.reader import (
    CellProblem,
    WorkbookProblem,
    iter_values,
    open_workbook,
)
from wksbm_desktop.excel.report.meta import read_meta
from wksbm_desktop.excel.report.schema import (
    CODES,
    DATA_SHEETS,
    FORMAT_NAME,
    FORMAT_VERSION,
    LOCAL_STAMPS_VERSION,
    META_SHEET,
    REMOVED,
    SHEETS_BY_KEY,
    Column,
    SheetSpec,
    part_names,
)


@dataclass(frozen=True)
class ReportRow:
    """One data row: its sheet row number and its values by column key (see schema.py).

    ``sheet`` is the worksheet it came from: the data sheet's name, or a continuation part
    such as "Kehadiran (2)".
    """

    number: int
    values: dict[str, Any]
    sheet: str = ""


@dataclass
class ReportData:
    """A whole report workbook: ``meta`` from ``_meta`` and the rows of each data sheet by key."""

    path: Path
    meta: dict[str, str]
    sheets: dict[str, list[ReportRow]]
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def kelurahan_code(self) -> str:
        return self.meta.get("kelurahan_code", "")

    @property
    def nik_masked(self) -> bool:
        return self.meta.get("nik_masked", "ya") != "tidak"


def is_report_meta(meta: dict[str, str]) -> bool:
    return meta.get("format") == FORMAT_NAME


class ReportReader:
    """An open report workbook; iterate one sheet at a time with :meth:`rows`."""

    def __init__(self, path: Path, workbook: Any) -> None:
        self.path = path
        self.workbook = workbook
        self.problems: list[CellProblem] = []
        self.positions: dict[str, dict[str, int]] = {}  # sheet key → column key → index
        self.meta = _checked_meta(path, workbook)
        self.version = int(self.meta["format_version"])
        self.stamp_offset = stamp_offset(self.meta)

    def has_sheet(self, key: str) -> bool:
        return SHEETS_BY_KEY[key].name in self.workbook.sheetnames

    def count(self, key: str) -> int:
        """Rows announced in ``_meta`` (for progress); 0 when unknown."""
        raw = self.meta.get(f"rows.{SHEETS_BY_KEY[key].name}", "0")
        return int(raw) if raw.isdigit() else 0

    def sheet_names(self, key: str) -> list[str]:
        """The worksheets holding a data sheet: its own, then its continuation parts."""
        return part_names(SHEETS_BY_KEY[key].name, list(self.workbook.sheetnames))

    def rows(self, key: str) -> Iterator[ReportRow]:
        """The rows of a data sheet and of its continuation parts ("Kehadiran (2)"...); a
        missing sheet (older or period exports) yields nothing."""
        spec = SHEETS_BY_KEY[key]
        for name in self.sheet_names(key):
            yield from self._part_rows(spec, name)

    def removed(self) -> Iterator[ReportRow]:
        """The tombstones of the hidden ``_hapus`` sheet (format 4; nothing in older files)."""
        for name in part_names(REMOVED.name, list(self.workbook.sheetnames)):
            yield from self._part_rows(REMOVED, name)

    def _part_rows(self, spec: SheetSpec, name: str) -> Iterator[ReportRow]:
        rows = iter_values(self.workbook[name], name)
        first = next(rows, None)
        if first is None:
            return
        # Each part has its own heading row: an operator may have moved columns in one.
        positions = _column_positions(spec, first[1], name, self.version)
        self.positions[spec.key] = positions
        for number, raw in rows:
            if all(v is None or v == "" for v in raw):
                continue
            yield ReportRow(number, self._convert(spec, name, positions, number, raw), name)

    def _convert(
        self,
        spec: SheetSpec,
        sheet: str,
        positions: dict[str, int],
        number: int,
        raw: tuple[Any, ...],
    ) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for column in spec.columns:
            index = positions.get(column.key)
            value = raw[index] if index is not None and index < len(raw) else None
            try:
                result[column.key] = convert(column, value)
                if column.kind == "datetime" and result[column.key] is not None:
                    result[column.key] -= self.stamp_offset  # back to UTC, as stored
            except cell_values.CellValueError as error:
                result[column.key] = None
                letter = get_column_letter(index + 1) if index is not None else ""
                self.problems.append(
                    CellProblem(sheet, number, letter, column.header, error.key, dict(error.params))
                )
        return result


def stamp_offset(meta: dict[str, str]) -> timedelta:
    """How far the workbook's stamps are ahead of UTC: versions before 3 wrote UTC; from 3 on
    they are the sender's local time, its offset in ``utc_offset`` (WIB when it is missing)."""
    version = meta.get("format_version", "")
    if not version.isdigit() or int(version) < LOCAL_STAMPS_VERSION:
        return timedelta(0)
    offset = parse_offset(meta.get("utc_offset"))
    return offset if offset is not None else timedelta(hours=7)


def _checked_meta(path: Path, workbook: Any) -> dict[str, str]:
    if META_SHEET not in workbook.sheetnames:
        raise WorkbookProblem("excel.report.not_report", name=path.name)
    meta = read_meta(row for _, row in iter_values(workbook[META_SHEET], META_SHEET))
    if not is_report_meta(meta):
        raise WorkbookProblem("excel.report.not_report", name=path.name)
    version = meta.get("format_version", "")
    if not version.isdigit():
        raise WorkbookProblem("excel.report.not_report", name=path.name)
    if int(version) > FORMAT_VERSION:
        raise WorkbookProblem("excel.report.too_new", name=path.name, version=version)
    return meta


def _column_positions(
    spec: SheetSpec, header: tuple[Any, ...], sheet: str, version: int = FORMAT_VERSION
) -> dict[str, int]:
    """Where each column sits, found by its heading; operators may have moved columns. A
    column added by a later format version than the file's may be missing."""
    by_header = {cell_values.text(v).lower(): i for i, v in enumerate(header) if v is not None}
    positions: dict[str, int] = {}
    missing = []
    for column in spec.columns:
        index = by_header.get(column.header.lower())
        if index is None:
            if not column.derived and column.since <= version:
                missing.append(column.header)
            continue
        positions[column.key] = index
    if missing:
        raise WorkbookProblem(
            "excel.report.missing_columns", sheet=sheet, columns=", ".join(missing)
        )
    return positions


def _code(column: Column, value: object) -> str:
    word = cell_values.text(value)
    if not word:
        return ""
    for code, label in CODES[column.codes].items():
        if word.lower() in (label.lower(), code.lower()):
            return code
    raise cell_values.CellValueError(
        "excel.value.code_bad", value=word, choices=", ".join(CODES[column.codes].values())
    )


def _uuid(column: Column, value: object) -> str:
    word = cell_values.text(value).lower()
    if word and (len(word) != 36 or word.count("-") != 4):
        raise cell_values.CellValueError("excel.value.uuid_bad", value=word)
    # Interned: the same member UUID recurs in every attendance row.
    return sys.intern(word)


_CONVERTERS: dict[str, Callable[[Column, object], Any]] = {
    "text": lambda c, v: cell_values.text(v),
    "id": lambda c, v: cell_values.id_number(v),
    "uuid": _uuid,
    "date": lambda c, v: cell_values.a_date(v),
    "datetime": lambda c, v: cell_values.a_datetime(v),
    "money": lambda c, v: cell_values.whole_number(v, money=True),
    "int": lambda c, v: cell_values.optional_number(v),
    "count": lambda c, v: cell_values.optional_number(v),
    "bool": lambda c, v: cell_values.yes_no(v),
    "code": _code,
}


def convert(column: Column, value: object) -> Any:
    """The Python value of a cell in ``column`` (see docs/report-format.md for each kind)."""
    if column.optional and (value is None or value == ""):
        return None  # not recorded, which is not zero
    return _CONVERTERS[column.kind](column, value)


@contextmanager
def open_report(path: str | Path) -> Iterator[ReportReader]:
    """Open a report workbook for streaming; plain errors for anything that is not one."""
    source = Path(path)
    with open_workbook(source) as workbook:
        yield ReportReader(source, workbook)


def read_report(path: str | Path) -> ReportData:
    """The whole report workbook as plain values (meta, rows by sheet key, cell problems)."""
    with open_report(path) as reader:
        sheets = {spec.key: list(reader.rows(spec.key)) for spec in DATA_SHEETS}
        return ReportData(Path(path), reader.meta, sheets, reader.problems)
