"""The command line gives the same results on SQLite and PostgreSQL for the same demo seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from wksbm_desktop.cli import main

pytestmark = pytest.mark.slow  # two full demo-export-import-consolidate runs

KELURAHAN = "36.71.05.1008"
PERIOD = ("--from", "2000-01-01", "--to", "2100-12-31")
DATA_SHEETS = ("Kelompok", "Anggota", "Kegiatan")


def _wksbm(capsys: pytest.CaptureFixture[str], target: str, *args: str) -> str:
    code = main(["--db", target, *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err + captured.out
    return captured.out


def _data_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The data sheets without UUIDs (random per database) and stamps (the seconds differ)."""
    workbook = load_workbook(path, read_only=True)
    sheets = {}
    for name in DATA_SHEETS:
        rows = [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
        header = next(i for i, row in enumerate(rows) if any("UUID" in str(c) for c in row))
        keep = [i for i, cell in enumerate(rows[header]) if not _varies(str(cell))]
        sheets[name] = [tuple(row[i] for i in keep) for row in rows[header:]]
    workbook.close()
    return sheets


def _varies(heading: str) -> bool:
    return "UUID" in heading or heading in ("Dibuat", "Diperbarui")


def test_init_demo_stats_export_import_consolidate_agree(
    both_targets: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stats, exports = {}, {}
    for engine, target in both_targets.items():
        assert "Poris Plawad" in _wksbm(capsys, target, "init", "--kelurahan", KELURAHAN)
        _wksbm(capsys, target, "demo", "--members", "80", "--seed", "5")
        stats[engine] = json.loads(_wksbm(capsys, target, "stats", "--json"))
        assert "sehat" in _wksbm(capsys, target, "check")
        exports[engine] = tmp_path / f"laporan-{engine}.xlsx"
        _wksbm(capsys, target, "export", "--out", str(exports[engine]), "--full-nik", *PERIOD)
    assert stats["sqlite"] == stats["postgresql"]
    assert stats["sqlite"]["members"] == 80
    assert _data_rows(exports["sqlite"]) == _data_rows(exports["postgresql"])
    # Each engine's report imported into the other's database again changes nothing.
    for engine, target in both_targets.items():
        other = exports["postgresql" if engine == "sqlite" else "sqlite"]
        _wksbm(capsys, target, "import", str(exports[engine]))
        assert json.loads(_wksbm(capsys, target, "stats", "--json")) == stats[engine]
        assert other.exists()
    cities = {}
    for engine, export in exports.items():
        cities[engine] = tmp_path / f"kota-{engine}.xlsx"
        _wksbm(capsys, both_targets[engine], "consolidate", "--out", str(cities[engine]),
               str(export))  # fmt: skip
    assert _sheet(cities["sqlite"], "Rekap Kota") == _sheet(cities["postgresql"], "Rekap Kota")


def _sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    workbook = load_workbook(path, read_only=True)
    # The printed-at line differs by seconds; every other cell must agree.
    rows = [tuple(r) for r in workbook[name].iter_rows(values_only=True)
            if not any("Dicetak" in str(c) or "dibuat" in str(c).lower() for c in r)]  # fmt: skip
    workbook.close()
    return rows


PROGRAMME_KEYS = ("aid", "indicators", "visits")


def test_import_into_a_fresh_server_database_matches_sqlite(
    both_targets: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = both_targets["sqlite"]
    _wksbm(capsys, source, "init", "--kelurahan", KELURAHAN)
    _wksbm(capsys, source, "demo", "--members", "60", "--seed", "3")
    report = tmp_path / "laporan.xlsx"
    _wksbm(capsys, source, "export", "--out", str(report), "--full-nik", *PERIOD)
    server = both_targets["postgresql"]
    _wksbm(capsys, server, "init", "--kelurahan", KELURAHAN)
    _wksbm(capsys, server, "import", str(report))
    expected = json.loads(_wksbm(capsys, source, "stats", "--json"))
    assert json.loads(_wksbm(capsys, server, "stats", "--json")) == expected
    # The report carries the programme (format 5): its figures arrived too.
    assert all(expected[key] for key in PROGRAMME_KEYS)
