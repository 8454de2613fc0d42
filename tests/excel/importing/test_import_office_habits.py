"""Office habits in imported lists (issue 12 point 4): signature blocks, dashes, every problem
of a row at once, and "Impor baris yang benar saja" with an error workbook that imports cleanly."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.excel.importing.test_excel_import_list import HEADER, SITI, Writer, row, stats
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.errors_out import write_error_copy
from wksbm_desktop.excel.importing.importer import import_workbook

DEWI = "3671054101900003"  # P, born 01-01-1990
AHMAD = "3671050101900004"  # L, born 01-01-1990
SIGNATURE = [
    [],
    [None, "Mengetahui,", None, None, None, None, "Tangerang, 12 Mei 2025"],
    [None, "Ketua RW 03", None, None, None, None, "Ketua Kelompok"],
    [],
    [None, "( H. Sanusi )", None, None, None, None, "( Siti Rahmawati )"],
]


def test_a_signature_block_ends_the_table(office_db: Database, write_book: Writer, tmp_path):
    rows = [HEADER, row(1, "Siti Rahmawati", SITI, "P", "17-08-1985", "KUBE Mawar", "Ketua")]
    source = write_book("ttd.xlsx", {"Data": [*rows, *SIGNATURE]})
    report = import_workbook(office_db, source)
    assert report.ok and report.written, [p.line() for p in report.problems]
    assert report.created["members"] == 1
    [end] = [p for p in report.notices if "blok tanda tangan" in p.message]
    assert end.row == 4 and "Mengetahui" in end.message
    copy = load_workbook(write_error_copy(source, tmp_path / "hasil.xlsx", report))["Data"]
    assert copy.cell(2, 13).value == "Sudah diimpor"
    assert all(copy.cell(r, 13).value is None for r in range(4, 8))  # not data, not "OK"


def test_a_nik_under_the_signature_block_is_not_dropped_silently(
    office_db: Database, write_book: Writer
):
    late = row(9, "Dewi Lestari", DEWI, "P", "01-01-1990", "KUBE Mawar", "")
    rows = [HEADER, row(1, "Siti Rahmawati", SITI, "P", "17-08-1985", "KUBE Mawar", ""), late]
    report = import_workbook(
        office_db, write_book("telat.xlsx", {"Data": [*rows[:2], *SIGNATURE, late]})
    )
    [error] = report.errors
    assert error.row == 8 and "di bawah blok tanda tangan" in error.message
    assert not report.written and rows


def test_dashes_and_tidak_ada_are_empty_in_optional_columns(
    office_db: Database, write_book: Writer
):
    dashed = row(1, "Siti Rahmawati", SITI, "P", "-", "KUBE Mawar", "–")
    dashed[7], dashed[8] = "—", "tidak ada"  # RT/RW and No. HP
    report = import_workbook(office_db, write_book("strip.xlsx", {"Data": [HEADER, dashed]}))
    assert report.ok and report.written, [p.line() for p in report.problems]
    with office_db.read_session() as session:
        from sqlalchemy import select

        from wksbm_desktop.core.models import Member

        siti = session.scalars(select(Member)).one()
        assert (siti.phone, siti.rt, siti.rw) == ("", "", "")


def test_an_unreadable_date_does_not_hide_the_rows_other_errors(
    office_db: Database, write_book: Writer
):
    bad = row(1, "Siti Rahmawati", SITI, "P", "31-02-1985", "KUBE Mawar", "")
    bad[8] = "telepon rumah"  # not a phone number: a service rule
    report = import_workbook(office_db, write_book("dua.xlsx", {"Data": [HEADER, bad]}))
    assert sorted(p.column for p in report.errors) == ["F (Tgl. Lahir)", "I (No. HP)"]


def _mixed_file(write_book: Writer) -> Path:
    rows = [
        HEADER,
        row(1, "Siti Rahmawati", SITI, "P", "17-08-1985", "KUBE Mawar", "Ketua"),
        row(2, "Dewi Lestari", DEWI, "P", "31-02-1990", "KUBE Mawar", ""),  # bad date
        row(3, "Ahmad Fauzi", AHMAD, "L", "01-01-1990", "KUBE Mawar", "Ketua Umum"),  # bad role
        row(4, "Siti Rahmawati", SITI, "P", "17-08-1985", "Bank Sampah Melati", "Anggota"),
    ]
    return write_book("campur.xlsx", {"Data": rows})


def test_valid_only_then_fixed_error_workbook_gives_exact_counts(
    office_db: Database, write_book: Writer, tmp_path: Path
):
    source = _mixed_file(write_book)
    assert not import_workbook(office_db, source).written  # all or nothing: nothing
    report = import_workbook(office_db, source, valid_only=True)
    assert report.written and report.saved_with_errors
    assert report.left_out == {("Data", 3), ("Data", 4)}
    assert report.created == {"members": 1, "groups": 2, "memberships": 2}
    assert "2 baris" in report.summary() and "TIDAK disimpan" in report.summary()
    assert stats(office_db)["members"] == 1
    fixed = write_error_copy(source, tmp_path / "kesalahan.xlsx", report)
    book = load_workbook(fixed)
    sheet = book["Data"]
    assert [sheet.cell(r, 13).value for r in range(2, 6)] == [
        "Sudah diimpor", "KESALAHAN", "KESALAHAN", "Sudah diimpor",
    ]  # fmt: skip
    sheet.cell(3, 6).value = "28-02-1990"
    sheet.cell(3, 3).value = "3671056802900003"  # the NIK matches the corrected date
    sheet.cell(4, 12).value = "Anggota"
    book.save(fixed)
    again = import_workbook(office_db, fixed)
    assert again.ok and again.written, [p.line() for p in again.problems]
    assert again.created == {"members": 2, "memberships": 2}
    assert again.unchanged == {"members": 1, "memberships": 2}
    assert stats(office_db)["members"] == 3 and stats(office_db)["memberships"] == 4
    assert not import_workbook(office_db, fixed).created  # a third time: nothing new


def test_valid_only_dry_run_writes_nothing(office_db: Database, write_book: Writer):
    report = import_workbook(office_db, _mixed_file(write_book), valid_only=True, dry_run=True)
    assert not report.written and report.created["members"] == 1 and len(report.left_out) == 2
    assert stats(office_db)["members"] == 0


def test_valid_only_refuses_a_file_missing_a_required_column(
    office_db: Database, write_book: Writer
):
    path = write_book("tanpa.xlsx", {"Data": [["Nama", "Alamat"], ["Siti", "Jl. A"]]})
    report = import_workbook(office_db, path, valid_only=True)
    assert report.fatal and not report.written


def test_errors_are_called_kesalahan_never_galat():
    from wksbm_desktop.i18n import catalogue as catalogue_of

    catalogue = catalogue_of("id")
    assert not [key for key, text in catalogue.items() if "galat" in text.lower()]
    assert catalogue["excel.import.error"] == "KESALAHAN"
