"""NIK ganda across kelurahan, and the officer's decisions about them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import select, update

from tests.city_data import KERONCONG, SAME_NIK, TYPO_NIK, CityData, build_city
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import AuditEntry, Member, NikReview
from wksbm_desktop.core.queries.nik_ganda import nik_ganda
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.nik_reviews import record_decision
from wksbm_desktop.core.storage.db import Database, open_database


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[tuple[Database, CityData]]:
    database = open_database(new_target("city.db", at_head=True), operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def _found(database: Database, include_decided: bool = False):
    with database.read_session() as session:
        return nik_ganda(session, include_decided)


def test_full_niks_of_two_kelurahan_side_by_side(city) -> None:
    database, data = city
    found = {item.nik: item for item in _found(database)}
    assert set(found) == {SAME_NIK, TYPO_NIK}  # masked NIKs in two kelurahan are left out
    typo = found[TYPO_NIK]
    assert [(r.full_name, r.kelurahan, r.kecamatan) for r in typo.records] == [
        ("Dewi Sartika", "Keroncong", "Jatiuwung"),
        ("Citra Ayu", "Sukaasih", "Tangerang"),
    ]
    dewi = typo.records[0]
    assert (dewi.birth_date, dewi.rt, dewi.rw, dewi.groups) == (
        date(1991, 4, 2),
        "004",
        "002",
        ("Tani Subur",),
    )
    assert typo.decision is None
    assert set(found[SAME_NIK].member_uuids) == {data.members["ani1"], data.members["ani2"]}


def test_archived_and_anonymised_members_are_no_nik_ganda(city) -> None:
    database, data = city
    with database.session() as session:
        archive_member(session, data.members["dewi"])
        session.execute(
            update(Member).where(Member.uuid == data.members["ani2"]).values(nik="ANON000000000001")
        )
    assert _found(database) == []


def test_a_decision_hides_the_nik_and_is_audited(city) -> None:
    database, _data = city
    typo = next(item for item in _found(database) if item.nik == TYPO_NIK)
    with database.session(operator="Petugas Dinas") as session:
        record_decision(session, TYPO_NIK, typo.member_uuids, "different_people", " salah ketik ")
    assert [item.nik for item in _found(database)] == [SAME_NIK]
    shown = {item.nik: item for item in _found(database, include_decided=True)}
    decision = shown[TYPO_NIK].decision
    assert decision is not None
    assert (decision.decision, decision.note, decision.decided_by) == (
        "different_people",
        "salah ketik",
        "Petugas Dinas",
    )
    with database.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "nik_review")).one()
        assert entry.operator == "Petugas Dinas" and TYPO_NIK not in entry.changes


def test_a_new_member_with_the_nik_asks_again(city) -> None:
    database, _data = city
    same = next(item for item in _found(database) if item.nik == SAME_NIK)
    with database.session() as session:
        record_decision(session, SAME_NIK, same.member_uuids, "same_person")
    assert SAME_NIK not in [item.nik for item in _found(database)]
    with database.session() as session:
        newcomer = create_member(session, MemberInput(nik=SAME_NIK, full_name="Ani L."))
        session.execute(
            update(Member).where(Member.id == newcomer.id).values(kelurahan_code=KERONCONG)
        )
    again = next(item for item in _found(database) if item.nik == SAME_NIK)
    assert len(again.records) == 3 and again.decision is None


def test_a_decision_is_refused_for_members_that_no_longer_hold_the_nik(city) -> None:
    database, data = city
    with database.session() as session, pytest.raises(WksbmError) as refused:
        record_decision(
            session, SAME_NIK, [data.members["ani1"], data.members["dewi"]], "same_person"
        )
    assert "Muat ulang" in refused.value.message
    with database.session() as session, pytest.raises(WksbmError):
        record_decision(session, SAME_NIK, [data.members["ani1"], data.members["ani2"]], "maybe")
    with database.read_session() as session:
        assert session.scalars(select(NikReview)).all() == []
