"""Demo data: realistic, valid under every rule, deterministic for a seed, additive, fast."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain import nik, rules
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import ValidationCollector, WksbmError
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.checks import all_problems
from wksbm_desktop.core.storage.db import Database, open_database

TODAY = date(2025, 6, 15)


@pytest.fixture
def demo(database: Database) -> Database:
    with database.session() as session:
        generate(session, members=300, seed=7, today=TODAY)
    return database


def _niks(session: Session) -> list[str]:
    return list(session.scalars(select(Member.nik).order_by(Member.id)))


def test_demo_result_matches_what_is_stored(database: Database) -> None:
    with database.session() as session:
        result = generate(session, members=120, seed=3, today=TODAY)
    with database.read_session() as session:
        assert result.members == 120 == session.scalar(select(func.count(Member.id)))
        assert result.groups == session.scalar(select(func.count(Group.id)))
        assert result.memberships == session.scalar(select(func.count(Membership.id)))
        assert result.activities == session.scalar(select(func.count(Activity.id)))
        assert session.scalar(select(func.count(Assessment.id))) > 0
        assert session.scalar(select(func.count()).select_from(Attendance)) > 0


def test_demo_attendance_falls_within_a_membership(demo: Database) -> None:
    """Nobody attends an activity of a group before joining it or after leaving it."""
    active = (
        select(Membership.id)
        .where(Membership.member_id == Attendance.member_id)
        .where(Membership.group_id == Activity.group_id)
        .where(Membership.started_on <= Activity.held_on)
        .where((Membership.ended_on.is_(None)) | (Membership.ended_on >= Activity.held_on))
    )
    stray = (
        select(func.count())
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(~active.exists())
    )
    with demo.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) > 100
        assert session.scalar(stray) == 0


def test_demo_data_passes_the_health_check(demo: Database) -> None:
    with demo.read_session() as session:
        assert all_problems(session) == []


def test_every_member_passes_the_member_rules(demo: Database) -> None:
    with demo.read_session() as session:
        people = session.scalars(select(Member)).all()
        for person in people:
            info = nik.check_nik(person.nik, sex=person.sex, birth_date=person.birth_date,
                                 today=TODAY)  # fmt: skip
            assert info.serial != "0000"
            if person.kk:
                nik.check_kk(person.kk, today=TODAY)
            errors = ValidationCollector()
            assert rules.neighbourhood_code(errors, "rt", person.rt, "RT") == person.rt
            assert rules.neighbourhood_code(errors, "rw", person.rw, "RW") == person.rw
            assert errors.errors == []
        sexes = Counter(person.sex for person in people)
        assert sexes["L"] > 50 and sexes["P"] > 50, "both sexes, realistic names"
        assert any(p.nik[6:8] > "40" for p in people), "women's NIKs carry day + 40"
        assert len({p.full_name for p in people}) > 100


def test_groups_cover_every_type_and_nest_networks(demo: Database) -> None:
    with demo.read_session() as session:
        types = set(
            session.scalars(
                select(ReferenceItem.label).join(Group, Group.type_id == ReferenceItem.id)
            )
        )
        all_types = set(
            session.scalars(select(ReferenceItem.label).where(ReferenceItem.kind == "group_type"))
        )
        assert types == all_types
        networks = session.scalars(
            select(Group).join(ReferenceItem, Group.type_id == ReferenceItem.id)
            .where(ReferenceItem.label == "WKSBM")
        ).all()  # fmt: skip
        children = session.scalar(
            select(func.count()).select_from(Group).where(Group.parent_id.is_not(None))
        )
        assert networks and children, "WKSBM networks list member institutions"


def test_each_group_with_members_has_one_current_ketua(demo: Database) -> None:
    with demo.read_session() as session:
        ketua = Counter(
            session.scalars(
                select(Membership.group_id).where(
                    Membership.role == "ketua", Membership.ended_on.is_(None)
                )
            )
        )
        with_members = set(session.scalars(select(Membership.group_id).distinct()))
    assert set(ketua) == with_members
    assert set(ketua.values()) == {1}


def test_activities_span_the_last_twelve_months_with_attendance(demo: Database) -> None:
    with demo.read_session() as session:
        first, last = session.execute(
            select(func.min(Activity.held_on), func.max(Activity.held_on))
        ).one()
        assert (TODAY - first).days <= 366 and last <= TODAY
        assert (last - first).days > 300
        months = {a.strftime("%Y-%m") for a in session.scalars(select(Activity.held_on))}
        assert len(months) >= 12
        attendees = (
            select(Attendance.activity_id, func.count().label("n"))
            .group_by(Attendance.activity_id)
            .subquery()
        )
        below = session.scalar(
            select(func.count())
            .select_from(Activity)
            .join(attendees, attendees.c.activity_id == Activity.id)
            .where(Activity.participants_count < attendees.c.n)
        )
        assert below == 0
        fundings = set(session.scalars(select(Activity.funding_id).distinct()))
        assert len(fundings) >= 4


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    lists = []
    for name in ("a.db", "b.db"):
        database = open_database(tmp_path / name)
        try:
            with database.session() as session:
                save_office(session, OfficeInput("36.71.05.1008"))
                generate(session, members=80, seed=42, today=TODAY)
            with database.read_session() as session:
                lists.append(
                    (_niks(session), list(session.scalars(select(Group.name).order_by(Group.id))))
                )
        finally:
            database.dispose()
    assert lists[0] == lists[1]
    assert len(lists[0][0]) == 80


def test_another_seed_gives_other_data(database: Database) -> None:
    with database.session() as session:
        generate(session, members=50, seed=1, today=TODAY)
        first = _niks(session)
        generate(session, members=50, seed=2, today=TODAY)
        second = _niks(session)[50:]
    assert first != second


def test_running_again_adds_and_keeps_niks_unique(database: Database) -> None:
    with database.session() as session:
        a = generate(session, members=200, seed=1, today=TODAY)
        b = generate(session, members=200, seed=1, today=TODAY)  # same seed on purpose
        c = generate(session, members=150, seed=9, today=TODAY)
    with database.read_session() as session:
        niks = _niks(session)
        figures = counts(session)
        assert all_problems(session) == []
    assert len(niks) == len(set(niks)) == 550
    assert figures["groups"] == a.groups + b.groups + c.groups
    assert figures["memberships_all"] == a.memberships + b.memberships + c.memberships
    assert figures["activities"] == a.activities + b.activities + c.activities


def test_demo_needs_an_office(tmp_path: Path) -> None:
    database = open_database(tmp_path / "tanpa-kantor.db")
    try:
        with pytest.raises(WksbmError) as caught, database.session() as session:
            generate(session, members=10)
        assert "wksbm init" in caught.value.message
    finally:
        database.dispose()


def test_niks_use_the_office_kecamatan(demo: Database) -> None:
    with demo.read_session() as session:
        regions = Counter(n[:6] for n in _niks(session))
    assert regions.most_common(1)[0][0] == "367105"
    assert len(regions) > 1, "some residents hold a NIK issued elsewhere"


@pytest.mark.slow
@pytest.mark.sqlite_only(reason="the office PC's budget; bench/pg_bench.py measures a server")
def test_hundred_thousand_members_in_under_a_minute(database: Database) -> None:
    started = time.perf_counter()
    with database.session() as session:
        result = generate(session, members=100_000, seed=5)
    elapsed = time.perf_counter() - started
    assert result.members == 100_000
    assert elapsed < 60, f"took {elapsed:.1f} s"
    with database.read_session() as session:
        assert session.scalar(select(func.count(func.distinct(Member.nik)))) == 100_000
