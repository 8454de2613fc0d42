"""Start-up health: integrity checks on open, unclean-shutdown marker, and where the file lives."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from wksbm_desktop.core.storage.db_file import connect_read_only
from wksbm_desktop.core.storage.sqlite_file import UNREADABLE, unreadable_detail
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import ensure_private_dir

if TYPE_CHECKING:
    # Backups and restore bring the models (and SQLAlchemy): imported where they are used, so
    # that start-up can check the location and mark the run before the window shows.
    from wksbm_desktop.core.storage.backup import BackupInfo

RUNNING_SUFFIX = ".berjalan"
DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afs", "ncpfs",
    "9p", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone",
})  # fmt: skip
CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud": "iCloud",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
}


# --- Unclean shutdown marker ----------------------------------------------------------------


def running_marker(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + RUNNING_SUFFIX)


def mark_running(db_path: Path) -> None:
    """Written at start; if it is still there at the next start, the last run did not end well."""
    marker = running_marker(db_path)
    ensure_private_dir(marker.parent)
    marker.write_text(f"{os.getpid()} {datetime.now().isoformat(timespec='seconds')}\n")


def mark_clean_exit(db_path: Path) -> None:
    running_marker(db_path).unlink(missing_ok=True)


def was_unclean(db_path: Path) -> bool:
    return running_marker(db_path).exists()


# --- Integrity on open ----------------------------------------------------------------------


@dataclass(frozen=True)
class HealthReport:
    """The outcome of the start-up check; when ``ok`` is False the file must not be opened."""

    path: Path
    ok: bool
    full_check: bool
    detail: str = ""
    damaged_copy: Path | None = None
    newest_good_backup: BackupInfo | None = None

    @property
    def message(self) -> str:
        """Plain Indonesian for a dialog: what happened and what to do next."""
        if self.ok:
            return t("safety.health.unclean") if self.full_check else ""
        parts = [t("safety.health.damaged", copy=str(self.damaged_copy or self.path))]
        backup = self.newest_good_backup
        if backup is not None:
            when = backup.taken_at_local.strftime("%d-%m-%Y %H:%M")
            parts.append(t("safety.health.offer_backup", backup=str(backup.path), when=when))
        else:
            parts.append(t("safety.health.no_backup"))
        return "\n\n".join(parts)


def check_on_open(db_path: Path, full: bool | None = None) -> HealthReport:
    """quick_check on every open; integrity_check after an unclean shutdown (or when asked)."""
    from wksbm_desktop.core.storage.backup import integrity_problem

    db_path = Path(db_path)
    full_check = was_unclean(db_path) if full is None else full
    if not db_path.exists() or db_path.stat().st_size == 0:
        return HealthReport(db_path, ok=True, full_check=full_check)
    problem = integrity_problem(db_path, quick=not full_check)
    if problem is None:
        return HealthReport(db_path, ok=True, full_check=full_check)
    return damaged_report(db_path, problem, full_check)


def damaged_report(db_path: Path, problem: str, full_check: bool = False) -> HealthReport:
    """A failed check: the damaged file is copied aside untouched and the newest good backup
    looked up."""
    from wksbm_desktop.core.storage.backup import newest_good_backup
    from wksbm_desktop.core.storage.restore import set_aside_damaged

    return HealthReport(
        db_path,
        ok=False,
        full_check=full_check,
        detail=problem,
        damaged_copy=set_aside_damaged(db_path),
        newest_good_backup=newest_good_backup(db_path),
    )


class QuickCheck:
    """``PRAGMA quick_check`` of a file on a read-only connection, stoppable from another thread.

    Start-up runs it in the background while the window shows (ui/safety/controller.py);
    the application holds its writes until it has passed (core.db.WriteHold).
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._stopped = False

    def run(self) -> str | None:
        """None when SQLite finds the file healthy, else its first complaint ("" if stopped)."""
        try:
            with self._lock:
                if self._stopped:
                    return ""
                self._connection = connect_read_only(self.db_path, check_same_thread=False)
            try:
                rows = self._connection.execute("PRAGMA quick_check").fetchall()
            finally:
                with self._lock:
                    self._connection.close()
                    self._connection = None
        except UNREADABLE as error:
            return "" if self._stopped else unreadable_detail(error)
        if rows == [("ok",)]:
            return None
        return "; ".join(str(row[0]) for row in rows[:5])

    def stop(self) -> None:
        """Interrupt a running check (the application is closing); ``run`` then returns ""."""
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()


# --- Where the database lives ---------------------------------------------------------------


@dataclass(frozen=True)
class LocationVerdict:
    """``refusal`` (a sentence) when the path must not hold the database; warnings otherwise."""

    refusal: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusal)


def check_location(
    path: Path | str,
    *,
    platform: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    mounts: Iterable[tuple[str, str]] | None = None,
) -> LocationVerdict:
    """Refuse network shares; warn for removable drives and synced cloud folders.

    ``drive_type`` (Windows GetDriveTypeW) and ``mounts`` (Linux /proc/mounts pairs of mount
    point and file-system type) are injectable so tests can play any machine.
    """
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        verdict = _windows_verdict(text, drive_type or _get_drive_type)
    else:
        verdict = _posix_verdict(text, list(mounts) if mounts is not None else _proc_mounts())
    cloud = cloud_service(text)
    if cloud and not verdict.refused:
        warning = t("safety.location.cloud", service=cloud)
        return LocationVerdict(verdict.refusal, (*verdict.warnings, warning))
    return verdict


def is_unc(text: str) -> bool:
    normalised = text.replace("/", "\\")
    if normalised.upper().startswith("\\\\?\\UNC\\"):
        return True
    return normalised.startswith("\\\\") and not normalised.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_verdict(text: str, drive_type: Callable[[str], int]) -> LocationVerdict:
    if is_unc(text):
        return LocationVerdict(refusal=t("safety.location.unc", path=text))
    drive = PureWindowsPath(text.removeprefix("\\\\?\\")).drive
    if not drive:
        return LocationVerdict()
    kind = drive_type(drive + "\\")
    if kind == DRIVE_REMOTE:
        return LocationVerdict(refusal=t("safety.location.network_drive", drive=drive))
    if kind == DRIVE_REMOVABLE:
        return LocationVerdict(warnings=(t("safety.location.removable"),))
    return LocationVerdict()


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _posix_verdict(text: str, mounts: list[tuple[str, str]]) -> LocationVerdict:
    if is_unc(text):
        return LocationVerdict(refusal=t("safety.location.unc", path=text))
    mount_point, fstype = mount_of(text, mounts)
    if fstype.lower() in NETWORK_FILESYSTEMS:
        return LocationVerdict(refusal=t("safety.location.network_fs", path=text, fstype=fstype))
    if mount_point.startswith(("/media/", "/run/media/", "/mnt/usb")):
        return LocationVerdict(warnings=(t("safety.location.removable"),))
    return LocationVerdict()


def mount_of(text: str, mounts: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """The (mount point, fstype) holding ``text``: the longest mount point that is its prefix."""
    target = os.path.abspath(text)
    best = ("", "")
    for point, fstype in mounts:
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, fstype)
    return best


def _proc_mounts() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return parse_mounts(lines)


def parse_mounts(lines: Iterable[str]) -> list[tuple[str, str]]:
    pairs = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts escapes spaces and tabs in paths as octal.
            point = fields[1].replace("\\040", " ").replace("\\011", "\t")
            pairs.append((point, fields[2]))
    return pairs


def cloud_service(text: str) -> str:
    """The synced-folder service a path lies in ("OneDrive"...), or "" when none."""
    parts = [part.lower() for part in PureWindowsPath(text.replace("/", "\\")).parts]
    for part in parts:
        for needle, service in CLOUD_FOLDERS.items():
            if part == needle or part.startswith((needle + " ", needle + "-")):
                return service
    return ""
