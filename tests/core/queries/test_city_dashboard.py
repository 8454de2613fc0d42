"""Ringkasan of a city installation: figures per kecamatan add up to the city's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import update

from tests.city_data import JATIUWUNG, TANGERANG, CityData, build_city
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries import dashboard
from wksbm_desktop.core.queries.city_dashboard import city_figures
from wksbm_desktop.core.services.members import archive_member
from wksbm_desktop.core.storage.db import Database, open_database

TODAY = date(2025, 6, 20)


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[tuple[Database, CityData]]:
    database = open_database(new_target("city.db", at_head=True), operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def test_figures_per_kecamatan(city) -> None:
    database, _data = city
    with database.read_session() as session:
        figures = city_figures(session, TODAY)
    rows = {row.code: row for row in figures.kecamatan}
    assert len(rows) == 13 and figures.kelurahan_total == 104
    tangerang, jatiuwung = rows[TANGERANG], rows[JATIUWUNG]
    assert (tangerang.kelurahan_with_data, tangerang.kelurahan_total) == (2, 8)
    assert (tangerang.active_groups, tangerang.members, tangerang.activities_month) == (2, 4, 2)
    assert tangerang.money_year == 2_000_000
    assert (jatiuwung.kelurahan_with_data, jatiuwung.members, jatiuwung.activities_year) == (
        1,
        2,
        1,
    )
    assert figures.kelurahan_with_data == 3
    assert [row.name for row in figures.kecamatan][:2] == ["Batuceper", "Benda"]


def test_the_city_total_matches_the_headline(city) -> None:
    database, data = city
    with database.session() as session:
        archive_member(session, data.members["citra"])
        session.execute(
            update(Group)
            .where(Group.uuid == data.groups["Tani Subur"])
            .values(status="kurang_aktif")
        )
    with database.read_session() as session:
        figures = city_figures(session, TODAY)
        head = dashboard.headline(session, TODAY)
    total = figures.total
    assert total.members == head.members_l + head.members_p == 5
    assert total.active_groups == head.active_groups == 2
    assert (total.activities_month, total.activities_year) == (
        head.activities_month,
        head.activities_year,
    )
    assert total.money_year == head.money_total
    # A kelurahan whose only group is inactive still has data.
    assert figures.kelurahan_with_data == 3
