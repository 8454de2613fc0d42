"""The Kegiatan list: search (title, group, location), period and type filters, sort, paging."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.models import Activity, Group, ReferenceItem
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
class ActivityRow:
    uuid: str
    held_on: date
    title: str
    group_name: str
    type: str
    sector: str
    funding: str
    amount: int
    participants: int
    location: str
    version: int
    # The owning kelurahan's names: filled on a city installation, blank otherwise.
    kecamatan: str = field(default="", kw_only=True)
    kelurahan: str = field(default="", kw_only=True)


_Type = aliased(ReferenceItem, name="activity_type")
_Sector = aliased(ReferenceItem, name="activity_sector")
_Funding = aliased(ReferenceItem, name="activity_funding")

SORT_KEYS: dict[str, tuple[Column, ...]] = {
    "held_on": (Activity.held_on,),
    "title": (func.lower(Activity.title), Activity.held_on),
    "group_name": (func.lower(Group.name), Activity.held_on),
    "type": (func.lower(_Type.label), Activity.held_on),
    "sector": (func.lower(_Sector.label), Activity.held_on),
    "funding": (func.lower(_Funding.label), Activity.held_on),
    "amount": (Activity.amount, Activity.held_on),
    "participants": (Activity.participants_count, Activity.held_on),
    "location": (func.lower(Activity.location), Activity.held_on),
    **place_sort_keys(Activity.kelurahan_code, Activity.held_on),
}


def _base_query(request: ListRequest) -> Query:
    archived = (
        Activity.archived_at.is_not(None) if request.archived else Activity.archived_at.is_(None)
    )
    query: Query = (
        select(
            Activity.uuid,
            Activity.held_on,
            Activity.title,
            Group.name,
            _Type.label,
            _Sector.label,
            _Funding.label,
            Activity.amount,
            Activity.participants_count,
            Activity.location,
            Activity.version,
            *PLACE_COLUMNS,
        )
        .join(Group, Group.id == Activity.group_id)
        .join(_Type, _Type.id == Activity.type_id)
        .join(_Sector, _Sector.id == Activity.sector_id)
        .join(_Funding, _Funding.id == Activity.funding_id)
        .where(archived)
    )
    query = with_place(query, Activity.kelurahan_code)
    condition = search_condition(request.search, [Activity.title, Group.name, Activity.location])
    if condition is not None:
        query = query.where(condition)
    return _filtered(query, request)


def _filtered(query: Query, request: ListRequest) -> Query:
    if (value := request.filter("date_from")) is not None:
        query = query.where(Activity.held_on >= value)
    if (value := request.filter("date_to")) is not None:
        query = query.where(Activity.held_on <= value)
    for name, alias in (("type", _Type), ("sector", _Sector), ("funding", _Funding)):
        if (value := request.filter(name)) is not None:
            query = query.where(func.lower(alias.label) == str(value).lower())
    if (value := request.filter("group")) is not None:
        query = query.where(Group.uuid == value)
    return place_filtered(query, request, Activity.kelurahan_code)


def _ordered(query: Query, request: ListRequest) -> Query:
    # Newest first is what an operator expects of a diary-like list.
    default = request.sort not in SORT_KEYS
    keys = SORT_KEYS["held_on"] if default else SORT_KEYS[request.sort]
    descending = True if default else request.descending
    ordered = [sort_key(key, descending) for key in keys]
    return query.order_by(*ordered, Activity.id.desc() if descending else Activity.id)


def list_activities(
    session: Session, request: ListRequest, offset: int, limit: int
) -> list[ActivityRow]:
    query = page(_ordered(_base_query(request), request), offset, limit)
    return [
        ActivityRow(*row[:-2], kecamatan=row[-2] or "", kelurahan=row[-1] or "")
        for row in session.execute(query)
    ]


def count_activities(session: Session, request: ListRequest) -> int:
    if request.search.strip() or any(request.filter(n) is not None for n in _JOINED_FILTERS):
        return count_rows(session, _base_query(request))
    # Nothing reads the joined tables, and every activity has its group and labels (NOT NULL
    # foreign keys): count the activities alone instead of joining four tables per row.
    archived = (
        Activity.archived_at.is_not(None) if request.archived else Activity.archived_at.is_(None)
    )
    return count_rows(session, _filtered(select(Activity.id).where(archived), request))


_JOINED_FILTERS = ("type", "sector", "funding", "group")
