"""Reading plain workbooks with python-calamine, giving exactly the values openpyxl would give.

openpyxl's read-only reader costs most of a large import (docs/performance.md). calamine reads
the same cells ten times faster but differs on a few things: every number is a float, error
cells come back empty, text without ``xml:space="preserve"`` is trimmed, ``_xHHHH_`` escapes
are decoded, a date cell is a ``date``, and the whole sheet is held in memory. So calamine is
used only for a workbook that a cheap scan of its raw XML shows to be *plain*: none of those
differences can show, every cell carries its own reference (the scan bounds the sheet's size
before calamine allocates anything), and no DTD is anywhere. Anything else, and any file that
calamine refuses, is read by openpyxl as before; reader.open_workbook decides.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from wksbm_desktop.excel.reading.container import MAX_CALAMINE_CELLS

# Cells calamine may hold in memory for one sheet (the same bound as the consolidation's).
FAST_MAX_CELLS = MAX_CALAMINE_CELLS
_CHUNK = 4 * 1024 * 1024
_MAX_CARRY = 1024 * 1024  # a text longer than this between two tags: not a plain file
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_STATES = {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}
_CALAMINE_DATE_IDS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})

# Anything in a sheet or the shared strings on which calamine and openpyxl could disagree. Tags
# first, in one pass over each "<" (the costly part of the scan, about 4 ms a MB):
_NOT_PLAIN_TAG = re.compile(
    rb"<(?:"
    rb"!"  # a DTD (entities) or CDATA
    # A cell must be exactly <c r="A1" s="1" t="s">: its own reference (which bounds the
    # sheet's size), and no error (calamine: empty), ISO date or other unusual cell.
    rb'|c(?! r="[A-Z]{1,3}[1-9][0-9]{0,6}"(?: s="[0-9]{1,5}")?'
    rb'(?: t="(?:s|str|inlineStr|n|b)")? ?/?>)'
    rb"[\s/>]"
    # Numbers whose type or value would differ: negative, seven digits or more (dates past
    # 9999, NIKs typed as numbers), exponents, whole numbers written with a fraction, or more
    # decimals than a float keeps.
    rb"|v>(?:[-+\s]|\d{7}|[\d.]*[eE]|\d*\.0*<|\d*\.\d{15})"
    # Text calamine would trim: leading or trailing blanks without xml:space="preserve".
    rb'|t(?:\s(?!xml:space="preserve">)|>(?:\s|&#)|>[^<]*[\s;]</t>)'
    rb")"
)
_NOT_PLAIN_REST = re.compile(
    rb":(?:c|row|v|t|is|si|r|f|sheetData|dimension)[\s/>]"  # namespace-prefixed elements
    rb"|&(?!amp;|lt;|gt;|quot;|apos;|#)"  # an entity only a DTD could declare
)
_NOT_PLAIN_TEXT = (
    b"_x",  # _xHHHH_ escapes: calamine decodes them, openpyxl mostly not
    b"\r",  # expat normalises line ends, calamine keeps them
)


def _not_plain(chunk: bytes) -> bool:
    return (
        any(text in chunk for text in _NOT_PLAIN_TEXT)
        or _NOT_PLAIN_REST.search(chunk) is not None
        or _NOT_PLAIN_TAG.search(chunk) is not None
    )


_WIDE_REF = re.compile(rb'<c r="([A-Z]{2,3})[1-9]')
_FAR_REF = re.compile(rb'<c r="[A-Z]{1,3}([1-9][0-9]{5,6})"')
_SHEET_DATA = re.compile(rb"<sheetData[\s/>]")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"\s*/>')


class _NotPlain(Exception):
    """The scan found something calamine and openpyxl could read differently."""


@dataclass(frozen=True)
class SheetInfo:
    """A worksheet as openpyxl's read-only reader sees it before reading any row."""

    name: str
    part: str  # the zip entry of its XML
    state: str
    dimension: tuple[int, int, int, int] | None  # min col, min row, max col, max row


def plain_sheets(path: Path, *, max_rows: int, max_columns: int) -> list[SheetInfo] | None:
    """The worksheets of a workbook calamine reads exactly as openpyxl would, else None.

    A sheet reaching past ``max_rows`` or ``max_columns`` (the reader's limits,
    excel/reading/reader.py)
    is left to openpyxl, which refuses it with its own message.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            sheets = _worksheets(archive, names)
            if sheets is None or not _plain_styles(archive, names):
                return None
            strings = "xl/sharedStrings.xml"
            if strings in names and not _plain_part(archive, strings):
                return None
            return [
                SheetInfo(name, part, state, _scan_sheet(archive, part, max_rows, max_columns))
                for name, part, state in sheets
            ]
    except Exception:  # whatever the scan cannot read, openpyxl reads (or refuses) as before
        return None


def _worksheets(archive: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str, str]] | None:
    """(name, part, state) of each sheet in workbook order; None when any is not a worksheet."""
    from openpyxl.xml.functions import fromstring

    rels_name = "xl/_rels/workbook.xml.rels"
    if rels_name not in names:
        return None
    targets = {}
    for rel in fromstring(archive.read(rels_name)).iter(f"{_RELS}Relationship"):
        if rel.get("Type", "").endswith("/worksheet"):
            target = rel.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = str(PurePosixPath(part))
    result = []
    for sheet in fromstring(archive.read("xl/workbook.xml")).iter(f"{_MAIN}sheet"):
        part = targets.get(sheet.get(_REL_ID))
        if part is None or part not in names:
            return None  # a chart sheet, or a sheet openpyxl would not find either
        result.append((sheet.get("name", ""), part, sheet.get("state", "visible")))
    return result or None


def _plain_styles(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """Whether calamine and openpyxl take the same cell styles for dates (and none for times
    elapsed, which they return differently)."""
    from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
    from openpyxl.styles.stylesheet import Stylesheet
    from openpyxl.xml.functions import fromstring

    if "xl/styles.xml" not in names:
        return True
    raw = archive.read("xl/styles.xml")
    if b"<!" in raw:
        return False
    styles = Stylesheet.from_tree(fromstring(raw))
    custom = {int(item.numFmtId): item.formatCode for item in styles.numFmts.numFmt}
    if any(number < 164 for number in custom):
        return False  # a redefined built-in format: the two readers may pick differently
    for style in styles.cellXfs.xf:
        number = int(style.numFmtId or 0)
        code = custom.get(number) if number in custom else builtin_format_code(number)
        if is_timedelta_format(code) or re.search(r"\[[hms]", code or "", re.I):
            return False
        custom_code = number in custom
        ours = _calamine_date(code or "") if custom_code else number in _CALAMINE_DATE_IDS
        if ours != is_date_format(code):
            return False
    return True


def _calamine_date(code: str) -> bool:
    """calamine's test of a custom number format for dates (its formats.rs, first section)."""
    escaped = quoted = ap = hms = False
    brackets, previous = 0, " "
    for char in code:
        if escaped:
            escaped = False
        elif char in "_\\":
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == ";":
            return False
        elif char == "[":
            brackets += 1
        elif char == "]":
            if brackets == 1 and hms:
                return True
            brackets = max(brackets - 1, 0)
        elif brackets == 0 and not ap and char in "aA":
            ap = True
        elif brackets == 0 and char in ("pmPM/" if ap else "dmhysDMHYS"):
            return True
        elif not (hms and char.lower() == previous.lower()):
            hms = previous == "[" and char in "mhsMHS"
        previous = char
    return False


def _chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's XML in overlapping windows, each cut just before a tag and the next one
    starting at the tag before that: a pattern here spans at most two tags (``<t>..</t>``), so
    each match lies whole in some window."""
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = carry + chunk
            last = buffer.rfind(b"<")
            previous = buffer.rfind(b"<", 0, last) if last > 0 else -1
            if previous <= 0:
                carry = buffer  # fewer than two tags so far: read on
            else:
                yield buffer[:last]
                carry = buffer[previous:]
            if len(carry) > _MAX_CARRY:
                raise _NotPlain  # a text too long to scan
    yield carry


def _plain_part(archive: zipfile.ZipFile, part: str) -> bool:
    return not any(_not_plain(chunk) for chunk in _chunks(archive, part))


def _scan_sheet(
    archive: zipfile.ZipFile, part: str, max_rows: int, max_columns: int
) -> tuple[int, int, int, int] | None:
    """The sheet's declared dimension, if any; raises _NotPlain for a sheet calamine must not
    read (or whose size it cannot bound from its references)."""
    from openpyxl.utils.cell import column_index_from_string, range_boundaries

    dimension: tuple[int, int, int, int] | None = None
    in_data = False
    columns, rows = 26, 99_999  # bounds for single-letter, five-digit references
    for chunk in _chunks(archive, part):
        if not in_data:
            found = _SHEET_DATA.search(chunk)
            declared = chunk if found is None else chunk[: found.start()]
            if b"dimension" in declared:
                match = _DIMENSION.search(declared)
                if match is None:
                    raise _NotPlain
                dimension = tuple(range_boundaries(match.group(1).decode()))
            in_data = found is not None
        if _not_plain(chunk):
            raise _NotPlain
        for letters in set(_WIDE_REF.findall(chunk)):
            columns = max(columns, column_index_from_string(letters.decode()))
        for number in _FAR_REF.findall(chunk):
            rows = max(rows, int(number))
    if not in_data or columns > max_columns or rows > max_rows or columns * rows > FAST_MAX_CELLS:
        raise _NotPlain
    if dimension is not None and (dimension[2] > max_columns or dimension[3] > max_rows):
        raise _NotPlain  # openpyxl refuses it with its own message
    return dimension


class FastSheet:
    """A worksheet read by calamine with the interface and values of openpyxl's read-only one."""

    def __init__(self, book: FastWorkbook, info: SheetInfo) -> None:
        self._book = book
        self.title = info.name
        self.sheet_state = info.state
        self._dimension = info.dimension

    @property
    def max_row(self) -> int | None:
        return self._dimension[3] if self._dimension else None

    def reset_dimensions(self) -> None:
        """Forget the declared size, as openpyxl's does: rows then end at their last value."""
        self._dimension = None

    @property
    def max_column(self) -> int | None:
        return self._dimension[2] if self._dimension else None

    def iter_rows(self, min_row: int = 1, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        """Rows from ``min_row`` as openpyxl yields them: from column A, cut to the declared
        dimension (padded to its width), or without one, to each row's last value."""
        assert values_only
        width, last = self.max_column, self.max_row
        number = 1
        for cells in calamine_rows(self._book.calamine_sheet(self.title)):
            if last is not None and number > last:
                return
            if number >= min_row:
                values = tuple(map(_value, cells))
                if width is not None:
                    values = values[:width] + (None,) * (width - len(values))
                else:
                    values = _trimmed(values)
                yield values
            number += 1


def calamine_rows(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """A python-calamine sheet's rows from column A, as calamine gives the values. Its rows
    start at row 1 but at the first used column (a test pins it), so they are padded."""
    lead = (None,) * (sheet.start or (0, 0))[1]
    for cells in sheet.iter_rows():
        yield (*lead, *cells)


def _value(value: Any) -> Any:
    """A calamine value as openpyxl gives it (the scan ruled out the cases this cannot tell)."""
    kind = type(value)
    if kind is str:
        return value if value else None
    if kind is float:
        return int(value) if value.is_integer() else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


def _trimmed(values: tuple[Any, ...]) -> tuple[Any, ...]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


class FastWorkbook:
    """The parts of openpyxl's read-only workbook the importer uses, over calamine."""

    fast = True

    def __init__(self, path: Path, sheets: list[SheetInfo]) -> None:
        from python_calamine import CalamineWorkbook

        self._calamine = CalamineWorkbook.from_path(str(path))
        self._sheets = {info.name: FastSheet(self, info) for info in sheets}
        # One sheet is kept parsed: a list is scanned for its headings, then imported.
        self._loaded: tuple[str, Any] | None = None
        if list(self._calamine.sheet_names) != list(self._sheets):
            raise ValueError("calamine sees other sheets")
        for name in self._sheets:
            self.calamine_sheet(name)  # any sheet calamine refuses: openpyxl reads the file

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    @property
    def worksheets(self) -> list[FastSheet]:
        return list(self._sheets.values())

    def __getitem__(self, name: str) -> FastSheet:
        if name not in self._sheets:
            raise KeyError(f"Worksheet {name} does not exist.")
        return self._sheets[name]

    def calamine_sheet(self, name: str) -> Any:
        if self._loaded is None or self._loaded[0] != name:
            self._loaded = None  # free the previous sheet before parsing the next
            self._loaded = (name, self._calamine.get_sheet_by_name(name))
        return self._loaded[1]

    def close(self) -> None:
        self._loaded = None
        self._calamine.close()
