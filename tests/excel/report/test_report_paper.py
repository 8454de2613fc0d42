"""The report and city workbooks on paper: one-page Rekap, page headers, 8-point data sheets."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import range_boundaries

from tests.excel.conftest import TODAY
from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.services.groups import add_assessment, create_group
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.report import rekap as rekap_tables
from wksbm_desktop.excel.report import rekap_layout as rekap
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import DATA_SHEETS, PROGRAMME_SHEETS, Column
from wksbm_desktop.excel.writing import print_fit, styles
from wksbm_desktop.excel.writing.data_sheet import DataSheet
from wksbm_desktop.excel.writing.xlsx_out import Book

DATA_SHEET_NAMES = [spec.name for spec in DATA_SHEETS]
PROGRAMME_SHEET_NAMES = [spec.name for spec in PROGRAMME_SHEETS]  # the report's, format 5


def _rows_height(sheet: Any, first: int, last: int) -> float:
    return sum(sheet.row_dimensions[r].height or 15.0 for r in range(first, last + 1))


def _print_area(sheet: Any) -> tuple[int, int, int, int]:
    """(first column, first row, last column, last row) of the print area, 1-based."""
    area = sheet.print_area
    area = area[0] if isinstance(area, list) else area
    bounds = range_boundaries(area.split("!")[-1].replace("$", ""))
    return tuple(int(b) for b in bounds)  # type: ignore[return-value]


def _print_rows(sheet: Any) -> int:
    return _print_area(sheet)[3]


def _pages(sheet: Any) -> list[tuple[int, int]]:
    """(first, last) 1-based rows of each printed page of a Rekap with manual breaks."""
    breaks = [b.id for b in sheet.row_breaks.brk]  # a break after row id
    starts = [1, *(b + 1 for b in breaks)]
    ends = [*breaks, _print_rows(sheet)]
    return list(zip(starts, ends, strict=True))


def _page_capacity(sheet: Any) -> float:
    return rekap.page_capacity(int(sheet.page_setup.scale))


def test_rekap_prints_on_one_a4_page(demo_db: Database, tmp_path: Path):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    sheet = load_workbook(path)["Rekap"]
    setup = sheet.page_setup
    assert setup.orientation == "portrait" and setup.paperSize == 9
    # A fixed scale (Excel ignores manual page breaks when fitting to a page)...
    assert (
        not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage
    )
    assert rekap.MIN_SCALE <= int(setup.scale) <= rekap.print_scale()
    # ... at which every printed column fits the width of the paper, LibreOffice's wider too.
    width, _height = styles.printable_points(landscape=False)
    columns = sum(styles.column_points(w) for w in rekap.WIDTHS) * styles.CALC_WIDER
    assert columns * int(setup.scale) / 100 <= width
    assert _pages(sheet) == [(1, _print_rows(sheet))]
    assert _rows_height(sheet, 1, _print_rows(sheet)) <= _page_capacity(sheet)


def _many_moved_up(database: Database, count: int, name: str = "Kelompok Naik Kelas") -> None:
    with database.session() as session:
        for number in range(count):
            group = create_group(session, GroupInput(f"{name} {number:02d}", "KUBE", "Sosial"))
            add_assessment(session, group.uuid, date(2026, 1, 10), "tumbuh")
            add_assessment(session, group.uuid, date(2026, 3, 10) + timedelta(days=number), "maju")


def test_a_long_rekap_breaks_between_tables_and_keeps_the_signature(
    office_db: Database, tmp_path: Path
):
    demo_db = office_db  # only the groups made here move up: all of them listed by name
    long_name = "Kelompok Usaha Bersama Naik Kelas Warga Kampung Sejahtera Mandiri Rukun Lima"
    _many_moved_up(demo_db, rekap_tables.MAX_LISTED, long_name)  # listed, each on 3 lines
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    options = ExportOptions(period=period, today=TODAY)
    sheet = load_workbook(export_report(demo_db, tmp_path / "r.xlsx", options).path)["Rekap"]
    pages = _pages(sheet)
    assert len(pages) == 2
    for first, last in pages:
        assert _rows_height(sheet, first, last) <= _page_capacity(sheet)
    # The break falls on the narrow spacer row between two bands, never inside a table.
    (_first, last_of_one), (first_of_two, _last) = pages
    assert sheet.row_dimensions[first_of_two].height == rekap.GAP_HEIGHT
    texts = {
        cell.value: cell.row
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    # The naik-kelas table and the Lurah's signature both start on the second page.
    assert texts["Kelompok yang naik kelas dalam periode"] > last_of_one
    assert texts["Hj. Siti Aminah"] > last_of_one


def test_a_longer_naik_kelas_list_is_counted_per_level_change(demo_db: Database, tmp_path: Path):
    _many_moved_up(demo_db, rekap_tables.MAX_LISTED + 5)
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    options = ExportOptions(period=period, today=TODAY)
    sheet = load_workbook(export_report(demo_db, tmp_path / "r.xlsx", options).path)["Rekap"]
    assert _pages(sheet) == [(1, _print_rows(sheet))]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    change = next(r for r in rows if r[0] == "Tumbuh → Maju")
    assert change[4] >= rekap_tables.MAX_LISTED + 5


def test_every_sheet_of_both_workbooks_has_header_and_page_numbers(
    demo_db: Database, tmp_path: Path
):
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    report = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(period=period)).path
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    for path, who in ((report, "Poris Plawad (36.71.05.1008)"), (city, "Kota Tangerang")):
        workbook = load_workbook(path)
        for sheet in workbook.worksheets:
            if sheet.sheet_state == "hidden":
                continue
            header = sheet.oddHeader.left.text or ""
            assert who in header and "01-01-2026 s.d. 30-06-2026" in header, sheet.title
            assert sheet.oddFooter.center.text == "Halaman &P dari &N", sheet.title


def _column_widths(sheet: Any) -> dict[int, float]:
    """Width of every column (openpyxl groups neighbours of equal width into one entry)."""
    widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for index in range(dimension.min, dimension.max + 1):
            widths[index] = dimension.width
    return widths


def _printed_font(sheet: Any) -> float:
    first, _r1, last, _r2 = _print_area(sheet)
    known = _column_widths(sheet)
    # The file stores each width with Excel's 5-pixel cell padding added (0.71 of a digit).
    widths = [known[c] - 0.7109375 for c in range(first, last + 1)]
    return print_fit.printed_font_size(widths, len(widths))


def _long_texts(database: Database) -> None:
    with database.session() as session:
        create_group(
            session,
            GroupInput(
                "Kelompok Usaha Bersama Sangat Panjang Sekali Namanya " * 3,
                "KUBE",
                "Sosial",
                address="Jalan yang panjang sekali " * 8,
                notes="catatan " * 40,
            ),
        )


def test_every_data_sheet_prints_at_8_points_or_more(demo_db: Database, tmp_path: Path):
    _long_texts(demo_db)
    report = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    for path, names in (
        (report, DATA_SHEET_NAMES + PROGRAMME_SHEET_NAMES),
        (city, DATA_SHEET_NAMES),
    ):
        workbook = load_workbook(path)
        for name in names:
            sheet = workbook[name]
            assert sheet.page_setup.orientation == "landscape"
            assert _printed_font(sheet) >= 8.0, (path.name, name)
            # The heading row is tall enough for wrapped headings.
            assert (sheet.row_dimensions[1].height or 15) >= 15


def test_columns_are_sized_on_every_row_not_a_sample(tmp_path: Path):
    book = Book(tmp_path / "b.xlsx")
    columns = (Column("name", "Nama"), Column("rt", "RT"))
    sheet = DataSheet(book, "Data", columns)
    for number in range(1_000):
        sheet.append([f"Nama {number}" if number != 900 else "N" * 44, "001"])
    sheet.finish()
    book.close()
    widths = load_workbook(tmp_path / "b.xlsx")["Data"].column_dimensions
    assert widths["A"].width >= 45


def _ignored_ranges(path: Path, sheet_name: str) -> set[str]:
    workbook = load_workbook(path, read_only=True)
    index = workbook.sheetnames.index(sheet_name) + 1
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/sheet{index}.xml").decode()
    found = re.findall(r'<ignoredError sqref="([^"]+)" numberStoredAsText="1"/>', xml)
    return {part for ranges in found for part in ranges.split()}


@pytest.mark.parametrize(
    ("sheet", "headings"),
    [
        ("Warga", ("NIK", "No. KK", "No. HP", "RT", "RW")),
        ("Anggota", ("NIK", "RT", "RW")),
        ("Kelompok", ("Telepon", "RT", "RW")),
        ("Kehadiran", ("NIK",)),
    ],
)
def test_text_digits_are_not_flagged_as_numbers(
    demo_db: Database, tmp_path: Path, sheet: str, headings: tuple[str, ...]
):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    data = load_workbook(path)[sheet]
    letters = {cell.value: cell.column_letter for cell in data[1]}
    ranges = _ignored_ranges(path, sheet)
    for heading in headings:
        letter = letters[heading]
        assert f"{letter}2:{letter}{data.max_row}" in ranges, heading
    if "Nama Lengkap" in letters:  # ordinary text keeps Excel's checks
        assert not any(r.startswith(letters["Nama Lengkap"] + "2") for r in ranges)


def _calibri_metrics() -> bool:
    """Whether LibreOffice lays text out as Excel does: Calibri, or Carlito (same widths).

    Without either it falls back to a wider font, so any sheet sized for Calibri spills
    onto a second page there; that says nothing about the workbook.
    """
    if shutil.which("fc-match") is None:
        return False
    found = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True).stdout
    return "Calibri" in found or "Carlito" in found


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(
    not _calibri_metrics(), reason="no Calibri-metric font (Debian: fonts-crosextra-carlito)"
)
def test_libreoffice_prints_the_rekap_on_one_page(demo_db: Database, tmp_path: Path):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    workbook = load_workbook(path)
    for name in workbook.sheetnames[1:]:
        del workbook[name]
    workbook.save(tmp_path / "rekap.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), "rekap.xlsx"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=120,
    )
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "rekap.pdf")], capture_output=True, text=True, check=True
    )
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "rekap.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Hj. Siti Aminah" in text and "Halaman 1 dari 1" in text
