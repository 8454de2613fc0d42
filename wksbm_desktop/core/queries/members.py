"""The Anggota list: search (name, NIK, No. KK, RT/RW, group), filters, sort and paging in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik import ID_LENGTH
from wksbm_desktop.core.domain.roles import id_on_screen
from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.queries.city_lists import (
    PLACE_COLUMNS,
    PLACE_FILTERS,
    PLACE_SORTS,
    live_counts_by_code,
    place_filtered,
    place_slices,
    place_sort_keys,
    with_place,
)
from wksbm_desktop.core.queries.common import (
    LONG_NUMBER,
    Column,
    ListRequest,
    Query,
    count_rows,
    count_rows_upto,
    escape_like,
    like,
    page,
    search_terms,
    sort_key,
)
from wksbm_desktop.core.queries.member_row import MemberRow
from wksbm_desktop.core.services.access import shows_full_nik


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

_ROW_COLUMNS = (
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
)

SORT_KEYS: dict[str, tuple[Column, ...]] = {
    "full_name": (func.lower(Member.full_name),),
    "nik": (Member.nik,),
    "kk": (Member.kk, func.lower(Member.full_name)),
    "sex": (Member.sex, func.lower(Member.full_name)),
    "birth_date": (Member.birth_date, func.lower(Member.full_name)),
    "rt_rw": (Member.rw, Member.rt, func.lower(Member.full_name)),
    "phone": (Member.phone, func.lower(Member.full_name)),
    "groups": (_first_group, func.lower(Member.full_name)),
    **place_sort_keys(Member.kelurahan_code, func.lower(Member.full_name)),
}


def _term_condition(term: str, partial_ids: bool = True) -> ColumnElement[bool]:
    """One search word: in the name or a current group's name, or in a number column.

    Only the columns where the word can occur are read: NIK and No. KK hold 16 digits (an
    anonymised NIK "ANON" and digits), RT and RW three digits, "RT/RW" digits and a slash;
    a long number (a NIK or KK fragment) and an RT/RW ("001/003") are no names. Each skipped
    column is a LIKE less on every member, most of a search's time at city scale.

    Without ``partial_ids`` (a Pemantau, who sees them masked) NIK and No. KK match a whole
    typed number only: searching by fragments would spell out the hidden digits one by one.
    """
    pattern = f"%{escape_like(term)}%"
    long_number = term.isdigit() and len(term) >= LONG_NUMBER
    rt_rw = "/" in term and set(term) <= _RT_RW_CHARACTERS  # "001/003": an RT/RW, no name
    alternatives = []
    if not long_number and not rt_rw:
        alternatives += [
            like(Member.full_name, pattern),
            _current_membership_in(like(Group.name, pattern)),
        ]
    if term.isdigit() and partial_ids:
        alternatives += [_plain_like(Member.nik, pattern), _plain_like(Member.kk, pattern)]
    elif term.isdigit() and len(term) == ID_LENGTH:
        alternatives += [Member.nik == term, Member.kk == term]
    if term.isdigit():
        if len(term) <= _RT_RW_WIDTH:
            alternatives += [_plain_like(Member.rt, pattern), _plain_like(Member.rw, pattern)]
    elif term.isalnum() and (term in "anon" or any(char.isdigit() for char in term)):
        alternatives.append(like(Member.nik, pattern))
    if rt_rw:
        alternatives.append(_plain_like(Member.rt + "/" + Member.rw, pattern))
    return or_(false(), *alternatives)  # a Pemantau's fragment of a NIK matches nothing


def _plain_like(column: Column, pattern: str) -> ColumnElement[bool]:
    # Digits have no case: a plain LIKE, no lower() on every row.
    return column.like(pattern, escape="\\")


_RT_RW_WIDTH = 3
_RT_RW_CHARACTERS = set("0123456789/")


def _base_query(
    request: ListRequest, columns: Sequence[Any] = _ROW_COLUMNS, partial_ids: bool = True
) -> Query:
    archived = Member.archived_at.is_not(None) if request.archived else Member.archived_at.is_(None)
    query = select(*columns).where(archived)
    for term in search_terms(request.search):
        query = query.where(_term_condition(term, partial_ids))
    if (value := request.filter("sex")) is not None:
        query = query.where(Member.sex == value)
    if (value := request.filter("rw")) is not None:
        query = query.where(Member.rw == value)
    if (value := request.filter("group")) is not None:
        query = query.where(_current_membership_in(Group.uuid == value))
    return place_filtered(query, request, Member.kelurahan_code)


def _ordered(query: Query, request: ListRequest) -> Query:
    keys = SORT_KEYS.get(request.sort, SORT_KEYS["full_name"])
    # The tie-break follows the direction too, so that both directions walk the name index
    # (ix_members_live_name) instead of sorting every row.
    ordered = [sort_key(key, request.descending) for key in (*keys, Member.id)]
    return query.order_by(*ordered)


def list_members(
    session: Session, request: ListRequest, offset: int, limit: int
) -> list[MemberRow]:
    full = shows_full_nik(session)
    listed = with_place(
        _base_query(request, (*_ROW_COLUMNS, *PLACE_COLUMNS), full), Member.kelurahan_code
    ).add_columns(Member.id)
    if request.sort in PLACE_SORTS:
        fetched = _fetch_by_place(session, listed, request, offset, limit)
    else:
        fetched = list(session.execute(page(_ordered(listed, request), offset, limit)).all())
    names = current_group_names(session, [row[-1] for row in fetched])
    width, shown = len(_ROW_COLUMNS), id_on_screen(full)
    return [
        MemberRow(
            *row[:width],
            groups=", ".join(names.get(row[-1], ())),
            kecamatan=row[width] or "",
            kelurahan=row[width + 1] or "",
        ).with_ids(shown)
        for row in fetched
    ]


def _fetch_by_place(
    session: Session, listed: Query, request: ListRequest, offset: int, limit: int
) -> list[Any]:
    """A page sorted by kecamatan or kelurahan, a kelurahan at a time (``place_slices``)."""
    # Within one kelurahan: by name, in the same direction, as SORT_KEYS ends.
    by_name = replace(request, sort="full_name")
    fetched: list[Any] = []
    counts = _counts_by_code(session, request)
    for code, start, take in place_slices(
        session, counts, request.sort, request.descending, offset, limit
    ):
        within = _ordered(listed.where(Member.kelurahan_code == code), by_name)
        fetched += session.execute(page(within, start, take)).all()
    return fetched


def _counts_by_code(session: Session, request: ListRequest) -> dict[str, int]:
    """Matching members per kelurahan code; the whole live list (or a place) from indexes."""
    other_filters = set(request.filters) - set(PLACE_FILTERS)
    if request.archived or request.search.strip() or any(request.filter(n) for n in other_filters):
        columns = (Member.kelurahan_code, func.count())
        counted = _base_query(request, columns, shows_full_nik(session))
        grouped = counted.group_by(Member.kelurahan_code)
        return {str(code): int(n) for code, n in session.execute(grouped)}
    return live_counts_by_code(session, request, Member.kelurahan_code, Member.archived_at)


def current_group_names(session: Session, member_ids: list[int]) -> dict[int, list[str]]:
    """Current group names per member (live groups, by name): a second small query beats
    string_agg dialects. The member list, NIK ganda and the duplicate finder use it."""
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
    return count_rows(session, _base_query(request, (Member.id,), shows_full_nik(session)))


def count_members_upto(session: Session, request: ListRequest, cap: int) -> int:
    """The count, but at most ``cap``: typing "a" need not count 150.000 matches."""
    query = _base_query(request, (Member.id,), shows_full_nik(session))
    return count_rows_upto(session, query, cap)


def member_rws(session: Session) -> list[str]:
    """RW numbers in use by live members, for the RW filter."""
    query = select(Member.rw).where(Member.archived_at.is_(None), Member.rw != "").distinct()
    return sorted(session.scalars(query))
