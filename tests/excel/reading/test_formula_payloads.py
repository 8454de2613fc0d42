"""Formula payloads through every writer and every text field: no written cell is ever a formula.

Issue 13, point 13. Each writer's file is opened again; every cell must be a value (openpyxl
data_type never "f", no <f> element in any sheet), and a text starting like a formula must be a
string cell with the quote prefix, so Excel shows it as written even after an edit.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.excel.conftest import KELURAHAN, make_nik
from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.services import activities, groups, members, memberships, office, reference
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.importing.errors_out import write_error_copy
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.importing.template import write_template
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.writing.cells import FORMULA_TRIGGERS

DDE = "=cmd|'calc'!A0"
PAYLOADS = (DDE, "+1+1", "-1+1", "@SUM(1,1)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://x","y")')
TODAY = date(2026, 6, 30)


def payload(number: int, field: str) -> str:
    """A different payload for each field, each starting like a formula."""
    return f"{PAYLOADS[number % len(PAYLOADS)]} {field}"


def assert_no_formula(path: Path) -> list[str]:
    """Every cell a value; formula-like text a quoted string. Returns the formula-like texts."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    found = []
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_TRIGGERS):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.value)
                    found.append(cell.value)
    return found


@pytest.fixture
def hostile_db(office_db: Database) -> Database:
    """Every free-text field and reference label of every record holds a formula payload."""
    with office_db.session() as session:
        office.save_office(session, OfficeInput(
            KELURAHAN, lurah_name=payload(0, "lurah"), operator_names=payload(1, "operator"),
            address=payload(2, "alamat kantor"),
        ))  # fmt: skip
        labels = {kind: payload(n, kind) for n, kind in enumerate(
            ("group_type", "sector", "activity_type", "funding_source"))}  # fmt: skip
        for kind, label in labels.items():
            reference.add_item(session, kind, label)
        group = groups.create_group(session, GroupInput(
            payload(3, "kelompok"), labels["group_type"], labels["sector"],
            address=payload(4, "alamat"), sk_number=payload(5, "sk"),
            sk_issuer=payload(6, "penerbit"), notes=payload(0, "catatan"),
        ))  # fmt: skip
        member = members.create_member(session, MemberInput(
            make_nik("P", date(1985, 8, 17)), payload(1, "nama"), birth_place=payload(2, "lahir"),
            address=payload(3, "alamat"), education=payload(4, "pendidikan"),
            occupation=payload(5, "pekerjaan"), notes=payload(6, "catatan"),
        ))  # fmt: skip
        memberships.add_membership(session, member.uuid, group.uuid, "ketua", date(2025, 1, 6))
        groups.add_assessment(session, group.uuid, date(2025, 3, 1), "berkembang",
                              payload(0, "penilaian"))  # fmt: skip
        activities.create_activity(session, ActivityInput(
            group.uuid, date(2025, 4, 2), payload(1, "kegiatan"), labels["activity_type"],
            labels["sector"], labels["funding_source"], location=payload(2, "lokasi"),
            facilitator=payload(3, "narasumber"), amount=1000, outcome=payload(4, "hasil"),
            attendee_uuids=(member.uuid,),
        ))  # fmt: skip
    return office_db


def test_report_and_city_workbooks_keep_every_payload_as_text(hostile_db: Database, tmp_path: Path):
    report = export_report(hostile_db, tmp_path / "laporan.xlsx",
                           ExportOptions(full_nik=True, today=TODAY)).path  # fmt: skip
    written = assert_no_formula(report)
    for field in ("kelompok", "nama", "kegiatan", "lokasi", "hasil", "penilaian", "group_type"):
        assert any(text.endswith(field) for text in written), field
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    assert any(text.endswith("kelompok") for text in assert_no_formula(city))


def test_city_status_sheet_keeps_hostile_file_names_as_text(hostile_db: Database, tmp_path: Path):
    report = export_report(hostile_db, tmp_path / "laporan.xlsx").path
    hostile_name = tmp_path / f"{DDE}.xlsx"
    hostile_name.write_text("bukan excel", encoding="utf-8")
    city = consolidate([report, hostile_name], tmp_path / "kota.xlsx", today=TODAY).path
    assert f"{DDE}.xlsx" in assert_no_formula(city)


def test_errors_out_keeps_a_formula_sheet_name_as_text(office_db: Database, tmp_path: Path):
    # The sheet named like a DDE payload became a live formula in "Hasil Impor".
    source = tmp_path / "daftar.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = DDE
    sheet.append(["NIK", "Nama"])
    sheet.append(["123", "Siti"])
    workbook.save(source)
    report = import_workbook(office_db, source, dry_run=True)
    assert not report.ok
    target = write_error_copy(source, tmp_path / "kesalahan.xlsx", report)
    found = assert_no_formula(target)
    assert DDE in found  # the problem row of "Hasil Impor" names the sheet


def test_template_lists_keep_labels_as_text(tmp_path: Path):
    lists = {"group_type": list(PAYLOADS), "education": [DDE]}
    target = write_template(tmp_path / "template.xlsx", lists)
    found = assert_no_formula(target)
    assert DDE in found and "@SUM(1,1)" in found


def test_audit_export_keeps_operator_and_changes_as_text(tmp_path: Path):
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.excel.report.audit_export import export_audit

    database = open_database(tmp_path / "operator.db", operator=DDE)
    try:
        with database.session() as session:
            office.save_office(session, OfficeInput(KELURAHAN, lurah_name="Ahmad"))
            groups.create_group(session, GroupInput(payload(2, "kelompok"), "KUBE", "Sosial"))
        with database.read_session() as session:
            assert export_audit(session, None, tmp_path / "riwayat.xlsx") > 0
    finally:
        database.dispose()
    assert DDE in assert_no_formula(tmp_path / "riwayat.xlsx")
