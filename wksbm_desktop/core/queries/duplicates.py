"""Likely duplicates among live members: blocking keys find candidates, rules score them.

The finder never compares every pair. Each member gets a few blocking keys (parts of the NIK,
the birth date with sex, the No. KK; the folded name for those without a birth date); only
members sharing a key are compared, by :func:`duplicate_rules.judge`. docs/duplicates.md
describes the kinds and the scores.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import Select, String, cast, select, union
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import person_names as names
from wksbm_desktop.core.models import (
    OWN_KELURAHAN_CODE,
    SEXES,
    DismissedPair,
    Member,
    Office,
)
from wksbm_desktop.core.queries.duplicate_rules import Person, Verdict, judge
from wksbm_desktop.core.queries.members import current_group_names

MAX_BLOCK = 400  # a larger block (a masked NIK, a very common name) says nothing about identity


@dataclass(frozen=True)
class PersonSummary:
    """One side of a pair, as the review shows it."""

    uuid: str
    nik: str
    name: str
    sex: str
    birth_place: str
    birth_date: date | None
    kk: str
    rt: str
    rw: str
    address: str
    kelurahan_code: str
    groups: tuple[str, ...]  # names of the groups the member is currently in


@dataclass(frozen=True)
class DuplicatePair:
    """Two records likely of one person, best evidence first in ``reasons``."""

    a: PersonSummary
    b: PersonSummary
    score: float  # 0..1
    reasons: tuple[str, ...]  # sentences in the UI language
    kinds: tuple[str, ...]  # machine names, see duplicate_rules.KINDS


def _columns() -> tuple[object, ...]:
    return (
        Member.id,
        Member.uuid,
        Member.nik,
        Member.full_name,
        Member.sex,
        cast(Member.birth_date, String),
        Member.kk,
        Member.rt,
        Member.rw,
        Member.address,
        Member.kelurahan_code,
        Member.birth_place,
    )


def _live_people(session: Session, whole_city: bool) -> list[Person]:
    query = select(*_columns()).where(  # type: ignore[call-overload]
        Member.archived_at.is_(None), Member.anonymised_at.is_(None)
    )
    if not whole_city:
        query = query.where(Member.kelurahan_code == OWN_KELURAHAN_CODE)
    # Core rows (no ORM layer), fetched at once: 150,000 of them.
    return [Person(row) for row in session.connection().execute(query).all()]


def _keys(person: Person) -> Iterator[str]:
    """The blocking keys of one member; two members are compared when they share one."""
    nik = person.nik
    if person.full_nik:
        # One digit off leaves digits 9-16, 1-12 or 1-8 + 13-16 unchanged; so do two
        # neighbouring digits exchanged, except across 8|9 and 12|13: the last two keys.
        yield "a" + nik[8:]
        yield "b" + nik[:12]
        yield "c" + nik[:8] + nik[12:]
        yield "x" + nik[:7] + "".join(sorted(nik[7:9])) + nik[9:]
        yield "y" + nik[:11] + "".join(sorted(nik[11:13])) + nik[13:]
    born = person.any_birth_key
    if born:
        yield f"d{born}{person.sex}"
    if person.full_kk:
        yield "k" + person.kk


def _candidate_pairs(people: list[Person]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        for key in _keys(person):
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))  # indices ascend: (lower, higher)
    return pairs


def _name_keyed(people: list[Person]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        if person.key:
            found[person.key].append(index)
    return found


def _missing_birth_pairs(people: list[Person]) -> set[tuple[int, int]]:
    """Each member without a birth date against everyone with the same folded name."""
    by_name = _name_keyed(people)
    pairs: set[tuple[int, int]] = set()
    for index, person in enumerate(people):
        if person.birth or not person.key:
            continue
        same = by_name[person.key]
        if len(same) > MAX_BLOCK:
            continue
        pairs.update((min(index, o), max(index, o)) for o in same if o != index)
    return pairs


# --- the finder ------------------------------------------------------------------------------


def find_duplicates(session: Session, *, whole_city: bool = False) -> list[DuplicatePair]:
    """Pairs of live members likely to be one person, best first; dismissed pairs left out.

    On a kelurahan installation the office's own members; ``whole_city`` (the city) every
    kelurahan's.
    """
    with _no_cycle_collection():
        return _find(session, whole_city)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The finder makes a million small lists and tuples, none in a cycle; the cyclic
    collector would walk them all again and again (twice the time at 150,000 members)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _find(session: Session, whole_city: bool) -> list[DuplicatePair]:
    people = _live_people(session, whole_city)
    pairs = _candidate_pairs(people) | _missing_birth_pairs(people)
    dismissed = dismissed_pairs(session)
    found: list[tuple[Person, Person, Verdict]] = []
    for first, second in pairs:
        p, q = people[first], people[second]
        if dismissed and _pair_key(p.uuid, q.uuid) in dismissed:
            continue
        verdict = judge(p, q)
        if verdict.kinds:
            found.append((*_ordered(p, q), verdict))
    found.sort(key=lambda item: (-item[2].score, item[0].name.lower(), item[0].uuid))
    return _summarised(session, found)


def _ordered(p: Person, q: Person) -> tuple[Person, Person]:
    """The older record first: it is the one usually kept."""
    return (p, q) if p.id < q.id else (q, p)


def _pair_key(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)


def dismissed_pairs(session: Session) -> set[tuple[str, str]]:
    """Every pair marked "bukan orang yang sama", as (low uuid, high uuid)."""
    query = select(DismissedPair.low_uuid, DismissedPair.high_uuid)
    return {(low, high) for low, high in session.execute(query)}


def _summarised(
    session: Session, found: list[tuple[Person, Person, Verdict]]
) -> list[DuplicatePair]:
    ids = {person.id for p, q, _ in found for person in (p, q)}
    details = _details(session, ids)
    return [
        DuplicatePair(
            details[p.id],
            details[q.id],
            verdict.score,
            tuple(verdict.reasons),
            tuple(verdict.kinds),
        )
        for p, q, verdict in found
    ]


def _chunks(values: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    batch: list[int] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _details(session: Session, ids: set[int]) -> dict[int, PersonSummary]:
    found: dict[int, PersonSummary] = {}
    for batch in _chunks(sorted(ids)):
        groups = current_group_names(session, batch)
        query = select(Member).where(Member.id.in_(batch))
        for member in session.scalars(query):
            found[member.id] = summary_of(member, groups.get(member.id, ()))
    return found


def summary_of(member: Member, groups: Iterable[str] = ()) -> PersonSummary:
    return PersonSummary(
        uuid=member.uuid,
        nik=member.nik,
        name=member.full_name,
        sex=member.sex,
        birth_place=member.birth_place,
        birth_date=member.birth_date,
        kk=member.kk,
        rt=member.rt,
        rw=member.rw,
        address=member.address,
        kelurahan_code=member.kelurahan_code,
        groups=tuple(groups),
    )


# --- the at-entry check ----------------------------------------------------------------------


def _nik_neighbours(nik: str) -> set[str]:
    """The NIK itself, every NIK one digit off, and every NIK with two digits exchanged."""
    found = {nik}
    for i in range(16):
        for digit in "0123456789":
            if digit != nik[i]:
                found.add(nik[:i] + digit + nik[i + 1 :])
        for j in range(i + 1, 16):
            if nik[i] != nik[j]:
                swapped = list(nik)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                found.add("".join(swapped))
    return found


def _birth_dates(birth_date: date | None, nik: str) -> list[date]:
    if birth_date is not None:
        return [birth_date]
    key = names.nik_birth_key(nik)
    if not key:
        return []
    found = []
    for century in (1900, 2000):
        try:
            found.append(date(century + int(key[4:]), int(key[2:4]), int(key[:2])))
        except ValueError:
            continue
    return found


def similar_members(
    session: Session,
    *,
    nik: str,
    full_name: str,
    birth_date: date | None,
    kk: str = "",
    exclude_uuid: str | None = None,
    limit: int = 5,
    birth_place: str = "",
) -> list[DuplicatePair]:
    """Live members that look like the draft being entered (``a``, uuid ""), best first.

    Indexed lookups only: the NIK and its one-digit-off and swapped neighbours, the birth date
    (or the one in the NIK), the No. KK, and the same name among members without a birth date.
    """
    nik = "".join(ch for ch in str(nik) if not ch.isspace())
    draft = _draft(session, nik, full_name, birth_date, kk, birth_place)
    lookups = _lookups(draft, birth_date)
    if not lookups:
        return []
    # One indexed lookup per clue, united: an OR of them would read the whole table.
    query = select(*_columns()).where(  # type: ignore[call-overload]
        Member.id.in_(union(*lookups)), Member.anonymised_at.is_(None)
    )
    if exclude_uuid:
        query = query.where(Member.uuid != exclude_uuid)
    found = []
    for row in session.execute(query):
        person = Person(tuple(row))
        verdict = judge(draft, person)
        if verdict.kinds:
            found.append((person, verdict))
    found.sort(key=lambda item: (-item[1].score, item[0].name.lower()))
    found = found[:limit]
    details = _details(session, {person.id for person, _ in found})
    empty = PersonSummary(
        "", nik, full_name, draft.sex, birth_place, birth_date, kk, "", "", "", draft.code, ()
    )
    return [
        DuplicatePair(empty, details[p.id], v.score, tuple(v.reasons), tuple(v.kinds))
        for p, v in found
    ]


def _draft(session: Session, nik: str, full_name: str, birth_date: date | None, kk: str,
           birth_place: str) -> Person:  # fmt: skip
    """The record being typed, as if saved at this office."""
    born = birth_date.isoformat() if birth_date else ""
    code = session.scalar(select(Office.kelurahan_code).order_by(Office.id).limit(1)) or ""
    sex = _sex_of(nik)
    return Person((0, "", nik, full_name, sex, born, kk.strip(), "", "", "", code, birth_place))


def _lookups(draft: Person, birth_date: date | None) -> list[Select[Any]]:
    """The ids of live members sharing a clue with the draft, one indexed query per clue."""
    live = Member.archived_at.is_(None)
    found = []
    if draft.full_nik:
        neighbours = sorted(_nik_neighbours(draft.nik))
        found.append(select(Member.id).where(Member.nik.in_(neighbours), live))
    dates = _birth_dates(birth_date, draft.nik)
    if dates:
        found.append(
            select(Member.id).where(Member.sex.in_(SEXES), Member.birth_date.in_(dates), live)
        )
    if draft.full_kk:
        found.append(select(Member.id).where(Member.kk == draft.kk, live))
    if draft.key:  # members without a birth date: found by name below
        found.append(
            select(Member.id).where(Member.sex.in_(SEXES), Member.birth_date.is_(None), live)
        )
    return found


def _sex_of(nik: str) -> str:
    """The sex a NIK's day implies ("P" when 40 was added), or "" for no full NIK."""
    if len(nik) != 16 or not nik.isdigit():
        return ""
    return "P" if int(nik[6:8]) > 40 else "L"
