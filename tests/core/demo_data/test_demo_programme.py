"""Demo aid, indicators and visits: realistic (some LPJ overdue, aided groups grow faster) and
within every rule of the services."""

from __future__ import annotations

from datetime import date
from statistics import mean

import pytest
from sqlalchemy import func, select

from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    GroupIndicator,
    IndicatorValue,
    Visit,
)
from wksbm_desktop.core.queries.aid import overdue_reports
from wksbm_desktop.core.queries.programme_stats import programme_figures
from wksbm_desktop.core.storage.db import Database

TODAY = date(2025, 6, 15)


@pytest.fixture
def demo(database: Database) -> Database:
    """An office of some fifty groups."""
    with database.session() as session:
        generate(session, members=1_500, seed=7, today=TODAY)
    return database


def test_demo_aid_is_disbursed_within_its_approval_and_some_lpj_are_overdue(
    demo: Database,
) -> None:
    with demo.read_session() as session:
        figures = programme_figures(session, TODAY)["aid"]
        assert figures["count"] >= 10 and figures["pending"] + figures["refused"] > 0
        assert 0 < figures["disbursed"] <= figures["amount_approved"]
        assert len(figures["by_source"]) >= 3
        assert overdue_reports(session, TODAY), "some LPJ are overdue"
        assert figures["lpj_accepted"] > figures["lpj_overdue"] > 0
        over = session.execute(
            select(Aid.id)
            .join(AidDisbursement, AidDisbursement.aid_id == Aid.id)
            .group_by(Aid.id, Aid.amount_approved)
            .having(func.sum(AidDisbursement.amount) > Aid.amount_approved)
        ).all()
        assert over == []
        for aid in session.scalars(select(Aid)):
            assert aid.proposed_on <= (aid.decided_on or aid.proposed_on) <= TODAY
            assert (aid.decision == "disetujui") == (aid.amount_approved > 0)
            assert (aid.decision == "menunggu") == (aid.decided_on is None)
        early = session.scalar(
            select(func.count())
            .select_from(AidDisbursement)
            .join(Aid, Aid.id == AidDisbursement.aid_id)
            .where((AidDisbursement.disbursed_on < Aid.decided_on)
                   | (AidDisbursement.disbursed_on > TODAY))
        )  # fmt: skip
        assert early == 0
        for report in session.scalars(select(AidReport)):
            handed_in = report.status in programme.HANDED_IN_LPJ_STATUSES
            assert handed_in == (report.submitted_on is not None)
            assert report.submitted_on is None or report.submitted_on <= TODAY


def _growth(points: list[int]) -> float:
    return points[-1] / points[0] if len(points) > 1 and points[0] else 1.0


def test_demo_indicators_grow_faster_for_aided_groups(demo: Database) -> None:
    with demo.read_session() as session:
        aided = set(
            session.scalars(
                select(Aid.group_id).join(AidDisbursement, AidDisbursement.aid_id == Aid.id)
            )
        )
        series: dict[int, list[int]] = {}
        query = select(GroupIndicator.group_id, GroupIndicator.turnover).order_by(
            GroupIndicator.period_start
        )
        for group_id, turnover in session.execute(query):
            series.setdefault(group_id, []).append(int(turnover))
        starts = set(session.scalars(select(GroupIndicator.period_start)))
        values = session.scalar(select(func.count()).select_from(IndicatorValue))
    assert max(starts) == date(2025, 1, 1), "quarters that have ended by 15-06-2025"
    assert all(programme.period_start("triwulan", start) == start for start in starts)
    assert values and values > len(series)
    with_aid = [_growth(points) for group, points in series.items() if group in aided]
    without = [_growth(points) for group, points in series.items() if group not in aided]
    assert with_aid and without
    assert mean(with_aid) > mean(without) + 0.1


def test_demo_visits_leave_some_groups_unvisited(demo: Database) -> None:
    with demo.read_session() as session:
        figures = programme_figures(session, TODAY)["visits"]
        latest = session.scalar(select(func.max(Visit.visited_on)))
        needless = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.follow_up_status != "belum", Visit.follow_up == "")
        )
    assert figures["count"] > 10 and figures["groups_without_visit_6_months"] > 0
    assert figures["follow_up_open"] > 0
    assert latest is not None and latest <= TODAY
    assert needless == 0, "a follow-up under way says what it is"
