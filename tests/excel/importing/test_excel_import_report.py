"""Importing report workbooks: UUID matching, newer-wins updates, masked NIKs, wrong kelurahan."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.excel.conftest import OTHER_KELURAHAN, new_database
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.report.export import ExportOptions, export_report


def _edit_first_member(path: Path, new_name: str, newer: bool) -> str:
    """Rename the first resident in the Warga sheet and move its "Diperbarui" stamp."""
    workbook = load_workbook(path)
    sheet = workbook["Warga"]
    headers = [c.value for c in sheet[1]]
    name_col, stamp_col, uuid_col = (
        headers.index(h) + 1 for h in ("Nama Lengkap", "Diperbarui", "UUID")
    )
    sheet.cell(2, name_col).value = new_name
    stamp = sheet.cell(2, stamp_col).value
    sheet.cell(2, stamp_col).value = stamp + timedelta(days=1 if newer else -1)
    workbook.save(path)
    return str(sheet.cell(2, uuid_col).value)


def _name(database: Database, uuid: str) -> str:
    with database.read_session() as session:
        return session.scalars(select(Member.full_name).where(Member.uuid == uuid)).one()


@pytest.mark.parametrize("newer", [True, False])
def test_newer_rows_update_older_records_only(demo_db: Database, tmp_path: Path, newer: bool):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    uuid = _edit_first_member(path, "Nama Baru Sekali", newer)
    before = _name(demo_db, uuid)
    report = import_workbook(demo_db, path)
    assert report.ok
    assert report.updated.get("members", 0) == (1 if newer else 0)
    assert _name(demo_db, uuid) == ("Nama Baru Sekali" if newer else before)


def test_masked_workbook_cannot_create_members(
    demo_db: Database, fresh_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "samar.xlsx").path
    report = import_workbook(fresh_db, path)
    assert not report.ok and not report.written
    assert "disamarkan" in report.errors[0].message and "--full-nik" in report.errors[0].message
    assert report.errors[0].sheet == "Warga" and report.errors[0].column == "A (NIK)"
    with fresh_db.read_session() as session:
        assert counts(session)["groups"] == 0


def test_masked_workbook_updates_known_members_but_keeps_their_nik(
    demo_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "samar.xlsx").path
    uuid = _edit_first_member(path, "Nama Diperbarui", newer=True)
    with demo_db.read_session() as session:
        nik = session.scalars(select(Member.nik).where(Member.uuid == uuid)).one()
    report = import_workbook(demo_db, path)
    assert report.ok and report.updated["members"] == 1
    with demo_db.read_session() as session:
        member = session.scalars(select(Member).where(Member.uuid == uuid)).one()
        assert (member.full_name, member.nik) == ("Nama Diperbarui", nik)


def test_report_of_another_kelurahan_is_refused(demo_db: Database, tmp_path: Path):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    other = new_database(tmp_path / "lain.db", OTHER_KELURAHAN)
    try:
        with pytest.raises(WksbmError) as caught:
            import_workbook(other, path)
        assert "Poris Plawad" in caught.value.message
        with other.read_session() as session:
            assert counts(session)["members"] == 0
    finally:
        other.dispose()


def test_one_bad_row_rolls_back_the_whole_report(
    demo_db: Database, fresh_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    workbook = load_workbook(path)
    workbook["Kegiatan"]["A2"].value = datetime(1800, 1, 1)  # before 1900: a service rule
    workbook.save(path)
    report = import_workbook(fresh_db, path)
    assert [(e.sheet, e.row, e.column) for e in report.errors] == [("Kegiatan", 2, "A (Tanggal)")]
    with fresh_db.read_session() as session:
        assert counts(session)["members"] == 0


def test_cancel_rolls_back_and_progress_is_reported(
    demo_db: Database, fresh_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    with pytest.raises(WksbmError) as caught:
        import_workbook(fresh_db, path, cancelled=lambda: True)
    assert "Dibatalkan" in caught.value.message
    with fresh_db.read_session() as session:
        assert counts(session)["members"] == 0
    seen: list[tuple[int, int]] = []
    report = import_workbook(
        fresh_db, path, dry_run=True, progress=lambda d, t: seen.append((d, t))
    )
    assert report.ok and len(seen) > 1 and seen[-1][0] == seen[-1][1]
