"""Rekap Kota as PDF: the city workbook's Rekap Kota sheet (excel.consolidate), set on paper.

The figures are never recomputed here: the reports are consolidated exactly as ``wksbm
consolidate`` does (NIK masked, in the private work folder), or a city workbook is read as it
is, and its Rekap Kota sheet is printed row by row in its own column grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.documents.page import Column, Letterhead, Page
from wksbm_desktop.excel.consolidate.rekap import WIDTHS
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

Row = tuple[Any, ...]
TABLE_FONT, ROW_HEIGHT = 6.8, 4.4
SIGNATURE_COLUMN = 9  # where the Excel sheet puts the signature block (column J)


@dataclass(frozen=True)
class CitySheet:
    rows: tuple[Row, ...]  # the Rekap Kota sheet's values, top to bottom


def city_sheet(files: Sequence[str | Path], today: date | None = None) -> CitySheet:
    """Rekap Kota of the given report workbooks, or of one city workbook already made."""
    from wksbm_desktop.excel.consolidate.city import REKAP_KOTA_SHEET, consolidate
    from wksbm_desktop.private_files import PrivateFolder

    paths = [Path(f) for f in files]
    if len(paths) == 1 and _has_sheet(paths[0], REKAP_KOTA_SHEET):
        return CitySheet(_read(paths[0], REKAP_KOTA_SHEET))
    with PrivateFolder("cetak-kota") as work:
        city = work.path / "kota.xlsx"
        consolidate(paths, city, today=today)
        return CitySheet(_read(city, REKAP_KOTA_SHEET))


def city_sheet_of_database(database: Database, today: date | None = None) -> CitySheet:
    """Rekap Kota of the reports the city database received (as ``consolidate`` without files)."""
    from wksbm_desktop.excel.consolidate.city import REKAP_KOTA_SHEET
    from wksbm_desktop.excel.consolidate.from_database import consolidate_database
    from wksbm_desktop.private_files import PrivateFolder

    with PrivateFolder("cetak-kota") as work:
        city = work.path / "kota.xlsx"
        consolidate_database(database, city, today=today)
        return CitySheet(_read(city, REKAP_KOTA_SHEET))


def _has_sheet(path: Path, name: str) -> bool:
    from wksbm_desktop.excel.reading.reader import open_workbook

    try:
        with open_workbook(path) as book:
            return name in book.sheetnames
    except WksbmError:
        return False  # not a workbook we can read: the consolidation will say why


def _read(path: Path, name: str) -> tuple[Row, ...]:
    from wksbm_desktop.excel.reading.reader import open_workbook

    with open_workbook(path) as book:
        return tuple(tuple(row) for row in book[name].iter_rows(values_only=True))


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def render_city_rekap(sheet: CitySheet, head: Letterhead) -> bytes:
    pdf = Page(head, t("print.kota.title"), landscape=True)
    pdf.add_page()
    blocks = _blocks(sheet.rows)
    if not blocks:
        raise WksbmError("print.kota.empty")
    _titles(pdf, [cells[0][1] for cells in map(_filled, blocks[0])])
    signature: list[str] = []
    for block in blocks[1:]:
        if all(_is_signature(row) for row in block):
            signature += [_filled(row)[0][1] for row in block]  # split by blank rows in Excel
        else:
            _draw_block(pdf, block)
    if signature:
        _signature(pdf, signature)
    return pdf.to_bytes()


def _is_signature(row: Row) -> bool:
    cells = _filled(row)
    return bool(cells) and cells[0][0] >= SIGNATURE_COLUMN


def _blocks(rows: Sequence[Row]) -> list[list[Row]]:
    """Runs of rows that hold something, split at empty rows."""
    blocks: list[list[Row]] = []
    current: list[Row] = []
    for row in rows:
        if any(_text(v) for v in row):
            current.append(row)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _draw_block(pdf: Page, block: list[Row]) -> None:
    filled = [_filled(row) for row in block]
    if all(len(cells) == 2 for cells in filled):
        _facts(pdf, filled)
    elif len(filled[0]) == 1 and len(block) > 1:
        pdf.section(filled[0][0][1])
        _grid(pdf, block[1:])
    elif len(filled[0]) == 1:
        pdf.set_font(pdf.font_family, size=8)
        pdf.multi_cell(0, 4, filled[0][0][1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    else:
        _grid(pdf, block)


def _filled(row: Row) -> list[tuple[int, str]]:
    return [(i, _text(v)) for i, v in enumerate(row) if _text(v)]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return str(value).strip()


def _titles(pdf: Page, lines: list[str]) -> None:
    for index, line in enumerate(lines):
        pdf.set_font(pdf.font_family, "B", 13 if index == 0 else 11)
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _facts(pdf: Page, filled: list[list[tuple[int, str]]]) -> None:
    pdf.label_values([(cells[0][1], cells[1][1]) for cells in filled], label_width=55)
    pdf.ln(2)


def _grid(pdf: Page, block: list[Row]) -> None:
    width = max(i for row in block for i, _v in _filled(row)) + 1
    headers = [_text(v) for v in block[0][:width]]
    scale = pdf.content_width / sum(WIDTHS[:width])
    columns = [Column(h, WIDTHS[i] * scale, _align(i)) for i, h in enumerate(headers)]
    rows = [[_text(v) for v in (*row, *([None] * width))[:width]] for row in block[1:]]
    shaded = [not _text(row[0]) for row in block[1:]]  # kecamatan, subtotal and total rows
    pdf.grid_table(
        columns,
        rows,
        row_height=ROW_HEIGHT,
        header_height=7.5,
        font_size=TABLE_FONT,
        shaded=shaded,
    )
    pdf.ln(3)


def _align(index: int) -> str:
    return "C" if index == 0 else ("L" if index < 4 else "R")


def _signature(pdf: Page, lines: list[str]) -> None:
    place_date, role, *rest = [*lines, "", "", ""][:4]
    pdf.signatures([(role, rest[0], rest[1])], place_date)
