"""What a database file is before anything writes to it: missing, empty, ours, foreign, damaged."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wksbm_desktop.core.storage.sqlite_file import (
    UNREADABLE,
    connect_read_only,
    integrity_problem,
    unreadable_detail,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every revision of our schema has; another program's file lacks most of them.
OUR_TABLES = frozenset({"alembic_version", "office", "members", "groups", "activities"})


class FileKind(Enum):
    MISSING = "missing"  # no file at all
    EMPTY = "empty"  # 0 bytes, or a SQLite file without a single table
    NOT_SQLITE = "not_sqlite"  # some other kind of file
    DAMAGED = "damaged"  # SQLite, but cut short or unreadable
    FOREIGN = "foreign"  # a healthy SQLite file of another application
    OURS = "ours"


@dataclass(frozen=True)
class FileState:
    """The kind of file found at a path; ``detail`` says what is wrong with a damaged one."""

    kind: FileKind
    detail: str = ""


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` without writing a byte: its header, its length and its table names."""
    path = Path(path)
    if not path.exists():
        return FileState(FileKind.MISSING)
    if path.is_dir():
        return FileState(FileKind.NOT_SQLITE, "folder")
    size = path.stat().st_size
    if size == 0:
        return FileState(FileKind.EMPTY)
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[:16] != SQLITE_HEADER:
        return FileState(FileKind.NOT_SQLITE)
    short = "" if _has_pending_wal(path) else _cut_short(header, size)
    if short:
        return FileState(FileKind.DAMAGED, short)
    try:
        tables = _table_names(path)
    except UNREADABLE as error:
        return FileState(FileKind.DAMAGED, unreadable_detail(error))
    if not tables:
        return FileState(FileKind.EMPTY)
    return FileState(FileKind.OURS if tables >= OUR_TABLES else FileKind.FOREIGN)


def _has_pending_wal(path: Path) -> bool:
    """True when a write-ahead log with content lies beside ``path``.

    A checkpoint copies the log into the file in page order: page 1 (with the new page count)
    first, the last page last. A power cut in between leaves a file shorter than its header
    says, which is not damage: the log still holds every page and SQLite replays it on the next
    open. The health check after opening judges such a file instead.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _cut_short(header: bytes, size: int) -> str:
    """A reason when the file is shorter than its own header says (a truncated copy)."""
    if len(header) < 100:
        return "berkas terpotong"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by SQLite 3.7.0+ (both counters agree).
    if pages == 0 or header[24:28] != header[92:96]:
        return ""
    expected = pages * page_size
    if size < expected:
        return f"berkas terpotong: {size:,} dari {expected:,} byte".replace(",", ".")
    return ""


def _table_names(path: Path) -> set[str]:
    connection = connect_read_only(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        connection.close()
    return {str(row[0]) for row in rows}


def require_healthy_file(path: Path, *, allow_missing: bool = False, full: bool = False) -> None:
    """Raise a plain DatabaseProblem unless ``path`` is a healthy WKSBM database file.

    ``allow_missing`` lets ``init`` create one; ``full`` runs integrity_check instead of
    quick_check. Nothing is written to the file, whatever it turns out to be.
    """
    from wksbm_desktop.core.errors import DatabaseProblem

    path = Path(path)
    if path.is_dir():
        raise DatabaseProblem("db.is_directory", path=str(path))
    state = inspect_file(path)
    if state.kind in (FileKind.MISSING, FileKind.EMPTY):
        if allow_missing:
            return
        raise DatabaseProblem("storage.db_missing", path=str(path))
    if state.kind is FileKind.NOT_SQLITE:
        raise DatabaseProblem("db.not_a_database", path=str(path))
    if state.kind is FileKind.FOREIGN:
        raise DatabaseProblem("storage.db_foreign", path=str(path))
    detail = state.detail if state.kind is FileKind.DAMAGED else _check(path, full)
    if detail:
        raise damaged_problem(path, detail)


def _check(path: Path, full: bool) -> str | None:
    return integrity_problem(path, quick=not full)


def damaged_problem(path: Path, detail: str) -> Exception:
    """The plain message for a damaged file: what happened, and the backup to restore."""
    from wksbm_desktop.core.errors import DatabaseProblem
    from wksbm_desktop.core.storage.backup import newest_good_backup

    detail = short_detail(detail)
    backup = newest_good_backup(path)
    if backup is None:
        return DatabaseProblem("storage.db_damaged", path=str(path), detail=detail)
    when = backup.taken_at_local.strftime("%d-%m-%Y %H:%M")
    return DatabaseProblem(
        "storage.db_damaged_backup", path=str(path), detail=detail, backup=str(backup.path),
        when=when,
    )  # fmt: skip


def short_detail(detail: str, items: int = 2) -> str:
    """SQLite's complaint on one line: its first findings, without the report's banner."""
    lines = [line.strip() for line in detail.replace("; ", "\n").splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    text = "; ".join(found[:items])
    return text + ("; …" if len(found) > items else "")
