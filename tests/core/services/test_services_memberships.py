"""Membership service: one current Ketua, no duplicates, end dates, role changes keep history."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ConflictError, ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group, Member, Membership
from wksbm_desktop.core.services.groups import archive_group, create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import (
    add_membership,
    change_role,
    current_ketua,
    end_membership,
)
from wksbm_desktop.core.storage.db import Database

START = date(2022, 1, 10)


def _errors(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def _history(session: Session, member: Member, group: Group) -> list[tuple[str, date, Any]]:
    query = (
        select(Membership.role, Membership.started_on, Membership.ended_on)
        .where(Membership.member_id == member.id, Membership.group_id == group.id)
        .order_by(Membership.id)
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def test_add_membership_writes_an_audit_entry(
    session: Session, member: Member, group: Group
) -> None:
    membership = add_membership(session, member.uuid, group.uuid, "anggota", START)
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == membership.uuid)
    ).one()
    assert entry.action == "create"
    assert json.loads(entry.changes)["role"] == [None, "anggota"]


def test_role_and_start_date_are_required(session: Session, member: Member, group: Group) -> None:
    errors = _errors(lambda: add_membership(session, member.uuid, group.uuid, "bos", None))
    assert "bos" in errors["role"]
    assert "Tanggal mulai wajib diisi" in errors["started_on"]


def test_only_one_current_ketua_per_group(session: Session, group: Group, make: Any) -> None:
    first = create_member(session, make.member(1, full_name="Ketua Pertama"))
    second = create_member(session, make.member(2))
    add_membership(session, first.uuid, group.uuid, "ketua", START)
    errors = _errors(lambda: add_membership(session, second.uuid, group.uuid, "ketua", START))
    assert "Ketua Pertama" in errors["role"]
    assert group.name in errors["role"]
    add_membership(session, second.uuid, group.uuid, "anggota", START)
    errors = _errors(lambda: change_role(session, _current(session, second, group).uuid,
                                         "ketua", date(2023, 1, 1)))  # fmt: skip
    assert "Ketua Pertama" in errors["role"]


def _current(session: Session, member: Member, group: Group) -> Membership:
    return session.scalars(
        select(Membership).where(
            Membership.member_id == member.id,
            Membership.group_id == group.id,
            Membership.ended_on.is_(None),
        )
    ).one()


def test_a_new_ketua_once_the_old_one_has_ended(session: Session, group: Group, make: Any) -> None:
    first = create_member(session, make.member(1))
    second = create_member(session, make.member(2))
    old = add_membership(session, first.uuid, group.uuid, "ketua", START)
    end_membership(session, old.uuid, date(2023, 12, 31))
    new = add_membership(session, second.uuid, group.uuid, "ketua", date(2024, 1, 1))
    assert current_ketua(session, group.id) is new


def test_the_database_refuses_a_second_current_ketua(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        first = create_member(session, make.member(1))
        second = create_member(session, make.member(2))
        add_membership(session, first.uuid, group.uuid, "ketua", START)
        ids = (group.id, second.id)
    raw = {"uuid": "raw-ketua", "group_id": ids[0], "member_id": ids[1], "role": "ketua",
           "started_on": START}  # fmt: skip
    # The database's own refusal reaches the user as a plain conflict (another user won a race).
    with pytest.raises(ConflictError, match="Ketua") as refused, database.session() as session:
        session.execute(insert(Membership), [raw])
    assert isinstance(refused.value.__cause__, IntegrityError)
    with database.session() as session:  # an ended Ketua does not count
        session.execute(insert(Membership), [raw | {"uuid": "raw-ended", "ended_on": START}])


def test_no_duplicate_current_membership(session: Session, member: Member, group: Group) -> None:
    first = add_membership(session, member.uuid, group.uuid, "anggota", START)
    errors = _errors(lambda: add_membership(session, member.uuid, group.uuid, "sekretaris", START))
    assert member.full_name in errors["group_uuid"]
    end_membership(session, first.uuid, date(2023, 1, 1))
    again = add_membership(session, member.uuid, group.uuid, "anggota", date(2024, 1, 1))
    assert again.ended_on is None


def test_the_database_refuses_a_duplicate_current_membership(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        member = create_member(session, make.member(1))
        add_membership(session, member.uuid, group.uuid, "anggota", START)
        ids = (group.id, member.id)
    raw = {"uuid": "raw-dup", "group_id": ids[0], "member_id": ids[1], "role": "anggota",
           "started_on": START}  # fmt: skip
    with (
        pytest.raises(ConflictError, match="kelompok yang sama") as refused,
        database.session() as session,
    ):
        session.execute(insert(Membership), [raw])
    assert isinstance(refused.value.__cause__, IntegrityError)


def test_a_member_may_belong_to_many_groups(session: Session, member: Member, make: Any) -> None:
    groups = [create_group(session, make.group(f"Kelompok {n}")) for n in range(3)]
    for group in groups:
        add_membership(session, member.uuid, group.uuid, "anggota", START)
    assert session.scalar(select(func.count()).select_from(Membership)) == 3


def test_end_date_may_not_precede_start(session: Session, member: Member, group: Group) -> None:
    membership = add_membership(session, member.uuid, group.uuid, "anggota", START)
    errors = _errors(lambda: end_membership(session, membership.uuid, date(2021, 12, 31)))
    assert "10-01-2022" in errors["ended_on"]
    assert membership.ended_on is None
    end_membership(session, membership.uuid, START)  # the same day is allowed
    assert membership.ended_on == START


def test_ending_twice_is_refused(session: Session, member: Member, group: Group) -> None:
    membership = add_membership(session, member.uuid, group.uuid, "anggota", START)
    end_membership(session, membership.uuid, date(2023, 1, 1))
    errors = _errors(lambda: end_membership(session, membership.uuid, date(2023, 2, 1)))
    assert "sudah berakhir" in errors["ended_on"]


def test_the_database_refuses_end_before_start(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        member = create_member(session, make.member(1))
        ids = (group.id, member.id)
    raw = {"uuid": "raw-dates", "group_id": ids[0], "member_id": ids[1], "role": "anggota",
           "started_on": START, "ended_on": date(2020, 1, 1)}  # fmt: skip
    with pytest.raises(IntegrityError, match=r"(?i)check"), database.session() as session:
        session.execute(insert(Membership), [raw])


def test_change_role_keeps_history(session: Session, member: Member, group: Group) -> None:
    first = add_membership(session, member.uuid, group.uuid, "anggota", START)
    new = change_role(session, first.uuid, "bendahara", date(2023, 7, 1))
    assert new.uuid != first.uuid
    assert _history(session, member, group) == [
        ("anggota", START, date(2023, 7, 1)),
        ("bendahara", date(2023, 7, 1), None),
    ]
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity == "membership").order_by(AuditEntry.id)
    ).all()
    assert actions == ["create", "end", "create"]


def test_change_role_on_the_start_day_corrects_the_role(
    session: Session, member: Member, group: Group
) -> None:
    first = add_membership(session, member.uuid, group.uuid, "anggota", START)
    same = change_role(session, first.uuid, "sekretaris", START)
    assert same.uuid == first.uuid
    assert _history(session, member, group) == [("sekretaris", START, None)]
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == first.uuid).order_by(AuditEntry.id)
    ).all()[-1]
    assert json.loads(entry.changes) == {"role": ["anggota", "sekretaris"]}


def test_change_role_before_start_is_refused(
    session: Session, member: Member, group: Group
) -> None:
    first = add_membership(session, member.uuid, group.uuid, "anggota", START)
    errors = _errors(lambda: change_role(session, first.uuid, "ketua", date(2021, 1, 1)))
    assert "started_on" in errors
    assert _history(session, member, group) == [("anggota", START, None)]


def test_ketua_can_step_down_to_member(session: Session, member: Member, group: Group) -> None:
    first = add_membership(session, member.uuid, group.uuid, "ketua", START)
    change_role(session, first.uuid, "anggota", date(2024, 1, 1))
    assert current_ketua(session, group.id) is None


def test_archived_group_takes_no_new_members(
    session: Session, member: Member, group: Group
) -> None:
    archive_group(session, group.uuid)
    errors = _errors(lambda: add_membership(session, member.uuid, group.uuid, "anggota", START))
    assert "diarsipkan" in errors["group_uuid"]
