"""A merge at the kelurahan reaches the city with the next report (issue 18, on both engines):
the merged-away member is archived there, and the survivor holds the moved memberships."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.excel.receiving.kit import city_db, export, kelurahan_db
from wksbm_desktop.core.models import Attendance, Group, Member, Membership
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.merging import merge_members
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.receiving.action import receive_files


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[Database]:
    database = city_db(new_target)
    yield database
    database.dispose()


@pytest.fixture
def kelurahan(tmp_path: Path) -> Iterator[Database]:
    database = kelurahan_db(tmp_path / "poris.db")
    yield database
    database.dispose()


def _two_members_in_groups(database: Database) -> tuple[str, str]:
    with database.read_session() as session:
        in_group = select(Membership.member_id).where(Membership.ended_on.is_(None))
        attended = select(Attendance.member_id)
        query = (
            select(Member.uuid)
            .where(Member.id.in_(in_group), Member.id.in_(attended))
            .order_by(Member.id)
            .limit(2)
        )
        keep, other = session.scalars(query).all()
    return keep, other


def _held(session: Session, uuid: str) -> tuple[set[str], int]:
    member_id = select(Member.id).where(Member.uuid == uuid).scalar_subquery()
    memberships = set(
        session.scalars(select(Membership.uuid).where(Membership.member_id == member_id))
    )
    attendance = session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.member_id == member_id)
    )
    return memberships, attendance


def test_the_next_report_carries_the_merge_to_the_city(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    [first] = receive_files(city, [export(kelurahan, tmp_path / "sebelum.xlsx")])
    assert first.status == "received", first.message
    keep, other = _two_members_in_groups(kelurahan)
    with kelurahan.session() as session:
        merge_members(session, keep, other, take_from_other=["phone"])
    [second] = receive_files(city, [export(kelurahan, tmp_path / "sesudah.xlsx")])
    assert second.status == "received", second.message
    assert second.total("refused") == 0, second.refusals
    with kelurahan.read_session() as session:
        expected = _held(session, keep)
        counts = stats.counts(session)
    with city.read_session() as session:
        archived = session.scalars(select(Member.archived_at).where(Member.uuid == other)).one()
        assert archived is not None
        assert _held(session, keep) == expected
        assert _held(session, other) == (set(), 0)
        assert stats.counts(session) == counts


def test_two_current_members_of_one_group_land_as_one_at_the_city(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    keep, other = _two_members_in_groups(kelurahan)
    with kelurahan.session() as session:
        other_id = select(Member.id).where(Member.uuid == other).scalar_subquery()
        group = session.scalars(
            select(Group.uuid)
            .join(Membership, Membership.group_id == Group.id)
            .where(Membership.member_id == other_id, Membership.ended_on.is_(None))
            .limit(1)
        ).one()
        keep_id = select(Member.id).where(Member.uuid == keep).scalar_subquery()
        already = session.scalar(
            select(func.count())
            .select_from(Membership)
            .join(Group, Group.id == Membership.group_id)
            .where(
                Membership.member_id == keep_id, Group.uuid == group, Membership.ended_on.is_(None)
            )
        )
        if not already:
            add_membership(session, keep, group, "anggota", date(2025, 6, 1))
    [first] = receive_files(city, [export(kelurahan, tmp_path / "sebelum.xlsx")])
    assert first.status == "received", first.message
    with kelurahan.session() as session:
        result = merge_members(session, keep, other)
    assert result.memberships_joined >= 1
    [second] = receive_files(city, [export(kelurahan, tmp_path / "sesudah.xlsx")])
    assert second.status == "received", second.message
    assert second.total("refused") == 0
    with kelurahan.read_session() as session:
        expected = _current(session, group)
        counts = stats.counts(session)
    with city.read_session() as session:
        assert _current(session, group) == expected
        assert stats.counts(session) == counts


def _current(session: Session, group_uuid: str) -> list[tuple[str, str, str]]:
    query = (
        select(Member.uuid, Membership.role, Membership.started_on)
        .join(Member, Member.id == Membership.member_id)
        .join(Group, Group.id == Membership.group_id)
        .where(Group.uuid == group_uuid, Membership.ended_on.is_(None))
        .order_by(Member.uuid)
    )
    return [tuple(row) for row in session.execute(query)]
