"""A pg_dump archive holding anything but WKSBM's tables is refused before pg_restore runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.engines import PgServer
from wksbm_desktop.cli import main
from wksbm_desktop.core.storage import pg_backup
from wksbm_desktop.core.storage.db import open_database

KELURAHAN = "36.71.05.1008"
WIPE_AUDIT = (
    "CREATE FUNCTION hapus_jejak() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN DELETE FROM audit_entries; RETURN NULL; END $$",
    "CREATE TRIGGER hapus_jejak AFTER INSERT ON audit_entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION hapus_jejak()",
)
pytestmark = pytest.mark.skipif(
    pg_backup.find_tool("pg_dump") is None, reason="pg_dump is not installed"
)


@pytest.fixture
def server_db(pg_server: PgServer) -> str:
    url = pg_server.create()
    assert main(["--db", url, "init", "--kelurahan", KELURAHAN]) == 0
    yield url
    pg_server.drop(url)


def _execute(url: str, *statements: str) -> None:
    database = open_database(url)
    try:
        with database.session() as session:
            for statement in statements:
                session.execute(text(statement))
    finally:
        database.dispose()


def _audit_count(url: str) -> int:
    database = open_database(url)
    try:
        with database.read_session() as session:
            return int(session.execute(text("SELECT COUNT(*) FROM audit_entries")).scalar_one())
    finally:
        database.dispose()


def test_a_dump_with_a_trigger_and_function_is_refused(
    server_db: str, pg_server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = pg_server.create()
    try:
        assert main(["--db", other, "init", "--kelurahan", KELURAHAN]) == 0
        _execute(other, *WIPE_AUDIT, "CREATE VIEW ringkas AS SELECT 1 AS x")
        dump = tmp_path / "jahat.dump"
        assert main(["--db", other, "backup", "--out", str(dump)]) == 0
    finally:
        pg_server.drop(other)
    before = _audit_count(server_db)
    capsys.readouterr()
    assert main(["--db", server_db, "restore", str(dump)]) == 1
    err = capsys.readouterr().err
    assert "TRIGGER" in err and "FUNCTION" in err and "VIEW" in err and "Traceback" not in err
    assert _audit_count(server_db) == before
    assert main(["--db", server_db, "check"]) == 0, "the server was not changed"


def test_a_clean_dump_still_restores(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "bersih.dump"
    assert main(["--db", server_db, "backup", "--out", str(dump)]) == 0
    assert main(["--db", server_db, "restore", str(dump)]) == 0


def test_check_names_triggers_and_views_on_the_server(
    server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _execute(server_db, *WIPE_AUDIT, "CREATE VIEW ringkas AS SELECT 1 AS x")
    capsys.readouterr()
    assert main(["--db", server_db, "check"]) == 1
    out = capsys.readouterr().out
    assert "audit_entries.hapus_jejak" in out and "ringkas" in out
