"""Data sheets longer than one worksheet holds continue on "Kehadiran (2)"... and read back whole.

The real limit is half a million rows (data_sheet.ROWS_PER_SHEET); the tests lower it so that
the demo data of a few dozen residents already needs several parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.excel.conftest import OTHER_KELURAHAN, TODAY, new_database
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.reading.reader import WorkbookProblem
from wksbm_desktop.excel.reading.report_reader import open_report, read_report
from wksbm_desktop.excel.reading.report_sources import open_report_fast
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.schema import part_name, part_names
from wksbm_desktop.excel.writing import data_sheet

CAP = 40


@pytest.fixture
def small_sheets(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(data_sheet, "ROWS_PER_SHEET", CAP)
    return CAP


def _full_export(database: Database, path: Path) -> Path:
    return export_report(database, path, ExportOptions(full_nik=True, today=TODAY)).path


def test_part_names_follow_the_sheet_and_stop_at_a_gap():
    assert part_name("Kehadiran", 1) == "Kehadiran"
    assert part_name("Kehadiran", 3) == "Kehadiran (3)"
    names = ["Kehadiran", "Kehadiran (2)", "Kehadiran (4)", "Penilaian"]
    assert part_names("Kehadiran", names) == ["Kehadiran", "Kehadiran (2)"]
    assert part_names("Warga", names) == []


def test_default_limit_fits_excel_and_our_reader():
    assert data_sheet.ROWS_PER_SHEET + 1 <= 1_048_576
    from wksbm_desktop.excel.reading.reader import MAX_ROWS

    assert data_sheet.ROWS_PER_SHEET + 1 <= MAX_ROWS


def test_long_sheets_continue_next_to_their_first_part(
    demo_db: Database, tmp_path: Path, small_sheets: int
):
    result = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY))
    attendance = result.rows["attendance"]
    assert attendance > 2 * small_sheets, "the demo data must need three parts or more"
    workbook = load_workbook(result.path, read_only=True)
    try:
        names = workbook.sheetnames
        parts = part_names("Kehadiran", names)
        assert len(parts) == -(-attendance // small_sheets)
        first = names.index("Kehadiran")
        assert names[first : first + len(parts)] == parts  # side by side, in order
        assert names[first + len(parts)] == "Penilaian"
        heading = next(workbook["Kehadiran"].iter_rows(values_only=True))
        lengths = []
        for name in parts:
            rows = list(workbook[name].iter_rows(values_only=True))
            assert rows[0] == heading
            lengths.append(len(rows) - 1)
        assert all(n == small_sheets for n in lengths[:-1]) and 0 < lengths[-1] <= small_sheets
        assert sum(lengths) == attendance
    finally:
        workbook.close()
    data = read_report(result.path)
    assert data.meta["format_version"] == "5"  # older readers would miss the parts
    assert data.meta["rows.Kehadiran"] == str(attendance)
    assert len(data.sheets["attendance"]) == attendance
    assert {row.sheet for row in data.sheets["attendance"]} == set(parts)


def test_short_sheets_have_no_parts(demo_db: Database, tmp_path: Path):
    data = read_report(export_report(demo_db, tmp_path / "r.xlsx").path)
    assert data.meta["format_version"] == "5"  # local-time stamps (docs/report-format.md)
    assert not any(" (2)" in name for name in load_workbook(tmp_path / "r.xlsx").sheetnames)


def test_both_readers_see_every_part_alike(demo_db: Database, tmp_path: Path, small_sheets: int):
    path = _full_export(demo_db, tmp_path / "r.xlsx")
    with open_report(path) as slow, open_report_fast(path) as fast:
        for key in ("members", "attendance", "memberships"):
            expected = [(r.sheet, r.number, r.values) for r in slow.rows(key)]
            assert [(r.sheet, r.number, r.values) for r in fast.rows(key)] == expected
        assert not slow.problems and not fast.problems


def test_continued_report_imports_whole(
    demo_db: Database, fresh_db: Database, tmp_path: Path, small_sheets: int
):
    path = _full_export(demo_db, tmp_path / "r.xlsx")
    report = import_workbook(fresh_db, path)
    assert report.ok and report.written, [p.line() for p in report.problems]
    with demo_db.read_session() as a, fresh_db.read_session() as b:
        assert counts(b) == counts(a)
    assert "Kehadiran (2)" in report.header_rows  # the error copy marks every part


def test_a_bad_cell_in_a_part_is_reported_in_that_part(
    demo_db: Database, tmp_path: Path, small_sheets: int
):
    path = _full_export(demo_db, tmp_path / "r.xlsx")
    workbook = load_workbook(path)
    workbook["Warga (2)"]["D2"] = "tanggal bukan"  # Tanggal Lahir
    workbook.save(tmp_path / "edited.xlsx")
    data = read_report(tmp_path / "edited.xlsx")
    assert [(p.sheet, p.row, p.column) for p in data.problems] == [("Warga (2)", 2, "D")]


def test_a_part_missing_a_heading_is_refused_by_name(
    demo_db: Database, tmp_path: Path, small_sheets: int
):
    path = _full_export(demo_db, tmp_path / "r.xlsx")
    workbook = load_workbook(path)
    workbook["Kehadiran (2)"]["E1"] = "Sesuatu"  # was UUID Kegiatan
    workbook.save(tmp_path / "edited.xlsx")
    with open_report(tmp_path / "edited.xlsx") as reader, pytest.raises(WorkbookProblem) as error:
        list(reader.rows("attendance"))
    assert "Kehadiran (2)" in error.value.message


def test_consolidation_reads_and_writes_parts(demo_db: Database, tmp_path: Path, small_sheets: int):
    first = _full_export(demo_db, tmp_path / "a.xlsx")
    other = new_database(tmp_path / "b.db", kelurahan=OTHER_KELURAHAN)
    try:
        second = _full_export(other, tmp_path / "b.xlsx")  # an empty office: one part each
    finally:
        other.dispose()
    attendance = read_report(first).meta["rows.Kehadiran"]
    result = consolidate([first, second], tmp_path / "kota.xlsx", today=TODAY)
    workbook = load_workbook(result.path, read_only=True)
    try:
        names = workbook.sheetnames
        parts = part_names("Kehadiran", names)
        first_part = names.index("Kehadiran")
        assert names[first_part : first_part + len(parts) + 1] == [*parts, "Penilaian"]
        rows = sum(len(list(workbook[n].iter_rows(min_row=2, values_only=True))) for n in parts)
        meta = {r[0]: r[1] for r in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    finally:
        workbook.close()
    assert rows == int(attendance) and meta["rows.Kehadiran"] == attendance
    assert len(parts) == -(-int(attendance) // small_sheets)
