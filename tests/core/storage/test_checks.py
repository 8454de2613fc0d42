"""Health checks: SQLite's integrity and foreign keys, and every domain invariant."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.checks import INVARIANTS, all_problems
from wksbm_desktop.core.storage.db import Database

START = date(2022, 1, 1)


@pytest.fixture
def filled(database: Database, make: Any) -> Database:
    """Two groups (one a network), two members; both members in the network, one as Ketua."""
    with database.session() as session:
        network = create_group(session, make.group("WKSBM A", type="WKSBM", sector="Sosial"))
        create_group(session, make.group("KUBE B", parent_uuid=network.uuid))
        first = create_member(session, make.member(1, rt="1", rw="2"))
        second = create_member(session, make.member(2))
        add_membership(session, first.uuid, network.uuid, "ketua", START)
        add_membership(session, second.uuid, network.uuid, "anggota", START)
    return database


def _keys(database: Database) -> list[str]:
    with database.read_session() as session:
        return [problem.key for problem in all_problems(session)]


def _raw(path: Path, *statements: str) -> None:
    """Break a rule behind the services' back, with the database's own guards switched off."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_a_healthy_database_has_no_problems(filled: Database) -> None:
    assert _keys(filled) == []


def test_progress_is_reported(filled: Database) -> None:
    seen: list[str] = []
    with filled.read_session() as session:
        all_problems(session, progress=seen.append)
    assert seen == ["sqlite", "invariants"]


BREAKAGES = {
    "check.duplicate_live_nik": (
        "DROP INDEX uq_members_live_nik",
        "UPDATE members SET nik = (SELECT nik FROM members WHERE id = 1)",
    ),
    "check.two_ketua": (
        "DROP INDEX uq_memberships_current_ketua",
        "UPDATE memberships SET role = 'ketua'",
    ),
    "check.duplicate_membership": (
        "DROP INDEX uq_memberships_current_member_group",
        "INSERT INTO memberships (uuid, member_id, group_id, role, started_on, created_at, "
        "updated_at) SELECT 'dup', member_id, group_id, 'anggota', started_on, created_at, "
        "updated_at FROM memberships WHERE role = 'anggota'",
    ),
    "check.end_before_start": ("UPDATE memberships SET ended_on = '2000-01-01'",),
    "check.negative_amount": (
        "INSERT INTO activities (uuid, group_id, held_on, title, type_id, sector_id, "
        "funding_id, location, facilitator, amount, participants_count, beneficiaries_count, "
        "outcome, version, created_at, updated_at) VALUES ('neg', 1, '2024-01-01', 'x', 1, 1, "
        "1, '', '', -100, 0, 0, '', 1, '2024-01-01', '2024-01-01')",
    ),
    "check.nested_too_deep": (
        "UPDATE groups SET parent_id = 2 WHERE id = 1",
    ),
    "check.archived_member_current": ("UPDATE members SET archived_at = '2024-01-01'",),
    "check.bad_nik_shape": ("UPDATE members SET nik = '3671' WHERE id = 2",),
    "check.bad_rt_rw": ("UPDATE members SET rt = '1' WHERE id = 1",),
    "check.missing_office": ("DELETE FROM office",),
    "check.foreign_keys": ("UPDATE memberships SET group_id = 999",),
}  # fmt: skip


def test_every_invariant_has_a_breakage_test() -> None:
    assert set(INVARIANTS) <= set(BREAKAGES)


@pytest.mark.parametrize("key", sorted(BREAKAGES))
def test_each_broken_rule_is_reported(filled: Database, db_path: Path, key: str) -> None:
    filled.dispose()
    _raw(db_path, *BREAKAGES[key])
    keys = _keys(filled)
    assert key in keys
    with filled.read_session() as session:
        problem = next(p for p in all_problems(session) if p.key == key)
    assert problem.count >= 1
    assert problem.message and not problem.message.startswith("check."), "Indonesian sentence"


def test_a_pemantau_reads_the_duplicate_nik_example_masked(filled: Database, db_path: Path) -> None:
    from wksbm_desktop.core.domain.roles import Role, SignedIn
    from wksbm_desktop.core.services import accounts

    with filled.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", "rahasia-lurah-1")
    filled.dispose()
    _raw(db_path, *BREAKAGES["check.duplicate_live_nik"])
    examples = {}
    for role in (Role.OPERATOR, Role.PEMANTAU):
        filled.sign_in(SignedIn(2, "uji", "Akun Uji", role))
        with filled.read_session() as session:
            [problem] = [p for p in all_problems(session) if p.key == "check.duplicate_live_nik"]
        examples[role] = problem.example
    assert len(examples[Role.OPERATOR]) == 16 and examples[Role.OPERATOR].isdigit()
    assert examples[Role.PEMANTAU] == examples[Role.OPERATOR][:4] + "*" * 12
