"""A group's indicators per month or quarter, with the sector measures of its field."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme, rules
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import (
    PERIOD_KINDS,
    Group,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
)
from wksbm_desktop.core.services import lifecycle
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import today
from wksbm_desktop.core.services.programme import live_group
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "group_id", "period_kind", "period_start", "cash", "turnover", "assets", "active_members",
    "notes",
)  # fmt: skip
KIND = lifecycle.Kind(GroupIndicator, "indikator", "indicator", AUDITED_FIELDS)
_FIGURES = ("cash", "turnover", "assets")


def measures_for(session: Session, sector_id: int) -> list[IndicatorMeasure]:
    """The measures a group of this sector records: its sector's, then those of every sector."""
    query = (
        select(IndicatorMeasure)
        .where(or_(IndicatorMeasure.sector_id == sector_id, IndicatorMeasure.sector_id.is_(None)))
        .order_by(IndicatorMeasure.sector_id.is_(None), IndicatorMeasure.sort_order)
    )
    return list(session.scalars(query))


def _validated_values(
    session: Session, data: IndicatorInput, own: GroupIndicator | None
) -> tuple[dict[str, object], dict[int, int]]:
    """The record's columns, and its measures as {measure id: value}."""
    errors = ValidationCollector()
    group = live_group(session, errors, data.group_uuid)
    kind = rules.one_of(
        errors, "period_kind", data.period_kind, PERIOD_KINDS, t("programme.label.period_kind")
    )
    start = _period_start(errors, data, kind)
    values: dict[str, object] = {
        "group_id": group.id if group else None,
        "period_kind": kind,
        "period_start": start,
        **{
            name: programme.optional_amount(
                errors, name, getattr(data, name), t(f"programme.label.{name}")
            )
            for name in _FIGURES
        },
        "active_members": programme.optional_count(
            errors, "active_members", data.active_members, t("programme.label.active_members")
        ),
        "notes": rules.optional_text(errors, "notes", data.notes, t("label.notes"), 5000),
    }
    measured = _measure_values(session, errors, group, data.measures)
    if not measured and all(values[name] is None for name in (*_FIGURES, "active_members")):
        errors.add("cash", "programme.indicator.nothing_recorded")
    if group is not None and start is not None and kind in PERIOD_KINDS:
        _one_per_period(session, errors, group.id, kind, start, own)
    errors.raise_if_any()
    return values, measured


def _period_start(errors: ValidationCollector, data: IndicatorInput, kind: str) -> date | None:
    """The first day of the period holding the date given; a period yet to start is refused."""
    own = ValidationCollector()
    day = rules.plausible_date(
        own, "period_start", data.period_start, t("programme.label.period_start")
    )
    errors.errors.extend(own.errors)
    if day is None or own.errors or kind not in PERIOD_KINDS:
        return day
    start = programme.period_start(kind, day)
    if start > today():
        errors.add("period_start", "programme.indicator.period_in_future")
    return start


def _measure_values(
    session: Session,
    errors: ValidationCollector,
    group: Group | None,
    entries: tuple[tuple[str, int], ...],
) -> dict[int, int]:
    if group is None or not entries:
        return {}
    known = {
        measure.label.casefold(): measure for measure in measures_for(session, group.sector_id)
    }
    measured: dict[int, int] = {}
    for label, value in entries:
        measure = known.get(rules.clean_text(label).casefold())
        if measure is None:
            choices = ", ".join(m.label for m in known.values() if m.active) or "-"
            errors.add("measures", "programme.indicator.measure_unknown",
                       value=rules.clean_text(label), sector=group.sector.label,
                       choices=choices)  # fmt: skip
        elif measure.id in measured:
            errors.add("measures", "programme.indicator.measure_twice", measure=measure.label)
        else:
            measured[measure.id] = programme.whole_number(errors, "measures", value, measure.label)
    return measured


def _one_per_period(
    session: Session,
    errors: ValidationCollector,
    group_id: int,
    kind: str,
    start: date,
    own: GroupIndicator | None,
) -> None:
    query = select(GroupIndicator.id).where(
        GroupIndicator.group_id == group_id,
        GroupIndicator.period_kind == kind,
        GroupIndicator.period_start == start,
        GroupIndicator.archived_at.is_(None),
    )
    if own is not None:
        query = query.where(GroupIndicator.id != own.id)
    if session.scalars(query).first() is not None:
        errors.add("period_start", "programme.indicator.period_taken",
                   period=programme.period_label(kind, start))  # fmt: skip


def _measured(session: Session, indicator_id: int) -> dict[str, int]:
    """The measures of a record by label, for the change history."""
    query = (
        select(IndicatorMeasure.label, IndicatorValue.value)
        .join(IndicatorMeasure, IndicatorMeasure.id == IndicatorValue.measure_id)
        .where(IndicatorValue.indicator_id == indicator_id)
    )
    return {label: int(value) for label, value in session.execute(query)}


def _replace_values(session: Session, indicator_id: int, measured: dict[int, int]) -> None:
    session.execute(delete(IndicatorValue).where(IndicatorValue.indicator_id == indicator_id))
    if measured:
        session.execute(
            insert(IndicatorValue),
            [{"indicator_id": indicator_id, "measure_id": measure_id, "value": value}
             for measure_id, value in measured.items()],
        )  # fmt: skip


def _measure_changes(before: dict[str, int], after: dict[str, int]) -> dict[str, list[object]]:
    return {
        f"measure:{label}": [before.get(label), after.get(label)]
        for label in sorted(set(before) | set(after))
        if before.get(label) != after.get(label)
    }


@requires(Permission.RECORD)
def record_indicators(
    session: Session, data: IndicatorInput, uuid: str | None = None
) -> GroupIndicator:
    """Record a group's figures for a month or quarter (one record per group and period)."""
    values, measured = _validated_values(session, data, None)

    def measures(indicator: GroupIndicator) -> dict[str, list[object]]:
        _replace_values(session, indicator.id, measured)
        return _measure_changes({}, _measured(session, indicator.id))

    return lifecycle.create(session, KIND, values, uuid, also=measures)


@requires(Permission.RECORD)
def update_indicators(
    session: Session, uuid: str, data: IndicatorInput, expected_version: int | None = None
) -> GroupIndicator:
    measured: dict[int, int] = {}

    def values_for(indicator: GroupIndicator) -> dict[str, object]:
        values, found = _validated_values(session, data, indicator)
        measured.update(found)
        return values

    def measures(indicator: GroupIndicator) -> dict[str, list[object]]:
        before = _measured(session, indicator.id)
        _replace_values(session, indicator.id, measured)
        return _measure_changes(before, _measured(session, indicator.id))

    return lifecycle.update(session, KIND, uuid, expected_version, values_for, measures)


@requires(Permission.RECORD)
def archive_indicators(
    session: Session, uuid: str, expected_version: int | None = None
) -> GroupIndicator:
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_indicators(session: Session, uuid: str) -> GroupIndicator:
    """Bring a record back, unless its period was recorded again in the meantime."""

    def check(indicator: GroupIndicator) -> None:
        errors = ValidationCollector()
        _one_per_period(session, errors, indicator.group_id, indicator.period_kind,
                        indicator.period_start, indicator)  # fmt: skip
        errors.raise_if_any()

    return lifecycle.restore(session, KIND, uuid, check=check)
