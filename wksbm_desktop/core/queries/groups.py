"""The Kelompok list: search, filters, sort and paging in SQL, returning frozen rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.models import Group, Member, Membership, ReferenceItem
from wksbm_desktop.core.queries.city_lists import (
    PLACE_COLUMNS,
    place_filtered,
    place_sort_keys,
    with_place,
)
from wksbm_desktop.core.queries.common import (
    Column,
    ListRequest,
    Query,
    count_rows,
    page,
    search_condition,
    sort_key,
)


@dataclass(frozen=True)
class GroupRow:
    uuid: str
    name: str
    type: str
    sector: str
    rt: str
    rw: str
    status: str
    member_count: int
    ketua: str
    version: int
    # The owning kelurahan's names: filled on a city installation, blank otherwise.
    kecamatan: str = field(default="", kw_only=True)
    kelurahan: str = field(default="", kw_only=True)


_Type = aliased(ReferenceItem, name="group_type")
_Sector = aliased(ReferenceItem, name="group_sector")
_KetuaMembership = aliased(Membership, name="ketua_membership")
_Ketua = aliased(Member, name="ketua_member")

_member_count = (
    select(func.count())
    .select_from(Membership)
    .join(Member, Member.id == Membership.member_id)
    .where(
        Membership.group_id == Group.id,
        Membership.ended_on.is_(None),
        Member.archived_at.is_(None),
    )
    .correlate(Group)
    .scalar_subquery()
    .label("member_count")
)
_ketua_name = (
    select(_Ketua.full_name)
    .join(_KetuaMembership, _KetuaMembership.member_id == _Ketua.id)
    .where(
        _KetuaMembership.group_id == Group.id,
        _KetuaMembership.role == "ketua",
        _KetuaMembership.ended_on.is_(None),
    )
    .correlate(Group)
    .limit(1)
    .scalar_subquery()
    .label("ketua")
)

SORT_KEYS: dict[str, tuple[Column, ...]] = {
    "name": (func.lower(Group.name),),
    "type": (func.lower(_Type.label), func.lower(Group.name)),
    "sector": (func.lower(_Sector.label), func.lower(Group.name)),
    "rt_rw": (Group.rw, Group.rt, func.lower(Group.name)),
    "status": (Group.status, func.lower(Group.name)),
    "member_count": (_member_count, func.lower(Group.name)),
    "ketua": (func.lower(_ketua_name), func.lower(Group.name)),
    **place_sort_keys(Group.kelurahan_code, func.lower(Group.name)),
}


def _base_query(request: ListRequest) -> Query:
    archived = Group.archived_at.is_not(None) if request.archived else Group.archived_at.is_(None)
    query = (
        select(
            Group.uuid,
            Group.name,
            _Type.label,
            _Sector.label,
            Group.rt,
            Group.rw,
            Group.status,
            _member_count,
            _ketua_name,
            Group.version,
            *PLACE_COLUMNS,
        )
        .join(_Type, _Type.id == Group.type_id)
        .join(_Sector, _Sector.id == Group.sector_id)
        .where(archived)
    )
    query = with_place(query, Group.kelurahan_code)
    condition = search_condition(
        request.search,
        [Group.name, _Type.label, Group.rt, Group.rw, Group.rt + "/" + Group.rw, Group.address],
    )
    if condition is not None:
        query = query.where(condition)
    return _filtered(query, request)


def _filtered(query: Query, request: ListRequest) -> Query:
    if (value := request.filter("type")) is not None:
        query = query.where(func.lower(_Type.label) == str(value).lower())
    if (value := request.filter("sector")) is not None:
        query = query.where(func.lower(_Sector.label) == str(value).lower())
    if (value := request.filter("status")) is not None:
        query = query.where(Group.status == value)
    if (value := request.filter("rw")) is not None:
        query = query.where(Group.rw == value)
    return place_filtered(query, request, Group.kelurahan_code)


def _ordered(query: Query, request: ListRequest) -> Query:
    keys = SORT_KEYS.get(request.sort, SORT_KEYS["name"])
    # The tie-break follows the direction, so both directions walk ix_groups_live_name.
    ordered = [sort_key(key, request.descending) for key in (*keys, Group.id)]
    return query.order_by(*ordered)


def list_groups(session: Session, request: ListRequest, offset: int, limit: int) -> list[GroupRow]:
    query = page(_ordered(_base_query(request), request), offset, limit)
    return [
        GroupRow(*row[:-2], kecamatan=row[-2] or "", kelurahan=row[-1] or "")
        for row in session.execute(query)
    ]


def count_groups(session: Session, request: ListRequest) -> int:
    return count_rows(session, _base_query(request))


def group_rws(session: Session) -> list[str]:
    """RW numbers in use by live groups, for the RW filter."""
    query = select(Group.rw).where(Group.archived_at.is_(None), Group.rw != "").distinct()
    return sorted(session.scalars(query))


@dataclass(frozen=True)
class GroupChoice:
    uuid: str
    name: str


def group_choices(session: Session) -> list[GroupChoice]:
    """Live groups by name, for filters and pickers."""
    query = (
        select(Group.uuid, Group.name)
        .where(Group.archived_at.is_(None))
        .order_by(func.lower(Group.name), Group.id)
    )
    return [GroupChoice(*row) for row in session.execute(query)]
