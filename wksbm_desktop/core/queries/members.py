"""The Anggota list: search (name, NIK, No. KK, RT/RW, group), filters, sort and paging in SQL."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.queries.common import (
    ListRequest,
    count_rows,
    like,
    page,
    search_condition,
)


@dataclass(frozen=True)
class MemberRow:
    uuid: str
    full_name: str
    nik: str
    kk: str
    sex: str
    birth_date: date | None
    rt: str
    rw: str
    phone: str
    version: int
    groups: str = ""  # current groups, "Bank Sampah Melati, KUBE Mawar"


def _current_membership_in(group_condition: ColumnElement[bool]) -> ColumnElement[bool]:
    # An uncorrelated IN: the database finds the few matching groups once, not once per member.
    current_members = (
        select(Membership.member_id)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.ended_on.is_(None), Group.archived_at.is_(None), group_condition)
    )
    return Member.id.in_(current_members)


_first_group = (
    select(func.min(func.lower(Group.name)))
    .join(Membership, Membership.group_id == Group.id)
    .where(
        Membership.member_id == Member.id,
        Membership.ended_on.is_(None),
        Group.archived_at.is_(None),
    )
    .correlate(Member)
    .scalar_subquery()
)

SORT_KEYS: dict[str, tuple[ColumnElement[Any], ...]] = {
    "full_name": (func.lower(Member.full_name),),
    "nik": (Member.nik,),
    "kk": (Member.kk, func.lower(Member.full_name)),
    "sex": (Member.sex, func.lower(Member.full_name)),
    "birth_date": (Member.birth_date, func.lower(Member.full_name)),
    "rt_rw": (Member.rw, Member.rt, func.lower(Member.full_name)),
    "phone": (Member.phone, func.lower(Member.full_name)),
    "groups": (_first_group, func.lower(Member.full_name)),
}


def _base_query(request: ListRequest) -> Select[Any]:
    archived = Member.archived_at.is_not(None) if request.archived else Member.archived_at.is_(None)
    query = select(
        Member.uuid,
        Member.full_name,
        Member.nik,
        Member.kk,
        Member.sex,
        Member.birth_date,
        Member.rt,
        Member.rw,
        Member.phone,
        Member.version,
    ).where(archived)
    condition = search_condition(
        request.search,
        [
            Member.full_name,
            Member.nik,
            Member.kk,
            Member.rt,
            Member.rw,
            Member.rt + "/" + Member.rw,
        ],
        extra=[lambda pattern: _current_membership_in(like(Group.name, pattern))],
    )
    if condition is not None:
        query = query.where(condition)
    if (value := request.filter("sex")) is not None:
        query = query.where(Member.sex == value)
    if (value := request.filter("rw")) is not None:
        query = query.where(Member.rw == value)
    if (value := request.filter("group")) is not None:
        query = query.where(_current_membership_in(Group.uuid == value))
    return query


def _ordered(query: Select[Any], request: ListRequest) -> Select[Any]:
    keys = SORT_KEYS.get(request.sort, SORT_KEYS["full_name"])
    ordered = [key.desc() if request.descending else key.asc() for key in keys]
    return query.order_by(*ordered, Member.id)


def list_members(
    session: Session, request: ListRequest, offset: int, limit: int
) -> list[MemberRow]:
    query = page(_ordered(_base_query(request), request), offset, limit).add_columns(Member.id)
    fetched = session.execute(query).all()
    names = _current_group_names(session, [row[-1] for row in fetched])
    return [MemberRow(*row[:-1], groups=", ".join(names.get(row[-1], ()))) for row in fetched]


def _current_group_names(session: Session, member_ids: list[int]) -> dict[int, list[str]]:
    """Group names per member for one page: a second small query beats string_agg dialects."""
    if not member_ids:
        return {}
    query = (
        select(Membership.member_id, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(
            Membership.member_id.in_(member_ids),
            Membership.ended_on.is_(None),
            Group.archived_at.is_(None),
        )
        .order_by(func.lower(Group.name))
    )
    names: dict[int, list[str]] = defaultdict(list)
    for member_id, name in session.execute(query):
        names[member_id].append(name)
    return names


def count_members(session: Session, request: ListRequest) -> int:
    return count_rows(session, _base_query(request))


def member_rws(session: Session) -> list[str]:
    """RW numbers in use by live members, for the RW filter."""
    query = select(Member.rw).where(Member.archived_at.is_(None), Member.rw != "").distinct()
    return sorted(session.scalars(query))
