"""The report workbook: sheets, safe text cells, masking, formats, print setup, password."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.excel.conftest import TODAY, fits_page_width, make_nik
from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period

EVIL_NAME = '=HYPERLINK("http://example.com","x")'


def _evil_member(database: Database) -> str:
    with database.session() as session:
        group = create_group(session, GroupInput("+Kelompok @Plus", "KUBE", "Ekonomi Produktif"))
        nik = make_nik("L", date(1985, 8, 17), 3)
        member = create_member(
            session,
            MemberInput(nik=nik, full_name=EVIL_NAME, sex="L", notes="-catatan\x07 dengan bel"),
        )
        add_membership(session, member.uuid, group.uuid, "ketua", date(2024, 1, 5))
        create_activity(
            session,
            ActivityInput(
                group_uuid=group.uuid,
                held_on=date(2026, 3, 2),
                title="@rapat",
                type="Rapat",
                sector="Sosial",
                funding="Swadaya/Iuran",
                amount=1_500_000,
            ),
        )
    return nik


def test_formula_text_is_written_as_text_never_a_formula(office_db: Database, tmp_path: Path):
    _evil_member(office_db)
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    workbook = load_workbook(path)
    names = [c for row in workbook["Warga"].iter_rows() for c in row if c.value == EVIL_NAME]
    assert names, "the member's name must be in the Warga sheet"
    assert all(c.data_type != "f" for c in names)
    assert all(c.quotePrefix for c in names)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in archive.read(n).decode() for n in sheets)
    plus = [
        c for row in workbook["Kelompok"].iter_rows() for c in row if c.value == "+Kelompok @Plus"
    ]
    assert plus and plus[0].quotePrefix


def test_control_characters_are_removed_not_crashing(office_db: Database, tmp_path: Path):
    _evil_member(office_db)
    path = export_report(office_db, tmp_path / "r.xlsx").path
    values = [c for row in load_workbook(path)["Warga"].iter_rows(values_only=True) for c in row]
    assert "-catatan dengan bel" in values


def test_sheets_meta_and_masked_nik(office_db: Database, tmp_path: Path):
    nik = _evil_member(office_db)
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Rekap",
        "Rekap Program",
        "Kelompok",
        "Anggota",
        "Kegiatan",
        "Warga",
        "Kehadiran",
        "Penilaian",
        "Bantuan",
        "Penyaluran Bantuan",
        "LPJ Bantuan",
        "Indikator",
        "Ukuran Indikator",
        "Kunjungan",
        "Jawaban Rubrik",
        "Lampiran",
        "_hapus",
        "_meta",
    ]
    assert workbook["_meta"].sheet_state == "hidden"
    data = read_report(path)
    assert data.meta["format"] == "wksbm-laporan-kelurahan"
    assert data.meta["format_version"] == "5"
    assert data.meta["kelurahan_code"] == "36.71.05.1008"
    assert data.meta["rows.Warga"] == "1" and data.nik_masked
    assert data.sheets["members"][0].values["nik"] == nik[:4] + "*" * 12
    nik_cell = workbook["Warga"]["A2"]
    assert nik_cell.data_type == "s" and nik_cell.number_format == "@"


def test_full_nik_is_written_and_audited(office_db: Database, tmp_path: Path):
    nik = _evil_member(office_db)
    export_report(office_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True))
    assert read_report(tmp_path / "r.xlsx").sheets["members"][0].values["nik"] == nik
    with office_db.read_session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export_full_nik"))
        entry = entries.one()
        operator, changes = entry.operator, json.loads(entry.changes)
    assert operator == "Penguji"
    assert changes["file"][1] == str(tmp_path / "r.xlsx")


def test_masked_export_writes_no_audit_entry(office_db: Database, tmp_path: Path):
    _evil_member(office_db)
    export_report(office_db, tmp_path / "r.xlsx")
    with office_db.read_session() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.entity == "export")).all() == []


def test_data_sheets_are_formatted_for_print(office_db: Database, tmp_path: Path):
    _evil_member(office_db)
    workbook = load_workbook(export_report(office_db, tmp_path / "r.xlsx").path)
    sheet = workbook["Kegiatan"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O2"
    assert sheet["A1"].font.b
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert fits_page_width(sheet)
    assert sheet["A2"].is_date and sheet["A2"].value.date() == date(2026, 3, 2)
    assert sheet["G2"].value == 1_500_000 and "Rp" in sheet["G2"].number_format
    # The heading wraps instead of widening its column: wide enough for its longest word.
    assert sheet.column_dimensions["B"].width >= len("Kegiatan")
    assert sheet.row_dimensions[1].height >= 30


def test_rekap_has_header_charts_and_signature(demo_db: Database, tmp_path: Path):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    rekap = load_workbook(path)["Rekap"]
    texts = [str(c) for row in rekap.iter_rows(values_only=True) for c in row if c is not None]
    for expected in (
        "PEMERINTAH KOTA TANGERANG",
        "Laporan Kelurahan kepada Dinas Sosial Kota Tangerang",
        "Poris Plawad (36.71.05.1008)",
        "Cipondoh (36.71.05)",
        "30 Juni 2026",
        "LURAH PORIS PLAWAD",
        "Hj. Siti Aminah",
        "NIP. 197001011990032001",
        "Kelompok menurut jenis dan status",
        "Dana kegiatan menurut sumber",
    ):
        assert expected in texts, expected
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2


def test_period_limits_activities(demo_db: Database, tmp_path: Path):
    everything = export_report(demo_db, tmp_path / "a.xlsx").rows["activities"]
    period = Period(date(2000, 1, 1), date(2000, 12, 31))
    result = export_report(demo_db, tmp_path / "p.xlsx", ExportOptions(period=period))
    assert everything > 0 and result.rows["activities"] == 0
    assert read_report(tmp_path / "p.xlsx").meta["period_to"] == "2000-12-31"


def test_reversed_period_and_wrong_suffix_are_plain_errors(office_db: Database, tmp_path: Path):
    with pytest.raises(WksbmError) as error:
        export_report(
            office_db, tmp_path / "r.xlsx", ExportOptions(period=Period(TODAY, date(2020, 1, 1)))
        )
    assert "sesudah" in error.value.message
    with pytest.raises(WksbmError) as error:
        export_report(office_db, tmp_path / "r.csv")
    assert ".xlsx" in error.value.message
    assert not (tmp_path / "r.xlsx").exists()


def test_password_encrypts_the_whole_file(office_db: Database, tmp_path: Path):
    _evil_member(office_db)
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(password="rahasia123")).path
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    office = msoffcrypto.OfficeFile(path.open("rb"))
    office.load_key(password="rahasia123")
    plain = io.BytesIO()
    office.decrypt(plain)
    assert "Warga" in load_workbook(plain).sheetnames


def test_progress_is_reported_and_cancel_leaves_no_file(demo_db: Database, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    export_report(demo_db, tmp_path / "r.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(WksbmError):
        export_report(demo_db, tmp_path / "c.xlsx", cancelled=lambda: True)
    assert not (tmp_path / "c.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["r.xlsx"]


def test_excel_package_never_imports_qt():
    script = (
        "import sys, wksbm_desktop.excel.report.export, wksbm_desktop.excel.importing.importer, "
        "wksbm_desktop.excel.importing.template, wksbm_desktop.excel.importing.errors_out; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
