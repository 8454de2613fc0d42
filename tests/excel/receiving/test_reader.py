"""Reading a report workbook into plain rows for the city: kept columns, UTC stamps, bad cells."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.excel.receiving.kit import PORIS, export, kelurahan_db
from wksbm_desktop.core.domain.local_time import local_offset
from wksbm_desktop.core.services import members as member_service
from wksbm_desktop.excel.reading.reader import WorkbookProblem
from wksbm_desktop.excel.receiving.reader import file_checksum, read_incoming


@pytest.fixture
def report(tmp_path: Path) -> Path:
    database = kelurahan_db(tmp_path / "poris.db", members=12)
    try:
        with database.session() as session:
            from sqlalchemy import select

            from wksbm_desktop.core.models import Member

            uuid = session.scalars(select(Member.uuid).order_by(Member.id)).first()
            member_service.archive_member(session, uuid)
        return export(database, tmp_path / "laporan.xlsx")
    finally:
        database.dispose()


def test_the_report_reads_into_rows_pairs_and_tombstones(report: Path) -> None:
    incoming = read_incoming(report)
    assert incoming.kelurahan_code == PORIS and incoming.whole_data
    assert incoming.checksum == file_checksum(report) and not incoming.nik_masked
    assert len(incoming.rows["members"]) == 11 and not incoming.refused
    member = incoming.rows["members"][0]
    assert {"uuid", "nik", "full_name", "_sheet", "_row"} <= member.keys()
    assert "group_name" not in incoming.rows["memberships"][0]  # derived: not read
    assert all(len(a) == 36 and len(m) == 36 for a, m in incoming.attendance)
    assert [(r["entity"], r["removal"]) for r in incoming.removed] == [("members", "archived")]
    # _meta states the local time of the export; the city keeps UTC.
    local = datetime.fromisoformat(incoming.generated_text)
    assert incoming.generated_at == local - local_offset()


def test_a_bad_cell_refuses_its_row_only(report: Path, tmp_path: Path) -> None:
    book = load_workbook(report)
    sheet = book["Warga"]
    heading = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=heading.index("JK") + 1, value="X")
    edited = tmp_path / "diubah.xlsx"
    book.save(edited)
    incoming = read_incoming(edited)
    [refusal] = incoming.refused
    assert (refusal.entity, refusal.sheet, refusal.row) == ("members", "Warga", 2)
    assert "JK" in refusal.reason and refusal.uuid in incoming.refused_uuids["members"]
    assert len(incoming.rows["members"]) == 10


def test_a_sheet_without_its_columns_refuses_the_file(report: Path, tmp_path: Path) -> None:
    book = load_workbook(report)
    book["Kelompok"].cell(row=1, column=1, value="Nama Lain")
    edited = tmp_path / "kolom.xlsx"
    book.save(edited)
    with pytest.raises(WorkbookProblem) as refused:
        read_incoming(edited)
    assert "Nama Kelompok" in refused.value.message


def test_calamine_rows_in_one_call_match_row_by_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from wksbm_desktop.excel.reading.fast_reader import calamine_rows
    from wksbm_desktop.excel.reading.report_sources import CalamineBook

    book = Workbook()
    book.active["C3"], book.active["D4"] = "x", 1
    book.save(tmp_path / "geser.xlsx")
    sheet = CalamineBook(tmp_path / "geser.xlsx")[book.active.title]
    by_row = [list(row) for row in calamine_rows(sheet._sheet)]
    assert [list(row) for row in sheet.all_rows() if row] == [r for r in by_row if any(r)]
    assert len(sheet.all_rows()) == len(by_row) == 4
