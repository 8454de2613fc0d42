"""Round trip: export with full NIK, import into a fresh database, same counts, same sheets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wksbm_desktop.cli import main
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.report.export import ExportOptions, export_report

from .conftest import TODAY


def data_sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every cell of every sheet except the Rekap and Rekap Program (date printed; summaries
    for people, not data) and _meta (generated-at)."""
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            name: list(workbook[name].iter_rows(values_only=True))
            for name in workbook.sheetnames
            if name not in ("Rekap", "Rekap Program", "_meta")
        }
    finally:
        workbook.close()


def stats(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return counts(session)


def test_round_trip_loses_nothing(demo_db: Database, fresh_db: Database, tmp_path: Path):
    first = export_report(
        demo_db, tmp_path / "first.xlsx", ExportOptions(full_nik=True, today=TODAY)
    ).path
    report = import_workbook(fresh_db, first)
    assert report.ok and report.written, [p.line() for p in report.problems]
    assert stats(fresh_db) == stats(demo_db)
    second = export_report(
        fresh_db, tmp_path / "second.xlsx", ExportOptions(full_nik=True, today=TODAY)
    ).path
    assert data_sheets(second) == data_sheets(first)
    again = import_workbook(fresh_db, first)
    assert again.ok and not again.created and not again.updated
    assert sum(again.unchanged.values()) > 0
    assert stats(fresh_db) == stats(demo_db)


@pytest.mark.slow
def test_round_trip_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source, target = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    first, second = str(tmp_path / "a.xlsx"), str(tmp_path / "b.xlsx")
    for db in (source, target):
        assert main(["--db", db, "init", "--kelurahan", "36.71.05.1008"]) == 0
    assert main(["--db", source, "demo", "--members", "300"]) == 0
    assert main(["--db", source, "export", "--out", first, "--full-nik"]) == 0
    assert main(["--db", target, "import", first]) == 0
    capsys.readouterr()
    figures = []
    for db in (source, target):
        assert main(["--db", db, "stats", "--json"]) == 0
        figures.append(json.loads(capsys.readouterr().out))
    assert figures[0] == figures[1] and figures[0]["members"] == 300
    assert figures[0]["aid"]["count"] > 0 and figures[0]["visits"]["count"] > 0
    assert main(["--db", target, "export", "--out", second, "--full-nik"]) == 0
    assert data_sheets(Path(second)) == data_sheets(Path(first))
    assert main(["--db", target, "import", first]) == 0
    assert "tidak ada data baru; 0 diperbarui" in capsys.readouterr().out
