"""A group's indicators over time (the trend chart of its detail), and who records them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.rubric import Change, IndicatorTrend
from wksbm_desktop.core.models import Group, GroupIndicator, IndicatorMeasure, IndicatorValue
from wksbm_desktop.core.queries.programme_common import in_place, of_live_group


@dataclass(frozen=True)
class MeasureValue:
    label: str
    unit: str
    value: int


@dataclass(frozen=True)
class IndicatorPoint:
    """One period of a group's series; a figure not recorded is None (a gap in the chart)."""

    uuid: str
    version: int
    period_kind: str
    period_start: date
    cash: int | None
    turnover: int | None
    assets: int | None
    active_members: int | None
    measures: tuple[MeasureValue, ...]
    notes: str

    @property
    def period_end(self) -> date:
        return programme.period_end(self.period_kind, self.period_start)

    @property
    def label(self) -> str:
        return programme.period_label(self.period_kind, self.period_start)


def indicator_series(
    session: Session, group_uuid: str, period_kind: str | None = None, archived: bool = False
) -> list[IndicatorPoint]:
    """A group's live indicator records, oldest period first (of one kind when given);
    ``archived``: the records archived instead (the list's "Tampilkan yang diarsipkan")."""
    column = GroupIndicator.archived_at
    state = column.is_not(None) if archived else column.is_(None)
    query = (
        select(GroupIndicator)
        .join(Group, Group.id == GroupIndicator.group_id)
        .where(Group.uuid == group_uuid, state)
        .order_by(GroupIndicator.period_start, GroupIndicator.period_kind)
    )
    if period_kind is not None:
        query = query.where(GroupIndicator.period_kind == period_kind)
    records = list(session.scalars(query))
    measures = _measures(session, [record.id for record in records])
    return [
        IndicatorPoint(
            r.uuid, r.version, r.period_kind, r.period_start, r.cash, r.turnover, r.assets,
            r.active_members, tuple(measures.get(r.id, ())), r.notes,
        )
        for r in records
    ]  # fmt: skip


def indicator_trend(session: Session, group_uuid: str) -> IndicatorTrend:
    """A group's latest period against the one before it, for the level rubric's suggestion.

    Both periods are of the latest record's kind (a month is compared with a month, a quarter
    with a quarter); a figure missing from either period is unknown rather than zero.
    """
    series = indicator_series(session, group_uuid)
    if not series:
        return IndicatorTrend()
    same_kind = [point for point in series if point.period_kind == series[-1].period_kind]
    if len(same_kind) < 2:
        return IndicatorTrend()
    previous, latest = same_kind[-2:]
    return IndicatorTrend(
        savings=_change(latest.cash, previous.cash),
        turnover=_change(latest.turnover, previous.turnover),
        assets=_change(latest.assets, previous.assets),
    )


def _change(latest: int | None, previous: int | None) -> Change | None:
    return None if latest is None or previous is None else Change(latest, previous)


def _measures(session: Session, indicator_ids: list[int]) -> dict[int, list[MeasureValue]]:
    query = (
        select(IndicatorValue.indicator_id, IndicatorMeasure.label, IndicatorMeasure.unit,
               IndicatorValue.value)
        .join(IndicatorMeasure, IndicatorMeasure.id == IndicatorValue.measure_id)
        .where(IndicatorValue.indicator_id.in_(indicator_ids))
        .order_by(IndicatorMeasure.sort_order, IndicatorMeasure.id)
    )  # fmt: skip
    found: dict[int, list[MeasureValue]] = {}
    for indicator_id, label, unit, value in session.execute(query):
        found.setdefault(indicator_id, []).append(MeasureValue(label, unit, int(value)))
    return found


def recent_condition(today: date) -> ColumnElement[bool]:
    """A live record of a period that had not ended six months before ``today``."""
    since = programme.visit_due_since(today)
    return and_(
        GroupIndicator.archived_at.is_(None),
        or_(
            *(
                and_(GroupIndicator.period_kind == kind,
                     GroupIndicator.period_start >= programme.period_start(kind, since))
                for kind in ("bulan", "triwulan")
            )
        ),
    )  # fmt: skip


def groups_with_recent_indicators(
    session: Session, today: date, kecamatan: str | None = None, kelurahan: str | None = None
) -> int:
    """How many live groups recorded indicators for a period of the last six months."""
    query = select(func.count(func.distinct(GroupIndicator.group_id))).where(
        recent_condition(today), of_live_group(GroupIndicator.group_id)
    )
    return int(
        session.scalar(in_place(query, GroupIndicator.kelurahan_code, kecamatan, kelurahan)) or 0
    )
