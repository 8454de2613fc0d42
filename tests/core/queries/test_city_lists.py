"""The lists of a city installation: Kecamatan and Kelurahan columns, filters and sort."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from tests.city_data import JATIUWUNG, KERONCONG, TANGERANG, CityData, build_city
from wksbm_desktop.core.queries import activities, groups, members
from wksbm_desktop.core.queries.city_lists import place_choices
from wksbm_desktop.core.queries.common import ListRequest
from wksbm_desktop.core.storage.db import Database, open_database


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[tuple[Database, CityData]]:
    database = open_database(new_target("city.db", at_head=True), operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def _members(database: Database, **request: object) -> list[members.MemberRow]:
    with database.read_session() as session:
        return members.list_members(session, ListRequest(**request), 0, 100)  # type: ignore[arg-type]


def test_member_rows_name_their_kecamatan_and_kelurahan(city) -> None:
    database, data = city
    rows = {row.uuid: row for row in _members(database)}
    dewi = rows[data.members["dewi"]]
    assert (dewi.kecamatan, dewi.kelurahan) == ("Jatiuwung", "Keroncong")
    ani = rows[data.members["ani1"]]
    assert (ani.kecamatan, ani.kelurahan) == ("Tangerang", "Sukarasa")


def test_members_filter_by_kecamatan_and_by_kelurahan(city) -> None:
    database, _data = city
    in_tangerang = _members(database, filters={"kecamatan": TANGERANG})
    assert {row.kecamatan for row in in_tangerang} == {"Tangerang"}
    assert len(in_tangerang) == 4
    in_keroncong = _members(database, filters={"kelurahan": KERONCONG})
    assert sorted(row.full_name for row in in_keroncong) == ["Budi Santoso", "Dewi Sartika"]
    # Both at once: a kelurahan outside the kecamatan matches nobody.
    assert _members(database, filters={"kecamatan": TANGERANG, "kelurahan": KERONCONG}) == []
    with database.read_session() as session:
        request = ListRequest(filters={"kecamatan": JATIUWUNG})
        assert members.count_members(session, request) == 2
        assert (
            members.count_members_upto(
                session, ListRequest(search="a", filters={"kecamatan": JATIUWUNG}), 10
            )
            == 2
        )


@pytest.mark.parametrize("descending", [False, True])
def test_members_sort_by_kelurahan_then_name(city, descending: bool) -> None:
    database, _data = city
    rows = _members(database, sort="kelurahan", descending=descending)
    places = [row.kelurahan for row in rows]
    assert places == sorted(places, reverse=descending)
    assert places[0] == ("Sukarasa" if descending else "Keroncong")
    by_kecamatan = _members(database, sort="kecamatan")
    assert [row.kecamatan for row in by_kecamatan][:2] == ["Jatiuwung", "Jatiuwung"]


def test_groups_and_activities_carry_and_filter_by_place(city) -> None:
    database, _data = city
    with database.read_session() as session:
        listed = groups.list_groups(session, ListRequest(sort="kelurahan"), 0, 50)
        assert [(g.kelurahan, g.name) for g in listed] == [
            ("Keroncong", "Tani Subur"),
            ("Sukaasih", "Bank Sampah Hijau"),
            ("Sukarasa", "KUBE Mawar"),
        ]
        request = ListRequest(filters={"kecamatan": TANGERANG})
        assert groups.count_groups(session, request) == 2
        done = activities.list_activities(
            session, ListRequest(filters={"kelurahan": KERONCONG}), 0, 50
        )
        assert [(a.title, a.kecamatan) for a in done] == [("Rapat Tani Subur", "Jatiuwung")]
        assert activities.count_activities(session, request) == 2
        ordered = activities.list_activities(
            session, ListRequest(sort="kecamatan", descending=True), 0, 50
        )
        assert [a.kecamatan for a in ordered] == ["Tangerang", "Tangerang", "Jatiuwung"]


def test_place_choices_list_every_kelurahan_of_the_city(city) -> None:
    database, _data = city
    with database.read_session() as session:
        choices = place_choices(session)
    assert len(choices) == 104
    assert len({choice.kecamatan_code for choice in choices}) == 13
    assert next(c for c in choices if c.code == KERONCONG).kecamatan_name == "Jatiuwung"


def test_a_kelurahan_installation_lists_blank_places(session, make) -> None:
    from wksbm_desktop.core.services.members import create_member

    create_member(session, make.member(1))
    session.flush()
    rows = members.list_members(session, ListRequest(), 0, 10)
    assert [(row.kecamatan, row.kelurahan) for row in rows] == [("", "")]
    assert place_choices(session) == []


@pytest.mark.parametrize("sort", ["kelurahan", "kecamatan"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_by_place_join_up_to_the_whole_order(city, sort: str, descending: bool) -> None:
    """Sorted by place, a page is read a kelurahan at a time: pages of any size, cut anywhere
    (inside a kelurahan or across two), join up to the one order, Dinas's own entries too."""
    database, _data = city
    from wksbm_desktop.core.domain.inputs import MemberInput
    from wksbm_desktop.core.services.members import create_member

    with database.session() as session:  # the Dinas's own entry: no kelurahan, blank names
        create_member(session, MemberInput(nik="3671034404950005", full_name="Fitri Dinas"))
    request = ListRequest(sort=sort, descending=descending)
    whole = _members(database, sort=sort, descending=descending)
    expected = sorted(
        whole,
        key=lambda r: (
            r.kelurahan != "",
            *((r.kecamatan,) if sort == "kecamatan" else ()),
            r.kelurahan,
            r.full_name.lower(),
        ),
        reverse=descending,
    )
    assert [r.uuid for r in whole] == [r.uuid for r in expected]
    assert (whole[-1] if descending else whole[0]).full_name == "Fitri Dinas"
    with database.read_session() as session:
        for size in (1, 2, 3):
            pages = [
                members.list_members(session, request, offset, size)
                for offset in range(0, len(whole) + size, size)
            ]
            assert [r.uuid for page in pages for r in page] == [r.uuid for r in whole]
        searched = replace(request, search="ani", filters={"kecamatan": TANGERANG})
        found = members.list_members(session, searched, 1, 5)
    assert [r.full_name for r in found] == ["Ani Lestari"]
