"""Searching, sorting, counting and the dashboard give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tests.pg.conftest import DEMO_TODAY
from wksbm_desktop.core.queries import activities, dashboard, groups, members
from wksbm_desktop.core.queries.common import ListRequest
from wksbm_desktop.core.storage.db import Database

pytestmark = pytest.mark.slow  # two demo databases; about ten seconds


def _plain(rows: list[Any]) -> list[dict[str, Any]]:
    # UUIDs are random per database; everything else must agree.
    return [{k: v for k, v in dataclasses.asdict(row).items() if "uuid" not in k} for row in rows]


REQUESTS = [
    ListRequest(),
    ListRequest(search="SITI"),
    ListRequest(search="siti 00"),
    ListRequest(search="ksm"),
    ListRequest(search="3671"),
    ListRequest(search="%_"),
    ListRequest(archived=True),
]
LISTS = {
    "groups": (groups.list_groups, groups.count_groups, groups.SORT_KEYS),
    "members": (members.list_members, members.count_members, members.SORT_KEYS),
    "activities": (activities.list_activities, activities.count_activities,
                   activities.SORT_KEYS),
}  # fmt: skip


def _answers(database: Database, name: str) -> list[Any]:
    listing, counting, sort_keys = LISTS[name]
    answers: list[Any] = []
    with database.read_session() as session:
        for request in REQUESTS:
            answers.append(counting(session, request))
            answers.append(_plain(listing(session, request, 0, 500)))
        for key in sort_keys:
            for descending in (False, True):
                request = ListRequest(sort=key, descending=descending)
                answers.append((key, descending, _plain(listing(session, request, 0, 500))))
    return answers


@pytest.mark.parametrize("name", sorted(LISTS))
def test_lists_agree(demo_pair: dict[str, Database], name: str) -> None:
    on_sqlite = _answers(demo_pair["sqlite"], name)
    on_server = _answers(demo_pair["postgresql"], name)
    assert len(on_sqlite) == len(on_server)
    for left, right in zip(on_sqlite, on_server, strict=True):
        assert left == right
    assert any(on_sqlite[i] for i in range(0, len(REQUESTS) * 2, 2)), "the lists are not empty"


def _dashboard(database: Database) -> list[Any]:
    with database.read_session() as session:
        return [
            dashboard.headline(session, DEMO_TODAY),
            dashboard.active_groups(session),
            dashboard.members_by_sex(session),
            dashboard.money_by_funding(session, DEMO_TODAY.year),
            dashboard.groups_by_sector(session),
            dashboard.activities_per_month(session, DEMO_TODAY),
            dashboard.members_by_age_band(session, DEMO_TODAY),
            dashboard.groups_moved_up(session, DEMO_TODAY.year),
        ]


def test_dashboard_agrees(demo_pair: dict[str, Database]) -> None:
    on_sqlite = _dashboard(demo_pair["sqlite"])
    assert on_sqlite == _dashboard(demo_pair["postgresql"])
    assert on_sqlite[0].members_l + on_sqlite[0].members_p == 150
