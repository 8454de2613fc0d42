"""What the report's words say: attendance versus participants, naik kelas, local stamps."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.excel.conftest import TODAY
from tests.excel.consolidate.test_consolidate import set_meta
from wksbm_desktop.core.models import Assessment, Group
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t


def _cells(path: Path) -> dict[str, tuple[int, int]]:
    sheet = load_workbook(path)["Rekap"]
    return {
        cell.value: (cell.row, cell.column)
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }


def test_attendance_and_reported_participants_are_both_shown(demo_db: Database, tmp_path: Path):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    report = read_report(path)
    sheet = load_workbook(path)["Rekap"]
    cells = _cells(path)
    attendance = len(report.sheets["attendance"])
    participants = sum(r.values["participants_count"] or 0 for r in report.sheets["activities"])
    assert attendance != participants  # guests are counted in the reported number only
    for label, expected in (
        (t("excel.rekap.sum_attendance"), attendance),
        (t("excel.rekap.sum_participants"), participants),
    ):
        row, column = cells[label]
        values = [c.value for c in sheet[row][column:] if c.value is not None]
        assert values[0] == expected, label
    assert "Peserta" not in cells  # the bare word that was read as attendance
    assert {t("excel.rekap.attendance"), t("excel.rekap.participants_reported")} <= set(cells)


def test_naik_kelas_heading_says_what_is_counted(demo_db: Database, tmp_path: Path):
    whole = _cells(export_report(demo_db, tmp_path / "a.xlsx", ExportOptions(today=TODAY)).path)
    assert "Kelompok naik kelas sejak penilaian pertama" in whole
    assert "Kelompok yang tingkat terakhirnya di atas penilaian pertama" in whole
    assert "Kelompok yang naik kelas dalam periode" not in whole
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    options = ExportOptions(period=period, today=TODAY)
    within = _cells(export_report(demo_db, tmp_path / "p.xlsx", options).path)
    assert "Kelompok yang naik kelas dalam periode" in within


@pytest.fixture
def jakarta_clock() -> Iterator[None]:
    """This computer's clock in Jakarta (WIB, UTC+7), as at a kelurahan office."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Jakarta")
        time.tzset()
        yield
    time.tzset()


def test_stamps_are_local_time_with_the_zone(
    jakarta_clock: None, demo_db: Database, fresh_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "r.xlsx", ExportOptions(full_nik=True)).path
    with demo_db.read_session() as session:
        stored = {
            g.uuid: g.updated_at.replace(microsecond=0) for g in session.scalars(select(Group))
        }
    sheet = load_workbook(path)["Kelompok"]
    headings = [c.value for c in sheet[1]]
    stamp, uuid = headings.index("Diperbarui"), headings.index("UUID")
    row = sheet[2]
    assert row[stamp].value == stored[row[uuid].value] + timedelta(hours=7)
    assert row[stamp].number_format.endswith('"WIB"')
    data = read_report(path)
    assert data.meta["utc_offset"] == "+07:00" and data.meta["format_version"] == "5"
    assert {r.values["uuid"]: r.values["updated_at"] for r in data.sheets["groups"]} == stored
    # Imported elsewhere, the stamps are the same instants: a second import changes nothing.
    assert import_workbook(fresh_db, path).ok
    with fresh_db.read_session() as session:
        imported = {g.uuid: g.updated_at for g in session.scalars(select(Group))}
        assert imported == stored
        assert session.scalars(select(Assessment)).first() is not None
    again = import_workbook(fresh_db, path)
    assert again.ok and not again.updated


def test_older_reports_keep_their_utc_stamps(
    jakarta_clock: None, demo_db: Database, tmp_path: Path
):
    path = export_report(demo_db, tmp_path / "r.xlsx").path
    older = set_meta(path, tmp_path / "v2.xlsx", format_version="2", utc_offset="")
    local = {r.values["uuid"]: r.values["updated_at"] for r in read_report(path).sheets["groups"]}
    as_written = read_report(older).sheets["groups"]
    # A version-2 file's stamps are UTC already: read as written, not shifted again.
    assert all(r.values["updated_at"] == local[r.values["uuid"]] + timedelta(hours=7)
               for r in as_written)  # fmt: skip


def test_cli_export_warns_about_an_empty_signature_and_still_exports(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from wksbm_desktop.cli import main

    assert main(["--db", db_target, "init", "--kelurahan", "36.71.05.1008"]) == 0
    capsys.readouterr()
    out = tmp_path / "laporan.xlsx"
    assert main(["--db", db_target, "export", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.is_file()
    assert "PERINGATAN" in captured.err and "nama Lurah dan NIP Lurah" in captured.err
    assert "PERINGATAN" not in captured.out
