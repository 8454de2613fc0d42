"""Anonymising a member on request: personal fields gone, counts and history shapes kept."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import ValidationError
from wksbm_desktop.core.models import Activity, AuditEntry, Group, Member, Membership
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.services.activities import attendee_uuids, create_activity
from wksbm_desktop.core.services.members import (
    REDACTED,
    anonymise_member,
    create_member,
    update_member,
)
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.checks import invariant_problems

BORN = date(1985, 3, 9)


@pytest.fixture
def resident(session: Session, make: Any, group: Group) -> Member:
    member = create_member(session, make.member(
        7, sex="P", born=BORN, full_name="Siti Rahmawati", kk="3671051203100004",
        birth_place="Tangerang", address="Jl. Melati 3", rt="5", rw="2",
        phone="0812 3456 7890", notes="Penerima bantuan", education="SMA",
    ))  # fmt: skip
    add_membership(session, member.uuid, group.uuid, "bendahara", date(2023, 1, 5))
    session.flush()
    update_member(session, member.uuid, make.member(
        7, sex="P", born=BORN, full_name="Siti Rahmawati Dewi", kk="3671051203100004",
        birth_place="Tangerang", address="Jl. Melati 4", rt="5", rw="2",
        phone="0812 3456 7890", notes="Penerima bantuan", education="SMA",
    ))  # fmt: skip
    create_activity(session, ActivityInput(
        group_uuid=group.uuid, held_on=date(2024, 2, 1), title="Rapat bulanan", type="Rapat",
        sector="Ekonomi Produktif", funding="Swadaya/Iuran", attendee_uuids=(member.uuid,),
    ))  # fmt: skip
    session.flush()
    return member


def test_personal_fields_are_removed_and_counts_kept(session: Session, resident: Member) -> None:
    old_nik = resident.nik
    before = counts(session)
    anonymise_member(session, resident.uuid)
    session.flush()
    assert resident.nik == f"ANON{resident.id:012d}" and len(resident.nik) == 16
    assert resident.nik != old_nik
    assert (resident.full_name, resident.kk, resident.birth_place) == ("Anonim", "", "")
    assert (resident.address, resident.phone, resident.notes) == ("", "", "")
    assert resident.birth_date == date(1985, 7, 1)
    assert (resident.sex, resident.rt, resident.rw, resident.education) == (
        "P",
        "005",
        "002",
        "SMA",
    )
    assert resident.anonymised_at is not None
    assert counts(session) == before
    assert invariant_problems(session) == []


def test_attendance_and_memberships_survive(
    session: Session, resident: Member, group: Group
) -> None:
    anonymise_member(session, resident.uuid)
    session.flush()
    activity = session.scalars(select(Activity)).one()
    assert attendee_uuids(session, activity.id) == [resident.uuid]
    membership = session.scalars(select(Membership)).one()
    assert (membership.member_id, membership.role) == (resident.id, "bendahara")


def test_audit_keeps_no_old_personal_values(session: Session, resident: Member) -> None:
    secrets = [resident.nik, "3671051203100004", "Siti", "Melati", "0812", "Tangerang",
               "Penerima bantuan", "1985-03-09"]  # fmt: skip
    anonymise_member(session, resident.uuid)
    session.flush()
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == resident.uuid)
    ).all()
    assert [e.action for e in entries] == ["create", "update", "anonymise"]
    for entry in entries:
        for secret in secrets:
            assert secret not in entry.changes, (entry.action, secret)
    created = json.loads(entries[0].changes)
    assert created["nik"] == [REDACTED, REDACTED]
    assert created["sex"] == [None, "P"]  # non-personal history is kept
    last = json.loads(entries[-1].changes)
    assert last["full_name"] == [REDACTED, "Anonim"]
    assert last["birth_date"] == [REDACTED, "1985-07-01"]


def test_anonymising_twice_is_refused_and_edits_stay_blocked(
    session: Session, resident: Member, make: Any
) -> None:
    anonymise_member(session, resident.uuid)
    with pytest.raises(ValidationError) as caught:
        anonymise_member(session, resident.uuid)
    assert "sudah dianonimkan" in caught.value.message
    with pytest.raises(ValidationError):
        update_member(session, resident.uuid, make.member(8))


def test_two_anonymised_members_do_not_collide(session: Session, make: Any) -> None:
    first = create_member(session, make.member(21))
    second = create_member(session, make.member(22))
    anonymise_member(session, first.uuid)
    anonymise_member(session, second.uuid)
    session.flush()
    assert first.nik != second.nik
    assert invariant_problems(session) == []
