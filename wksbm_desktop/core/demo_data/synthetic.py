"""Realistic synthetic data for training and tests, written with bulk statements."""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from wksbm_desktop.core.demo_data.names import (
    ACTIVITY_TITLES,
    BIRTH_PLACES,
    FACILITATORS,
    FEMALE_FIRST,
    FEMALE_SECOND,
    FOREIGN_REGIONS,
    GROUP_KINDS,
    MALE_FIRST,
    MALE_SECOND,
    OCCUPATIONS,
    PLACES,
    STREETS,
)
from wksbm_desktop.core.demo_data.programme import insert_programme
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    Activity,
    Assessment,
    Attendance,
    Base,
    Group,
    Member,
    Membership,
    ReferenceItem,
    utcnow,
)
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.office import get_office

MEMBERS_PER_GROUP = 30
ACTIVITIES_PER_GROUP = 10
_BATCH = 5_000
_FUNDING_RANGES = {
    "Swadaya/Iuran": (50_000, 2_000_000),
    "APBD Kota": (1_000_000, 25_000_000),
    "APBN/Kemensos": (2_000_000, 50_000_000),
    "CSR/Donatur": (500_000, 15_000_000),
    "Hasil Usaha": (100_000, 5_000_000),
    "Lainnya": (0, 1_000_000),
}


@dataclass
class DemoResult:
    groups: int = 0
    members: int = 0
    memberships: int = 0
    activities: int = 0
    aid: int = 0
    indicators: int = 0
    visits: int = 0


@dataclass
class _Plan:
    """Shared state of one demo run: the random source, today, and the reference ids."""

    rng: random.Random
    today: date
    district: str
    refs: dict[tuple[str, str], int]
    taken_niks: set[str]
    now: object = field(default_factory=utcnow)

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def day_between(self, start: date, end: date) -> date:
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))


@requires(Permission.RECORD)
def generate(
    session: Session, members: int = 300, seed: int = 1, today: date | None = None
) -> DemoResult:
    """Add ``members`` residents with groups, memberships, assessments and activities, and the
    programme's aid, indicators and visits for the groups."""
    office = get_office(session)
    if office is None or not office.kecamatan_code:
        raise WksbmError("cli.demo.no_office")
    plan = _make_plan(session, seed, today or date.today(), office.kecamatan_code)
    group_count = max(len(GROUP_KINDS), members // MEMBERS_PER_GROUP)
    groups = _insert_groups(session, plan, group_count)
    member_rows = _insert_members(session, plan, members)
    memberships = _insert_memberships(session, plan, groups, member_rows)
    _insert_assessments(session, plan, groups)
    activities = _insert_activities(session, plan, groups, memberships)
    programme = insert_programme(session, plan.rng, plan.today, plan.now, groups)
    result = DemoResult(len(groups), len(member_rows), len(memberships), activities,
                        programme.aid, programme.indicators, programme.visits)  # fmt: skip
    audit.record(session, "database", "", "demo", {"seed": [None, seed], **{
        k: [None, v] for k, v in result.__dict__.items()}})  # fmt: skip
    return result


def _make_plan(session: Session, seed: int, today: date, kecamatan_code: str) -> _Plan:
    # Mixing in the current size keeps a second run with the same seed from colliding.
    existing = session.scalar(select(func.count()).select_from(Member)) or 0
    rng = random.Random(f"{seed}:{existing}")
    refs = {(r.kind, r.label): r.id for r in session.scalars(select(ReferenceItem))}
    taken = set(session.scalars(select(Member.nik)))
    return _Plan(rng, today, kecamatan_code.replace(".", ""), refs, taken)


_Record = type[Group] | type[Member] | type[Activity]


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _bulk(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    # Core inserts in batches: one ORM object per row would be far too slow for 100,000 rows.
    table = _table(model)
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(table), list(rows[start : start + _BATCH]))


def _ids_by_uuid(session: Session, model: _Record, after_id: int) -> dict[str, int]:
    rows = session.execute(select(model.uuid, model.id).where(model.id > after_id))
    return {uuid: record_id for uuid, record_id in rows}


def _max_id(session: Session, model: _Record) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0)


@dataclass(frozen=True)
class _GroupRow:
    id: int
    uuid: str
    type: str
    sector: str
    rw: str
    founded_on: date


def _insert_groups(session: Session, plan: _Plan, count: int) -> list[_GroupRow]:
    rng = plan.rng
    kinds = list(GROUP_KINDS)
    before = _max_id(session, Group)
    rows = []
    for index in range(count):
        kind = kinds[index] if index < len(kinds) else rng.choice(kinds)
        rows.append(_group_row(plan, kind, index))
    kinds_of = [(r.pop("_type"), r.pop("_sector")) for r in rows]
    _bulk(session, Group, rows)
    ids = _ids_by_uuid(session, Group, before)
    groups = [
        _GroupRow(ids[str(r["uuid"])], str(r["uuid"]), kind, sector, str(r["rw"]), r["founded_on"])  # type: ignore[arg-type]
        for r, (kind, sector) in zip(rows, kinds_of, strict=True)
    ]
    _link_networks(session, plan, groups)
    return groups


def _group_row(plan: _Plan, kind: str, index: int) -> dict[str, object]:
    rng = plan.rng
    sector, patterns = GROUP_KINDS[kind]
    rw = f"{rng.randint(1, 12):03d}"
    name = rng.choice(patterns).format(place=rng.choice(PLACES), n=index + 1, rw=int(rw))
    founded = plan.day_between(date(2008, 1, 1), plan.today - timedelta(days=400))
    has_sk = rng.random() < 0.7
    status = rng.choices(("aktif", "kurang_aktif", "tidak_aktif"), (80, 15, 5))[0]
    return {
        "uuid": plan.uuid(), "name": name, "type_id": plan.refs[("group_type", kind)],
        "sector_id": plan.refs[("sector", sector)], "rw": rw, "rt": f"{rng.randint(1, 10):03d}",
        "address": f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}", "founded_on": founded,
        "sk_number": f"{rng.randint(10, 999)}/SK-LRH/{founded.year}" if has_sk else "",
        "sk_date": founded + timedelta(days=rng.randint(0, 60)) if has_sk else None,
        "sk_issuer": "Lurah" if has_sk else "", "status": status,
        "phone": f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}",
        "notes": "", "version": 1, "created_at": plan.now, "updated_at": plan.now,
        "_type": kind, "_sector": sector,
    }  # fmt: skip


def _link_networks(session: Session, plan: _Plan, groups: list[_GroupRow]) -> None:
    """Each WKSBM network lists a few member institutions of the same run (one level)."""
    networks = [g for g in groups if g.type == "WKSBM"]
    candidates = [g for g in groups if g.type != "WKSBM"]
    plan.rng.shuffle(candidates)
    table = _table(Group)
    for network in networks:
        children, candidates = candidates[:4], candidates[4:]
        if children:
            session.execute(
                update(table)
                .where(table.c.id.in_([c.id for c in children]))
                .values(parent_id=network.id)
            )


def _insert_members(session: Session, plan: _Plan, count: int) -> list[tuple[int, str, str]]:
    """Insert members; returns (id, uuid, rw) for each, in insertion order."""
    before = _max_id(session, Member)
    rows = [_member_row(plan) for _ in range(count)]
    _bulk(session, Member, rows)
    ids = _ids_by_uuid(session, Member, before)
    return [(ids[str(r["uuid"])], str(r["uuid"]), str(r["rw"])) for r in rows]


def _member_row(plan: _Plan) -> dict[str, object]:
    rng = plan.rng
    sex = "P" if rng.random() < 0.58 else "L"
    birth = plan.day_between(date(1950, 1, 1), plan.today - timedelta(days=17 * 366))
    first = rng.choice(FEMALE_FIRST if sex == "P" else MALE_FIRST)
    second = rng.choice(FEMALE_SECOND if sex == "P" else MALE_SECOND)
    registered = rng.random() < 0.45
    return {
        "uuid": plan.uuid(), "nik": _unique_nik(plan, sex, birth), "kk": _kk(plan),
        "full_name": f"{first} {second}" if rng.random() < 0.85 else first,
        "sex": sex, "birth_place": rng.choice(BIRTH_PLACES), "birth_date": birth,
        "address": f"{rng.choice(STREETS)} No. {rng.randint(1, 150)}",
        "rt": f"{rng.randint(1, 10):03d}", "rw": f"{rng.randint(1, 12):03d}",
        "phone": f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}"
        if rng.random() < 0.8 else "",
        "education": rng.choice(("SD/Sederajat", "SMP/Sederajat", "SMA/SMK/Sederajat",
                                 "SMA/SMK/Sederajat", "Diploma (D1-D3)", "Sarjana (S1/D4)")),
        "occupation": rng.choice(OCCUPATIONS), "dtsen_registered": registered,
        "dtsen_decile": rng.randint(1, 6) if registered else None,
        "dtsen_as_of": date(plan.today.year, 1, 1) if registered else None,
        "disability": rng.random() < 0.03, "notes": "", "version": 1,
        "created_at": plan.now, "updated_at": plan.now,
    }  # fmt: skip


def _unique_nik(plan: _Plan, sex: str, birth: date) -> str:
    rng = plan.rng
    region = plan.district if rng.random() < 0.93 else rng.choice(FOREIGN_REGIONS)
    day = birth.day + (40 if sex == "P" else 0)
    stem = f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    serial = rng.randint(1, 9000)
    while f"{stem}{serial:04d}" in plan.taken_niks:
        serial = serial % 9999 + 1
    nik = f"{stem}{serial:04d}"
    plan.taken_niks.add(nik)
    return nik


def _kk(plan: _Plan) -> str:
    rng = plan.rng
    if rng.random() < 0.2:
        return ""
    issued = plan.day_between(date(2005, 1, 1), plan.today - timedelta(days=30))
    return f"{plan.district}{issued:%d%m%y}{rng.randint(1, 9999):04d}"


@dataclass(frozen=True)
class _MembershipRow:
    member_id: int
    group: _GroupRow
    started_on: date
    ended_on: date | None

    def active_on(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


def _insert_memberships(
    session: Session, plan: _Plan, groups: list[_GroupRow], members: list[tuple[int, str, str]]
) -> list[_MembershipRow]:
    """About 70% of members in one group, 20% in two, 10% in none; officers first."""
    rng = plan.rng
    by_group: dict[int, list[int]] = {g.id: [] for g in groups}
    for member_id, _uuid, _rw in members:
        for group in rng.sample(groups, rng.choices((0, 1, 2), (10, 70, 20))[0]):
            by_group[group.id].append(member_id)
    rows, result = [], []
    for group in groups:
        for position, member_id in enumerate(by_group[group.id]):
            link = _membership_link(plan, group, member_id, position)
            rows.append(_membership_row(plan, link, position))
            result.append(link)
    _bulk(session, Membership, rows)
    return result


_OFFICER_ROLES = ("ketua", "sekretaris", "bendahara", "wakil_ketua")


def _role(position: int) -> str:
    return _OFFICER_ROLES[position] if position < len(_OFFICER_ROLES) else "anggota"


def _membership_link(
    plan: _Plan, group: _GroupRow, member_id: int, position: int
) -> _MembershipRow:
    started = plan.day_between(group.founded_on, plan.today - timedelta(days=30))
    # A few ordinary members have left: their membership ends, it is not deleted.
    ended = None
    if _role(position) == "anggota" and plan.rng.random() < 0.06:
        ended = plan.day_between(started, plan.today)
    return _MembershipRow(member_id, group, started, ended)


def _membership_row(plan: _Plan, link: _MembershipRow, position: int) -> dict[str, object]:
    return {
        "uuid": plan.uuid(), "member_id": link.member_id, "group_id": link.group.id,
        "role": _role(position), "started_on": link.started_on, "ended_on": link.ended_on,
        "created_at": plan.now, "updated_at": plan.now,
    }  # fmt: skip


def _insert_assessments(session: Session, plan: _Plan, groups: list[_GroupRow]) -> None:
    """One to three yearly assessments per group; most stay, some move up a level."""
    rng = plan.rng
    rows = []
    for group in groups:
        level = rng.choices(range(3), (60, 30, 10))[0]
        first_year = max(group.founded_on.year + 1, plan.today.year - 3)
        for year in range(first_year, plan.today.year + 1):
            if rng.random() < 0.35 and level < len(ASSESSMENT_LEVELS) - 1:
                level += 1
            on = plan.day_between(date(year, 1, 1), min(date(year, 12, 31), plan.today))
            rows.append({
                "uuid": plan.uuid(), "group_id": group.id, "assessed_on": on,
                "level": ASSESSMENT_LEVELS[level], "notes": "", "created_at": plan.now,
                "updated_at": plan.now,
            })  # fmt: skip
    _bulk(session, Assessment, rows)


def _insert_activities(
    session: Session, plan: _Plan, groups: list[_GroupRow], memberships: list[_MembershipRow]
) -> int:
    rng = plan.rng
    links: dict[int, list[_MembershipRow]] = {g.id: [] for g in groups}
    for link in memberships:
        links[link.group.id].append(link)
    before = _max_id(session, Activity)
    rows: list[dict[str, object]] = []
    attendees_by_uuid: dict[str, list[int]] = {}
    for group in groups:
        for _ in range(rng.randint(ACTIVITIES_PER_GROUP // 2, ACTIVITIES_PER_GROUP * 3 // 2)):
            row, attendees = _activity_row(plan, group, links[group.id])
            rows.append(row)
            attendees_by_uuid[str(row["uuid"])] = attendees
    _bulk(session, Activity, rows)
    ids = _ids_by_uuid(session, Activity, before)
    attendance = [
        {"activity_id": ids[uuid], "member_id": member_id}
        for uuid, members in attendees_by_uuid.items()
        for member_id in members
    ]
    _bulk(session, Attendance, attendance)
    return len(rows)


def _activity_row(
    plan: _Plan, group: _GroupRow, links: list[_MembershipRow]
) -> tuple[dict[str, object], list[int]]:
    rng = plan.rng
    held = plan.day_between(plan.today - timedelta(days=364), plan.today)
    # Only people who were members on that day can have attended: no one attends before
    # joining or after leaving, so the report's attendance agrees with its memberships.
    members = [link.member_id for link in links if link.active_on(held)]
    kind = rng.choice(list(ACTIVITY_TITLES))
    funding = rng.choices(list(_FUNDING_RANGES), (40, 20, 10, 10, 15, 5))[0]
    low, high = _FUNDING_RANGES[funding]
    amount = 0 if kind == "Rapat" else rng.randint(low // 1000, high // 1000) * 1000
    attendees = rng.sample(members, int(len(members) * rng.uniform(0.5, 0.9))) if members else []
    row = {
        "uuid": plan.uuid(), "group_id": group.id, "held_on": held,
        "title": rng.choice(ACTIVITY_TITLES[kind]), "type_id": plan.refs[("activity_type", kind)],
        "sector_id": plan.refs[("sector", group.sector)],
        "funding_id": plan.refs[("funding_source", funding)],
        "location": rng.choice(("Balai Warga RW " + group.rw, "Aula Kelurahan", "Rumah Ketua",
                                "Masjid setempat", "Posyandu")),
        "facilitator": rng.choice(FACILITATORS), "amount": amount,
        "participants_count": len(attendees) + rng.randint(0, 5),
        "beneficiaries_count": rng.randint(0, 80), "outcome": "Terlaksana dengan baik.",
        "version": 1, "created_at": plan.now, "updated_at": plan.now,
    }  # fmt: skip
    return row, attendees
