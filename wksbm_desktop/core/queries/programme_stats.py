"""The programme's figures of ``wksbm stats --json``: the keys ``aid``, ``indicators`` and
``visits`` (names other tools read; docs/programme.md lists their content)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    GroupIndicator,
    ReferenceItem,
    Visit,
)
from wksbm_desktop.core.queries.aid import overdue_condition
from wksbm_desktop.core.queries.indicators import groups_with_recent_indicators
from wksbm_desktop.core.queries.programme_common import of_live_group
from wksbm_desktop.core.queries.visits import groups_without_visit


def programme_figures(session: Session, today: date) -> dict[str, dict[str, Any]]:
    return {
        "aid": aid_figures(session, today),
        "indicators": indicator_figures(session, today),
        "visits": visit_figures(session, today),
    }


def _live_aid() -> Any:
    return (Aid.archived_at.is_(None), of_live_group(Aid.group_id))


def aid_figures(session: Session, today: date) -> dict[str, Any]:
    """Live aid of live groups: how many by decision, the money, by source, and the LPJ."""

    def decided(decision: str) -> Any:
        return func.sum(case((Aid.decision == decision, 1), else_=0))

    counts = session.execute(
        select(
            func.count(), decided("disetujui"), decided("menunggu"), decided("ditolak"),
            func.sum(Aid.amount_requested), func.sum(Aid.amount_approved),
        ).where(*_live_aid())
    ).one()  # fmt: skip
    live_aid_ids = select(Aid.id).where(*_live_aid())
    disbursed = session.scalar(
        select(func.sum(AidDisbursement.amount)).where(
            AidDisbursement.archived_at.is_(None), AidDisbursement.aid_id.in_(live_aid_ids)
        )
    )
    by_source = session.execute(
        select(ReferenceItem.label, func.sum(Aid.amount_approved))
        .join(ReferenceItem, ReferenceItem.id == Aid.source_id)
        .where(*_live_aid(), Aid.decision == "disetujui")
        .group_by(ReferenceItem.label)
    )
    reports = (
        select(func.count())
        .select_from(AidReport)
        .where(AidReport.archived_at.is_(None), AidReport.aid_id.in_(live_aid_ids))
    )
    total, approved, pending, refused, requested, amount_approved = counts
    return {
        "count": int(total), "approved": int(approved or 0), "pending": int(pending or 0),
        "refused": int(refused or 0), "amount_requested": int(requested or 0),
        "amount_approved": int(amount_approved or 0), "disbursed": int(disbursed or 0),
        "by_source": {str(label): int(amount or 0) for label, amount in by_source},
        "lpj": int(session.scalar(reports) or 0),
        "lpj_accepted": int(session.scalar(reports.where(AidReport.status == "diterima")) or 0),
        "lpj_overdue": int(session.scalar(reports.where(overdue_condition(today))) or 0),
    }  # fmt: skip


def indicator_figures(session: Session, today: date) -> dict[str, Any]:
    """Live indicator records of live groups, who recorded lately, and the latest period."""
    live = (GroupIndicator.archived_at.is_(None), of_live_group(GroupIndicator.group_id))
    records, groups, latest = session.execute(
        select(
            func.count(), func.count(func.distinct(GroupIndicator.group_id)),
            func.max(GroupIndicator.period_start),
        ).where(*live)
    ).one()  # fmt: skip
    return {
        "records": int(records),
        "groups": int(groups),
        "groups_last_6_months": groups_with_recent_indicators(session, today),
        "latest_period": latest.isoformat() if latest else None,
    }


def visit_figures(session: Session, today: date) -> dict[str, Any]:
    """Live visits of live groups, those of the last six months, open follow-ups, and the
    groups that went six months without one."""
    live = (Visit.archived_at.is_(None), of_live_group(Visit.group_id))
    since = programme.visit_due_since(today)
    total, recent, open_follow_ups = session.execute(
        select(
            func.count(),
            func.sum(case((Visit.visited_on >= since, 1), else_=0)),
            func.sum(case((Visit.follow_up_status != "selesai", 1), else_=0)),
        ).where(*live)
    ).one()
    return {
        "count": int(total),
        "last_6_months": int(recent or 0),
        "follow_up_open": int(open_follow_ups or 0),
        "groups_without_visit_6_months": len(groups_without_visit(session, today)),
    }
