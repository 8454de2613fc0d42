"""What the monitoring screens read besides the series: a group's measures, the measures list,
and a group's last visit (the group's detail)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import Group, IndicatorMeasure, ReferenceItem, Visit
from wksbm_desktop.core.queries.visits import VisitRow, group_visits
from wksbm_desktop.core.services.indicators import measures_for


@dataclass(frozen=True)
class MeasureRow:
    """An entry of the measures list; ``sector`` is empty for a measure of every sector."""

    id: int
    sector: str
    label: str
    unit: str
    active: bool


@dataclass(frozen=True)
class GroupMeasures:
    """A group and the measures its indicators may record (hidden ones included)."""

    uuid: str
    name: str
    sector: str
    archived: bool
    measures: tuple[MeasureRow, ...]


def _row(measure: IndicatorMeasure) -> MeasureRow:
    sector = measure.sector.label if measure.sector is not None else ""
    return MeasureRow(measure.id, sector, measure.label, measure.unit, measure.active)


def group_measures(session: Session, group_uuid: str) -> GroupMeasures | None:
    """The group's name and sector with its sector's measures, then those of every sector."""
    group = session.scalars(select(Group).where(Group.uuid == group_uuid)).first()
    if group is None:
        return None
    measures = tuple(_row(m) for m in measures_for(session, group.sector_id))
    return GroupMeasures(
        group.uuid, group.name, group.sector.label, group.archived_at is not None, measures
    )


def measure_list(session: Session) -> list[MeasureRow]:
    """Every measure, hidden ones too: by sector (those of every sector first), in list order."""
    query = (
        select(IndicatorMeasure)
        .outerjoin(ReferenceItem, ReferenceItem.id == IndicatorMeasure.sector_id)
        .order_by(
            IndicatorMeasure.sector_id.is_not(None),
            ReferenceItem.sort_order,
            ReferenceItem.label,
            IndicatorMeasure.sort_order,
            IndicatorMeasure.id,
        )
    )
    return [_row(measure) for measure in session.scalars(query)]


@dataclass(frozen=True)
class LastVisit:
    """A group's most recent live visit, and whether a new one is due (six months or never)."""

    visit: VisitRow | None  # None: never visited
    due: bool
    open_follow_ups: int  # visits whose follow-up is not "selesai"


def last_visit(session: Session, group_uuid: str, today: date) -> LastVisit:
    visits = group_visits(session, group_uuid)
    latest = visits[0] if visits else None
    due = latest is None or latest.visited_on < programme.visit_due_since(today)
    open_count = sum(1 for v in visits if v.follow_up and v.follow_up_status != "selesai")
    return LastVisit(latest, due, open_count)


@dataclass(frozen=True)
class GroupName:
    name: str
    archived: bool


def group_name(session: Session, group_uuid: str) -> GroupName | None:
    row = session.execute(
        select(Group.name, Group.archived_at).where(Group.uuid == group_uuid)
    ).first()
    return None if row is None else GroupName(row.name, row.archived_at is not None)


def facilitator_names(session: Session, limit: int = 200) -> list[str]:
    """The pendamping named on live visits, the most often named first (for the form's hints)."""
    query = (
        select(Visit.facilitator)
        .where(Visit.archived_at.is_(None))
        .group_by(Visit.facilitator)
        .order_by(func.count().desc(), Visit.facilitator)
        .limit(limit)
    )
    return list(session.scalars(query))
