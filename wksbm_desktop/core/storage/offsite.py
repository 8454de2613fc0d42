"""Copies of a verified backup outside this computer (a flashdisk), checked byte for byte."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.services.access import AccountHolder, requires
from wksbm_desktop.core.storage.backup import (
    REASON_MANUAL,
    BackupInfo,
    backup_dir_for,
    backup_now,
    integrity_problem,
    list_backups,
)
from wksbm_desktop.core.storage.health import check_location, cloud_service
from wksbm_desktop.paths import data_dir, open_private, write_private_text

RECORD_NAME = "salinan-luar.json"
REMIND_AFTER = timedelta(days=7)
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class OffsiteCopy:
    """A checked copy on the drive: where, of which backup, and its SHA-256."""

    path: Path
    source: BackupInfo
    checksum: str
    already_there: bool = False


@dataclass(frozen=True)
class OffsiteRecord:
    """The last copy made outside this computer (naive UTC), kept beside the backups."""

    copied_at: datetime
    path: str


def record_path(db_path: Path) -> Path:
    return backup_dir_for(Path(db_path)) / RECORD_NAME


def last_offsite_copy(db_path: Path) -> OffsiteRecord | None:
    """The last recorded outside copy, or None (never made, or the record is unreadable)."""
    try:
        data = json.loads(record_path(db_path).read_text(encoding="utf-8"))
        return OffsiteRecord(datetime.fromisoformat(data["copied_at"]), str(data["path"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def offsite_overdue(db_path: Path, now: datetime | None = None) -> timedelta | None:
    """How long the data has gone without an outside copy, once that is REMIND_AFTER or more.

    Counted from the last outside copy; before the first one, from the oldest backup kept (a
    new installation is not nagged on its first day). None when no reminder is due.
    """
    record = last_offsite_copy(db_path)
    if record is not None:
        since = record.copied_at
    else:
        backups = list_backups(db_path, with_counts=False)
        if not backups:
            return None
        since = backups[-1].taken_at
    age = (now or utcnow()) - since
    return age if age >= REMIND_AFTER else None


def check_destination(folder: Path | str, db_path: Path) -> Path:
    """The folder resolved, or a plain refusal: missing, on this PC's data folder, or shared."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise DatabaseProblem("storage.offsite.not_folder", path=str(path))
    resolved = path.resolve()
    db_folder = Path(db_path).resolve().parent
    inside = resolved == db_folder or any(
        resolved == own or own in resolved.parents
        for own in (backup_dir_for(db_folder / "x"), data_dir().expanduser().resolve())
    )
    if inside:
        raise DatabaseProblem("storage.offsite.inside_data", path=str(resolved))
    if check_location(resolved).refused or cloud_service(str(resolved)):
        raise DatabaseProblem("storage.offsite.shared", path=str(resolved))
    return resolved


def backup_to_copy(db_path: Path) -> BackupInfo:
    """The newest backup when nothing changed since it was taken; a fresh one otherwise."""
    db_path = Path(db_path)
    for backup in list_backups(db_path, with_counts=False):
        if _changed_after(db_path, backup.path):
            break
        if integrity_problem(backup.path) is None:
            return backup
    return backup_now(db_path, REASON_MANUAL)


def _changed_after(db_path: Path, backup: Path) -> bool:
    taken = backup.stat().st_mtime
    files = [db_path, db_path.with_name(db_path.name + "-wal")]
    return any(f.exists() and f.stat().st_mtime > taken for f in files)


@requires(Permission.BACKUP)
def copy_outside(
    db_path: Path,
    folder: Path | str,
    now: datetime | None = None,
    *,
    database: AccountHolder | None = None,
) -> OffsiteCopy:
    """Copy a verified backup into ``folder``, read it back, check it, and record the copy.

    The whole database leaves the PC: with ``database`` (the window's) the signed-in role must
    be one that makes backups; the command line checks ``--user`` before it gets here.
    """
    destination = check_destination(folder, db_path)
    source = backup_to_copy(Path(db_path))
    checksum = file_checksum(source.path)
    target = destination / source.path.name
    already = target.exists() and file_checksum(target) == checksum
    if not already:
        target = _free_name(target)
        _copy_file(source.path, target)
    _verify(target, checksum)
    copy = OffsiteCopy(target, source, checksum, already)
    _record(Path(db_path), copy, now or utcnow())
    return copy


def _free_name(target: Path) -> Path:
    candidate, counter = target, 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{counter}{target.suffix}")
        counter += 1
    return candidate


def _copy_file(source: Path, target: Path) -> None:
    """Write to ``.partial``, flush it to the drive, then rename: no half copy keeps the name."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        with source.open("rb") as reader, open_private(partial, "wb", encoding=None) as writer:
            while chunk := reader.read(_CHUNK):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            "storage.offsite.cannot_write", path=str(target), detail=error.strerror or str(error)
        ) from error


def _verify(target: Path, checksum: str) -> None:
    """Read the copy back from the drive: same bytes, and SQLite finds it healthy."""
    try:
        _drop_cached(target)
        found = file_checksum(target)
    except OSError as error:
        raise DatabaseProblem(
            "storage.offsite.cannot_write", path=str(target), detail=error.strerror or str(error)
        ) from error
    problem = "SHA-256 berbeda" if found != checksum else integrity_problem(target)
    if problem is not None:
        with contextlib.suppress(OSError):
            target.unlink()
        raise DatabaseProblem("storage.offsite.mismatch", path=str(target), detail=problem)


def _drop_cached(path: Path) -> None:
    # Where the system allows it, forget the cached pages so the check reads the drive itself.
    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _record(db_path: Path, copy: OffsiteCopy, when: datetime) -> None:
    data = {
        "copied_at": when.replace(microsecond=0).isoformat(),
        "path": str(copy.path),
        "source": copy.source.path.name,
        "sha256": copy.checksum,
    }
    write_private_text(record_path(db_path), json.dumps(data, indent=2) + "\n")
