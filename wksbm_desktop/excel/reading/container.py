"""What an untrusted .xlsx holds, from its zip directory and a raw stream of the parts it names.

Every part a reader would parse is named by the workbook (its content types and relationships);
each gets its own size limit, read from the zip directory before a byte of it is inflated. Only
those parts are streamed, once: each worksheet to count its rows and bound the cells it names,
the shared strings to count its entries. Parts nobody names (media, leftovers) are never read.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from defusedxml.ElementTree import fromstring

from wksbm_desktop.core.errors import WksbmError

MB = 1024 * 1024
# Each part's own limit, uncompressed. A 100,000-member report's largest sheet is about 60 MB
# and a 100,000-row list's shared strings about 15 MB; the limits leave five times that room.
MAX_SHEET_PART = 1_024 * MB  # streamed by every reader: only its row count matters
MAX_STRINGS_PART = 64 * MB  # held whole by openpyxl (about 150 bytes a string)
MAX_SHARED_STRINGS = 1_000_000  # ~11 s and ~150 MB for openpyxl at the limit
MAX_OTHER_PART = 10 * MB  # workbook, relationships, styles, theme, properties, drawings...
# openpyxl builds objects for every style record (about 55 µs and 0.6 KB each): Excel itself
# allows 64,000 cell formats, and a styles part of 550,000 took 27 s and 490 MB.
MAX_STYLE_RECORDS = 150_000
# Cells calamine may hold in memory for one sheet, counted on a bound of its used area; at
# 32 bytes a cell this is about 130 MB (a 100,000-row list of 26 columns is 2.6 million).
MAX_CALAMINE_CELLS = 4_000_000

_CHUNK = 4 * MB
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
# Nearly every sheet is written without namespace prefixes: plain byte counts and patterns that
# start with a literal keep the scan about as fast as inflating the part (~75 MB/s here).
_TAG_ENDS = (b" ", b">", b"/", b"\n", b"\t", b"\r")
_UNPLACED = re.compile(rb'<c(?=[\s/>])(?! r="[A-Za-z])')  # a cell without its own reference
# Cells beyond column Z or row 99,999: the only ones that can make a sheet's area large.
_FAR = re.compile(rb'<c r="([A-Za-z]{2,}[0-9]+|[A-Za-z]+[0-9]{6,})"')
_PREFIXED = (b":c", b":row")
# The same for prefixed tags (<x:c r="A1">), slower.
_ROW_TAG = re.compile(rb"<" + _PREFIX + rb"row[\s/>]")
_UNPLACED_ANY = re.compile(rb"<" + _PREFIX + rb'c(?=[\s/>])(?! r="[A-Za-z])')
_FAR_ANY = re.compile(rb"<" + _PREFIX + rb'c r="([A-Za-z]{2,}[0-9]+|[A-Za-z]+[0-9]{6,})"')
_REF = re.compile(rb"([A-Za-z]+)([0-9]+)")
_STYLE_TAG = re.compile(
    rb"<" + _PREFIX + rb"(?:xf|font|fill|border|numFmt|dxf|cellStyle|alignment|protection)[\s/>]"
)
_STRING_TAG = re.compile(rb"<" + _PREFIX + rb"si[\s/>]")
_NARROW_COLUMNS, _NEAR_ROWS = 26, 99_999

_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT_OVERRIDE = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class WorkbookProblem(WksbmError):
    """The file cannot be read as a workbook; the message says why and what to do."""


@dataclass(frozen=True)
class SheetPart:
    """A worksheet as its raw XML shows it, before any parser has seen it."""

    name: str
    part: str
    rows: int  # <row> elements
    last_column: int  # the widest column a cell names, at least 26 (Z)
    last_row: int  # the farthest row a cell names, at least 99,999
    all_placed: bool  # every cell names its own position (calamine places cells by it)
    farthest: str = ""  # the cell named at the last row (past 99,999), e.g. "B1048576"
    widest: str = ""  # the cell named at the last column (past Z), e.g. "XFD499999"

    @property
    def cell_bound(self) -> int | None:
        """At least the cells calamine allocates for this sheet; None when it cannot be told."""
        return self.last_column * self.last_row if self.all_placed else None


@dataclass(frozen=True)
class Container:
    """The worksheets of a checked workbook in workbook order."""

    sheets: tuple[SheetPart, ...]

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    def calamine_safe(self, names: Collection[str] | None = None) -> bool:
        """Whether calamine can read every sheet (of ``names``) within MAX_CALAMINE_CELLS."""
        bounds = [s.cell_bound for s in self.sheets if names is None or s.name in names]
        return all(bound is not None and bound <= MAX_CALAMINE_CELLS for bound in bounds)


@dataclass(frozen=True)
class Limits:
    max_rows: int
    max_entries: int
    max_uncompressed: int
    max_ratio: int


def inspect_container(path: Path, limits: Limits) -> Container:
    """Check every part's size and each sheet's rows. The result is kept for an unchanged file
    (same size and modification time), so a file checked before the database is opened is not
    streamed again by the import, nor a report read by both passes of the consolidation."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, limits)
    with _LOCK:
        if key in _CHECKED:
            _CHECKED.move_to_end(key)
            return _CHECKED[key]
    with zipfile.ZipFile(path) as archive:
        container = _inspect(path.name, archive, limits)
    with _LOCK:
        _CHECKED[key] = container
        while len(_CHECKED) > _KEEP:
            _CHECKED.popitem(last=False)
    return container


_LOCK = threading.Lock()
_KEEP = 256  # more than the 104 reports of a city consolidation; each entry is a few hundred bytes
_CHECKED: OrderedDict[tuple[object, ...], Container] = OrderedDict()


def _inspect(name: str, archive: zipfile.ZipFile, limits: Limits) -> Container:
    entries = {entry.filename: entry for entry in archive.infolist()}
    _check_totals(name, list(entries.values()), limits)
    workbook = _workbook_part(name, archive, entries)
    sheets, named = _named_parts(name, archive, entries, workbook)
    for part in named:
        _check_size(name, entries[part], _limit(part, sheets))
    strings = [part for part in named if part.endswith("sharedStrings.xml")]
    for part in strings:
        if _count(archive, part, _STRING_TAG) > MAX_SHARED_STRINGS:
            raise WorkbookProblem(
                "excel.read.too_many_strings", name=name, count=MAX_SHARED_STRINGS
            )
    for part in named:
        if part.endswith("styles.xml") and _count(archive, part, _STYLE_TAG) > MAX_STYLE_RECORDS:
            raise WorkbookProblem("excel.read.too_many_styles", name=name, count=MAX_STYLE_RECORDS)
    found = tuple(_scan_sheet(archive, title, part, limits.max_rows) for title, part in sheets)
    for sheet in found:
        if sheet.last_row > limits.max_rows:
            raise WorkbookProblem(
                "excel.read.cell_too_far", sheet=sheet.name, cell=sheet.farthest,
                max=limits.max_rows,
            )  # fmt: skip
    return Container(found)


def _check_totals(name: str, entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.max_entries:
        raise WorkbookProblem("excel.read.too_big", name=name)
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if total > limits.max_uncompressed or (
            entry.file_size > 10_000_000 and ratio > limits.max_ratio
        ):
            raise WorkbookProblem("excel.read.too_big", name=name)


def _check_size(name: str, entry: zipfile.ZipInfo, limit: int) -> None:
    if entry.file_size > limit:
        raise WorkbookProblem(
            "excel.read.part_too_big",
            name=name,
            part=entry.filename,
            size=-(-entry.file_size // MB),
            limit=limit // MB,
        )


def _limit(part: str, sheets: list[tuple[str, str]]) -> int:
    if any(part == sheet_part for _, sheet_part in sheets):
        return MAX_SHEET_PART
    if part.endswith("sharedStrings.xml"):
        return MAX_STRINGS_PART
    return MAX_OTHER_PART


def _xml(name: str, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> object:
    """A small catalogue part parsed with entities refused, after its size is checked."""
    _check_size(name, entry, MAX_OTHER_PART)
    try:
        return fromstring(archive.read(entry))
    except Exception as error:  # bad XML, entities, DTDs: all one plain message
        raise WorkbookProblem("excel.read.damaged", name=name) from error


def _relationships(
    name: str, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], owner: str
) -> list[tuple[str, str, str]]:
    """(id, type, part) of each internal relationship of ``owner`` ("" for the package)."""
    folder = PurePosixPath(owner).parent if owner else PurePosixPath("")
    rels = str(folder / "_rels" / (PurePosixPath(owner).name + ".rels")) if owner else "_rels/.rels"
    if rels not in entries:
        return []
    result = []
    for rel in _xml(name, archive, entries[rels]).iter(_PKG_RELS):  # type: ignore[attr-defined]
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        joined = target.lstrip("/") if target.startswith("/") else str(folder / target)
        result.append((rel.get("Id", ""), rel.get("Type", ""), _normalised(joined)))
    return result


def _normalised(part: str) -> str:
    parts: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)


def _workbook_part(name: str, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> str:
    for _, kind, part in _relationships(name, archive, entries, ""):
        if kind.endswith("/officeDocument") and part in entries:
            return part
    return "xl/workbook.xml"


def _named_parts(
    name: str, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], workbook: str
) -> tuple[list[tuple[str, str]], list[str]]:
    """The worksheets (title, part) in workbook order, and every part some reader may parse."""
    relations = _relationships(name, archive, entries, workbook)
    named = {part for _, _, part in relations} | {workbook}
    named |= {part for _, _, part in _relationships(name, archive, entries, "")}
    types = _xml(name, archive, entries["[Content_Types].xml"])
    named |= {
        _normalised(item.get("PartName", ""))
        for item in types.iter(_CT_OVERRIDE)  # type: ignore[attr-defined]
    }
    targets = {rel_id: part for rel_id, kind, part in relations if kind.endswith("/worksheet")}
    sheets = []
    for sheet in _xml(name, archive, entries[workbook]).iter(f"{_MAIN}sheet"):  # type: ignore[attr-defined]
        part = targets.get(sheet.get(_REL_ID))
        if part is not None and part in entries:
            sheets.append((sheet.get("name", ""), part))
    return sheets, sorted(part for part in named if part in entries)


def _chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part in pieces cut just before a "<", so no tag is split between two pieces."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = tail + chunk
            cut = buffer.rfind(b"<")
            cut = cut if cut > len(buffer) - 64 else len(buffer)
            yield buffer[:cut]
            tail = buffer[cut:]
    yield tail


def _count(archive: zipfile.ZipFile, part: str, tag: re.Pattern[bytes]) -> int:
    return sum(len(tag.findall(chunk)) for chunk in _chunks(archive, part))


def _scan_sheet(archive: zipfile.ZipFile, title: str, part: str, max_rows: int) -> SheetPart:
    """Rows, and the farthest cells named, in one stream; stops once the rows are too many."""
    rows, placed = 0, True
    columns, last_row = _NARROW_COLUMNS, _NEAR_ROWS
    farthest = widest = ""
    chunks = _chunks(archive, part)
    for chunk in chunks:
        if any(prefixed in chunk for prefixed in _PREFIXED):
            rows += len(_ROW_TAG.findall(chunk))
            placed = placed and _UNPLACED_ANY.search(chunk) is None
            far = _FAR_ANY.findall(chunk)
        else:
            rows += sum(chunk.count(b"<row" + end) for end in _TAG_ENDS)
            placed = placed and _UNPLACED.search(chunk) is None
            far = _FAR.findall(chunk)
        if rows > max_rows:
            rows += sum(len(_ROW_TAG.findall(rest)) for rest in chunks)  # only count the rest
            raise WorkbookProblem("excel.read.too_many_rows", sheet=title, rows=rows, max=max_rows)
        for ref in set(far):
            letters, number = _REF.fullmatch(ref).groups()  # type: ignore[union-attr]
            if _column_index(letters) > columns:
                columns, widest = _column_index(letters), ref.decode()
            if int(number) > last_row:
                last_row, farthest = int(number), ref.decode()
    return SheetPart(title, part, rows, columns, last_row, placed, farthest, widest)


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters.upper()[:8]:  # past three letters it is beyond any sheet anyway
        index = index * 26 + letter - 64
    return index
