"""Berkas → Impor dari Excel: the wizard on messy office spreadsheets, bad files and reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QWizard
from sqlalchemy import select

from tests.ui.conftest import answer_file_dialogs, tab_of
from wksbm_desktop.core.models import AuditEntry, Member
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.backup import list_backups
from wksbm_desktop.excel.importing.errors_out import RESULT_SHEET
from wksbm_desktop.excel.report.export import export_report
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel.import_wizard import (
    CHECK_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    SUMMARY_PAGE,
    ImportWizard,
)
from wksbm_desktop.ui.excel.mapping_page import IGNORE
from wksbm_desktop.ui.main_window import DASHBOARD, MEMBERS

SITI = "3671055708859901"  # P, born 17-08-1985
BUDI = "3671051708859902"  # L, born 17-08-1985
TITLE = [["DAFTAR ANGGOTA KELOMPOK"], ["KELURAHAN PORIS PLAWAD"], []]
# "Kontak Seluler" is a heading nobody taught the importer: the operator maps it by hand.
HEADER = ["No.", "Nama Lengkap", "No. KTP", "L/P", "Tgl. Lahir", "Kontak Seluler", "Kelompok"]
NUMBERS = list(range(1, len(HEADER) + 1))
PHONE_COLUMN, NIK_COLUMN, NAME_COLUMN = 5, 2, 1


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def good_rows() -> list[list[object]]:
    return [
        *TITLE,
        HEADER,
        NUMBERS,
        [1, "Siti Rahmawati", f"'{SITI[:4]} {SITI[4:]}", "P", "17-08-1985", "0812 3456 7890",
         "KUBE Anggrek Uji"],
        [2, "Budi Santoso", BUDI, "Laki-laki", "17/08/1985", "0813 1111 2222", "KUBE Anggrek Uji"],
    ]  # fmt: skip


def bad_rows() -> list[list[object]]:
    return [
        *TITLE,
        HEADER,
        NUMBERS,
        [1, "Siti Rahmawati", SITI, "P", "17-08-1985", "0812", "KUBE Anggrek Uji"],
        [2, "Orang Lain", SITI, "P", "17-08-1985", "0812", "KUBE Anggrek Uji"],  # same NIK
        [3, "Budi Santoso", 3671051708850000, "L", "31-02-1985", "0813", "KUBE Anggrek Uji"],
    ]


@pytest.fixture
def dialogs(monkeypatch, tmp_path: Path) -> dict[str, list]:
    (tmp_path / "hasil").mkdir()
    seen = answer_file_dialogs(monkeypatch, tmp_path / "hasil", confirm=False)
    seen["open"] = []
    monkeypatch.setattr(
        dialogs_util, "get_open_path", lambda *_a: seen["open"].pop(0) if seen["open"] else None
    )
    return seen


def open_wizard(main_window) -> ImportWizard:
    main_window.findChild(QAction, "importExcel").trigger()
    wizard = main_window.findChild(ImportWizard, "importWizard")
    assert wizard is not None and wizard.isVisible()
    return wizard


def choose(qtbot, wizard: ImportWizard, dialogs, path: Path) -> None:
    dialogs["open"].append(str(path))
    wizard.file_page.browse_button.click()
    qtbot.waitUntil(lambda: not wizard.file_page.busy, timeout=10_000)


def run_check(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=20_000)


def stats(main_window) -> dict[str, int]:
    with main_window.database.read_session() as session:
        return counts(session)


def member_count_text(main_window) -> str:
    return main_window.findChild(QLabel, "memberCount").text()


def test_an_office_spreadsheet_is_mapped_corrected_checked_and_imported(
    qtbot, main_window, dialogs, tmp_path
):
    tab_of(main_window, MEMBERS)
    assert member_count_text(main_window) == "300 anggota"
    tab_of(main_window, DASHBOARD)
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, write_sheet(tmp_path / "anggota.xlsx", good_rows()))
    assert "daftar biasa" in wizard.file_page.kind_label.text()
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    table = wizard.mapping_page.table("Sheet1")
    assert table.columns() == {"full_name": 1, "nik": 2, "sex": 3, "birth_date": 4, "group": 6}
    assert table.combos[PHONE_COLUMN].currentData() == IGNORE
    table.choose(PHONE_COLUMN, "phone")
    table.choose(PHONE_COLUMN - 1, "phone")  # one field, one column: column F lets it go
    assert table.combos[PHONE_COLUMN].currentData() == IGNORE
    table.choose(PHONE_COLUMN - 1, "birth_date")
    table.choose(PHONE_COLUMN, "phone")
    table.choose(NIK_COLUMN, IGNORE)
    assert not wizard.mapping_page.isComplete()
    assert "NIK" in wizard.mapping_page.status.text()
    table.choose(NIK_COLUMN, "nik")
    assert wizard.mapping_page.isComplete()
    run_check(qtbot, wizard)
    check = wizard.check_page
    assert check.report.ok and not check.report.written and check.isComplete()
    assert stats(main_window)["members"] == 300  # the check wrote nothing
    wizard.next()  # the commit button: "Impor"
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY_PAGE, timeout=20_000)
    assert wizard.import_report is not None and wizard.import_report.written
    rows = wizard.summary_page.model
    assert rows.data(rows.index(1, 0)) == "Warga" and rows.data(rows.index(1, 1)) == "2"
    tab_of(main_window, MEMBERS)  # the lists reload when shown
    qtbot.waitUntil(lambda: member_count_text(main_window) == "302 anggota", timeout=10_000)
    with main_window.database.read_session() as session:
        siti = session.scalars(select(Member).where(Member.nik == SITI)).one()
        assert "3456" in (siti.phone or "")  # read from the column the operator mapped
    [backup] = list_backups(main_window.database.path)
    assert backup.reason == "sebelum-impor"
    assert backup.path.name in wizard.summary_page.backup.text()
    with main_window.database.read_session() as session:  # the history names the copy too
        query = select(AuditEntry.changes).where(AuditEntry.action == "backup")
        [changes] = session.scalars(query).all()
    assert backup.path.name in changes and "sebelum-impor" in changes


def test_a_bad_file_lists_every_problem_and_writes_nothing(qtbot, main_window, dialogs, tmp_path):
    before = stats(main_window)
    wizard = open_wizard(main_window)
    source = write_sheet(tmp_path / "salah.xlsx", bad_rows())
    choose(qtbot, wizard, dialogs, source)
    wizard.next()
    run_check(qtbot, wizard)
    check = wizard.check_page
    assert not check.report.ok and not check.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    shown = [
        tuple(check.model.data(check.model.index(r, c)) for c in range(5))
        for r in range(check.model.rowCount())
    ]
    errors = [row for row in shown if row[0] == "Kesalahan"]
    assert {row[1] for row in errors} == {"Sheet1"}
    assert {"7", "8"} <= {row[2] for row in errors}  # the duplicate NIK and the rounded one
    assert any("15 angka" in row[4] for row in errors)
    assert all(row[3] for row in errors if row[2] == "8")  # a column is named
    check.save_button.click()
    target = tmp_path / "hasil" / "salah-kesalahan.xlsx"
    qtbot.waitUntil(lambda: bool(dialogs["questions"]), timeout=10_000)
    copy = load_workbook(target, read_only=True)
    assert copy.sheetnames[0] == RESULT_SHEET
    copy.close()
    assert stats(main_window) == before
    assert list_backups(main_window.database.path) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "kosong"),
        (b"NIK;Nama\n3671055708850001;Siti\n", "bukan"),
    ],
)
def test_unreadable_files_get_a_plain_message(
    qtbot, main_window, dialogs, tmp_path, content, expected
):
    path = tmp_path / "data.xlsx"
    path.write_bytes(content)
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, path)
    text = wizard.file_page.kind_label.text()
    assert expected in text and "Traceback" not in text
    assert not wizard.file_page.isComplete()
    assert wizard.currentId() == FILE_PAGE


def test_an_empty_workbook_gets_a_plain_message(qtbot, main_window, dialogs, tmp_path):
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, write_sheet(tmp_path / "kosong.xlsx", []))
    assert "tidak berisi data" in wizard.file_page.kind_label.text()
    assert not wizard.file_page.isComplete()


def test_the_apps_own_report_skips_the_mapping_and_changes_nothing(
    qtbot, main_window, dialogs, tmp_path
):
    report = export_report(main_window.database, tmp_path / "laporan.xlsx")
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, report.path)
    assert "laporan WKSBM" in wizard.file_page.kind_label.text()
    run_check(qtbot, wizard)  # straight from the file to the check
    check = wizard.check_page
    assert check.report.ok and not check.report.created
    assert sum(check.report.unchanged.values()) > 300


def test_a_workbook_without_a_member_list_cannot_go_on(qtbot, main_window, dialogs, tmp_path):
    rows = [["Laporan kas"], ["Tanggal", "Uraian", "Jumlah"], ["01-02-2026", "Iuran", 5000]]
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, write_sheet(tmp_path / "kas.xlsx", rows))
    assert "NIK dan Nama" in wizard.file_page.details.text()
    assert not wizard.file_page.isComplete()


def test_only_the_valid_rows_go_in_and_the_rest_wait_in_the_error_workbook(
    qtbot, main_window, dialogs, tmp_path
):
    from wksbm_desktop.ui.excel.import_check import VALID_ONLY_BUTTON

    before = stats(main_window)
    wizard = open_wizard(main_window)
    source = write_sheet(tmp_path / "salah.xlsx", bad_rows())
    choose(qtbot, wizard, dialogs, source)
    wizard.next()
    run_check(qtbot, wizard)
    button = wizard.findChild(QPushButton, VALID_ONLY_BUTTON)
    assert button.text() == "Impor baris yang benar saja" and button.isVisible()
    assert button.isEnabled() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY_PAGE, timeout=20_000)
    assert not button.isVisible()  # the data is in: nothing left to choose
    report = wizard.import_report
    assert report.written and report.left_out == {("Sheet1", 7), ("Sheet1", 8)}
    assert stats(main_window)["members"] == before["members"] + 1
    summary = wizard.summary_page
    assert summary.left_out.isVisibleTo(summary) and "2 baris" in summary.left_out.text()
    [backup] = list_backups(main_window.database.path)
    assert backup.reason == "sebelum-impor"
    summary.save_errors.click()
    target = tmp_path / "hasil" / "salah-kesalahan.xlsx"
    qtbot.waitUntil(lambda: bool(dialogs["questions"]), timeout=10_000)
    sheet = load_workbook(target)["Sheet1"]
    assert [sheet.cell(r, 8).value for r in (6, 7, 8)] == [
        "Sudah diimpor",
        "KESALAHAN",
        "KESALAHAN",
    ]


def test_an_activity_list_is_mapped_with_activity_fields(qtbot, main_window, dialogs, tmp_path):
    rows = [
        ["No", "Tanggal", "Nama Kegiatan", "Kelompok", "Sumber Dana", "Jumlah Dana"],
        [1, "12-05-2025", "Rapat bulanan", "KUBE Anggrek Uji", "Swadaya/Iuran", 0],
    ]
    wizard = open_wizard(main_window)
    choose(qtbot, wizard, dialogs, write_sheet(tmp_path / "kegiatan.xlsx", rows))
    assert "daftar kegiatan" in wizard.file_page.details.text()
    wizard.next()
    table = wizard.mapping_page.table("Sheet1")
    offered = [table.combos[1].itemData(i) for i in range(table.combos[1].count())]
    assert "held_on" in offered and "funding" in offered and "birth_date" not in offered
    assert table.columns()["held_on"] == 1 and wizard.mapping_page.isComplete()
    assert "(daftar kegiatan)" in wizard.mapping_page.sheets.tabText(0)
