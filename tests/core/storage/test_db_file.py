"""The database file itself: odd folder names, another program's file, cut-short files, modes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage import backup, health
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.core.storage.restore import restore, validate_backup_file

pytestmark = pytest.mark.sqlite_only("database files")

# Characters that are legal in Windows folder and user names but special in a SQLite URI.
ODD_NAMES = ["kantor #1", "data %41 100%", "apa?ini", "dua kata"]


def _filled(path: Path, make, members: int = 3) -> Path:
    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code="36.71.05.1008"))
        for serial in range(1, members + 1):
            create_member(session, make.member(serial))
    database.dispose()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


# --- 13.11: '#', '%', '?' and spaces in folder names ----------------------------------------


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_database_in_an_odd_folder_opens_there_and_nowhere_else(tmp_path: Path, make, name):
    folder = tmp_path / name
    path = _filled(folder / "wksbm.db", make)
    # Everything written lies inside that folder: '?' used to open a file "apa" beside it.
    assert {p.parent for p in _files_under(tmp_path)} == {folder}
    database = open_database(path)
    try:
        with database.read_session() as session:
            assert session.scalar(sqlite_count("members")) == 3
    finally:
        database.dispose()


def sqlite_count(table: str):
    from sqlalchemy import text

    return text(f"SELECT count(*) FROM {table}")


@pytest.mark.parametrize("name", ODD_NAMES)
def test_backup_from_an_odd_folder_holds_the_data(tmp_path: Path, make, name):
    path = _filled(tmp_path / name / "wksbm.db", make)
    info = backup.backup_now(path, "manual")
    # The bug: a 4 KB empty database, reported as a good backup.
    assert info.counts == {"groups": 0, "members": 3, "activities": 0}
    assert backup.integrity_problem(info.path) is None
    assert backup.read_counts(info.path) == backup.read_counts(path)


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_good_backup_in_an_odd_folder_is_restored(tmp_path: Path, make, name):
    source = _filled(tmp_path / name / "lama.db", make, members=2)
    target = _filled(tmp_path / "kantor" / "wksbm.db", make, members=5)
    assert validate_backup_file(source)
    result = restore(target, source)
    assert result.restored_from == source.resolve()
    assert backup.read_counts(target) == {"groups": 0, "members": 2, "activities": 0}


@pytest.mark.parametrize("name", ODD_NAMES)
def test_health_checks_of_a_file_in_an_odd_folder(tmp_path: Path, make, name):
    path = _filled(tmp_path / name / "wksbm.db", make)
    assert backup.integrity_problem(path) is None
    assert health.check_on_open(path, full=True).ok
    assert health.QuickCheck(path).run() is None
    # A damaged file there is called damaged (not "healthy" because some other file was read).
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 100 : offset + 400] = b"\xde\xad" * 150
    path.write_bytes(bytes(data))
    assert backup.integrity_problem(path) is not None
    assert health.QuickCheck(path).run()


# --- 13.12: another application's SQLite file ------------------------------------------------


@pytest.fixture
def foreign_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "resep.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE resep (nama TEXT, bahan TEXT)")
    connection.execute("INSERT INTO resep VALUES ('nasi uduk', 'beras, santan')")
    connection.commit()
    connection.close()
    yield path


def test_another_applications_file_is_refused_and_left_byte_for_byte(foreign_file: Path):
    from wksbm_desktop.core.storage.db_file import FileKind, inspect_file

    before = _digest(foreign_file)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(foreign_file)
    assert "aplikasi lain" in caught.value.message and "tidak diubah" in caught.value.message
    assert _digest(foreign_file) == before  # no WAL switch, no table, nothing
    assert not foreign_file.with_name(foreign_file.name + "-wal").exists()
    assert inspect_file(foreign_file).kind is FileKind.FOREIGN


def test_our_own_file_is_recognised(database: Database, db_path: Path):
    from wksbm_desktop.core.storage.db_file import FileKind, inspect_file

    assert inspect_file(db_path).kind is FileKind.OURS


# --- 13.14 (part): a cut-short database ----------------------------------------------------------


def test_a_truncated_database_gets_a_plain_message_not_sqlalchemy_text(tmp_path: Path, make):
    from wksbm_desktop.core.storage.db_file import require_healthy_file

    path = _filled(tmp_path / "wksbm.db", make, members=40)
    backup.backup_now(path, "otomatis")
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    for attempt in (lambda: open_database(path), lambda: require_healthy_file(path)):
        with pytest.raises(DatabaseProblem) as caught:
            attempt()
        message = caught.value.message
        assert "rusak" in message and "restore" in message
        assert "sqlalche.me" not in message and "(sqlite3." not in message
        assert "Background on this error" not in message
    assert "terpotong" in message and "cadangan" in message


def _interrupted_checkpoint(folder: Path) -> tuple[Path, int]:
    """A file caught mid-checkpoint by a power cut: header and first pages new, tail missing.

    The write-ahead log beside it still holds every page, as it does after a real cut.
    """
    source = folder / "sumber.db"
    connection = sqlite3.connect(source, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE t (n INTEGER, teks TEXT)")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.executemany("INSERT INTO t VALUES (?, ?)", ((n, "x" * 200) for n in range(3000)))
    wal = Path(f"{source}-wal").read_bytes()  # every page, before any reaches the file
    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    checkpointed = source.read_bytes()
    connection.close()
    path = folder / "terputus.db"
    path.write_bytes(checkpointed[: len(checkpointed) * 2 // 3])
    Path(f"{path}-wal").write_bytes(wal)
    return path, 3000


def test_a_checkpoint_cut_short_by_a_power_failure_is_not_called_damaged(tmp_path: Path):
    from wksbm_desktop.core.storage.db_file import FileKind, inspect_file
    from wksbm_desktop.core.storage.sqlite_file import integrity_problem

    path, rows = _interrupted_checkpoint(tmp_path)
    assert inspect_file(path).kind is FileKind.FOREIGN  # healthy, just not ours
    without_log = tmp_path / "tanpa-log.db"
    without_log.write_bytes(path.read_bytes())
    assert inspect_file(without_log).kind is FileKind.DAMAGED  # no log: truly cut short
    assert integrity_problem(path, quick=True) is None
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM t").fetchone() == (rows,)
    connection.close()


def test_a_schema_with_garbled_text_is_damaged_not_a_crash(tmp_path: Path, make):
    from wksbm_desktop.core.storage.db_file import FileKind, inspect_file, require_healthy_file

    path = _filled(tmp_path / "wksbm.db", make)
    data = bytearray(path.read_bytes())
    sql_at = data.index(b"CREATE TABLE")
    data[sql_at + 13 : sql_at + 19] = b"\xde\xad" * 3  # a table name no longer UTF-8
    path.write_bytes(bytes(data))
    state = inspect_file(path)
    assert state.kind is FileKind.DAMAGED and state.detail
    with pytest.raises(DatabaseProblem) as caught:
        require_healthy_file(path)
    assert "rusak" in caught.value.message


def test_open_without_create_refuses_a_missing_file_and_creates_nothing(tmp_path: Path):
    path = tmp_path / "salah-ketik" / "wksbm.db"
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path, create=False)
    assert caught.value.key == "storage.db_missing"
    assert not path.parent.exists()


# --- 13.5: private from the start -------------------------------------------------------------

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common desktop umask (files 0644 unless the program asks otherwise)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_wal_and_backups_are_readable_by_the_owner_only(tmp_path: Path, make, usual_umask):
    folder = tmp_path / "baru" / "data"
    path = _filled(folder / "wksbm.db", make)
    database = open_database(path)
    try:
        with database.session() as session:
            create_member(session, make.member(9))
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and _mode(wal) == 0o600
    finally:
        database.dispose()
    assert _mode(path) == 0o600
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    info = backup.backup_now(path, "manual")
    assert _mode(info.path) == 0o600
    assert _mode(info.path.parent) == 0o700


@posix_only
def test_damaged_copies_are_private(tmp_path: Path, make, usual_umask):
    from wksbm_desktop.core.storage.restore import set_aside_damaged

    path = _filled(tmp_path / "wksbm.db", make)
    path.chmod(0o644)  # a file from an older version
    copy = set_aside_damaged(path)
    assert _mode(copy) == 0o600 and copy.read_bytes() == path.read_bytes()


@posix_only
def test_the_data_folder_and_logs_are_private(isolated_data_dir: Path, usual_umask):
    from wksbm_desktop.logs import log_file_path, setup_logging

    isolated_data_dir.chmod(0o755)  # as an older version left it
    assert setup_logging() == log_file_path()
    import logging

    logging.getLogger("wksbm_desktop.test").warning("satu baris")
    assert _mode(isolated_data_dir) == 0o700
    assert _mode(log_file_path().parent) == 0o700
    assert _mode(log_file_path()) == 0o600
