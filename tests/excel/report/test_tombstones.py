"""Deletions travel: the hidden ``_hapus`` sheet of format 4 lists every removed record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tests.excel.conftest import make_nik
from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput
from wksbm_desktop.core.services.activities import archive_activity, create_activity
from wksbm_desktop.core.services.groups import (
    archive_group,
    create_group,
)
from wksbm_desktop.core.services.members import anonymise_member, archive_member, create_member
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.reading.report_reader import open_report
from wksbm_desktop.excel.reading.report_sources import open_report_fast
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import FORMAT_VERSION, REMOVED_SHEET


def _removals(database: Database) -> dict[str, str]:
    with database.session() as session:
        kept = create_group(session, GroupInput("Kelompok Tetap", "KUBE", "Ekonomi Produktif"))
        gone = create_group(session, GroupInput("Kelompok Bubar", "KUBE", "Ekonomi Produktif"))
        moved = create_member(
            session, MemberInput(make_nik("L", date(1980, 1, 2), 1), "Pindah", "L")
        )
        hidden = create_member(
            session, MemberInput(make_nik("P", date(1981, 3, 4), 2), "Rahasia", "P")
        )
        activity = create_activity(
            session,
            ActivityInput(
                kept.uuid, date(2026, 3, 2), "Rapat batal", "Rapat", "Sosial", "Swadaya/Iuran"
            ),
        )
        uuids = {
            "group": gone.uuid,
            "member": moved.uuid,
            "anonymised": hidden.uuid,
            "activity": activity.uuid,
        }
    with database.session() as session:
        archive_group(session, uuids["group"])
        archive_member(session, uuids["member"])
        anonymise_member(session, uuids["anonymised"])
        archive_activity(session, uuids["activity"])
    return uuids


def _tombstones(path: Path) -> set[tuple[str, str, str]]:
    with open_report(path) as reader:
        rows = [r.values for r in reader.removed()]
    return {(row["entity"], row["removal"], row["uuid"]) for row in rows}


def test_every_kind_of_removal_is_listed_in_the_hidden_sheet(
    office_db: Database, tmp_path: Path
) -> None:
    uuids = _removals(office_db)
    path = export_report(office_db, tmp_path / "laporan.xlsx").path
    assert _tombstones(path) == {
        ("groups", "archived", uuids["group"]),
        ("members", "archived", uuids["member"]),
        ("members", "anonymised", uuids["anonymised"]),
        ("activities", "archived", uuids["activity"]),
    }
    book = load_workbook(path, read_only=True)
    assert book[REMOVED_SHEET].sheet_state == "hidden"
    with open_report(path) as reader:
        assert reader.meta["format_version"] == str(FORMAT_VERSION) == "5"
        assert reader.meta[f"rows.{REMOVED_SHEET}"] == "4"


def test_a_period_report_still_carries_every_removal(office_db: Database, tmp_path: Path) -> None:
    uuids = _removals(office_db)
    options = ExportOptions(period=Period(date(2020, 1, 1), date(2020, 1, 31)))
    path = export_report(office_db, tmp_path / "januari.xlsx", options).path
    assert {uuid for _, _, uuid in _tombstones(path)} == set(uuids.values())


def test_the_fast_reader_reads_the_tombstones_too(office_db: Database, tmp_path: Path) -> None:
    uuids = _removals(office_db)
    path = export_report(office_db, tmp_path / "laporan.xlsx").path
    with open_report_fast(path) as reader:
        found = {r.values["uuid"] for r in reader.removed()}
    assert found == set(uuids.values())


def test_a_database_with_nothing_removed_writes_an_empty_sheet(
    office_db: Database, tmp_path: Path
) -> None:
    path = export_report(office_db, tmp_path / "laporan.xlsx").path
    assert _tombstones(path) == set()
