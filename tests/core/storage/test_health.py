"""Start-up health: unclean-shutdown marker, damaged files set aside, where the database lives."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage import health
from wksbm_desktop.core.storage.backup import backup_now, integrity_problem
from wksbm_desktop.core.storage.db import Database


def _fill(database: Database, make: Any, members: int = 60) -> None:
    with database.session() as session:
        for serial in range(1, members + 1):
            create_member(session, make.member(serial))


def _corrupt(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\x5a" * (size // 3))


def test_running_marker_tells_an_unclean_shutdown(tmp_path: Path) -> None:
    db_path = tmp_path / "wksbm.db"
    assert not health.was_unclean(db_path)
    health.mark_running(db_path)
    assert health.was_unclean(db_path)
    health.mark_clean_exit(db_path)
    assert not health.was_unclean(db_path)
    health.mark_clean_exit(db_path)  # twice is harmless


def test_healthy_database_passes_and_unclean_start_gets_a_full_check(
    database: Database, db_path: Path
) -> None:
    database.dispose()
    report = health.check_on_open(db_path)
    assert report.ok and not report.full_check and report.message == ""
    health.mark_running(db_path)
    report = health.check_on_open(db_path)
    assert report.ok and report.full_check
    assert "tidak ditutup dengan benar" in report.message
    assert health.check_on_open(db_path.with_name("baru.db")).ok


def test_damaged_database_is_set_aside_and_the_newest_good_backup_offered(
    database: Database, db_path: Path, make: Any
) -> None:
    _fill(database, make)
    older = backup_now(db_path, "otomatis", now=utcnow() - timedelta(days=2))
    newest = backup_now(db_path, "otomatis")
    database.dispose()
    _corrupt(newest.path)  # the newest backup is damaged too: the older one must be offered
    _corrupt(db_path)
    original = db_path.read_bytes()
    report = health.check_on_open(db_path)
    assert not report.ok and report.detail
    assert report.damaged_copy is not None
    assert report.damaged_copy.name.startswith("wksbm-rusak-")
    assert report.damaged_copy.read_bytes() == original
    assert db_path.read_bytes() == original  # never written to
    assert report.newest_good_backup is not None
    assert report.newest_good_backup.path == older.path
    assert "rusak" in report.message and str(older.path) in report.message
    assert integrity_problem(older.path) is None


def test_damaged_database_without_backups_says_to_call_it(
    database: Database, db_path: Path, make: Any
) -> None:
    _fill(database, make)
    database.dispose()
    _corrupt(db_path)
    report = health.check_on_open(db_path, full=True)
    assert not report.ok and report.newest_good_backup is None
    assert "petugas TI" in report.message


# --- Location ----------------------------------------------------------------------------------


def _drive(kind: int) -> object:
    seen: list[str] = []

    def drive_type(root: str) -> int:
        seen.append(root)
        return kind

    drive_type.seen = seen  # type: ignore[attr-defined]
    return drive_type


@pytest.mark.parametrize(
    "path",
    [r"\\server\share\wksbm.db", "//server/share/wksbm.db", r"\\?\UNC\server\share\wksbm.db"],
)
def test_unc_paths_are_refused(path: str) -> None:
    verdict = health.check_location(path, platform="win32", drive_type=_drive(3))  # type: ignore[arg-type]
    assert verdict.refused and "jaringan" in verdict.refusal


def test_mapped_network_drive_is_refused_on_windows() -> None:
    drive_type = _drive(health.DRIVE_REMOTE)
    verdict = health.check_location(r"Z:\Data\wksbm.db", platform="win32", drive_type=drive_type)  # type: ignore[arg-type]
    assert verdict.refused and "Z:" in verdict.refusal
    assert drive_type.seen == ["Z:\\"]  # type: ignore[attr-defined]


def test_local_and_removable_drives_on_windows() -> None:
    local = health.check_location(
        r"C:\Users\op\AppData\Local\WKSBM Desktop\wksbm.db",
        platform="win32",
        drive_type=_drive(3),  # type: ignore[arg-type]
    )
    assert not local.refused and local.warnings == ()
    usb = health.check_location(
        r"E:\wksbm.db", platform="win32", drive_type=_drive(health.DRIVE_REMOVABLE)
    )  # type: ignore[arg-type]
    assert not usb.refused and "dilepas" in usb.warnings[0]


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\op\OneDrive - Kelurahan\wksbm.db", "OneDrive"),
        (r"C:\Users\op\Dropbox (Personal)\data\wksbm.db", "Dropbox"),
        (r"G:\My Drive\wksbm.db", "Google Drive"),
        (r"C:\Users\op\iCloudDrive\wksbm.db", "iCloud"),
    ],
)
def test_synced_cloud_folders_warn(path: str, service: str) -> None:
    verdict = health.check_location(path, platform="win32", drive_type=_drive(3))  # type: ignore[arg-type]
    assert not verdict.refused
    assert any(service in warning for warning in verdict.warnings)


MOUNTS = [
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/srv/kantor", "nfs4"),
    ("/mnt/samba\\040bersama", "cifs"),
    ("/home/op/remote", "fuse.sshfs"),
    ("/media/op/USB", "vfat"),
]


@pytest.mark.parametrize(
    ("path", "refused", "warned"),
    [
        ("/home/op/.local/share/WKSBM Desktop/wksbm.db", False, False),
        ("/srv/kantor/wksbm.db", True, False),
        ("/mnt/samba bersama/wksbm.db", True, False),
        ("/home/op/remote/wksbm.db", True, False),
        ("/media/op/USB/wksbm.db", False, True),
        ("/srv/kantorlain/wksbm.db", False, False),
        ("/home/op/Dropbox/wksbm.db", False, True),
    ],
)
def test_network_filesystems_are_refused_on_linux(path: str, refused: bool, warned: bool) -> None:
    mounts = health.parse_mounts(f"dev {point} {fstype} rw 0 0" for point, fstype in MOUNTS)
    verdict = health.check_location(path, platform="linux", mounts=mounts)
    assert verdict.refused is refused
    assert bool(verdict.warnings) is warned


def test_mount_lookup_uses_the_longest_prefix() -> None:
    mounts = [("/", "ext4"), ("/srv", "nfs"), ("/srv/local", "ext4")]
    assert health.mount_of("/srv/local/a.db", mounts) == ("/srv/local", "ext4")
    assert health.mount_of("/srv/x/a.db", mounts) == ("/srv", "nfs")


def test_quick_check_in_the_background_finds_damage_and_can_be_stopped(
    database: Database, make: Any, db_path: Path
) -> None:
    _fill(database, make, members=400)
    database.dispose()
    assert health.QuickCheck(db_path).run() is None
    stopped = health.QuickCheck(db_path)
    stopped.stop()
    assert stopped.run() == ""
    before = db_path.read_bytes()
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    problem = health.QuickCheck(db_path).run()
    assert problem  # SQLite's complaint
    assert db_path.read_bytes() == damaged != before
    report = health.damaged_report(db_path, problem)
    assert not report.ok and report.damaged_copy is not None
    assert report.damaged_copy.read_bytes() == damaged
