"""SQL queries that stream the rows of each data sheet, in a stable order, without ORM objects."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.domain.period import (
    Period,
    group_known_on,
    member_known_on,
    membership_active_on,
)
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.excel.report import programme_rows

__all__ = ["QUERIES", "Period", "Query", "count", "stream"]

STREAM_BATCH = 2_000
# Rows of any shape: SQLAlchemy 2.1 types a select by its column types.
Query: TypeAlias = "Select[*tuple[Any, ...]]"


def _live_group() -> ColumnElement[bool]:
    return Group.archived_at.is_(None)


def groups_query(period: Period, as_of: date, known: bool = True) -> Query:
    """Live groups; with a period end, those on the register on the figure date ``as_of``
    (unless ``known`` is False: see ``city_query``)."""
    kind, sector = aliased(ReferenceItem), aliased(ReferenceItem)
    parent = aliased(Group)
    level = select(Assessment.level).where(Assessment.group_id == Group.id)
    if period.end is not None:
        level = level.where(Assessment.assessed_on <= as_of)
    level = level.order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(1)
    members = (
        select(func.count())
        .select_from(Membership)
        .join(Member, Member.id == Membership.member_id)
        .where(Membership.group_id == Group.id, membership_active_on(as_of))
        .where(Member.archived_at.is_(None))
    )
    query = (
        select(
            Group.uuid,
            Group.name,
            kind.label.label("type"),
            sector.label.label("sector"),
            Group.status,
            level.scalar_subquery().label("level"),
            members.scalar_subquery().label("current_members"),
            parent.name.label("parent_name"),
            parent.uuid.label("parent_uuid"),
            Group.rw,
            Group.rt,
            Group.address,
            Group.founded_on,
            Group.sk_number,
            Group.sk_date,
            Group.sk_issuer,
            Group.phone,
            Group.notes,
            Group.updated_at,
        )
        .join(kind, kind.id == Group.type_id)
        .join(sector, sector.id == Group.sector_id)
        .outerjoin(parent, and_(parent.id == Group.parent_id, parent.archived_at.is_(None)))
        .where(_live_group())
        .order_by(Group.name, Group.uuid)
    )
    return query.where(group_known_on(as_of)) if known and period.end is not None else query


def members_query(period: Period, as_of: date, known: bool = True) -> Query:
    # The register of residents is a state on the figure date, not a flow of the period.
    query = (
        select(
            Member.uuid,
            Member.nik,
            Member.kk,
            Member.full_name,
            Member.sex,
            Member.birth_place,
            Member.birth_date,
            Member.address,
            Member.rt,
            Member.rw,
            Member.phone,
            Member.education,
            Member.occupation,
            Member.dtsen_registered,
            Member.dtsen_decile,
            Member.dtsen_as_of,
            Member.disability,
            Member.notes,
            Member.updated_at,
        )
        .where(Member.archived_at.is_(None))
        .order_by(Member.full_name, Member.uuid)
    )
    return query.where(member_known_on(as_of)) if known and period.end is not None else query


_ROLE_ORDER = case(
    {"ketua": 1, "wakil_ketua": 2, "sekretaris": 3, "bendahara": 4}, value=Membership.role, else_=5
)


def memberships_query(period: Period, as_of: date) -> Query:
    query = (
        select(
            Membership.uuid,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            Member.uuid.label("member_uuid"),
            Member.nik,
            Member.full_name,
            Member.sex,
            Member.rt,
            Member.rw,
            Membership.role,
            Membership.started_on,
            Membership.ended_on,
            Membership.updated_at,
        )
        .join(Group, Group.id == Membership.group_id)
        .join(Member, Member.id == Membership.member_id)
        .where(_live_group(), Member.archived_at.is_(None))
    )
    if period.end is not None:
        query = query.where(Membership.started_on <= as_of)
    if period.start is not None:
        query = query.where(or_(Membership.ended_on.is_(None), Membership.ended_on >= period.start))
    return query.order_by(
        Group.name,
        Group.uuid,
        Membership.ended_on.is_not(None),
        _ROLE_ORDER,
        Member.full_name,
        Membership.started_on,
        Membership.uuid,
    )


def _activity_filter(query: Query, period: Period) -> Query:
    query = query.where(Activity.archived_at.is_(None), _live_group())
    if period.start is not None:
        query = query.where(Activity.held_on >= period.start)
    if period.end is not None:
        query = query.where(Activity.held_on <= period.end)
    return query


def activities_query(period: Period, as_of: date) -> Query:
    kind, sector, funding = aliased(ReferenceItem), aliased(ReferenceItem), aliased(ReferenceItem)
    query = (
        select(
            Activity.uuid,
            Activity.held_on,
            Activity.title,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            kind.label.label("type"),
            sector.label.label("sector"),
            funding.label.label("funding"),
            Activity.amount,
            Activity.location,
            Activity.facilitator,
            Activity.participants_count,
            Activity.beneficiaries_count,
            Activity.outcome,
            Activity.updated_at,
        )
        .join(Group, Group.id == Activity.group_id)
        .join(kind, kind.id == Activity.type_id)
        .join(sector, sector.id == Activity.sector_id)
        .join(funding, funding.id == Activity.funding_id)
    )
    return _activity_filter(query, period).order_by(Activity.held_on, Activity.title, Activity.uuid)


def attendance_query(period: Period, as_of: date) -> Query:
    # Attendance of archived members cannot be re-created on import, so it is not carried.
    query = (
        select(
            Activity.uuid.label("activity_uuid"),
            Activity.held_on,
            Activity.title,
            Member.uuid.label("member_uuid"),
            Member.nik,
            Member.full_name,
        )
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Group, Group.id == Activity.group_id)
        .join(Member, Member.id == Attendance.member_id)
        .where(Member.archived_at.is_(None))
    )
    return _activity_filter(query, period).order_by(
        Activity.held_on, Activity.uuid, Member.full_name, Member.uuid
    )


def assessments_query(period: Period, as_of: date) -> Query:
    query = (
        select(
            Assessment.uuid,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            Assessment.assessed_on,
            Assessment.level,
            Assessment.notes,
            Assessment.suggested_level,
            Assessment.suggestion_reasons,
            Assessment.updated_at,
        )
        .join(Group, Group.id == Assessment.group_id)
        .where(_live_group())
    )
    if period.end is not None:
        query = query.where(Assessment.assessed_on <= as_of)
    return query.order_by(Group.name, Group.uuid, Assessment.assessed_on, Assessment.uuid)


def removed_rows(session: Session) -> list[dict[str, Any]]:
    """The tombstones of the hidden ``_hapus`` sheet (schema.REMOVED), oldest first.

    Archived groups, members and activities, and the programme's archived records (format 5,
    programme_rows.py); anonymised members (their row in Warga shows the
    anonymised values, the tombstone tells the city to redact its history too).
    """
    found: list[dict[str, Any]] = []
    for key, model in (("groups", Group), ("members", Member), ("activities", Activity)):
        query = select(model.uuid, model.archived_at).where(model.archived_at.is_not(None))
        found += [
            {"entity": key, "removal": "archived", "at": at, "uuid": uuid}
            for uuid, at in session.execute(query)
        ]
    anonymised = select(Member.uuid, Member.anonymised_at).where(Member.anonymised_at.is_not(None))
    found += [
        {"entity": "members", "removal": "anonymised", "at": at, "uuid": uuid}
        for uuid, at in session.execute(anonymised)
    ]
    found += programme_rows.removed_programme_rows(session)
    return sorted(found, key=lambda row: (row["at"], row["entity"], row["uuid"]))


QUERIES = {
    "groups": groups_query,
    "memberships": memberships_query,
    "activities": activities_query,
    "members": members_query,
    "attendance": attendance_query,
    "assessments": assessments_query,
    **programme_rows.QUERIES,
}


# The record whose kelurahan owns each sheet's rows (docs/city.md, "Who owns a record").
OWNERS: dict[str, type[Any]] = {
    "groups": Group,
    "memberships": Membership,
    "activities": Activity,
    "members": Member,
    "attendance": Attendance,
    "assessments": Assessment,
    **programme_rows.OWNERS,
}


def city_query(key: str, period: Period, as_of: date, kelurahan_code: str) -> Query:
    """The rows of one sheet of one kelurahan's report, from a city database.

    The city holds what the kelurahan's reports carried, so the report already chose which
    groups and residents were on the register on its figure date; the register rules are not
    applied again, because a record's ``created_at`` at the city is the day it was received.
    """
    if key == "groups":
        query = groups_query(period, as_of, known=False)
    elif key == "members":
        query = members_query(period, as_of, known=False)
    else:
        query = QUERIES[key](period, as_of)
    return query.where(OWNERS[key].kelurahan_code == kelurahan_code)


def _query(key: str, period: Period, as_of: date, kelurahan_code: str | None) -> Query:
    if kelurahan_code is None:
        return QUERIES[key](period, as_of)
    return city_query(key, period, as_of, kelurahan_code)


def count(
    session: Session,
    key: str,
    period: Period,
    as_of: date | None = None,
    kelurahan_code: str | None = None,
) -> int:
    as_of = as_of or period.figure_date(date.today())
    query = _query(key, period, as_of, kelurahan_code).order_by(None)
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def stream(
    session: Session,
    key: str,
    period: Period,
    as_of: date | None = None,
    kelurahan_code: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The rows of one sheet as plain dicts, fetched in batches so memory stays flat.

    ``as_of`` is the period's figure date (core/domain/period.py): the states the sheet shows
    (active members, latest level) are those of that day (today's without a period end).
    With ``kelurahan_code`` the rows are that kelurahan's in a city database (``city_query``).
    """
    as_of = as_of or period.figure_date(date.today())
    query = _query(key, period, as_of, kelurahan_code).execution_options(yield_per=STREAM_BATCH)
    for row in session.execute(query).mappings():
        yield dict(row)
