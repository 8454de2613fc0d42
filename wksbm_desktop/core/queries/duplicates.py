"""Likely duplicates among live members: blocking keys find candidates, rules score them.

The finder never compares every pair. Each member gets a few blocking keys (parts of the NIK,
its sorted digits, the birth date with sex, the No. KK, the folded name for those without a
birth date); only members sharing a key are compared, by :func:`judge`. docs/duplicates.md
describes the kinds and the scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlalchemy import Select, String, cast, func, select, union
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import person_names as names
from wksbm_desktop.core.models import (
    OWN_KELURAHAN_CODE,
    SEXES,
    DismissedPair,
    Group,
    Member,
    Membership,
)
from wksbm_desktop.i18n import t

KINDS = ("same_nik", "nik_typo", "nik_swap", "name_birth", "name_no_birth_date", "kk_name_age")
NIK_NAME_SIMILARITY = 0.8  # a NIK one digit off or swapped counts with a name this alike
KK_NAME_SIMILARITY = 0.8
KK_AGE_YEARS = 2
NO_BIRTH_NAME_SIMILARITY = 0.92
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
    kinds: tuple[str, ...]  # machine names, see KINDS


class _Person:
    """What the finder knows of one member (plain attributes: 150,000 of them are built)."""

    __slots__ = (
        "address",
        "birth",
        "born_key",
        "code",
        "id",
        "key",
        "kk",
        "name",
        "nik",
        "nik_key",
        "norm",
        "rt",
        "rw",
        "sex",
        "uuid",
    )
    id: int
    uuid: str
    sex: str
    rt: str
    rw: str

    def __init__(self, row: Any) -> None:
        (self.id, self.uuid, nik, name, self.sex, birth, kk, self.rt, self.rw, address, code) = row
        self.nik = str(nik or "")
        self.name = str(name or "")
        self.norm = names.normalise_name(self.name)
        self.key = self.norm.replace(" ", "")
        self.birth = str(birth or "")[:10]  # ISO text: parsing 150,000 dates costs more
        self.born_key = (
            f"{self.birth[8:10]}{self.birth[5:7]}{self.birth[2:4]}" if self.birth else ""
        )
        self.nik_key = names.nik_birth_key(self.nik)
        self.kk = str(kk or "")
        self.address = " ".join(str(address or "").lower().split())
        self.code = str(code or "")

    @property
    def full_nik(self) -> bool:
        return len(self.nik) == 16 and self.nik.isdigit()

    @property
    def full_kk(self) -> bool:
        return len(self.kk) == 16 and self.kk.isdigit()


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
    )


def _live_people(session: Session, whole_city: bool) -> list[_Person]:
    query = select(*_columns()).where(  # type: ignore[call-overload]
        Member.archived_at.is_(None), Member.anonymised_at.is_(None)
    )
    if not whole_city:
        query = query.where(Member.kelurahan_code == OWN_KELURAHAN_CODE)
    return [_Person(tuple(row)) for row in session.execute(query)]


def _keys(person: _Person) -> Iterator[str]:
    """The blocking keys of one member; two members are compared when they share one."""
    nik = person.nik
    if person.full_nik:
        # One digit off leaves the last 8, the first 12 or the first 8 + serial unchanged;
        # two digits exchanged keep the sorted digits.
        yield "a" + nik[8:]
        yield "b" + nik[:12]
        yield "c" + nik[:8] + nik[12:]
        yield "s" + "".join(sorted(nik))
    born = person.born_key or person.nik_key
    if born:
        yield f"d{born}{person.sex}"
    if person.full_kk:
        yield "k" + person.kk


def _candidate_pairs(people: list[_Person]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        for key in _keys(person):
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                pairs.add((first, second))
    return pairs


def _name_keyed(people: list[_Person]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        if person.key:
            found[person.key].append(index)
    return found


def _missing_birth_pairs(people: list[_Person]) -> set[tuple[int, int]]:
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


# --- judging one pair --------------------------------------------------------------------------


@dataclass
class _Verdict:
    score: float = 0.0
    kinds: list[str] | None = None
    reasons: list[str] | None = None

    def add(self, kind: str, score: float, reason: str) -> None:
        if self.kinds is None or self.reasons is None:
            self.kinds, self.reasons = [], []
        if kind not in self.kinds:
            self.kinds.append(kind)
            self.note(reason)
        # A second kind of evidence raises the score a little, never past 1.
        self.score = max(self.score, score) + (0.03 if len(self.kinds) > 1 else 0.0)

    def note(self, reason: str) -> None:
        if self.reasons is not None and reason not in self.reasons:
            self.reasons.append(reason)


def _same_birth(p: _Person, q: _Person) -> bool:
    if p.birth and q.birth:
        return p.birth == q.birth
    # Without a recorded date, the one in the NIK stands in (its century is not known).
    return bool(p.born_key or p.nik_key) and (p.born_key or p.nik_key) == (q.born_key or q.nik_key)


def _names_match_closely(p: _Person, q: _Person) -> bool:
    """The same name after folding, one slip of a letter, or one name inside the other."""
    if p.key == q.key:
        return True
    if min(len(p.key), len(q.key)) >= 6 and Levenshtein.distance(p.key, q.key, score_cutoff=1) <= 1:
        return True
    few, many = sorted((p.norm.split(), q.norm.split()), key=len)
    return len(few) >= 2 and set(few) <= set(many)


def _years_apart(p: _Person, q: _Person) -> int | None:
    if not p.birth or not q.birth:
        return None
    return abs(int(p.birth[:4]) - int(q.birth[:4]))


def judge(p: _Person, q: _Person) -> _Verdict:
    """Every kind of evidence that ``p`` and ``q`` are one person, with a score 0..1."""
    verdict = _Verdict()
    similarity = names.name_similarity(p.norm, q.norm)
    _judge_nik(verdict, p, q, similarity)
    same_sex = p.sex == q.sex or not p.sex or not q.sex
    if same_sex and _same_birth(p, q) and _names_match_closely(p, q):
        score = 0.95 if p.key == q.key else 0.8 + 0.1 * similarity
        verdict.add("name_birth", score, _name_reason(p, q, similarity))
        verdict.note(t("duplicates.reason.same_birth", date=_shown_birth(p, q)))
    if (not p.birth or not q.birth) and p.key and similarity >= NO_BIRTH_NAME_SIMILARITY:
        _judge_missing_birth(verdict, p, q, similarity)
    if p.full_kk and p.kk == q.kk and similarity >= KK_NAME_SIMILARITY:
        apart = _years_apart(p, q)
        if apart is None or apart <= KK_AGE_YEARS:
            verdict.add("kk_name_age", 0.55 + 0.35 * similarity, _kk_reason(apart, similarity))
    if verdict.kinds:
        _judge_extras(verdict, p, q, same_sex)
    return verdict


def _judge_nik(verdict: _Verdict, p: _Person, q: _Person, similarity: float) -> None:
    if not (p.full_nik and q.full_nik):
        return
    difference = names.nik_difference(p.nik, q.nik)
    if difference == "same":
        reason = (
            t("duplicates.reason.same_nik_two_places", first=p.code, second=q.code)
            if p.code != q.code
            else t("duplicates.reason.same_nik")
        )
        verdict.add("same_nik", 0.75 + 0.25 * similarity, reason)
        if similarity >= NIK_NAME_SIMILARITY:
            verdict.note(_name_reason(p, q, similarity))
    elif difference and similarity >= NIK_NAME_SIMILARITY:
        positions = [i + 1 for i in range(16) if p.nik[i] != q.nik[i]]
        if difference == "one_digit":
            reason = t("duplicates.reason.nik_one_digit", position=positions[0])
            verdict.add("nik_typo", 0.55 + 0.4 * similarity, reason)
        else:
            reason = t("duplicates.reason.nik_swap", first=positions[0], second=positions[1])
            verdict.add("nik_swap", 0.6 + 0.35 * similarity, reason)
        verdict.note(_name_reason(p, q, similarity))


def _judge_missing_birth(verdict: _Verdict, p: _Person, q: _Person, similarity: float) -> None:
    """Same name, a birth date on one record only: counts with one more thing in common."""
    evidence = []
    with_date = p if p.birth else q
    without = q if p.birth else p
    if with_date.birth and without.nik_key and without.nik_key == with_date.born_key:
        evidence.append(t("duplicates.reason.nik_birth_matches"))
    # RT, RW and street repeat in every kelurahan: they say something within one only.
    here = p.code == q.code
    if here and p.rt and p.rw and (p.rt, p.rw) == (q.rt, q.rw):
        evidence.append(t("duplicates.reason.same_rt_rw", rt=p.rt, rw=p.rw))
    if p.full_kk and p.kk == q.kk:
        evidence.append(t("duplicates.reason.same_kk"))
    if here and p.address and p.address == q.address:
        evidence.append(t("duplicates.reason.same_address"))
    if not evidence:
        return
    score = 0.6 + 0.2 * similarity + 0.05 * min(len(evidence), 3)
    verdict.add("name_no_birth_date", score, t("duplicates.reason.one_without_birth"))
    verdict.note(_name_reason(p, q, similarity))
    for reason in evidence:
        verdict.note(reason)


def _judge_extras(verdict: _Verdict, p: _Person, q: _Person, same_sex: bool) -> None:
    if not same_sex:
        verdict.score -= 0.1
        verdict.note(t("duplicates.reason.other_sex"))
    if p.code != q.code:
        verdict.note(t("duplicates.reason.two_kelurahan", first=p.code, second=q.code))
    verdict.score = round(min(max(verdict.score, 0.0), 1.0), 3)


def _name_reason(p: _Person, q: _Person, similarity: float) -> str:
    if p.name.strip().lower() == q.name.strip().lower():
        return t("duplicates.reason.same_name")
    if p.norm == q.norm or p.key == q.key:
        return t("duplicates.reason.same_name_folded", name=p.norm)
    return t("duplicates.reason.similar_name", percent=round(similarity * 100))


def _shown_birth(p: _Person, q: _Person) -> str:
    iso = p.birth or q.birth
    if iso:
        return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"
    key = p.born_key or p.nik_key
    return f"{key[:2]}-{key[2:4]}-..{key[4:]}"


def _kk_reason(apart: int | None, similarity: float) -> str:
    if apart is None:
        return t("duplicates.reason.same_kk_name", percent=round(similarity * 100))
    return t("duplicates.reason.same_kk_name_age", percent=round(similarity * 100), years=apart)


# --- the finder ------------------------------------------------------------------------------


def find_duplicates(session: Session, *, whole_city: bool = False) -> list[DuplicatePair]:
    """Pairs of live members likely to be one person, best first; dismissed pairs left out.

    On a kelurahan installation the office's own members; ``whole_city`` (the city) every
    kelurahan's.
    """
    people = _live_people(session, whole_city)
    pairs = _candidate_pairs(people) | _missing_birth_pairs(people)
    dismissed = dismissed_pairs(session)
    found: list[tuple[_Person, _Person, _Verdict]] = []
    for first, second in pairs:
        p, q = people[first], people[second]
        if _pair_key(p.uuid, q.uuid) in dismissed:
            continue
        verdict = judge(p, q)
        if verdict.kinds:
            found.append((*_ordered(p, q), verdict))
    found.sort(key=lambda item: (-item[2].score, item[0].name.lower(), item[0].uuid))
    return _summarised(session, found)


def _ordered(p: _Person, q: _Person) -> tuple[_Person, _Person]:
    """The older record first: it is the one usually kept."""
    return (p, q) if p.id < q.id else (q, p)


def _pair_key(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)


def dismissed_pairs(session: Session) -> set[tuple[str, str]]:
    """Every pair marked "bukan orang yang sama", as (low uuid, high uuid)."""
    query = select(DismissedPair.low_uuid, DismissedPair.high_uuid)
    return {(low, high) for low, high in session.execute(query)}


def _summarised(
    session: Session, found: list[tuple[_Person, _Person, _Verdict]]
) -> list[DuplicatePair]:
    ids = {person.id for p, q, _ in found for person in (p, q)}
    details = _details(session, ids)
    return [
        DuplicatePair(
            details[p.id],
            details[q.id],
            verdict.score,
            tuple(verdict.reasons or ()),
            tuple(verdict.kinds or ()),
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
        groups = _current_groups(session, batch)
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


def _current_groups(session: Session, member_ids: list[int]) -> dict[int, list[str]]:
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
    found: dict[int, list[str]] = defaultdict(list)
    for member_id, name in session.execute(query):
        found[member_id].append(name)
    return found


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
) -> list[DuplicatePair]:
    """Live members that look like the draft being entered (``a``, uuid ""), best first.

    Indexed lookups only: the NIK and its one-digit-off and swapped neighbours, the birth date
    (or the one in the NIK), the No. KK, and the same name among members without a birth date.
    """
    nik = "".join(ch for ch in str(nik) if not ch.isspace())
    draft = _draft(nik, full_name, birth_date, kk)
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
        person = _Person(tuple(row))
        verdict = judge(draft, person)
        if verdict.kinds:
            found.append((person, verdict))
    found.sort(key=lambda item: (-item[1].score, item[0].name.lower()))
    found = found[:limit]
    details = _details(session, {person.id for person, _ in found})
    empty = PersonSummary("", nik, full_name, draft.sex, "", birth_date, kk, "", "", "", "", ())
    return [
        DuplicatePair(empty, details[p.id], v.score, tuple(v.reasons or ()), tuple(v.kinds or ()))
        for p, v in found
    ]


def _draft(nik: str, full_name: str, birth_date: date | None, kk: str) -> _Person:
    born = birth_date.isoformat() if birth_date else ""
    draft = _Person((0, "", nik, full_name, "", born, kk.strip(), "", "", "", ""))
    draft.sex = _sex_of(nik)
    return draft


def _lookups(draft: _Person, birth_date: date | None) -> list[Select[Any]]:
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
