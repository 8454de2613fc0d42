"""Copies outside this computer: which backup is copied, how it is checked, when to remind."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage import offsite
from wksbm_desktop.core.storage.backup import backup_now, list_backups
from wksbm_desktop.core.storage.db import Database

pytestmark = pytest.mark.sqlite_only("backup files")
NOW = datetime(2025, 6, 15, 10, 0, 0)


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _settle(db_path: Path) -> None:
    """Make the database file look older than any backup taken after this."""
    past = time.time() - 60
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            os.utime(path, (past, past))


def test_an_unchanged_database_copies_its_newest_backup(
    database: Database, db_path: Path, drive: Path
):
    _settle(db_path)
    taken = backup_now(db_path, "manual")
    copy = offsite.copy_outside(db_path, drive, now=NOW)
    assert copy.source.path == taken.path
    assert copy.path == drive / taken.path.name
    assert copy.checksum == offsite.file_checksum(taken.path) == offsite.file_checksum(copy.path)
    assert len(list_backups(db_path)) == 1  # nothing new was needed


def test_changes_since_the_last_backup_get_a_fresh_one(
    database: Database, db_path: Path, drive: Path, make: Any
):
    backup_now(db_path, "manual", now=NOW - timedelta(hours=2))
    with database.session() as session:
        create_member(session, make.member(1))
    copy = offsite.copy_outside(db_path, drive)
    assert len(list_backups(db_path)) == 2
    assert copy.source.path == list_backups(db_path)[0].path
    assert offsite.file_checksum(copy.path) == copy.checksum


def test_a_copy_that_reads_back_differently_is_removed_and_reported(
    database: Database, db_path: Path, drive: Path, monkeypatch: pytest.MonkeyPatch
):
    real_copy = offsite._copy_file

    def flaky_drive(source: Path, target: Path) -> None:
        real_copy(source, target)
        with target.open("r+b") as handle:  # one flipped byte, as a failing flashdisk does
            handle.seek(5000)
            byte = handle.read(1)
            handle.seek(5000)
            handle.write(bytes([byte[0] ^ 0xFF]))

    monkeypatch.setattr(offsite, "_copy_file", flaky_drive)
    with pytest.raises(DatabaseProblem) as caught:
        offsite.copy_outside(db_path, drive)
    assert "berbeda" in caught.value.message and "flashdisk lain" in caught.value.message
    assert list(drive.iterdir()) == []
    assert offsite.last_offsite_copy(db_path) is None  # a failed copy is not recorded


def test_the_same_copy_twice_is_checked_again_not_duplicated(
    database: Database, db_path: Path, drive: Path
):
    _settle(db_path)
    first = offsite.copy_outside(db_path, drive)
    again = offsite.copy_outside(db_path, drive)
    assert again.already_there and again.path == first.path
    assert len(list(drive.iterdir())) == 1


def test_the_record_and_the_reminder(database: Database, db_path: Path, drive: Path):
    assert offsite.offsite_overdue(db_path, now=NOW) is None  # no backup at all yet
    backup_now(db_path, "otomatis", now=NOW - timedelta(days=3))
    assert offsite.offsite_overdue(db_path, now=NOW) is None  # a young installation
    assert offsite.offsite_overdue(db_path, now=NOW + timedelta(days=5)) == timedelta(days=8)
    offsite.copy_outside(db_path, drive, now=NOW + timedelta(days=5))
    record = offsite.last_offsite_copy(db_path)
    assert record is not None and record.copied_at == NOW + timedelta(days=5)
    assert offsite.offsite_overdue(db_path, now=NOW + timedelta(days=11)) is None
    assert offsite.offsite_overdue(db_path, now=NOW + timedelta(days=12)) == timedelta(days=7)
    data = json.loads(offsite.record_path(db_path).read_text(encoding="utf-8"))
    assert data["sha256"] == offsite.file_checksum(Path(data["path"]))


def test_folders_that_are_not_outside_are_refused(
    database: Database, db_path: Path, isolated_data_dir: Path
):
    for folder in (db_path.parent, db_path.parent / "cadangan", isolated_data_dir):
        folder.mkdir(exist_ok=True)
        with pytest.raises(DatabaseProblem) as caught:
            offsite.check_destination(folder, db_path)
        assert caught.value.key == "storage.offsite.inside_data"
    synced = db_path.parent.parent / "OneDrive" / "cadangan"
    synced.mkdir(parents=True)
    with pytest.raises(DatabaseProblem) as caught:
        offsite.check_destination(synced, db_path)
    assert caught.value.key == "storage.offsite.shared"
