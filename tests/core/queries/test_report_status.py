"""Status laporan from the city database: who reported for a month, and since when not."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest

from tests.city_data import KERONCONG, SUKAASIH, SUKARASA, build_city, report
from wksbm_desktop.core.queries.report_status import LatestReport, covered_months, report_status
from wksbm_desktop.core.storage.db import Database, open_database


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[Database]:
    database = open_database(new_target("city.db", at_head=True), operator="Petugas Dinas")
    build_city(database)
    yield database
    database.dispose()


def _by_code(database: Database, month: date) -> dict:
    with database.read_session() as session:
        status = report_status(session, month)
    return {row.code: row for row in status.rows}, status


def test_june_counts_period_and_whole_data_reports(city: Database) -> None:
    rows, status = _by_code(city, date(2025, 6, 15))
    assert (status.reported, status.total) == (2, 104)
    assert rows[SUKARASA].reported and rows[SUKAASIH].reported  # period June; whole data 2 July
    keroncong = rows[KERONCONG]
    # Its June report was refused: it has not reported since April.
    assert not keroncong.reported and keroncong.last_covered == date(2025, 4, 1)
    assert keroncong.latest is not None and keroncong.latest.period_to == date(2025, 4, 30)
    # Its refused June file came after its latest received one: the officer is told.
    assert keroncong.refused_at == datetime(2025, 7, 5, 2)
    assert rows[SUKARASA].refused_at is None
    never = rows["36.71.03.1001"]
    assert (never.reported, never.latest, never.last_covered) == (False, None, None)
    assert [row.kecamatan_name for row in status.rows][:1] == ["Batuceper"]


def test_latest_report_and_a_later_month(city: Database) -> None:
    rows, status = _by_code(city, date(2025, 7, 1))
    assert status.reported == 0
    sukarasa = rows[SUKARASA]
    assert sukarasa.last_covered == date(2025, 6, 1)
    assert sukarasa.latest is not None and sukarasa.latest.generated_at == datetime(2025, 7, 3, 3)
    assert sukarasa.latest.received_by == "Petugas Dinas"


def test_a_month_before_the_first_report(city: Database) -> None:
    rows, _status = _by_code(city, date(2025, 3, 1))
    assert rows[SUKAASIH].reported  # whole data sent in July covers March too
    assert not rows[SUKARASA].reported and rows[SUKARASA].last_covered is None


def test_a_new_report_changes_the_status(city: Database) -> None:
    with city.session() as session:
        session.add(report(KERONCONG, datetime(2025, 7, 9), (date(2025, 6, 1), date(2025, 6, 30))))
    rows, status = _by_code(city, date(2025, 6, 1))
    assert rows[KERONCONG].reported and status.reported == 3
    assert rows[KERONCONG].refused_at is None  # received since the refusal


@pytest.mark.parametrize(
    ("period", "whole", "generated", "expected"),
    [
        ((date(2025, 5, 1), date(2025, 5, 31)), False, None, (date(2025, 5, 1), date(2025, 5, 1))),
        ((date(2025, 5, 3), date(2025, 6, 30)), False, None, (date(2025, 6, 1), date(2025, 6, 1))),
        ((date(2025, 5, 1), date(2025, 5, 20)), False, None, None),
        # Generated at 18:00 UTC on 30 June: already 1 July in Tangerang, June has ended.
        ((None, None), True, datetime(2025, 6, 30, 18), (date.min, date(2025, 6, 1))),
        ((None, None), True, datetime(2025, 6, 30, 16), (date.min, date(2025, 5, 1))),
    ],
)
def test_months_a_report_covers(period, whole, generated, expected) -> None:
    received = LatestReport("x.xlsx", *period, whole, generated, datetime(2025, 7, 1), "")
    assert covered_months(received) == expected
