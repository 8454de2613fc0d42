"""Verified copies of a SQLite database in the ``cadangan`` folder: take, list, thin, schedule."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage.sqlite_file import (
    UNREADABLE,
    connect_read_only,
    integrity_problem,
    unreadable_detail,
)
from wksbm_desktop.paths import create_private_file, ensure_private_dir

BACKUP_DIR_NAME = "cadangan"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
REASON_MANUAL = "manual"
REASON_AUTO = "otomatis"
# How the history names backups that are not a file in the cadangan folder, or not only.
REASON_OFFSITE = "flashdisk"  # a verified copy taken out of the PC (core/storage/offsite.py)
REASON_BEFORE_IMPORT = "sebelum-impor"
REASON_SERVER = "server"  # pg_dump of a server database
# Reasons of copies taken before an operation; backup_before() accepts the short names too.
BEFORE_REASONS = ("sebelum-impor", "sebelum-upgrade", "sebelum-pulih", "sebelum-gabung")
STARTUP_MAX_AGE = timedelta(days=1)
_STAMP = re.compile(r"(?<![0-9])(\d{8}-\d{6})(?![0-9])")

# Live-record counts read from a copy, so the restore list can show what each copy holds.
_COUNT_QUERIES = {
    "groups": "SELECT COUNT(*) FROM groups WHERE archived_at IS NULL",
    "members": "SELECT COUNT(*) FROM members WHERE archived_at IS NULL",
    "activities": "SELECT COUNT(*) FROM activities WHERE archived_at IS NULL",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when (naive UTC, from its name), why, size, and what it holds."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    counts: dict[str, int] | None = field(default=None, compare=False)

    @property
    def taken_at_local(self) -> datetime:
        return self.taken_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_path_for(db_path: Path, label: str) -> Path:
    return backup_dir_for(db_path) / f"{db_path.stem}-{label}.db"


def verified_copy(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` consistently, check it, flush it, then rename into place.

    The copy is readable by its owner only from the first byte (it holds personal data).
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    create_private_file(partial)
    try:
        _online_backup(source, partial)
    except UNREADABLE as error:
        partial.unlink(missing_ok=True)
        detail = unreadable_detail(error)
        raise DatabaseProblem("backup.copy_damaged", path=str(target), detail=detail) from error
    problem = integrity_problem(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem("backup.copy_damaged", path=str(target), detail=problem)
    _fsync(partial)
    os.replace(partial, target)
    _fsync_dir(target.parent)
    return target


def _online_backup(source: Path, target: Path) -> None:
    src = connect_read_only(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # The copy must be a self-contained file, not a WAL pair.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


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


# --- Taking and listing backups -------------------------------------------------------------


def normalise_reason(reason: str) -> str:
    """A short file-name-safe reason; "impor" becomes "sebelum-impor"."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", reason.strip().lower()).strip("-") or REASON_MANUAL
    if f"sebelum-{slug}" in BEFORE_REASONS:
        return f"sebelum-{slug}"
    return slug


def backup_now(
    db_path: Path, reason: str = REASON_MANUAL, now: datetime | None = None
) -> BackupInfo:
    """Take a verified copy into the ``cadangan`` folder, then thin the old ones."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DatabaseProblem("safety.backup.missing", path=str(db_path))
    taken_at = (now or utcnow()).replace(microsecond=0)
    target = _free_name(db_path, taken_at, normalise_reason(reason))
    verified_copy(db_path, target)
    thin_backups(db_path, now=taken_at)
    return describe(target, db_path)


def backup_before(db_path: Path, reason: str) -> BackupInfo | None:
    """The copy taken before an import, migration, restore or merge; None if no file yet."""
    if not Path(db_path).is_file():
        return None
    return backup_now(db_path, normalise_reason(reason))


def _free_name(db_path: Path, taken_at: datetime, reason: str) -> Path:
    stamp = taken_at.strftime(STAMP_FORMAT)
    target = backup_path_for(db_path, f"{stamp}-{reason}")
    counter = 2
    while target.exists() or target.with_name(target.name + ".partial").exists():
        target = backup_path_for(db_path, f"{stamp}-{reason}-{counter}")
        counter += 1
    return target


def parse_backup_name(db_path: Path, file: Path) -> tuple[datetime, str] | None:
    """(taken_at, reason) from a backup file name, or None if it is not one of ours."""
    prefix = f"{db_path.stem}-"
    if file.suffix != ".db" or not file.stem.startswith(prefix):
        return None
    rest = file.stem[len(prefix) :]
    match = _STAMP.search(rest)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None
    # Ours read "STAMP-reason"; pre-upgrade copies read "sebelum-upgrade-REV-STAMP".
    reason = (rest[: match.start()] + rest[match.end() :]).strip("-")
    reason = re.sub(r"-\d+$", "", reason) if rest.startswith(match.group(1)) else reason
    return taken_at, _reason_family(reason)


def _reason_family(reason: str) -> str:
    for known in BEFORE_REASONS:
        if reason.startswith(known):
            return known
    return reason or REASON_MANUAL


def describe(file: Path, db_path: Path) -> BackupInfo:
    """A BackupInfo for any database copy, with record counts read from it."""
    stat = file.stat()
    parsed = parse_backup_name(db_path, file)
    if parsed is None:
        # A copy written elsewhere (``wksbm backup --out``): its clock is the file's.
        taken = datetime.fromtimestamp(stat.st_mtime, UTC).replace(tzinfo=None, microsecond=0)
        parsed = (taken, REASON_MANUAL)
    return BackupInfo(file, parsed[0], parsed[1], stat.st_size, read_counts(file))


def read_counts(file: Path) -> dict[str, int] | None:
    """Live groups, members and activities in a database file; None if it cannot be read."""
    try:
        connection = connect_read_only(file)
        try:
            return {k: int(connection.execute(q).fetchone()[0]) for k, q in _COUNT_QUERIES.items()}
        finally:
            connection.close()
    except UNREADABLE:
        return None


def list_backups(db_path: Path, with_counts: bool = True) -> list[BackupInfo]:
    """Backups of ``db_path`` in its ``cadangan`` folder, newest first."""
    folder = backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob("*.db"):
        parsed = parse_backup_name(Path(db_path), file)
        if parsed is None:
            continue
        counts = read_counts(file) if with_counts else None
        with contextlib.suppress(FileNotFoundError):
            found.append(BackupInfo(file, parsed[0], parsed[1], file.stat().st_size, counts))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check."""
    for backup in list_backups(db_path):
        if integrity_problem(backup.path, quick=True) is None:
            return backup
    return None


def latest_backup_age(db_path: Path, now: datetime | None = None) -> timedelta | None:
    backups = list_backups(db_path, with_counts=False)
    if not backups:
        return None
    return (now or utcnow()) - backups[0].taken_at


def needs_startup_backup(db_path: Path, now: datetime | None = None) -> bool:
    """True when the database exists and its newest backup is missing or older than a day."""
    if not Path(db_path).is_file():
        return False
    age = latest_backup_age(db_path, now)
    return age is None or age >= STARTUP_MAX_AGE


# --- Thinning -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThinningRules:
    """How many of each kind to keep; recent and protected copies are never thinned."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    keep_recent: timedelta = timedelta(hours=24)
    protected_reasons: tuple[str, ...] = ("sebelum-upgrade", "sebelum-pulih")
    protected_for: timedelta = timedelta(days=30)


def plan_thinning(
    backups: Iterable[BackupInfo], now: datetime, rules: ThinningRules | None = None
) -> list[BackupInfo]:
    """The backups to delete: all but the newest per day, ISO week and month (within limits)."""
    rules = rules or ThinningRules()
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    if not ordered:
        return []
    keep = {ordered[0].path}
    for bucket, limit in (
        (lambda d: d.date(), rules.daily),
        (lambda d: d.isocalendar()[:2], rules.weekly),
        (lambda d: (d.year, d.month), rules.monthly),
    ):
        keep |= _newest_per_bucket(ordered, bucket, limit)
    for backup in ordered:
        age = now - backup.taken_at
        protected = backup.reason in rules.protected_reasons and age < rules.protected_for
        if age < rules.keep_recent or protected:
            keep.add(backup.path)
    return [backup for backup in ordered if backup.path not in keep]


def _newest_per_bucket(
    ordered: list[BackupInfo], bucket: Callable[[datetime], Hashable], limit: int
) -> set[Path]:
    kept: dict[Hashable, Path] = {}
    for backup in ordered:
        key = bucket(backup.taken_at)
        if key not in kept:
            if len(kept) >= limit:
                break
            kept[key] = backup.path
    return set(kept.values())


def thin_backups(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups that plan_thinning selects; returns what was deleted."""
    doomed = plan_thinning(list_backups(db_path, with_counts=False), now or utcnow())
    deleted = []
    for backup in doomed:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


# --- Scheduling while running ---------------------------------------------------------------


@dataclass
class BackupPolicy:
    """Qt-free timer logic: a backup is due once changes exist and ``interval`` has passed.

    The GUI calls ``note_change()`` after each committed action, asks ``due()`` from a timer
    and ``mark_backed_up()`` once its backup is written; the policy never starts threads or
    timers.
    """

    db_path: Path
    interval: timedelta = timedelta(minutes=30)
    last_backup_at: datetime = field(default_factory=utcnow)
    changed_since_backup: bool = False

    def note_change(self) -> None:
        self.changed_since_backup = True

    def due(self, now: datetime | None = None) -> bool:
        now = now or utcnow()
        return self.changed_since_backup and now - self.last_backup_at >= self.interval

    def mark_backed_up(self, now: datetime | None = None) -> None:
        self.last_backup_at = now or utcnow()
        self.changed_since_backup = False
