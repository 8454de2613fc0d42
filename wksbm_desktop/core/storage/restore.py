"""Restoring the database from a backup: refuse unhealthy files, keep the current state, swap."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.storage.backup import (
    STAMP_FORMAT,
    backup_before,
    integrity_problem,
    verified_copy,
)
from wksbm_desktop.core.storage.db import HEAD_REVISION, Database, open_database
from wksbm_desktop.core.storage.db_file import connect_read_only
from wksbm_desktop.core.storage.sqlite_file import UNREADABLE
from wksbm_desktop.paths import create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = ("alembic_version", "office", "members", "groups", "audit_entries")
DAMAGED_PREFIX = "wksbm-rusak"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the data came from and where the previous state was kept."""

    restored_from: Path
    safety_backup: Path | None
    damaged_copy: Path | None


def validate_backup_file(path: Path) -> str:
    """The schema revision of a healthy WKSBM database file; DatabaseProblem otherwise."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem("safety.restore.missing", path=str(path))
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseProblem("safety.restore.not_sqlite", path=str(path))
    problem = integrity_problem(path)
    if problem is not None:
        raise DatabaseProblem("safety.restore.damaged", path=str(path), detail=problem)
    revision = _read_revision(path)
    if revision != HEAD_REVISION and not _is_known_revision(revision):
        raise DatabaseProblem("safety.restore.too_new", path=str(path), revision=revision)
    _check_schema(path, revision)
    return revision


def _check_schema(path: Path, revision: str) -> None:
    """Refuse a file whose tables, columns, indexes, triggers or views are not those a database
    at its revision has: a trigger could erase the audit trail, a view could stand for a table.
    Checked before anything is replaced."""
    from wksbm_desktop.core.storage.schema_check import file_differences

    found = file_differences(path, revision)
    if found:
        details = "; ".join(difference.message for difference in found)
        raise DatabaseProblem("safety.restore.schema", path=str(path), details=details)


def _read_revision(path: Path) -> str:
    connection = connect_read_only(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not set(REQUIRED_TABLES) <= tables:
            raise DatabaseProblem("safety.restore.foreign", path=str(path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    if row is None:
        raise DatabaseProblem("safety.restore.foreign", path=str(path))
    return str(row[0])


def _is_known_revision(revision: str) -> bool:
    from wksbm_desktop.core.storage.migrate import is_known_revision

    return is_known_revision(revision)


@requires(Permission.RESTORE)
def restore(
    db_path: Path, backup_file: Path, database: Database | None = None, operator: str = ""
) -> RestoreResult:
    """Replace ``db_path`` by ``backup_file`` after checking it and backing up the current state.

    ``database`` (the open database, if any) is disposed first: on Windows an open file cannot be
    replaced, and a pooled connection must never see the swapped file.
    """
    db_path, backup_file = Path(db_path).resolve(), Path(backup_file).resolve()
    if backup_file == db_path:
        raise DatabaseProblem("safety.restore.same_file")
    validate_backup_file(backup_file)
    if database is not None:
        database.dispose()
    safety, damaged = _keep_current_state(db_path)
    _swap_in(db_path, backup_file)
    _audit_restore(db_path, backup_file, safety, operator)
    return RestoreResult(backup_file, safety, damaged)


def _keep_current_state(db_path: Path) -> tuple[Path | None, Path | None]:
    """A verified backup of the current file, or a raw copy when it is too damaged to back up."""
    if not db_path.exists():
        return None, None
    if integrity_problem(db_path, quick=True) is None:
        with contextlib.suppress(DatabaseProblem, sqlite3.DatabaseError):
            info = backup_before(db_path, "pulih")
            return (info.path if info else None), None
    return None, set_aside_damaged(db_path)


def set_aside_damaged(db_path: Path, now: datetime | None = None) -> Path:
    """Copy a damaged database (and its WAL) to ``wksbm-rusak-STAMP.db`` next to it, untouched."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    target = db_path.with_name(f"{DAMAGED_PREFIX}-{stamp}.db")
    counter = 2
    while target.exists():
        target = db_path.with_name(f"{DAMAGED_PREFIX}-{stamp}-{counter}.db")
        counter += 1
    _private_copy(db_path, target)
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            _private_copy(companion, target.with_name(target.name + suffix))
    return target


def _private_copy(source: Path, target: Path) -> None:
    """Bytes and times of ``source``; the mode is the owner's only (it holds personal data)."""
    create_private_file(target)
    shutil.copyfile(source, target)
    stat = source.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def _swap_in(db_path: Path, backup_file: Path) -> None:
    staged = db_path.with_name(db_path.name + ".restoring")
    verified_copy(backup_file, staged)
    _checkpoint(db_path)
    # A WAL left from the old file would be replayed onto the new one and corrupt it.
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)


def _checkpoint(db_path: Path) -> None:
    if not db_path.exists():
        return
    with contextlib.suppress(*UNREADABLE):
        connection = sqlite3.connect(db_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def _audit_restore(db_path: Path, backup_file: Path, safety: Path | None, operator: str) -> None:
    database = open_database(db_path, operator=operator)
    try:
        with database.session() as session:
            audit.record(session, "database", "", "restore", {
                "file": [None, backup_file.name],
                "safety_backup": [None, safety.name if safety else None],
            })  # fmt: skip
    finally:
        database.dispose()
