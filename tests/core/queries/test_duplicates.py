"""The duplicate finder and the at-entry check (issue 18): each kind found, a stranger not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from tests.city_data import SAME_NIK, TYPO_NIK, CityData, build_city
from tests.core.conftest import make_nik, member_input
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries.duplicates import (
    DuplicatePair,
    find_duplicates,
    similar_members,
)
from wksbm_desktop.core.services.members import (
    anonymise_member,
    archive_member,
    create_member,
)
from wksbm_desktop.core.services.merging import dismiss_pair
from wksbm_desktop.core.storage.db import Database, open_database

BORN = date(1980, 5, 17)
KK = "3671051203150007"


def _add(session: Session, serial: int, name: str, **changes: object) -> str:
    return create_member(session, member_input(serial, full_name=name, **changes)).uuid


def _pairs(session: Session) -> dict[frozenset[str], DuplicatePair]:
    return {frozenset((p.a.uuid, p.b.uuid)): p for p in find_duplicates(session)}


def _found(session: Session, first: str, second: str) -> DuplicatePair:
    pairs = _pairs(session)
    assert frozenset((first, second)) in pairs, [(p.a.name, p.b.name) for p in pairs.values()]
    return pairs[frozenset((first, second))]


def test_a_nik_one_digit_off_with_a_similar_name(session: Session) -> None:
    first = _add(session, 12, "Budi Santoso")
    second = _add(session, 13, "Budi Santosa", born=date(1980, 5, 17))
    pair = _found(session, first, second)
    assert "nik_typo" in pair.kinds
    assert "NIK hanya berbeda satu angka (angka ke-16)." in pair.reasons
    assert 0.8 < pair.score <= 1.0
    assert (pair.a.uuid, pair.b.uuid) == (first, second)  # the older record first


def test_two_digits_exchanged(session: Session) -> None:
    first = _add(session, 12, "Siti Aminah", sex="P")
    second = _add(session, 21, "Siti Aminah", sex="P")
    pair = _found(session, first, second)
    assert pair.kinds[0] == "nik_swap"
    assert any("tertukar" in reason for reason in pair.reasons)


@pytest.mark.parametrize(
    ("first_name", "second_name"),
    [
        ("Muhammad Yusuf", "Muhamad Yusuf"),
        ("M. Yusuf", "Mochammad Yusuf"),
        ("Siti Nurhaliza", "St. Nurhaliza"),
        ("Noer Hayati", "Nur Hayati"),
        ("Hj. Aminah, S.Pd.", "Aminah"),
        ("Saeful Anwar", "Saefful Anwar"),
        ("Nurhayati Rahmawati", "Nur Hayati Rahmawati"),
    ],
)
def test_spelling_variants_with_the_same_birth_date(
    session: Session, first_name: str, second_name: str
) -> None:
    first = _add(session, 1, first_name)
    second = _add(session, 567, second_name)  # NIKs far apart: only name and birth date
    pair = _found(session, first, second)
    assert pair.kinds == ("name_birth",)
    assert "Tanggal lahir sama (17-05-1980)." in pair.reasons
    assert pair.score >= 0.9


def test_one_with_and_one_without_a_birth_date(session: Session) -> None:
    first = _add(session, 1, "Dedi Kurniawan", rt="003", rw="004")
    second = _add(session, 7, "Dedi Kurniawan", born=date(1975, 3, 2), rt="003", rw="004")
    session.execute(update(Member).where(Member.uuid == second).values(birth_date=None))
    pair = _found(session, first, second)
    assert pair.kinds == ("name_no_birth_date",)
    assert "RT 003 / RW 004 sama." in pair.reasons


def test_without_a_birth_date_the_same_name_alone_is_not_enough(session: Session) -> None:
    _add(session, 1, "Dedi Kurniawan", rt="003", rw="004")
    second = _add(session, 7, "Dedi Kurniawan", born=date(1975, 3, 2), rt="009", rw="010")
    session.execute(update(Member).where(Member.uuid == second).values(birth_date=None))
    assert find_duplicates(session) == []


def test_the_same_kk_with_a_similar_name_and_age(session: Session) -> None:
    first = _add(session, 1, "Dewi Lestari", sex="P", kk=KK)
    second = _add(session, 9, "Dewi Lestary", sex="P", born=date(1981, 5, 2), kk=KK)
    pair = _found(session, first, second)
    assert pair.kinds == ("kk_name_age",)
    assert "umur hanya selisih 1 tahun" in pair.reasons[0]


def test_a_family_on_one_kk_is_not_a_duplicate(session: Session) -> None:
    _add(session, 1, "Dewi Lestari", sex="P", kk=KK)
    _add(session, 9, "Dewi Lestari", sex="P", born=date(2005, 5, 2), kk=KK)  # her daughter
    _add(session, 3, "Budi Santoso", born=date(1978, 1, 9), kk=KK)
    assert find_duplicates(session) == []


def test_clear_strangers_are_not_found(session: Session) -> None:
    _add(session, 1, "Budi Santoso")
    _add(session, 567, "Agus Hidayat")
    _add(session, 890, "Sri Wulandari", sex="P")
    _add(session, 1234, "Siti Wulandari", sex="P")  # same birth date, another woman
    assert find_duplicates(session) == []


def test_archived_and_anonymised_members_are_left_out(session: Session) -> None:
    first = _add(session, 12, "Budi Santoso")
    second = _add(session, 13, "Budi Santoso")
    third = _add(session, 14, "Budi Santoso")
    archive_member(session, second)
    anonymise_member(session, third)
    assert find_duplicates(session) == []
    assert first


def test_a_dismissed_pair_is_not_shown_again(session: Session) -> None:
    first = _add(session, 12, "Budi Santoso")
    second = _add(session, 13, "Budi Santoso")
    third = _add(session, 14, "Budi Santosa")
    assert len(find_duplicates(session)) == 3
    dismiss_pair(session, second, first, note="kakak beradik")
    pairs = _pairs(session)
    assert frozenset((first, second)) not in pairs and len(pairs) == 2
    assert frozenset((first, third)) in pairs


def test_a_pair_reads_as_summaries_with_groups(session: Session, group) -> None:
    from wksbm_desktop.core.services.memberships import add_membership

    first = _add(session, 12, "Budi Santoso", rt="001", rw="002", kk=KK)
    _add(session, 13, "Budi Santoso")
    add_membership(session, first, group.uuid, "anggota", date(2025, 1, 1))
    [pair] = find_duplicates(session)
    assert pair.a.groups == (group.name,)
    assert (pair.a.nik, pair.a.kk, pair.a.rt, pair.a.birth_date) == (
        make_nik("L", BORN, 12),
        KK,
        "001",
        BORN,
    )
    assert pair.a.kelurahan_code == "36.71.05.1008"


# --- the at-entry check --------------------------------------------------------------------


def test_at_entry_a_nik_typo_is_found_before_saving(session: Session) -> None:
    existing = _add(session, 12, "Budi Santoso")
    _add(session, 900, "Agus Hidayat")
    found = similar_members(
        session, nik=make_nik("L", BORN, 13), full_name="Budi  Santoso", birth_date=None
    )
    assert [pair.b.uuid for pair in found] == [existing]
    assert found[0].a.uuid == "" and found[0].a.name == "Budi  Santoso"
    assert "nik_typo" in found[0].kinds


def test_at_entry_a_name_variant_with_the_birth_date(session: Session) -> None:
    existing = _add(session, 1, "Muhammad Yusuf")
    found = similar_members(session, nik="3201011705800777", full_name="M. Yusuf", birth_date=BORN)
    assert [pair.b.uuid for pair in found] == [existing]
    assert found[0].kinds == ("name_birth",)


def test_at_entry_the_kk_and_exclusions(session: Session) -> None:
    existing = _add(session, 1, "Dewi Lestari", sex="P", kk=KK)
    draft = {"nik": "", "full_name": "Dewi Lestary", "birth_date": date(1981, 1, 1), "kk": KK}
    assert [pair.b.uuid for pair in similar_members(session, **draft)] == [existing]
    assert similar_members(session, **draft, exclude_uuid=existing) == []
    assert similar_members(session, nik="", full_name="", birth_date=None) == []


def test_at_entry_a_limit(session: Session) -> None:
    for serial in range(1, 8):
        _add(session, serial * 1000 + 1, "Budi Santoso")
    found = similar_members(session, nik="", full_name="Budi Santoso", birth_date=BORN, limit=3)
    assert len(found) == 3


# --- across the city -------------------------------------------------------------------------


@pytest.fixture
def city(tmp_path: Path) -> Iterator[tuple[Database, CityData]]:
    database = open_database(tmp_path / "kota.db", operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def test_the_whole_city_shows_one_person_in_two_kelurahan(city) -> None:
    database, data = city
    with database.read_session() as session:
        own = find_duplicates(session)
        pairs = {
            frozenset((p.a.uuid, p.b.uuid)): p for p in find_duplicates(session, whole_city=True)
        }
    assert own == []  # the Dinas's own entries: none
    ani = pairs[frozenset((data.members["ani1"], data.members["ani2"]))]
    assert ani.kinds[0] == "same_nik" and ani.score == 1.0
    assert "NIK sama persis, tercatat di Sukarasa dan Sukaasih." in ani.reasons  # names, not codes
    assert {ani.a.nik, ani.b.nik} == {SAME_NIK}
    typo = pairs[frozenset((data.members["citra"], data.members["dewi"]))]
    assert typo.kinds == ("same_nik",) and typo.score < ani.score
    assert {typo.a.nik} == {TYPO_NIK}
    # A masked NIK identifies nobody.
    assert not any(data.members["eko"] in pair for pair in pairs)
