"""SIGKILL at random moments while writing: afterwards every action is wholly there or absent."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.inputs import GroupInput, OfficeInput
from wksbm_desktop.core.models import Activity, Attendance, AuditEntry, Member, Membership
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.checks import invariant_problems
from wksbm_desktop.core.storage.db import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"),
]

# Each loop is one user action (one session, one commit) through the services; the line in the
# side file is written only after the commit returned, like a shell reporting success.
CHILD = r"""
import sys
from datetime import date, timedelta
from sqlalchemy import func, select
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.core.domain.inputs import ActivityInput, MemberInput
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership

db_path, side_path, mode, group_uuid = sys.argv[1:5]
database = open_database(db_path, operator="uji-crash")
with database.read_session() as session:
    serial = (session.scalar(select(func.count()).select_from(Member)) or 0) + 1
side = open(side_path, "a", encoding="utf-8")
print("ready", flush=True)


def one_action(session, serial):
    born = date(1970, 1, 1) + timedelta(days=serial // 9000)
    nik = f"367105{born:%d%m%y}{serial % 9000 + 1:04d}"
    member = create_member(session, MemberInput(nik=nik, full_name=f"Warga {serial}",
                                                sex="L", birth_date=born))
    add_membership(session, member.uuid, group_uuid, "anggota", date(2024, 1, 1))
    create_activity(session, ActivityInput(
        group_uuid=group_uuid, held_on=date(2024, 2, 1), title=f"Kegiatan {serial}",
        type="Rapat", sector="Sosial", funding="Swadaya/Iuran", attendee_uuids=(member.uuid,)))


def one_import(session, serial):
    from wksbm_desktop.core.demo_data.synthetic import generate
    generate(session, members=150, seed=serial)


action = one_action if mode == "actions" else one_import
while True:
    with database.session() as session:
        action(session, serial)
    side.write(f"{serial}\n")
    side.flush()
    serial += 1
"""


@pytest.fixture
def crash_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "crash.db"
    database = open_database(path, operator="penguji")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code="36.71.05.1008"))
        group = create_group(session, GroupInput(name="KUBE Uji", type="KUBE", sector="Sosial"))
    database.dispose()
    return path, group.uuid


def _kill_repeatedly(path: Path, group_uuid: str, mode: str, kills: int, budget: float) -> Path:
    """Start a writer, let it run a random moment, SIGKILL it; ``kills`` times within ``budget``."""
    side = path.with_name(f"{mode}.committed")
    rng = random.Random(f"{mode}:{os.getpid()}")
    deadline = time.monotonic() + budget
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(side), mode, group_uuid],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        ready = proc.stdout.readline() if proc.stdout else b""
        if ready.strip() != b"ready":
            proc.kill()
            pytest.fail(f"writer did not start: {proc.communicate()[1].decode()[-2000:]}")
        time.sleep(rng.uniform(0.0, 0.25 if mode == "actions" else 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        if time.monotonic() > deadline:
            break
    if not _committed(side):
        # On a busy machine every kill may land before the first commit, and the test would
        # prove nothing: one more writer, killed only once it has committed.
        _kill_after_a_commit(path, side, mode, group_uuid)
    return side


def _kill_after_a_commit(path: Path, side: Path, mode: str, group_uuid: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(side), mode, group_uuid],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    waited = time.monotonic() + 60
    while not _committed(side) and time.monotonic() < waited and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()


def _committed(side: Path) -> list[int]:
    return [int(line) for line in side.read_text().split()] if side.exists() else []


def _assert_sqlite_clean(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_killed_actions_are_whole_or_absent(crash_db: tuple[Path, str]) -> None:
    path, group_uuid = crash_db
    side = _kill_repeatedly(path, group_uuid, "actions", kills=30, budget=30)
    _assert_sqlite_clean(path)
    database = open_database(path)
    try:
        with database.read_session() as session:
            assert invariant_problems(session) == []
            members = dict(session.execute(select(Member.full_name, Member.id)).all())
            per_member = Counter(session.scalars(select(Membership.member_id)))
            titles = dict(session.execute(select(Activity.title, Activity.id)).all())
            attendance = set(session.execute(select(Attendance.activity_id, Attendance.member_id)))
            created = Counter(session.scalars(
                select(AuditEntry.entity).where(AuditEntry.operator == "uji-crash")))  # fmt: skip
    finally:
        database.dispose()
    serials = {int(name.split()[1]) for name in members}
    committed = _committed(side)
    assert len(committed) > 30, "the writers barely wrote anything; the test proves nothing"
    # Durable: every action reported as saved is there.
    assert set(committed) <= serials
    # At most one action per kill can have committed without being reported yet.
    assert len(serials - set(committed)) <= 30
    # Atomic: each member has exactly its membership and its activity with attendance.
    assert len(titles) == len(members) == len(serials)
    for serial in serials:
        member_id = members[f"Warga {serial}"]
        assert per_member[member_id] == 1
        assert (titles[f"Kegiatan {serial}"], member_id) in attendance
    assert created == {"member": len(serials), "membership": len(serials), "activity": len(serials)}


def test_killed_bulk_imports_are_whole_or_absent(crash_db: tuple[Path, str]) -> None:
    path, group_uuid = crash_db
    side = _kill_repeatedly(path, group_uuid, "bulk", kills=12, budget=20)
    _assert_sqlite_clean(path)
    database = open_database(path)
    try:
        with database.read_session() as session:
            assert invariant_problems(session) == []
            runs = [json.loads(c) for c in session.scalars(
                select(AuditEntry.changes).where(AuditEntry.action == "demo"))]  # fmt: skip
            member_count = len(session.scalars(select(Member.id)).all())
            membership_count = len(session.scalars(select(Membership.id)).all())
    finally:
        database.dispose()
    committed = _committed(side)
    assert committed, "no bulk transaction ever finished; the test proves nothing"
    assert set(committed) <= {run["seed"][1] for run in runs}
    # Whole or absent: the rows present are exactly those of the runs whose audit entry is there.
    assert member_count == sum(run["members"][1] for run in runs) == 150 * len(runs)
    assert membership_count == sum(run["memberships"][1] for run in runs)
