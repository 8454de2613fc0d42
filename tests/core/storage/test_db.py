"""Opening the database: connection settings, creation at head, refusals and sessions."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from wksbm_desktop.core.errors import DatabaseProblem, ValidationFailed, WksbmError
from wksbm_desktop.core.models import Group, ReferenceItem
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import (
    BUSY_TIMEOUT_MS,
    HEAD_REVISION,
    Database,
    open_database,
    read_revision,
)

INDONESIAN_WORDS = ("database", "berkas", "bukan", "versi", "folder", "aplikasi")


def _assert_indonesian(message: str) -> None:
    assert any(word in message.lower() for word in INDONESIAN_WORDS), message
    assert "Traceback" not in message


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_pragmas_hold_on_every_pooled_connection(database: Database) -> None:
    connections = [database.engine.connect() for _ in range(4)]
    try:
        ids = set()
        for connection in connections:
            ids.add(id(connection.connection.dbapi_connection))
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert len(ids) == 4, "each checkout held at once must be a distinct DBAPI connection"
    finally:
        for connection in connections:
            connection.close()


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_pragmas_hold_on_connections_returned_to_the_pool(database: Database) -> None:
    for _ in range(3):
        with database.session() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO memberships (uuid, member_id, group_id, role, started_on, "
                "created_at, updated_at) VALUES ('x', 999, 999, 'anggota', '2024-01-01', "
                "'2024-01-01', '2024-01-01')"
            )
        )


def test_new_database_is_created_at_head_with_reference_lists(tmp_path: Path) -> None:
    path = tmp_path / "baru" / "data.db"
    database = open_database(path)
    try:
        assert path.exists()
        assert read_revision(database.engine) == HEAD_REVISION
        with database.read_session() as session:
            kinds = dict(
                session.execute(
                    select(ReferenceItem.kind, func.count()).group_by(ReferenceItem.kind)
                ).all()
            )
        assert kinds["group_type"] == 13
        assert kinds["sector"] == 9
        assert kinds["activity_type"] == 8
        assert kinds["funding_source"] == 6
    finally:
        database.dispose()
    assert not (tmp_path / "baru" / "cadangan").exists(), "a new database needs no backup"


def test_head_revision_constant_matches_alembic() -> None:
    assert migrate.head_revision() == HEAD_REVISION


def test_reopening_keeps_data(db_path: Path, database: Database, make: Any) -> None:
    with database.session() as session:
        create_group(session, make.group("Bank Sampah Berseri"))
    database.dispose()
    again = open_database(db_path)
    try:
        with again.read_session() as session:
            assert session.scalars(select(Group.name)).all() == ["Bank Sampah Berseri"]
    finally:
        again.dispose()


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    open_database(db_path).dispose()
    script = (
        "import sys, json\n"
        "from wksbm_desktop.core.storage.db import open_database\n"
        f"db = open_database({str(db_path)!r})\n"
        "with db.read_session() as s: pass\n"
        "db.dispose()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('alembic', 'PySide6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == []


def test_session_rolls_back_everything_on_error(database: Database, make: Any) -> None:
    with pytest.raises(ValidationFailed), database.session() as session:
        create_group(session, make.group("Tidak Boleh Tersimpan"))
        create_member(session, make.member(1, nik="123"))
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Group)) == 0


def test_read_session_never_commits(database: Database, make: Any) -> None:
    with database.read_session() as session:
        create_group(session, make.group("Hanya Dibaca"))
        session.flush()
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Group)) == 0


def test_session_records_the_operator(database: Database) -> None:
    with database.session(operator="Siti") as session:
        assert session.info["operator"] == "Siti"
    with database.session() as session:
        assert session.info["operator"] == database.operator


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "catatan.db"
    path.write_text("Ini bukan database, hanya teks biasa yang cukup panjang.")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    _assert_indonesian(caught.value.message)
    assert str(path) in caught.value.message
    assert path.read_text().startswith("Ini bukan database"), "the file must not be touched"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WksbmError) as caught:
        open_database(tmp_path)
    assert isinstance(caught.value, DatabaseProblem)
    _assert_indonesian(caught.value.message)


def _database_at_revision(db_path: Path, revision: str) -> None:
    """A new database file that says it is at ``revision`` (newer or older than ours)."""
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    _database_at_revision(db_path, "zzzz")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(db_path)
    assert caught.value.key == "db.too_new"
    _assert_indonesian(caught.value.message)
    assert "zzzz" in caught.value.message
    assert not (db_path.parent / "cadangan").exists(), "nothing is backed up or upgraded"
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("zzzz",)
        ]
    connection.close()


def test_a_newer_database_is_called_newer_even_without_migrating(db_path: Path) -> None:
    _database_at_revision(db_path, "zzzz")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(db_path, migrate=False)
    assert caught.value.key == "db.too_new"


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE resep (nama TEXT)")
    connection.close()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert caught.value.key == "storage.db_foreign"
    _assert_indonesian(caught.value.message)


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.touch()
    database = open_database(path)
    try:
        assert read_revision(database.engine) == HEAD_REVISION
    finally:
        database.dispose()


def test_writes_wait_for_the_start_up_check_and_never_follow_a_failed_one(
    db_path: Path, make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wksbm_desktop.core.storage import db
    from wksbm_desktop.core.storage.db import WriteHold

    monkeypatch.setattr(db, "WRITE_WAIT_S", 0.05)
    open_database(db_path).dispose()
    hold = WriteHold()
    database = open_database(db_path, write_hold=hold)
    try:
        with database.read_session() as session:  # reading never waits
            assert session.execute(text("SELECT 1")).scalar() == 1
        with pytest.raises(DatabaseProblem) as waited, database.session() as session:
            create_member(session, make.member(1))
        assert "masih diperiksa" in waited.value.message
        hold.release()
        with database.session() as session:
            create_member(session, make.member(1))
        with database.read_session() as session:
            assert session.execute(text("SELECT count(*) FROM members")).scalar() == 1
        broken = WriteHold()
        broken.refuse("row 3 missing from index")
        database.write_hold = broken
        with pytest.raises(DatabaseProblem) as refused, database.session() as session:
            create_member(session, make.member(2))
        assert "rusak" in refused.value.message
    finally:
        database.dispose()


def test_opening_under_a_held_check_writes_nothing(db_path: Path) -> None:
    from wksbm_desktop.core.storage.db import WriteHold

    _database_at_revision(db_path, "0002_older")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem):
        open_database(db_path, write_hold=WriteHold())  # the upgrade waits for the check
    assert db_path.read_bytes() == before
