"""What the editor forms need, read in one session as frozen rows: records, pickers, lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.attendance_numbers import SHEET_ORDER
from wksbm_desktop.core.domain.nik import mask_nik
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.core.queries.labels import rt_rw
from wksbm_desktop.core.queries.records import ROLE_RANK, copy_fields
from wksbm_desktop.core.services.access import ids_on_screen
from wksbm_desktop.core.services.common import get_by_uuid
from wksbm_desktop.core.services.reference import labels

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Choice:
    """An entry of a picker: what to store (uuid) and what to show (label).

    ``nik`` is the full NIK of a member entry: the attendance filter searches it.
    """

    uuid: str
    label: str
    nik: str = ""


@dataclass(frozen=True)
class GroupChoice:
    uuid: str
    name: str
    type: str
    sector: str
    rt: str
    rw: str

    @property
    def label(self) -> str:
        place = rt_rw(self.rt, self.rw)
        return (
            f"{self.name} ({self.type}, RT/RW {place})" if place else f"{self.name} ({self.type})"
        )


@dataclass(frozen=True)
class MembershipRow:
    uuid: str
    member_uuid: str
    member_name: str
    group_uuid: str
    group_name: str
    role: str
    started_on: date
    ended_on: date | None

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class AssessmentRow:
    uuid: str
    assessed_on: date
    level: str
    notes: str


@dataclass(frozen=True)
class GroupRecord:
    uuid: str
    version: int
    name: str
    type: str
    sector: str
    parent_uuid: str | None
    rw: str
    rt: str
    address: str
    founded_on: date | None
    sk_number: str
    sk_date: date | None
    sk_issuer: str
    status: str
    phone: str
    notes: str


@dataclass(frozen=True)
class GroupForm:
    record: GroupRecord | None
    types: tuple[str, ...]
    sectors: tuple[str, ...]
    parents: tuple[Choice, ...]
    memberships: tuple[MembershipRow, ...]
    assessments: tuple[AssessmentRow, ...]


@dataclass(frozen=True)
class MemberRecord:
    uuid: str
    version: int
    nik: str
    kk: str
    full_name: str
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
    dtsen_as_of: date | None
    disability: bool
    notes: str


@dataclass(frozen=True)
class MemberForm:
    record: MemberRecord | None
    educations: tuple[str, ...]
    groups: tuple[GroupChoice, ...]
    memberships: tuple[MembershipRow, ...]


@dataclass(frozen=True)
class ActivityRecord:
    uuid: str
    version: int
    group_uuid: str
    held_on: date
    title: str
    type: str
    sector: str
    funding: str
    location: str
    facilitator: str
    amount: int
    participants_count: int
    beneficiaries_count: int
    outcome: str
    attendees: tuple[Choice, ...]


@dataclass(frozen=True)
class ActivityForm:
    record: ActivityRecord | None
    groups: tuple[GroupChoice, ...]
    types: tuple[str, ...]
    sectors: tuple[str, ...]
    fundings: tuple[str, ...]


def member_label(name: str, nik: str, rt: str = "", rw: str = "") -> str:
    """How a member appears in pickers: the name, a masked NIK and RT/RW tell namesakes apart."""
    place = rt_rw(rt, rw)
    return f"{name} ({mask_nik(nik)}, RT/RW {place})" if place else f"{name} ({mask_nik(nik)})"


def member_choice(name: str, nik: str, rt: str, rw: str, uuid: str) -> Choice:
    return Choice(uuid, member_label(name, nik, rt, rw), nik)


def _label_of(session: Session, item_id: int) -> str:
    return session.scalar(select(ReferenceItem.label).where(ReferenceItem.id == item_id)) or ""


def _with_current(items: list[str], current: str) -> tuple[str, ...]:
    """A list of choices that still offers a value that has since been hidden from the list."""
    return tuple(items if not current or current in items else [*items, current])


def live_groups(session: Session) -> list[GroupChoice]:
    """Every live group, by name, for the group pickers."""
    type_item = ReferenceItem.__table__.alias("type_item")
    sector_item = ReferenceItem.__table__.alias("sector_item")
    query = (
        select(Group.uuid, Group.name, type_item.c.label, sector_item.c.label, Group.rt, Group.rw)
        .join(type_item, type_item.c.id == Group.type_id)
        .join(sector_item, sector_item.c.id == Group.sector_id)
        .where(Group.archived_at.is_(None))
        .order_by(Group.name, Group.id)
    )
    return [GroupChoice(*row) for row in session.execute(query)]


def parent_choices(session: Session, own_uuid: str | None) -> list[Choice]:
    """Groups that may be a WKSBM network parent: live, not a child themselves, not this one."""
    query = (
        select(Group.uuid, Group.name)
        .where(Group.archived_at.is_(None), Group.parent_id.is_(None))
        .order_by(Group.name, Group.id)
    )
    if own_uuid is not None:
        query = query.where(Group.uuid != own_uuid)
    return [Choice(uuid, name) for uuid, name in session.execute(query)]


def _membership_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Membership.uuid,
            Member.uuid,
            Member.full_name,
            Group.uuid,
            Group.name,
            Membership.role,
            Membership.started_on,
            Membership.ended_on,
        )
        .join(Member, Member.id == Membership.member_id)
        .join(Group, Group.id == Membership.group_id)
    )


def group_memberships(session: Session, group_id: int) -> list[MembershipRow]:
    """Current memberships first (officers before members), then the history."""
    query = (
        _membership_query()
        .where(Membership.group_id == group_id, Member.archived_at.is_(None))
        .order_by(Membership.ended_on.is_not(None), ROLE_RANK, Member.full_name)
    )
    return [MembershipRow(*row) for row in session.execute(query)]


def member_memberships(session: Session, member_id: int) -> list[MembershipRow]:
    query = (
        _membership_query()
        .where(Membership.member_id == member_id, Group.archived_at.is_(None))
        .order_by(Membership.ended_on.is_not(None), Group.name, Membership.started_on.desc())
    )
    return [MembershipRow(*row) for row in session.execute(query)]


def load_group_form(session: Session, uuid: str | None) -> GroupForm:
    group = None if uuid is None else get_by_uuid(session, Group, uuid, "kelompok")
    record = None if group is None else _group_record(session, group)
    assessments: list[AssessmentRow] = []
    memberships: list[MembershipRow] = []
    if group is not None:
        memberships = group_memberships(session, group.id)
        query = (
            select(Assessment.uuid, Assessment.assessed_on, Assessment.level, Assessment.notes)
            .where(Assessment.group_id == group.id)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        )
        assessments = [AssessmentRow(*row) for row in session.execute(query)]
    return GroupForm(
        record=record,
        types=_with_current(labels(session, "group_type"), record.type if record else ""),
        sectors=_with_current(labels(session, "sector"), record.sector if record else ""),
        parents=tuple(parent_choices(session, uuid)),
        memberships=tuple(memberships),
        assessments=tuple(assessments),
    )


def _group_record(session: Session, group: Group) -> GroupRecord:
    parent_uuid = None
    if group.parent_id is not None:
        parent_uuid = session.scalar(select(Group.uuid).where(Group.id == group.parent_id))
    return copy_fields(
        GroupRecord,
        group,
        type=_label_of(session, group.type_id),
        sector=_label_of(session, group.sector_id),
        parent_uuid=parent_uuid,
    )


def load_member_form(session: Session, uuid: str | None) -> MemberForm:
    member = None if uuid is None else get_by_uuid(session, Member, uuid, "anggota")
    # An editor is for those who record, who see NIKs whole; whoever else gets here must not.
    record = None if member is None else _member_record(member, ids_on_screen(session))
    memberships = [] if member is None else member_memberships(session, member.id)
    educations = labels(session, "education")
    return MemberForm(
        record=record,
        educations=_with_current(educations, record.education if record else ""),
        groups=tuple(live_groups(session)),
        memberships=tuple(memberships),
    )


def _member_record(member: Member, shown: Callable[[str], str]) -> MemberRecord:
    return copy_fields(MemberRecord, member, nik=shown(member.nik), kk=shown(member.kk))


def load_activity_form(session: Session, uuid: str | None) -> ActivityForm:
    activity = None if uuid is None else get_by_uuid(session, Activity, uuid, "kegiatan")
    record = None if activity is None else _activity_record(session, activity)
    groups = live_groups(session)
    if (
        activity is not None
        and record is not None
        and all(g.uuid != record.group_uuid for g in groups)
    ):
        # The activity's group was archived later: keep it selectable so the form still loads.
        groups.append(_group_choice(session, activity.group_id))
    return ActivityForm(
        record=record,
        groups=tuple(groups),
        types=_with_current(labels(session, "activity_type"), record.type if record else ""),
        sectors=_with_current(labels(session, "sector"), record.sector if record else ""),
        fundings=_with_current(labels(session, "funding_source"), record.funding if record else ""),
    )


def _group_choice(session: Session, group_id: int) -> GroupChoice:
    group = session.get(Group, group_id)
    assert group is not None
    return GroupChoice(
        group.uuid,
        group.name,
        _label_of(session, group.type_id),
        _label_of(session, group.sector_id),
        group.rt,
        group.rw,
    )


def _activity_record(session: Session, activity: Activity) -> ActivityRecord:
    query = (
        _member_columns()
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.activity_id == activity.id)
        .order_by(*SHEET_ORDER)
    )
    attendees = tuple(member_choice(*row) for row in _rows(session, query))
    group_uuid = session.scalar(select(Group.uuid).where(Group.id == activity.group_id))
    return copy_fields(
        ActivityRecord,
        activity,
        group_uuid=group_uuid or "",
        type=_label_of(session, activity.type_id),
        sector=_label_of(session, activity.sector_id),
        funding=_label_of(session, activity.funding_id),
        attendees=attendees,
    )


def current_members(session: Session, group_uuid: str) -> list[Choice]:
    """The live members currently in a group, by name: the attendance checklist."""
    query = (
        _member_columns()
        .join(Membership, Membership.member_id == Member.id)
        .join(Group, Group.id == Membership.group_id)
        .where(
            Group.uuid == group_uuid, Membership.ended_on.is_(None), Member.archived_at.is_(None)
        )
        .order_by(*SHEET_ORDER)  # numbered like the printed daftar hadir
    )
    return [member_choice(*row) for row in _rows(session, query)]


def search_members(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[Choice]:
    """Live members whose name contains ``text`` or whose NIK starts with its digits."""
    wanted = text.strip()
    if not wanted:
        return []
    condition = func.lower(Member.full_name).contains(wanted.lower(), autoescape=True)
    digits = "".join(c for c in wanted if c.isdigit())
    if digits and len(digits) == len(wanted.replace(" ", "")):
        condition = or_(condition, Member.nik.startswith(digits, autoescape=True))
    query = (
        _member_columns()
        .where(Member.archived_at.is_(None), condition)
        .order_by(Member.full_name, Member.id)
        .limit(limit)
    )
    return [member_choice(*row) for row in _rows(session, query)]


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[Any]:
    return list(session.execute(query))


def _member_columns() -> Select[*tuple[Any, ...]]:
    """The columns :func:`member_choice` takes, in its order."""
    return select(Member.full_name, Member.nik, Member.rt, Member.rw, Member.uuid)


def member_choice_of(session: Session, uuid: str) -> Choice | None:
    """One member as a picker entry (a person just registered from the group form)."""
    rows = _rows(session, _member_columns().where(Member.uuid == uuid))
    return member_choice(*rows[0]) if rows else None
