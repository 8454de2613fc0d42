"""Opening untrusted workbooks safely, and reading the app's own report workbooks.

Checks run on the zip container before any XML is parsed: a renamed file, an old .xls, an
encrypted workbook, a zip bomb or a part over its own size limit (excel/reading/container.py) each
get a
plain Indonesian message instead of a traceback.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from wksbm_desktop.excel.reading.container import (
    Container,
    Limits,
    WorkbookProblem,
    inspect_container,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 1_500 * 1024 * 1024  # a 100,000-member report is a few hundred MB
MAX_RATIO = 1_000  # uncompressed / compressed, per entry: beyond this it is a zip bomb
# Five times the largest office we plan for (the 100,000-member bench); a million-row sheet is
# refused before parsing instead of costing minutes of reading.
MAX_ROWS = 500_000
MAX_COLUMNS = 300
_REQUIRED_ENTRIES = ("[Content_Types].xml", "xl/workbook.xml")
_LATE_DAMAGE = (ParseError, DefusedXmlException, zipfile.BadZipFile, zlib.error, EOFError)


def check_container(path: Path) -> Container:
    """Refuse files that are not a plain .xlsx, or break a limit, before any parser reads them.

    The zip directory gives every part's size; only the parts the workbook names are streamed
    (excel/reading/container.py). The result is kept for an unchanged file, so the CLI's check
    before
    opening the database and the import's own check stream the file once.
    """
    if not path.exists() or not path.is_file():
        raise WorkbookProblem("excel.read.missing", path=str(path))
    if path.stat().st_size == 0:
        raise WorkbookProblem("excel.read.empty_file", name=path.name)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:
        raise WorkbookProblem(_ole_key(path), name=path.name)
    if not head.startswith(ZIP_MAGIC):
        raise WorkbookProblem("excel.read.not_xlsx", name=path.name)
    _require_defusedxml()
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if not all(name in names for name in _REQUIRED_ENTRIES):
            raise WorkbookProblem("excel.read.not_xlsx", name=path.name)
        limits = Limits(MAX_ROWS, MAX_ENTRIES, MAX_UNCOMPRESSED, MAX_RATIO)
        return inspect_container(path, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise WorkbookProblem("excel.read.damaged", name=path.name) from error


def _ole_key(path: Path) -> str:
    """An OLE compound file is either an encrypted .xlsx or an old binary .xls."""
    try:
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                return "excel.read.encrypted"
    except Exception:  # olefile raises its own types for damaged files
        return "excel.read.damaged"
    return "excel.read.old_xls"


def _require_defusedxml() -> None:
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        # Without defusedxml openpyxl would parse hostile XML (entity expansion) unguarded.
        raise WorkbookProblem("excel.read.no_defusedxml")


@contextmanager
def open_workbook(path: str | Path, fast: bool = False) -> Iterator[Any]:
    """A read-only workbook (values, not formulas), closed when the block ends.

    ``fast``: read a plain workbook with calamine (excel/reading/fast_reader.py), same values; any
    other
    is read by openpyxl. Callers that only iterate rows (iter_values) may ask for it.
    """
    from openpyxl import load_workbook

    source = Path(path)
    check_container(source)
    fast_book = _open_fast(source) if fast else None
    if fast_book is not None:
        try:
            yield fast_book
        finally:
            fast_book.close()
        return
    handle = source.open("rb")
    try:
        # A file object, not the path: openpyxl would otherwise refuse a misnamed extension.
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged content
        handle.close()
        raise WorkbookProblem("excel.read.damaged", name=source.name) from error
    try:
        yield workbook
    except _LATE_DAMAGE as error:
        # Read-only sheets are parsed lazily: bad XML or an entity deep in a sheet surfaces
        # only while the rows are read.
        raise WorkbookProblem("excel.read.damaged", name=source.name) from error
    finally:
        workbook.close()
        handle.close()


def _open_fast(source: Path) -> Any:
    from wksbm_desktop.excel.reading.fast_reader import FastWorkbook, plain_sheets

    sheets = plain_sheets(source, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS)
    if sheets is None:
        return None
    try:
        return FastWorkbook(source, sheets)
    except Exception:  # calamine refuses what openpyxl may still read, or refuse plainly
        return None


def check_sheet_size(sheet: Any, name: str) -> None:
    """Refuse sheets whose known size is beyond what an import may hold in one go."""
    rows, columns = sheet.max_row, sheet.max_column
    if rows is not None and rows > MAX_ROWS:
        raise WorkbookProblem("excel.read.row_too_far", sheet=name, row=rows, max=MAX_ROWS)
    if columns is not None and columns > MAX_COLUMNS:
        raise WorkbookProblem("excel.read.too_many_columns", sheet=name, columns=columns)


def iter_values(sheet: Any, name: str, min_row: int = 1) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for each row, enforcing the row limit even without a dimension."""
    # The declared <dimension> can be stale (some programs never update it) or absurd
    # (A1:XFD1048576 around two rows), and read-only openpyxl would stop at its last row and
    # column, silently dropping the rest. It is neither trusted nor used: check_container
    # counted the real rows, and rows are counted again here as they are read. (Sheets read by
    # calamine for consolidation, excel/reading/report_sources.py, know their real size.)
    reset_dimensions = getattr(sheet, "reset_dimensions", None)
    if reset_dimensions is not None:
        reset_dimensions()
    else:
        check_sheet_size(sheet, name)
    for number, values in enumerate(sheet.iter_rows(min_row=min_row, values_only=True), min_row):
        if number > MAX_ROWS:
            raise WorkbookProblem("excel.read.row_too_far", sheet=name, row=number, max=MAX_ROWS)
        yield number, tuple(values[:MAX_COLUMNS])


@dataclass
class CellProblem:
    """A value in a report workbook that does not fit its column."""

    sheet: str
    row: int
    column: str  # column letter
    header: str
    key: str  # i18n key
    params: dict[str, object] = field(default_factory=dict)
