"""Two staff importing the same report workbook at once: the result equals one import."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from wksbm_desktop.cli import main
from wksbm_desktop.core.errors import ConflictError
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook

KELURAHAN = "36.71.05.1008"  # the office of the ``database`` fixture


@pytest.fixture
def report_workbook(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A report workbook exported from a SQLite demo database, and that database's counts."""
    source, out = str(tmp_path / "kelurahan.db"), tmp_path / "laporan.xlsx"
    assert main(["--db", source, "init", "--kelurahan", KELURAHAN]) == 0
    assert main(["--db", source, "demo", "--members", "60", "--seed", "4"]) == 0
    assert main(["--db", source, "export", "--out", str(out), "--full-nik",
                 "--from", "2000-01-01", "--to", "2100-12-31"]) == 0  # fmt: skip
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(source)
    with database.read_session() as session:
        expected = stats.counts(session)
    database.dispose()
    return out, expected


def test_two_imports_of_one_workbook_at_once_equal_one(
    database: Database, report_workbook: tuple[Path, dict[str, int]]
) -> None:
    path, expected = report_workbook
    start = threading.Barrier(2)
    outcomes: list[Any] = [None, None]

    def run(index: int) -> None:
        start.wait()
        try:
            outcomes[index] = import_workbook(database, path)
        except Exception as error:  # handed to the test thread to assert on
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    # The imports take turns: the second waits for the first, then finds every record present
    # and changes nothing. (Without the turns one of them would fail on the unique UUIDs.)
    failures = [o for o in outcomes if isinstance(o, Exception)]
    assert not failures, [f.message if isinstance(f, ConflictError) else f for f in failures]
    assert all(report.ok and report.written for report in outcomes), outcomes
    with database.read_session() as session:
        assert stats.counts(session) == expected
