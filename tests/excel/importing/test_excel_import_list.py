"""Importing ordinary office spreadsheets of members: messy layouts in, clean records or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.errors_out import write_error_copy
from wksbm_desktop.excel.importing.importer import import_workbook, preview_import

SITI = "3671055708850001"  # P, born 17-08-1985
BUDI = 3671051708850002  # L, typed as a number by a program: exact, 16th digit not 0
TITLE = [["DAFTAR ANGGOTA KELOMPOK MASYARAKAT"], ["KELURAHAN PORIS PLAWAD"], []]
HEADER = [
    "No.",
    "Nama Lengkap",
    "No. KTP",
    "L/P",
    "Tempat Lahir",
    "Tgl. Lahir",
    "ALAMAT",
    "RT/RW",
    "No. HP",
    "Kelompok",
    "Jenis Kelompok",
    "Jabatan",
]
NUMBERS = list(range(1, len(HEADER) + 1))


def row(
    number: int, name: str, nik: object, sex: str, born: object, group: str, role: str
) -> list[object]:
    return [
        number,
        name,
        nik,
        sex,
        "Tangerang",
        born,
        "Jl. Melati No. 3",
        "005/002",
        "0812 3456 7890",
        group,
        "KUBE",
        role,
    ]


GOOD_ROWS = [
    row(
        1,
        "Siti Rahmawati",
        f"'{SITI[:4]} {SITI[4:8]}.{SITI[8:]}",
        "P",
        "17-08-1985",
        "KUBE Mawar",
        "Ketua",
    ),
    row(2, "Budi Santoso", BUDI, "Laki-laki", datetime(1985, 8, 17), "KUBE Mawar", "anggota"),
    row(3, "SITI  RAHMAWATI", SITI, "Perempuan", "17/08/1985", "Bank Sampah Melati", "Bendahara"),
    [],
    [None, "Mengetahui,"],
]

Writer = Callable[..., Path]


def stats(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return counts(session)


def good_file(write_book: Writer) -> Path:
    return write_book("anggota.xlsx", {"Sheet1": [*TITLE, HEADER, NUMBERS, *GOOD_ROWS]})


def test_messy_sheet_with_titles_numbering_and_odd_headings(
    office_db: Database, write_book: Writer
):
    report = import_workbook(office_db, good_file(write_book))
    assert report.ok and report.written, [p.line() for p in report.problems]
    assert report.created == {"members": 2, "groups": 2, "memberships": 3}
    assert any(p.row == 10 and "Mengetahui" in p.message for p in report.notices)
    created_notices = [p for p in report.notices if "dibuat baru" in p.message]
    assert len(created_notices) == 2 and "Lainnya" in created_notices[0].message
    with office_db.read_session() as session:
        siti = session.scalars(select(Member).where(Member.nik == SITI)).one()
        assert (siti.sex, siti.birth_date, siti.rt, siti.rw) == (
            "P",
            date(1985, 8, 17),
            "005",
            "002",
        )
        budi = session.scalars(select(Member).where(Member.nik == str(BUDI))).one()
        assert budi.sex == "L"
        roles = sorted(
            m.role
            for m in session.scalars(select(Membership).where(Membership.member_id == siti.id))
        )
        assert roles == ["bendahara", "ketua"]
        kinds = {g.name: g.type.label for g in session.scalars(select(Group))}
    assert kinds == {"KUBE Mawar": "KUBE", "Bank Sampah Melati": "KUBE"}


def test_importing_the_same_list_twice_changes_nothing(office_db: Database, write_book: Writer):
    path = good_file(write_book)
    import_workbook(office_db, path)
    before = stats(office_db)
    again = import_workbook(office_db, path)
    assert again.ok and not again.created
    assert stats(office_db) == before


def test_dry_run_checks_without_writing(office_db: Database, write_book: Writer):
    report = import_workbook(office_db, good_file(write_book), dry_run=True)
    assert report.ok and not report.written and report.created["members"] == 2
    assert stats(office_db)["members"] == 0 and stats(office_db)["groups"] == 0


def test_nik_typed_as_number_is_refused_and_nothing_written(
    office_db: Database, write_book: Writer
):
    rows = [*GOOD_ROWS[:2], row(3, "Ahmad", 3671051708850010, "L", "17-08-1985", "KUBE Mawar", "")]
    rows.append(row(4, "Dewi", 3.67105570885e15, "P", "17-08-1985", "KUBE Mawar", ""))
    report = import_workbook(office_db, write_book("angka.xlsx", {"Data": [HEADER, *rows]}))
    assert not report.ok and not report.written
    truncated = [p for p in report.errors if "15 angka" in p.message]
    assert [(p.sheet, p.row, p.column) for p in truncated] == [
        ("Data", 4, "C (No. KTP)"),
        ("Data", 5, "C (No. KTP)"),
    ]
    assert "Text" in truncated[0].message and "ketik ulang" in truncated[0].message
    assert stats(office_db)["members"] == 0 and stats(office_db)["groups"] == 0


def test_duplicate_nik_for_different_people_is_an_error(office_db: Database, write_book: Writer):
    rows = [GOOD_ROWS[0], row(2, "Orang Lain", SITI, "P", "17-08-1985", "Posyandu Anggrek", "")]
    report = import_workbook(office_db, write_book("ganda.xlsx", {"Data": [HEADER, *rows]}))
    assert not report.ok
    [error] = report.errors
    assert (error.row, error.column) == (3, "C (No. KTP)")
    assert SITI in error.message and "baris 2" in error.message
    assert stats(office_db)["members"] == 0


def test_same_person_twice_in_one_group_is_an_error(office_db: Database, write_book: Writer):
    rows = [GOOD_ROWS[0], GOOD_ROWS[0]]
    report = import_workbook(office_db, write_book("dobel.xlsx", {"Data": [HEADER, *rows]}))
    assert len(report.errors) == 1 and not report.written


def test_missing_required_column_is_reported(office_db: Database, write_book: Writer):
    header = ["Nama", "Alamat", "Jenis Kelamin"]
    report = import_workbook(
        office_db, write_book("tanpa_nik.xlsx", {"Data": [header, ["Siti", "Jl. A", "P"]]})
    )
    assert not report.ok
    assert any(
        "Kolom NIK tidak ditemukan" in p.message and "Alamat" in p.message for p in report.errors
    )


def test_bad_cells_are_reported_with_sheet_row_and_column(office_db: Database, write_book: Writer):
    rows = [row(1, "Siti Rahmawati", SITI, "X", "31-02-1985", "KUBE Mawar", "Ketua Umum")]
    report = import_workbook(office_db, write_book("sel.xlsx", {"Daftar": [HEADER, *rows]}))
    columns = sorted(p.column for p in report.errors)
    assert columns == ["D (L/P)", "F (Tgl. Lahir)", "L (Jabatan)"]
    assert all(p.sheet == "Daftar" and p.row == 2 for p in report.errors)


def test_service_rules_apply_to_imported_rows(office_db: Database, write_book: Writer):
    # The NIK says a woman born 17-08-1985; the row says a man born on another day.
    rows = [row(1, "Siti Rahmawati", SITI, "L", "18-08-1985", "KUBE Mawar", "")]
    report = import_workbook(office_db, write_book("aturan.xlsx", {"Data": [HEADER, *rows]}))
    assert not report.ok
    assert any(p.column == "C (No. KTP)" and "NIK menunjukkan" in p.message for p in report.errors)


def test_error_copy_adds_status_and_message_columns(
    office_db: Database, write_book: Writer, tmp_path: Path
):
    rows = [*GOOD_ROWS[:2], row(3, "Ahmad", 3671051708850010, "L", "17-08-1985", "KUBE Mawar", "")]
    source = write_book("salah.xlsx", {"Data": [*TITLE, HEADER, NUMBERS, *rows]})
    report = import_workbook(office_db, source)
    copy = write_error_copy(source, tmp_path / "hasil.xlsx", report)
    sheet = load_workbook(copy)["Data"]
    assert (
        sheet.cell(4, 13).value == "Status impor" and sheet.cell(4, 14).value == "Keterangan impor"
    )
    assert sheet.cell(6, 13).value == "Catatan" and "dibuat baru" in sheet.cell(6, 14).value
    assert sheet.cell(7, 13).value == "OK" and sheet.cell(7, 14).value is None
    assert sheet.cell(8, 13).value == "KESALAHAN" and "15 angka" in sheet.cell(8, 14).value
    assert sheet.cell(1, 1).value == "DAFTAR ANGGOTA KELOMPOK MASYARAKAT"
    assert load_workbook(copy).sheetnames[0] == "Hasil Impor"


def test_preview_shows_the_mapping_for_the_operator(write_book: Writer):
    preview = preview_import(good_file(write_book))
    [mapping] = preview.mappings
    assert (mapping.header_row, mapping.first_data_row) == (4, 6)
    assert mapping.columns["nik"] == 2 and mapping.columns["rt_rw"] == 7
    assert mapping.column_label("sex") == "D (L/P)"


def test_sheets_without_a_member_list_are_skipped(office_db: Database, write_book: Writer):
    path = write_book(
        "dua.xlsx", {"Catatan": [["Rapat RW"], ["isi notulen"]], "Anggota": [HEADER, GOOD_ROWS[1]]}
    )
    report = import_workbook(office_db, path)
    assert report.ok and report.created["members"] == 1
    assert any(p.sheet == "Catatan" for p in report.notices)
