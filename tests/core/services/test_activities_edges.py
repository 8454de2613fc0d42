"""Activity rules checked without writing, and attendees added to an existing activity."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import Activity, AuditEntry, Group, Member
from wksbm_desktop.core.services.activities import (
    add_attendees,
    attendee_uuids,
    check_activity,
    create_activity,
)
from wksbm_desktop.core.services.members import create_member


def _input(group: Group, **changes: Any) -> ActivityInput:
    values: dict[str, Any] = {
        "group_uuid": group.uuid, "held_on": date(2024, 3, 14), "title": "Pelatihan Menjahit",
        "type": "Pelatihan", "sector": "Ekonomi Produktif", "funding": "APBD Kota",
    }  # fmt: skip
    values.update(changes)
    return ActivityInput(**values)


def test_checking_an_activity_reports_its_problems_and_writes_nothing(
    session: Session, group: Group
) -> None:
    check_activity(session, _input(group))  # a good row passes silently
    with pytest.raises(ValidationFailed) as caught:
        check_activity(session, _input(group, title=" ", type="Arisan Bulanan"))
    errors = caught.value.by_field()
    assert "Nama kegiatan wajib diisi" in errors["title"]
    assert "Arisan Bulanan" in errors["type"]
    assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_attendees_are_added_once_and_the_count_follows(
    session: Session, group: Group, member: Member, make: Any
) -> None:
    other = create_member(session, make.member(2))
    activity = create_activity(session, _input(group, attendee_uuids=(member.uuid,)))
    added = add_attendees(session, activity.uuid, (member.uuid, other.uuid, other.uuid))
    assert added == 1
    assert set(attendee_uuids(session, activity.id)) == {member.uuid, other.uuid}
    assert activity.participants_count == 2
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == activity.uuid)
        .order_by(AuditEntry.id.desc())
    ).first()  # fmt: skip
    assert entry is not None and json.loads(entry.changes)["attendees"] == [1, 2]
    # A daftar hadir imported twice adds nothing and records nothing.
    assert add_attendees(session, activity.uuid, (other.uuid,)) == 0
    entries = select(func.count()).select_from(AuditEntry)
    assert session.scalar(entries.where(AuditEntry.entity_uuid == activity.uuid)) == 2
