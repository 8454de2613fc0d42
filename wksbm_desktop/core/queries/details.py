"""What the detail panels show for one group, member or activity, as frozen rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.core.queries.records import ROLE_RANK, copy_fields
from wksbm_desktop.core.services.access import ids_on_screen


@dataclass(frozen=True)
class PersonInGroup:
    member_uuid: str
    full_name: str
    role: str
    started_on: date
    rt: str
    rw: str


@dataclass(frozen=True)
class ActivityLine:
    uuid: str
    held_on: date
    title: str
    group_name: str
    type: str
    participants: int


@dataclass(frozen=True)
class AssessmentLine:
    assessed_on: date
    level: str
    notes: str
    uuid: str  # opens the assessment's rubric answers (ui/programme/assessment_dialog.py)


@dataclass(frozen=True)
class GroupDetail:
    uuid: str
    name: str
    type: str
    sector: str
    status: str
    rt: str
    rw: str
    address: str
    founded_on: date | None
    sk_number: str
    sk_date: date | None
    parent_name: str
    phone: str
    people: tuple[PersonInGroup, ...]
    activities: tuple[ActivityLine, ...]
    assessments: tuple[AssessmentLine, ...]
    archived: bool


def group_detail(session: Session, uuid: str) -> GroupDetail | None:
    group = session.scalars(select(Group).where(Group.uuid == uuid)).first()
    if group is None:
        return None
    return copy_fields(
        GroupDetail,
        group,
        type=group.type.label,
        sector=group.sector.label,
        parent_name=group.parent.name if group.parent else "",
        people=tuple(_people(session, group.id)),
        activities=tuple(_activities(session, Activity.group_id == group.id)),
        assessments=tuple(_assessments(session, group.id)),
        archived=group.archived_at is not None,
    )


def _people(session: Session, group_id: int) -> list[PersonInGroup]:
    query = (
        select(
            Member.uuid,
            Member.full_name,
            Membership.role,
            Membership.started_on,
            Member.rt,
            Member.rw,
        )
        .join(Membership, Membership.member_id == Member.id)
        .where(
            Membership.group_id == group_id,
            Membership.ended_on.is_(None),
            Member.archived_at.is_(None),
        )
        .order_by(ROLE_RANK, func.lower(Member.full_name))
    )
    return [PersonInGroup(*row) for row in session.execute(query)]


def _activities(session: Session, condition: Any, limit: int = 500) -> list[ActivityLine]:
    query = (
        select(
            Activity.uuid,
            Activity.held_on,
            Activity.title,
            Group.name,
            ReferenceItem.label,
            Activity.participants_count,
        )
        .join(Group, Group.id == Activity.group_id)
        .join(ReferenceItem, ReferenceItem.id == Activity.type_id)
        .where(condition, Activity.archived_at.is_(None))
        .order_by(Activity.held_on.desc(), Activity.id.desc())
        .limit(limit)
    )
    return [ActivityLine(*row) for row in session.execute(query)]


def _assessments(session: Session, group_id: int) -> list[AssessmentLine]:
    query = (
        select(Assessment.assessed_on, Assessment.level, Assessment.notes, Assessment.uuid)
        .where(Assessment.group_id == group_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
    )
    return [AssessmentLine(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class MembershipLine:
    group_uuid: str
    group_name: str
    role: str
    started_on: date
    ended_on: date | None


@dataclass(frozen=True)
class MemberDetail:
    uuid: str
    full_name: str
    nik: str
    kk: str
    sex: str
    birth_place: str
    birth_date: date | None
    address: str
    rt: str
    rw: str
    phone: str
    education: str
    occupation: str
    dtsen_registered: bool
    dtsen_decile: int | None
    disability: bool
    memberships: tuple[MembershipLine, ...]
    activities: tuple[ActivityLine, ...]
    archived: bool


def member_detail(session: Session, uuid: str) -> MemberDetail | None:
    member = session.scalars(select(Member).where(Member.uuid == uuid)).first()
    if member is None:
        return None
    attended = Activity.id.in_(
        select(Attendance.activity_id).where(Attendance.member_id == member.id)
    )
    shown = ids_on_screen(session)
    return copy_fields(
        MemberDetail,
        member,
        nik=shown(member.nik),
        kk=shown(member.kk),
        memberships=tuple(_memberships(session, member.id)),
        activities=tuple(_activities(session, attended)),
        archived=member.archived_at is not None,
    )


def _memberships(session: Session, member_id: int) -> list[MembershipLine]:
    current_first = case((Membership.ended_on.is_(None), 0), else_=1)
    query = (
        select(Group.uuid, Group.name, Membership.role, Membership.started_on, Membership.ended_on)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.member_id == member_id)
        .order_by(current_first, Membership.started_on.desc(), func.lower(Group.name))
    )
    return [MembershipLine(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class Attendee:
    member_uuid: str
    full_name: str
    sex: str
    rt: str
    rw: str


@dataclass(frozen=True)
class ActivityDetail:
    uuid: str
    title: str
    held_on: date
    group_name: str
    type: str
    sector: str
    funding: str
    amount: int
    location: str
    facilitator: str
    participants: int
    beneficiaries: int
    outcome: str
    attendees: tuple[Attendee, ...]
    archived: bool


def activity_detail(session: Session, uuid: str) -> ActivityDetail | None:
    activity = session.scalars(select(Activity).where(Activity.uuid == uuid)).first()
    if activity is None:
        return None
    return copy_fields(
        ActivityDetail,
        activity,
        group_name=activity.group.name,
        type=activity.type.label,
        sector=activity.sector.label,
        funding=activity.funding.label,
        participants=activity.participants_count,
        beneficiaries=activity.beneficiaries_count,
        attendees=tuple(_attendees(session, activity.id)),
        archived=activity.archived_at is not None,
    )


def _attendees(session: Session, activity_id: int) -> list[Attendee]:
    query = (
        select(Member.uuid, Member.full_name, Member.sex, Member.rt, Member.rw)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.activity_id == activity_id)
        .order_by(func.lower(Member.full_name))
    )
    return [Attendee(*row) for row in session.execute(query)]
