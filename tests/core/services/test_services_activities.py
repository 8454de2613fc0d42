"""Activity service: required fields, whole rupiah, attendance lists, archiving, versions."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import ConflictError, ValidationFailed
from wksbm_desktop.core.models import Attendance, AuditEntry, Group, Member
from wksbm_desktop.core.services.activities import (
    archive_activity,
    attendee_uuids,
    create_activity,
    get_activity,
    restore_activity,
    update_activity,
)
from wksbm_desktop.core.services.groups import archive_group, create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.storage.db import Database


def _input(group: Group, **changes: Any) -> ActivityInput:
    values: dict[str, Any] = {
        "group_uuid": group.uuid, "held_on": date(2024, 3, 14), "title": "Pelatihan Menjahit",
        "type": "Pelatihan", "sector": "Ekonomi Produktif", "funding": "APBD Kota",
        "amount": 2_500_000, "participants_count": 10,
    }  # fmt: skip
    values.update(changes)
    return ActivityInput(**values)


def _errors(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def _members(session: Session, make: Any, count: int) -> list[Member]:
    return [create_member(session, make.member(n)) for n in range(1, count + 1)]


def test_create_activity_with_audit(session: Session, group: Group) -> None:
    activity = create_activity(session, _input(group))
    assert activity.funding.label == "APBD Kota"
    assert activity.amount == 2_500_000
    entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == activity.uuid)).one()
    assert json.loads(entry.changes)["amount"] == [None, 2_500_000]


def test_required_fields(session: Session, group: Group) -> None:
    data = _input(group, group_uuid="", held_on=None, title=" ", type="", sector="", funding="")
    errors = _errors(lambda: create_activity(session, data))
    assert set(errors) == {"group_uuid", "held_on", "title", "type", "sector", "funding"}


@pytest.mark.parametrize("amount", [-1, 1500.5, 1500.0, "1500", True])
def test_money_must_be_whole_rupiah_not_negative(
    session: Session, group: Group, amount: Any
) -> None:
    errors = _errors(lambda: create_activity(session, _input(group, amount=amount)))
    assert set(errors) == {"amount"}
    assert "Jumlah dana" in errors["amount"]


def test_zero_rupiah_is_fine(session: Session, group: Group) -> None:
    assert create_activity(session, _input(group, amount=0)).amount == 0


def test_counts_must_be_whole_and_not_negative(session: Session, group: Group) -> None:
    data = _input(group, participants_count=-2, beneficiaries_count=2.5)
    errors = _errors(lambda: create_activity(session, data))
    assert set(errors) == {"participants_count", "beneficiaries_count"}


def test_archived_group_cannot_hold_activities(session: Session, group: Group) -> None:
    archive_group(session, group.uuid)
    errors = _errors(lambda: create_activity(session, _input(group)))
    assert set(errors) == {"group_uuid"}


def test_participants_never_below_attendee_count(session: Session, group: Group, make: Any) -> None:
    people = _members(session, make, 4)
    data = _input(group, participants_count=2, attendee_uuids=tuple(m.uuid for m in people))
    activity = create_activity(session, data)
    assert activity.participants_count == 4
    more = create_activity(session, _input(group, participants_count=30,
                                           attendee_uuids=(people[0].uuid,)))  # fmt: skip
    assert more.participants_count == 30, "guests who are not members may attend"


def test_attendance_is_replaced_on_update(session: Session, group: Group, make: Any) -> None:
    people = _members(session, make, 5)
    first_three = tuple(m.uuid for m in people[:3])
    activity = create_activity(session, _input(group, participants_count=0,
                                               attendee_uuids=first_three))  # fmt: skip
    last_two = tuple(m.uuid for m in people[3:])
    update_activity(session, activity.uuid, _input(group, participants_count=0,
                                                   attendee_uuids=last_two))  # fmt: skip
    assert sorted(attendee_uuids(session, activity.id)) == sorted(last_two)
    rows = session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.activity_id == activity.id)
    )
    assert rows == 2
    assert activity.participants_count == 2
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == activity.uuid).order_by(AuditEntry.id)
    ).all()[-1]
    changes = json.loads(entry.changes)
    assert changes["attendees"] == [3, 2]
    assert changes["participants_count"] == [3, 2]


def test_duplicate_attendees_count_once(session: Session, group: Group, make: Any) -> None:
    (person,) = _members(session, make, 1)
    data = _input(group, participants_count=0, attendee_uuids=(person.uuid, person.uuid))
    activity = create_activity(session, data)
    assert activity.participants_count == 1


def test_unknown_or_archived_attendee_is_refused(session: Session, group: Group, make: Any) -> None:
    people = _members(session, make, 2)
    archive_member(session, people[1].uuid)
    for uuids in (("tidak-ada",), (people[0].uuid, people[1].uuid)):
        errors = _errors(lambda u=uuids: create_activity(session, _input(group, attendee_uuids=u)))
        assert "daftar hadir" in errors["attendees"]


def test_archive_and_restore(session: Session, group: Group) -> None:
    activity = create_activity(session, _input(group))
    archive_activity(session, activity.uuid, expected_version=1)
    assert activity.archived_at is not None
    restore_activity(session, activity.uuid)
    assert activity.archived_at is None
    actions = session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.entity_uuid == activity.uuid)
        .order_by(AuditEntry.id)
    ).all()
    assert actions == ["create", "archive", "restore"]


def test_stale_version_raises_conflict(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        uuid = create_activity(session, _input(group)).uuid
    with database.session(operator="Rina") as session:
        update_activity(session, uuid, _input(group, amount=3_000_000), expected_version=1)
    with pytest.raises(ConflictError) as caught, database.session() as session:
        update_activity(session, uuid, _input(group, title="Judul Lain"), expected_version=1)
    assert "Rina" in caught.value.message
    assert "amount" in caught.value.message
    with pytest.raises(ConflictError), database.session() as session:
        archive_activity(session, uuid, expected_version=1)
    with database.read_session() as session:
        activity = get_activity(session, uuid)
        assert (activity.title, activity.amount) == ("Pelatihan Menjahit", 3_000_000)
        assert activity.archived_at is None


def test_failed_update_leaves_attendance_untouched(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        person = create_member(session, make.member(1))
        uuid = create_activity(session, _input(group, attendee_uuids=(person.uuid,))).uuid
    with pytest.raises(ValidationFailed), database.session() as session:
        update_activity(session, uuid, _input(group, amount=-5, attendee_uuids=()))
    with database.read_session() as session:
        activity = get_activity(session, uuid)
        assert attendee_uuids(session, activity.id) == [person.uuid]
        assert activity.amount == 2_500_000
