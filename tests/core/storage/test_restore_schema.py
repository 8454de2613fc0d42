"""Restore and check compare the schema itself (issue 13, point 10): triggers, views, tables..."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bounded_child import run_bounded
from wksbm_desktop.cli import main
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage import backup
from wksbm_desktop.core.storage.db import Database, make_engine, open_database
from wksbm_desktop.core.storage.migrate import upgrade_to
from wksbm_desktop.core.storage.restore import restore, validate_backup_file

KELURAHAN = "36.71.05.1008"
WIPE_AUDIT = """CREATE TRIGGER hapus_jejak AFTER INSERT ON audit_entries
    BEGIN DELETE FROM audit_entries; END"""


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Path]:
    """The office's live database (SQLite), with one audit entry."""
    path = tmp_path / "wksbm.db"
    database = open_database(path, operator="Siti")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=KELURAHAN, lurah_name="Lurah Uji"))
    database.dispose()
    yield path


def _audit_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM audit_entries").fetchone()[0])
    finally:
        connection.close()


def _tampered(live: Path, *statements: str) -> Path:
    """A verified backup of ``live``, then changed by hand as a hostile sender would."""
    copy = backup.backup_now(live, "manual").path
    connection = sqlite3.connect(copy)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return copy


def _refused(live: Path, backup_file: Path) -> str:
    before = live.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        restore(live, backup_file)
    assert live.read_bytes() == before, "the live database must not be touched"
    return caught.value.message


def test_a_trigger_that_erases_the_audit_trail_is_refused(live: Path):
    message = _refused(live, _tampered(live, WIPE_AUDIT))
    assert "hapus_jejak" in message and "pemicu" in message and "tidak dipulihkan" in message


def test_tables_replaced_by_views_are_refused_before_anything_changes(live: Path):
    hostile = _tampered(
        live,
        "ALTER TABLE audit_entries RENAME TO audit_lama",
        "CREATE VIEW audit_entries AS SELECT * FROM audit_lama",
    )
    message = _refused(live, hostile)
    assert "audit_entries berupa view" in message and "setengah" not in message
    assert _audit_count(live) >= 1


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("CREATE VIEW ringkas AS SELECT 1", "view yang bukan milik WKSBM: ringkas"),
        ("CREATE TABLE catatan_lain (x TEXT)", "tabel yang bukan milik WKSBM: catatan_lain"),
        ("ALTER TABLE members ADD COLUMN rahasia TEXT", "kolom yang berbeda di tabel members"),
        ("DROP INDEX ix_audit_entries_at", "indeks yang hilang: ix_audit_entries_at"),
        ("CREATE INDEX ix_lain ON members (phone)", "indeks yang bukan milik WKSBM"),
    ],
)
def test_other_schema_differences_are_named(live: Path, statement: str, words: str):
    assert words in _refused(live, _tampered(live, statement))


def test_an_untouched_backup_of_an_older_revision_is_accepted(tmp_path: Path):
    older = tmp_path / "lama.db"
    engine = make_engine(older)
    try:
        upgrade_to(engine, "0002_reference_seed")
    finally:
        engine.dispose()
    assert validate_backup_file(older) == "0002_reference_seed"
    connection = sqlite3.connect(older)
    connection.execute(WIPE_AUDIT)
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseProblem) as caught:
        validate_backup_file(older)
    assert "hapus_jejak" in caught.value.message


def test_cli_restore_refuses_with_exit_1(live: Path, capsys: pytest.CaptureFixture[str]):
    hostile = _tampered(live, WIPE_AUDIT)
    assert main(["--db", str(live), "restore", str(hostile)]) == 1
    err = capsys.readouterr().err
    assert "hapus_jejak" in err and "Traceback" not in err


def test_check_reports_unexpected_triggers_and_views(
    live: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["--db", str(live), "check"]) == 0
    connection = sqlite3.connect(live)
    connection.execute(WIPE_AUDIT)
    connection.execute("CREATE VIEW ringkas AS SELECT 1")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["--db", str(live), "check"]) == 1
    out = capsys.readouterr().out
    assert "pemicu (trigger)" in out and "hapus_jejak" in out
    assert "view" in out and "ringkas" in out


def test_check_is_quiet_on_a_healthy_database(live: Path, capsys: pytest.CaptureFixture[str]):
    database: Database = open_database(live)
    database.dispose()
    assert main(["--db", str(live), "check"]) == 0
    assert "sehat" in capsys.readouterr().out


_RESTORE = """
from wksbm_desktop.cli import main
start = time.monotonic()
code = main(["--db", sys.argv[1], "restore", sys.argv[2]])
report(code=code, seconds=time.monotonic() - start)
"""


@pytest.mark.slow
def test_hostile_backup_is_refused_in_a_bounded_child(live: Path):
    hostile = _tampered(live, WIPE_AUDIT, "CREATE VIEW ringkas AS SELECT 1")
    before = live.read_bytes()
    result = run_bounded(_RESTORE, str(live), str(hostile))
    assert result["code"] == 1 and live.read_bytes() == before
    assert result["seconds"] < 20 and result["peak_mb"] < 300
