"""Activities and attendance from office lists and the template (issue 12 point 5)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.excel.importing.test_excel_import_list import HEADER, SITI, Writer, row, stats
from wksbm_desktop.core.models import Activity, Attendance
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.errors_out import write_error_copy
from wksbm_desktop.excel.importing.importer import import_workbook, preview_import
from wksbm_desktop.excel.importing.template import (
    ACTIVITY_SHEET,
    ATTENDANCE_SHEET,
    DATA_SHEET,
    write_template,
)

DEWI = "3671054101900003"
ACTIVITY_HEADER = ["No", "Tanggal", "Nama Kegiatan", "Kelompok", "Jenis Kegiatan", "Sumber Dana",
                   "Jumlah Dana"]  # fmt: skip
HADIR_HEADER = ["No.", "No. Kegiatan", "NIK", "Nama"]
MEMBERS = [
    HEADER,
    row(1, "Siti Rahmawati", SITI, "P", "17-08-1985", "KUBE Mawar", "Ketua"),
    row(2, "Dewi Lestari", DEWI, "P", "01-01-1990", "KUBE Mawar", ""),
]


def attendance_count(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(Attendance)) or 0


def book(write_book: Writer, activities: list[list[object]], hadir: list[list[object]]) -> Path:
    return write_book(
        "kegiatan.xlsx",
        {"Anggota": MEMBERS, "Kegiatan": [ACTIVITY_HEADER, *activities],
         "Daftar Hadir": [HADIR_HEADER, *hadir]},
    )  # fmt: skip


GOOD_ACTIVITIES = [
    [1, "12-05-2025", "Pelatihan membuat kue", "KUBE Mawar", "Pelatihan", "APBD Kota", "1.500.000"],
    [2, "20-05-2025", "Rapat bulanan", "kube  mawar", "Rapat", "-", None],
]
GOOD_HADIR = [[1, 1, SITI, None], [2, 1, None, "dewi lestari"], [3, 2, DEWI, "Dewi Lestari"]]


def test_sheets_are_recognised_as_members_activities_and_attendance(write_book: Writer):
    preview = preview_import(book(write_book, GOOD_ACTIVITIES, GOOD_HADIR))
    kinds = {m.sheet: m.kind for m in preview.mappings}
    assert kinds == {"Anggota": "members", "Kegiatan": "activities", "Daftar Hadir": "attendance"}


def test_activities_and_attendance_import_once(office_db: Database, write_book: Writer):
    path = book(write_book, GOOD_ACTIVITIES, GOOD_HADIR)
    dry = import_workbook(office_db, path, dry_run=True)
    assert dry.ok and dry.created["activities"] == 2 and stats(office_db)["activities"] == 0
    report = import_workbook(office_db, path)
    assert report.ok and report.written, [p.line() for p in report.problems]
    assert report.created["activities"] == 2 and report.created["attendance"] == 3
    with office_db.read_session() as session:
        cake = session.scalars(select(Activity).where(Activity.title.like("Pelatihan%"))).one()
        assert (cake.amount, cake.funding.label, cake.participants_count) == (
            1_500_000,
            "APBD Kota",
            2,
        )
    again = import_workbook(office_db, path)
    assert again.ok and not again.created
    assert again.unchanged["activities"] == 2 and again.unchanged["attendance"] == 3
    assert stats(office_db)["activities"] == 2 and attendance_count(office_db) == 3


def test_activity_and_attendance_problems_are_reported_with_their_rows(
    office_db: Database, write_book: Writer, tmp_path: Path
):
    activities = [
        [1, "31-02-2025", "Pelatihan", "KUBE Mawar", "Arisan", "APBD Kota", "abc"],  # 3 errors
        [2, "20-05-2025", "Rapat", "KUBE Melatii", "Rapat", "Swadaya/Iuran", 0],  # typo group
        [3, "21-05-2025", "Bakti", "KUBE Mawar", "Bakti Sosial", None, 50000],  # no funding
    ]
    hadir = [[1, 1, SITI, None], [2, 9, SITI, None], [3, 3, None, "Budi"]]
    path = book(write_book, activities, hadir)
    report = import_workbook(office_db, path)
    assert not report.written
    by_row = {}
    for problem in report.errors:
        by_row.setdefault((problem.sheet, problem.row), []).append(problem.column)
    assert sorted(by_row[("Kegiatan", 2)]) == [
        "B (Tanggal)",
        "E (Jenis Kegiatan)",
        "G (Jumlah Dana)",
    ]
    assert by_row[("Kegiatan", 3)] == ["D (Kelompok)"]
    assert by_row[("Kegiatan", 4)] == ["F (Sumber Dana)"]
    assert by_row[("Daftar Hadir", 2)] == ["B (No. Kegiatan)"]  # its activity has errors
    assert by_row[("Daftar Hadir", 3)] == ["B (No. Kegiatan)"]  # no activity 9
    messages = " ".join(p.message for p in report.errors if p.sheet == "Daftar Hadir")
    assert "ada kesalahan" in messages and "bernomor 9" in messages
    copy = load_workbook(write_error_copy(path, tmp_path / "hasil.xlsx", report))
    assert copy["Kegiatan"].cell(3, 9).value.startswith("D (Kelompok)")


def test_an_ambiguous_name_in_the_daftar_hadir_is_an_error(office_db: Database, write_book: Writer):
    twin = "3671055708850005"
    members = [*MEMBERS, row(3, "Siti Rahmawati", twin, "P", "17-08-1985", "KUBE Mawar", "")]
    path = write_book(
        "kembar.xlsx",
        {"Anggota": members, "Kegiatan": [ACTIVITY_HEADER, GOOD_ACTIVITIES[0]],
         "Daftar Hadir": [HADIR_HEADER, [1, 1, None, "Siti Rahmawati"]]},
    )  # fmt: skip
    report = import_workbook(office_db, path)
    [error] = report.errors
    assert error.column == "D (Nama)" and "Ada 2 anggota" in error.message


def test_attendance_by_date_and_title_of_an_activity_already_in_the_database(
    office_db: Database, write_book: Writer
):
    import_workbook(office_db, book(write_book, GOOD_ACTIVITIES, []))
    hadir = [["Tanggal Kegiatan", "Nama Kegiatan", "NIK", "Nama"],
             ["12-05-2025", "pelatihan membuat kue", SITI, "Siti Rahmawati"]]  # fmt: skip
    report = import_workbook(office_db, write_book("hadir.xlsx", {"Hadir": hadir}))
    assert report.ok and report.created == {"attendance": 1}, [p.line() for p in report.problems]
    assert attendance_count(office_db) == 1


def test_valid_only_cycle_with_activities(office_db: Database, write_book: Writer, tmp_path: Path):
    activities = [*GOOD_ACTIVITIES, [3, "21-05-2025", "Bakti", "KUBE Mawar", "Bakti", "-", 0]]
    hadir = [*GOOD_HADIR, [4, 3, SITI, None]]
    source = book(write_book, activities, hadir)
    report = import_workbook(office_db, source, valid_only=True)
    assert report.written and report.left_out == {("Kegiatan", 4), ("Daftar Hadir", 5)}
    copy = tmp_path / "perbaiki.xlsx"
    write_error_copy(source, copy, report)
    workbook = load_workbook(copy)
    workbook["Kegiatan"].cell(4, 5).value = "Bakti Sosial"
    workbook.save(copy)
    again = import_workbook(office_db, copy)
    assert again.ok, [p.line() for p in again.problems]
    assert again.created == {"activities": 1, "attendance": 1}
    assert stats(office_db)["activities"] == 3 and attendance_count(office_db) == 4


def test_the_template_has_activity_and_attendance_sheets_that_import(
    office_db: Database, tmp_path: Path
):
    path = write_template(tmp_path / "template.xlsx", {"group": ["KUBE Mawar"]})
    workbook = load_workbook(path)
    assert workbook.sheetnames[:4] == ["Petunjuk", DATA_SHEET, ACTIVITY_SHEET, ATTENDANCE_SHEET]
    typed = {
        DATA_SHEET: [1, SITI, "Siti Rahmawati", "P", None, None, None, None, None, None, None,
                     None, None, "KUBE Mawar", "KUBE", "Ketua"],
        ACTIVITY_SHEET: [1, "12-05-2025", "Rapat", "KUBE Mawar", "Rapat", None, "Swadaya/Iuran"],
        ATTENDANCE_SHEET: [1, SITI],
    }  # fmt: skip
    for name, values in typed.items():
        for column, value in enumerate(values, start=1):
            workbook[name].cell(3, column, value)  # under the example row, as a clerk types
    workbook.save(path)
    report = import_workbook(office_db, path)
    assert report.ok, [p.line() for p in report.problems]
    assert report.created == {"members": 1, "groups": 1, "memberships": 1, "activities": 1,
                              "attendance": 1}  # fmt: skip
    examples = [p for p in report.notices if "contoh" in p.message.lower()]
    assert {(p.sheet, p.row) for p in examples} == {
        (s, 2) for s in (DATA_SHEET, ACTIVITY_SHEET, ATTENDANCE_SHEET)
    }


def test_a_signature_line_in_the_date_column_ends_the_activity_table(
    office_db: Database, write_book: Writer
):
    footer = [[None, "Tangerang, 31 Mei 2025"], [None, "Ketua Kelompok"]]
    path = book(write_book, [*GOOD_ACTIVITIES, [], *footer], [])
    report = import_workbook(office_db, path)
    assert report.ok and report.created["activities"] == 2, [p.line() for p in report.errors]
    assert report.table_ends["Kegiatan"] == 5


def test_a_daftar_hadir_with_its_activity_in_the_title_block(
    office_db: Database, write_book: Writer
):
    import_workbook(office_db, book(write_book, GOOD_ACTIVITIES, []))
    sheet = [
        ["DAFTAR HADIR"],
        ["Kegiatan", ": Pelatihan membuat kue"],
        ["Hari/Tanggal", ":", "Senin, 12 Mei 2025"],
        ["Tempat : Aula Kelurahan"],
        [],
        ["No", "Nama", "NIK", "Tanda Tangan"],
        [1, "Siti Rahmawati", SITI, "ttd"],
        [2, "Dewi Lestari", None, "ttd"],
        [],
        [None, "Mengetahui,", None, "Ketua Kelompok"],
    ]
    path = write_book("hadir-pelatihan.xlsx", {"Hadir": sheet})
    [mapping] = preview_import(path).mappings
    assert mapping.kind == "attendance" and mapping.fixed["activity_date"] == "12 Mei 2025"
    report = import_workbook(office_db, path)
    assert report.ok and report.created == {"attendance": 2}, [p.line() for p in report.problems]
    assert attendance_count(office_db) == 2
