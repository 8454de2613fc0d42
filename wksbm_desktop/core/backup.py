"""Verified copies of a SQLite database, taken with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from wksbm_desktop.core.errors import DatabaseProblem

BACKUP_DIR_NAME = "cadangan"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_path_for(db_path: Path, label: str) -> Path:
    return backup_dir_for(db_path) / f"{db_path.stem}-{label}.db"


def verified_copy(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently, check it, flush it, then rename into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    _online_backup(source, partial)
    problem = integrity_problem(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem("backup.copy_damaged", path=str(target), detail=problem)
    _fsync(partial)
    os.replace(partial, target)
    _fsync_dir(target.parent)
    return target


def _online_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # The copy must be a self-contained file, not a WAL pair.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """None when SQLite finds the file healthy, else its first complaint."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5])


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Directories cannot be opened for fsync on Windows; the rename is durable enough there.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
