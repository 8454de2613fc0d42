"""Monitoring visits of a group, and the groups that went six months without one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Subquery, func, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import Group, Visit
from wksbm_desktop.core.queries.programme_common import in_place


@dataclass(frozen=True)
class VisitRow:
    uuid: str
    version: int
    visited_on: date
    facilitator: str
    findings: str
    recommendations: str
    follow_up: str
    follow_up_status: str


def group_visits(session: Session, group_uuid: str, archived: bool = False) -> list[VisitRow]:
    """A group's live visits, the newest first (``archived``: those archived instead)."""
    state = Visit.archived_at.is_not(None) if archived else Visit.archived_at.is_(None)
    query = (
        select(Visit)
        .join(Group, Group.id == Visit.group_id)
        .where(Group.uuid == group_uuid, state)
        .order_by(Visit.visited_on.desc(), Visit.id.desc())
    )
    return [
        VisitRow(v.uuid, v.version, v.visited_on, v.facilitator, v.findings, v.recommendations,
                 v.follow_up, v.follow_up_status)
        for v in session.scalars(query)
    ]  # fmt: skip


@dataclass(frozen=True)
class UnvisitedGroup:
    uuid: str
    name: str
    kelurahan_code: str
    status: str
    last_visit: date | None  # None: never visited


def _last_visits() -> Subquery:
    return (
        select(Visit.group_id, func.max(Visit.visited_on).label("last_visit"))
        .where(Visit.archived_at.is_(None))
        .group_by(Visit.group_id)
        .subquery()
    )


def groups_without_visit(
    session: Session, today: date, kecamatan: str | None = None, kelurahan: str | None = None
) -> list[UnvisitedGroup]:
    """Live groups not visited in the six months before ``today``: never visited first, then
    the longest ago."""
    last = _last_visits()
    query = (
        select(Group.uuid, Group.name, Group.kelurahan_code, Group.status, last.c.last_visit)
        .outerjoin(last, last.c.group_id == Group.id)
        .where(
            Group.archived_at.is_(None),
            or_(last.c.last_visit.is_(None),
                last.c.last_visit < programme.visit_due_since(today)),
        )
        .order_by(last.c.last_visit.is_not(None), last.c.last_visit, func.lower(Group.name))
    )  # fmt: skip
    query = in_place(query, Group.kelurahan_code, kecamatan, kelurahan)
    return [UnvisitedGroup(*row) for row in session.execute(query)]
