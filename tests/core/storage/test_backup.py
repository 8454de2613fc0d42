"""Verified backups in the cadangan folder: taking, listing, thinning, scheduling, restoring."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.models import AuditEntry, Member
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage import backup
from wksbm_desktop.core.storage.backup import BackupInfo, BackupPolicy, ThinningRules, plan_thinning
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.core.storage.restore import restore, validate_backup_file

NOW = datetime(2025, 6, 15, 10, 0, 0)


def _add_member(database: Database, make: Any, serial: int) -> None:
    with database.session() as session:
        create_member(session, make.member(serial))


def _member_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    connection.close()
    return int(count)


def test_backup_now_writes_a_healthy_copy_with_counts(
    database: Database, db_path: Path, make: Any
) -> None:
    _add_member(database, make, 1)
    info = backup.backup_now(db_path, "manual")
    assert info.path.parent == db_path.parent / "cadangan"
    assert info.reason == "manual"
    assert info.size == info.path.stat().st_size > 0
    assert info.counts == {"groups": 0, "members": 1, "activities": 0}
    assert backup.integrity_problem(info.path) is None
    # A self-contained file, not a WAL pair, and no leftovers of the copy.
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    assert not list(info.path.parent.glob("*.partial"))


def test_two_backups_in_one_second_do_not_overwrite(database: Database, db_path: Path) -> None:
    first = backup.backup_now(db_path, "manual", now=NOW)
    second = backup.backup_now(db_path, "manual", now=NOW)
    assert first.path != second.path
    assert {b.path for b in backup.list_backups(db_path)} == {first.path, second.path}


def test_backup_before_names_the_operation(database: Database, db_path: Path) -> None:
    info = backup.backup_before(db_path, "impor")
    assert info is not None and info.reason == "sebelum-impor"
    assert "sebelum-impor" in info.path.name
    assert backup.backup_before(db_path.with_name("belum-ada.db"), "impor") is None


def test_backup_of_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem) as caught:
        backup.backup_now(tmp_path / "tidak-ada.db")
    assert "tidak ditemukan" in caught.value.message


def test_list_backups_reads_dates_reasons_and_pre_upgrade_names(
    database: Database, db_path: Path, make: Any
) -> None:
    _add_member(database, make, 1)
    backup.backup_now(db_path, "otomatis", now=NOW)
    upgrade = backup.backup_path_for(db_path, "sebelum-upgrade-0001_initial-20250101-080000")
    backup.verified_copy(db_path, upgrade)
    (upgrade.parent / "catatan.txt").write_text("bukan cadangan")
    listed = backup.list_backups(db_path)
    assert [(b.taken_at, b.reason) for b in listed] == [
        (NOW, "otomatis"),
        (datetime(2025, 1, 1, 8, 0, 0), "sebelum-upgrade"),
    ]
    assert all(b.counts == {"groups": 0, "members": 1, "activities": 0} for b in listed)


def test_startup_backup_is_needed_when_none_or_older_than_a_day(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    assert backup.needs_startup_backup(tmp_path / "belum-ada.db") is False
    assert backup.latest_backup_age(db_path) is None
    assert backup.needs_startup_backup(db_path, now=NOW) is True
    backup.backup_now(db_path, "otomatis", now=NOW)
    assert backup.latest_backup_age(db_path, now=NOW + timedelta(hours=3)) == timedelta(hours=3)
    assert backup.needs_startup_backup(db_path, now=NOW + timedelta(hours=23)) is False
    assert backup.needs_startup_backup(db_path, now=NOW + timedelta(days=1, minutes=1)) is True


def _fabricated(days: int, per_day: int = 3, reason: str = "otomatis") -> list[BackupInfo]:
    """Backups every few hours for ``days`` days before NOW (file names only; no files)."""
    result = []
    for day in range(days):
        for slot in range(per_day):
            at = NOW - timedelta(days=day, hours=2 + 6 * slot)
            result.append(BackupInfo(Path(f"/x/w-{at:%Y%m%d-%H%M%S}-{reason}.db"), at, reason, 1))
    return result


def test_thinning_keeps_about_seven_daily_four_weekly_six_monthly() -> None:
    backups = _fabricated(400)
    doomed = {b.path for b in plan_thinning(backups, NOW)}
    kept = sorted((b for b in backups if b.path not in doomed), key=lambda b: b.taken_at)
    assert kept[-1].taken_at == max(b.taken_at for b in backups)  # newest always kept
    older = [b for b in kept if NOW - b.taken_at >= timedelta(hours=24)]
    # 7 days + 4 weeks + 6 months overlap, so no more than 17 and at least 12 older copies.
    assert 12 <= len(older) <= 17
    last_seven_days = sorted({b.taken_at.date() for b in backups}, reverse=True)[:7]
    assert last_seven_days == sorted({b.taken_at.date() for b in kept}, reverse=True)[:7]
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 6
    assert min(b.taken_at for b in kept) > NOW - timedelta(days=190)


def test_thinning_keeps_recent_and_protected_copies() -> None:
    backups = _fabricated(3, per_day=4)
    upgrade_recent = BackupInfo(
        Path("/x/a.db"), NOW - timedelta(days=20, hours=1), "sebelum-upgrade", 1
    )
    restore_old = BackupInfo(Path("/x/b.db"), NOW - timedelta(days=200), "sebelum-pulih", 1)
    imported_old = BackupInfo(
        Path("/x/c.db"), NOW - timedelta(days=20, hours=2), "sebelum-impor", 1
    )
    rules = ThinningRules(daily=1, weekly=1, monthly=1)
    doomed = {
        b.path
        for b in plan_thinning([*backups, upgrade_recent, restore_old, imported_old], NOW, rules)
    }
    assert upgrade_recent.path not in doomed
    assert restore_old.path in doomed
    assert imported_old.path in doomed
    recent = [b for b in backups if NOW - b.taken_at < timedelta(hours=24)]
    assert recent and not any(b.path in doomed for b in recent)
    assert plan_thinning([], NOW) == []


def test_thin_backups_deletes_files(database: Database, db_path: Path) -> None:
    for day in range(40):
        backup.backup_now(db_path, "otomatis", now=NOW - timedelta(days=40 - day))
    remaining = backup.list_backups(db_path, with_counts=False)
    assert 7 <= len(remaining) <= 17
    assert remaining[0].taken_at == NOW - timedelta(days=1)


def test_policy_backs_up_after_changes_and_the_interval(database: Database, db_path: Path) -> None:
    policy = BackupPolicy(db_path, last_backup_at=NOW)
    assert not policy.due(NOW + timedelta(hours=5))  # nothing changed
    policy.note_change()
    assert not policy.due(NOW + timedelta(minutes=29))
    assert policy.due(NOW + timedelta(minutes=30))
    policy.mark_backed_up(NOW + timedelta(minutes=30))
    assert not policy.due(NOW + timedelta(hours=2))


# --- Restore ---------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_state(
    database: Database, db_path: Path, make: Any
) -> None:
    _add_member(database, make, 1)
    saved = backup.backup_now(db_path, "manual")
    _add_member(database, make, 2)
    result = restore(db_path, saved.path, database=database, operator="Siti")
    assert _member_count(db_path) == 1
    assert result.safety_backup is not None and _member_count(result.safety_backup) == 2
    assert result.damaged_copy is None
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    reopened = open_database(db_path)
    try:
        with reopened.read_session() as session:
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert entry is not None
            last = (entry.action, entry.operator, json.loads(entry.changes))
            names = session.scalars(select(Member.full_name)).all()
    finally:
        reopened.dispose()
    assert last[:2] == ("restore", "Siti")
    assert last[2]["file"] == [None, saved.path.name]
    assert names == ["Warga Uji 1"]


def test_restore_removes_a_stale_wal(database: Database, db_path: Path) -> None:
    saved = backup.backup_now(db_path, "manual")
    database.dispose()
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"sisa WAL lama")
    restore(db_path, saved.path)
    assert not wal.exists() or wal.read_bytes() != b"sisa WAL lama"
    assert backup.integrity_problem(db_path) is None


def test_restore_refuses_files_that_are_not_healthy_wksbm_databases(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    text_file = tmp_path / "catatan.db"
    text_file.write_text("bukan database")
    other = tmp_path / "lain.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE resep (nama TEXT)")
    connection.close()
    future = backup.backup_now(db_path, "manual").path
    with sqlite3.connect(future) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    connection.close()
    expected = {
        text_file: "bukan berkas SQLite",
        other: "bukan database WKSBM",
        future: "versi aplikasi yang lebih baru",
        tmp_path / "hilang.db": "tidak ditemukan",
    }
    for path, words in expected.items():
        with pytest.raises(DatabaseProblem) as caught:
            restore(db_path, path)
        assert words in caught.value.message
    assert _member_count(db_path) == 0
    assert backup.integrity_problem(db_path) is None


def test_restore_refuses_a_damaged_backup(database: Database, db_path: Path, make: Any) -> None:
    for serial in range(1, 60):
        _add_member(database, make, serial)
    saved = backup.backup_now(db_path, "manual").path
    _corrupt(saved)
    with pytest.raises(DatabaseProblem) as caught:
        validate_backup_file(saved)
    assert "rusak" in caught.value.message
    assert _member_count(db_path) == 59


def test_restore_over_a_damaged_database_keeps_the_damaged_file_aside(
    database: Database, db_path: Path, make: Any
) -> None:
    for serial in range(1, 60):
        _add_member(database, make, serial)
    saved = backup.backup_now(db_path, "manual").path
    database.dispose()
    _corrupt(db_path)
    result = restore(db_path, saved)
    assert result.safety_backup is None
    assert result.damaged_copy is not None and result.damaged_copy.name.startswith("wksbm-rusak-")
    assert backup.integrity_problem(db_path) is None
    assert _member_count(db_path) == 59


def _corrupt(path: Path) -> None:
    """Overwrite the pages in the middle of a database file with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\xa5" * (size // 3))
