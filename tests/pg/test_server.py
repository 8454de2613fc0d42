"""The server side on a real PostgreSQL: connection test, check, backup and restore by pg_dump."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from tests.engines import PgServer
from wksbm_desktop.cli import main
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.storage import pg_backup, server
from wksbm_desktop.core.storage.db import open_database

KELURAHAN = "36.71.05.1008"


@pytest.fixture
def server_db(pg_server: PgServer) -> str:
    url = pg_server.create()
    assert main(["--db", url, "init", "--kelurahan", KELURAHAN]) == 0
    assert main(["--db", url, "demo", "--members", "30", "--seed", "2"]) == 0
    yield url
    pg_server.drop(url)


def _elsewhere(url: str, database: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + database


def test_connection_report_names_each_situation(server_db: str, pg_server: PgServer) -> None:
    assert server.test_connection(server_db).status == "ok"
    assert "Terhubung" in server.test_connection(server_db).message
    empty = pg_server.create()
    try:
        assert server.test_connection(empty).status == "needs_init"
        assert server.test_connection(empty).ok, "the application creates the tables itself"
    finally:
        pg_server.drop(empty)
    missing = server.test_connection(_elsewhere(server_db, "belum_ada_xyz"))
    assert (missing.status, missing.ok) == ("no_database", False)
    assert "belum_ada_xyz belum ada" in missing.message
    foreign = server.test_connection(_elsewhere(server_db, "postgres"))
    assert foreign.status in ("needs_init", "foreign")  # the admin database may hold anything
    down = server.test_connection("postgresql+psycopg://x@127.0.0.1:1/wksbm", timeout=2)
    assert (down.status, down.ok) == ("unreachable", False)
    assert "tidak dapat dihubungi" in down.message and "Periksa" in down.message
    assert server.test_connection("bukan alamat").status == "not_url"


@pytest.mark.parametrize(
    ("state", "text_", "status"),
    [
        ("28P01", "", "bad_password"),
        (None, 'FATAL:  password authentication failed for user "x"', "bad_password"),
        (None, 'FATAL:  role "x" does not exist', "bad_password"),
        (None, 'FATAL:  database "wksbm" does not exist', "no_database"),
        (None, "no pg_hba.conf entry for host", "not_allowed"),
        (None, "Connection refused", "unreachable"),
    ],
)
def test_classify_login_failures(state: str | None, text_: str, status: str) -> None:
    class Failure(Exception):
        sqlstate = state

    error = SimpleNamespace(orig=Failure(text_))
    assert server.classify(error) == status  # type: ignore[arg-type]


def test_server_url_quotes_and_hides_nothing_it_should_not() -> None:
    url = server.server_url("db.local", "wksbm", "petugas", "p@ss:word/1")
    assert url == "postgresql+psycopg://petugas:p%40ss%3Aword%2F1@db.local:5432/wksbm"


def test_opening_an_unreachable_server_is_a_plain_problem() -> None:
    with pytest.raises(DatabaseProblem, match="tidak dapat dihubungi"):
        open_database("postgresql://x@127.0.0.1:1/wksbm")


def test_check_finds_broken_rules_on_the_server(
    server_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", server_db, "check"]) == 0
    database = open_database(server_db)
    with database.session() as session:
        session.execute(text("UPDATE members SET rt = '5' WHERE id = 1"))
        session.execute(text("DELETE FROM office"))
    database.dispose()
    capsys.readouterr()
    assert main(["--db", server_db, "check"]) == 1
    out = capsys.readouterr().out
    assert out.count("\n- ") == 2, out


@pytest.mark.skipif(pg_backup.find_tool("pg_dump") is None, reason="pg_dump is not installed")
def test_backup_and_restore_with_pg_dump(
    server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "kota.dump"
    assert main(["--db", server_db, "backup", "--out", str(dump)]) == 0
    assert dump.read_bytes().startswith(b"PGDMP")
    assert main(["--db", server_db, "backup", "--out", str(dump)]) == 1, "never overwrites"
    database = open_database(server_db)
    with database.session() as session:
        session.execute(text("DELETE FROM attendance"))
    database.dispose()
    capsys.readouterr()
    assert main(["--db", server_db, "restore", str(dump)]) == 0
    assert "dipulihkan" in capsys.readouterr().out
    database = open_database(server_db)
    with database.read_session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM attendance")).scalar() > 0
    database.dispose()


def test_without_pg_dump_backup_explains_what_to_use(
    server_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv(pg_backup.ENV_PG_BIN, str(tmp_path))  # an empty folder: no tools
    assert main(["--db", server_db, "backup"]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and "--format=custom" in err and "Traceback" not in err
    bogus = tmp_path / "bukan.dump"
    bogus.write_text("bukan cadangan")
    assert main(["--db", server_db, "restore", str(bogus)]) == 1
    assert "bukan cadangan pg_dump" in capsys.readouterr().err
