"""Builders of hostile .xlsx files written part by part, so each attack is exactly what we say."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl.utils import get_column_letter

EXCEL_EPOCH = datetime(1899, 12, 30)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPE}.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">
<sheets><sheet name="Anggota" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{REL_NS}/worksheet"/>
<Relationship Id="rId2" Target="sharedStrings.xml" Type="{REL_NS}/sharedStrings"/>
<Relationship Id="rId3" Target="styles.xml" Type="{REL_NS}/styles"/>
</Relationships>"""
# Style 0 is General, style 1 a date (built-in number format 14), as Excel writes them.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font/></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""
EMPTY_STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="0"/>'
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN_NS}">'

# Billion laughs: ten levels of ten references each, 10^9 copies of "lol" when expanded.
LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
XXE_DTD = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def escape_text(value: str) -> str:
    """XML text as Excel writes it: control characters become _xHHHH_ (openpyxl decodes them)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def inline_cell(column: int, row: int, value: str) -> str:
    ref = f"{get_column_letter(column)}{row}"
    return (
        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape_text(value)}</t></is></c>'
    )


def any_cell(column: int, row: int, value: object) -> str:
    """A cell of the type Excel would store: text, number, boolean or date (a styled serial)."""
    ref = f"{get_column_letter(column)}{row}"
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, datetime | date):
        when = value if isinstance(value, datetime) else datetime.combine(value, time())
        serial = (when - EXCEL_EPOCH) / timedelta(days=1)
        return f'<c r="{ref}" s="1"><v>{serial!r}</v></c>'
    return inline_cell(column, row, str(value))


def formula_cell(column: int, row: int, formula: str, cached: str | None = None) -> str:
    ref = f"{get_column_letter(column)}{row}"
    value = "" if cached is None else f"<v>{cached}</v>"
    return f'<c r="{ref}" t="str"><f>{escape_text(formula)}</f>{value}</c>'


def rows_xml(rows: Iterable[Iterable[object]], start: int = 1) -> str:
    return "".join(
        f'<row r="{n}">' + "".join(any_cell(c, n, v) for c, v in enumerate(row, 1)) + "</row>"
        for n, row in enumerate(rows, start)
    )


def member_rows(rows: Iterable[tuple[str, str]], start: int = 1) -> str:
    """Rows of (NIK, Nama) as inline strings."""
    return "".join(
        f'<row r="{n}">{inline_cell(1, n, nik)}{inline_cell(2, n, name)}</row>'
        for n, (nik, name) in enumerate(rows, start)
    )


def sheet_xml(rows_xml: str, dimension: str | None = None, prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    head = SHEET_HEAD if not prolog else SHEET_HEAD.replace("?><worksheet", f"?>{prolog}<worksheet")
    return f"{head}{dim}<sheetData>{rows_xml}</sheetData></worksheet>"


def write_xlsx(
    path: Path,
    sheet: str | bytes | Iterable[bytes],
    shared_strings: str = EMPTY_STRINGS,
    extra: dict[str, bytes] | None = None,
    level: int = 9,
    styles: str = STYLES,
) -> Path:
    """A minimal workbook whose parts are written as given; ``sheet`` may stream in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", shared_strings)
        archive.writestr("xl/styles.xml", styles)
        if isinstance(sheet, str | bytes):
            archive.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as entry:
                for chunk in sheet:
                    entry.write(chunk)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def padded_sheet(total_bytes: int, chunk: int = 8 * 1024 * 1024) -> Iterator[bytes]:
    """A sheet of valid XML padded with whitespace to ``total_bytes``: a compressible bomb."""
    yield (SHEET_HEAD + "<sheetData>").encode()
    blank = b" " * chunk
    for _ in range(total_bytes // chunk):
        yield blank
    yield b"</sheetData></worksheet>"


def million_rows(count: int, first: int = 2) -> Iterator[bytes]:
    """A header and ``count`` member rows, produced lazily and batched for the compressor."""
    yield (SHEET_HEAD + "<sheetData>").encode()
    yield member_rows([("NIK", "Nama")]).encode()
    batch: list[str] = []
    for number in range(first, first + count):
        nik = f"3671055708{number % 1_000_000:06d}"
        batch.append(
            f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{nik}</t></is></c>'
            f'<c r="B{number}" t="inlineStr"><is><t>Warga</t></is></c></row>'
        )
        if len(batch) == 20_000:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode()
    yield b"</sheetData></worksheet>"


def with_sheet_xml(source: Path, target: Path, sheet: str, rows_xml: str) -> Path:
    """A copy of ``source`` whose sheet ``sheet`` gets ``rows_xml`` appended to its rows, every
    other part copied byte for byte (a hand-edited report, as a hostile sender would make it)."""
    from openpyxl import load_workbook

    names = load_workbook(source, read_only=True).sheetnames  # XlsxWriter: sheetN.xml in order
    part = f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == part:
                data = data.replace(b"</sheetData>", rows_xml.encode() + b"</sheetData>")
            new.writestr(entry.filename, data)
    return target


def strings_xml(count: int, pad: int = 0) -> Iterator[bytes]:
    """A shared-strings part of ``count`` different entries, each padded with ``pad`` letters:
    varied enough that it compresses a few hundred times, not the thousand a zip bomb does."""
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}">'.encode()
    filler = "a" * pad
    batch = []
    for number in range(count):
        batch.append(f"<si><t>{number}{filler}</t></si>")
        if len(batch) == 10_000:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode() + b"</sst>"


def write_with_strings(path: Path, strings: Iterator[bytes], extra: int = 0) -> Path:
    """A one-sheet member list whose shared-strings part streams from ``strings``."""
    sheet = sheet_xml(member_rows([("NIK", "Nama"), ("3671055708850001", "Siti")]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", STYLES)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as entry:
            for chunk in strings:
                entry.write(chunk)
    return path


def unreferenced_parts(path: Path, count: int, size: int) -> Path:
    """A small member list plus ``count`` worksheet-like parts of ``size`` bytes no workbook
    relationship names (leftovers, or a deliberate waste of the reader's time)."""
    write_xlsx(path, sheet_xml(member_rows([("NIK", "Nama"), ("3671055708850001", "Siti")])))
    body = (SHEET_HEAD + "<sheetData>").encode()
    body += b"<row/>" * ((size - len(body) - 24) // 6) + b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number in range(count):
            archive.writestr(f"xl/worksheets/sisa{number}.xml", body)
    return path


def many_styles(count: int) -> str:
    """A styles part with ``count`` cell formats (Excel itself allows 64,000)."""
    formats = '<xf numFmtId="0"/>' * count
    return STYLES.replace(
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>',
        f'<cellXfs count="{count}">{formats}</cellXfs>',
    )
