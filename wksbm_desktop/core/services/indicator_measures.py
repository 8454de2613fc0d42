"""The editable list of sector measures a group's indicators record ("Sampah terkumpul", kg)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import NotFoundError, ValidationCollector
from wksbm_desktop.core.models import IndicatorMeasure
from wksbm_desktop.core.services import audit, reference
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.i18n import t


def _audit_uuid(measure: IndicatorMeasure) -> str:
    return f"indicator_measure:{measure.id}"


def _get(session: Session, measure_id: int) -> IndicatorMeasure:
    measure = session.get(IndicatorMeasure, measure_id)
    if measure is None:
        raise NotFoundError("record.not_found", entity=t("programme.entity.measure"), uuid="")
    return measure


def _in_sector(sector_id: int | None) -> ColumnElement[bool]:
    column = IndicatorMeasure.sector_id
    return column.is_(None) if sector_id is None else column == sector_id


def _label_and_unit(
    session: Session, sector_id: int | None, label: str, unit: str, own_id: int | None
) -> tuple[str, str]:
    errors = ValidationCollector()
    text = rules.require_text(errors, "label", label, t("programme.label.measure"), 100)
    unit_text = rules.require_text(errors, "unit", unit, t("programme.label.unit"), 30)
    same = select(IndicatorMeasure.id).where(
        _in_sector(sector_id),
        func.lower(IndicatorMeasure.label) == text.lower(),
    )
    if own_id is not None:
        same = same.where(IndicatorMeasure.id != own_id)
    if text and session.scalars(same).first() is not None:
        errors.add("label", "programme.measure.exists", label=text)
    errors.raise_if_any()
    return text, unit_text


@requires(Permission.RECORD)
def add_measure(session: Session, sector: str, label: str, unit: str) -> IndicatorMeasure:
    """Add a measure for groups of a sector (``sector`` empty: for groups of every sector)."""
    sector_id = None
    if rules.clean_text(sector):
        errors = ValidationCollector()
        item = reference.resolve(session, errors, "sector", "sector", sector)
        errors.raise_if_any()
        assert item is not None
        sector_id = item.id
    text, unit_text = _label_and_unit(session, sector_id, label, unit, None)
    last = session.scalar(
        select(func.max(IndicatorMeasure.sort_order)).where(_in_sector(sector_id))
    )
    measure = IndicatorMeasure(sector_id=sector_id, label=text, unit=unit_text,
                               sort_order=(last or 0) + 1, active=True)  # fmt: skip
    session.add(measure)
    session.flush()
    changes = {"sector_id": [None, sector_id], "label": [None, text], "unit": [None, unit_text]}
    audit.record(session, "reference", _audit_uuid(measure), "create", changes)
    return measure


@requires(Permission.RECORD)
def update_measure(session: Session, measure_id: int, label: str, unit: str) -> IndicatorMeasure:
    """Rename a measure or correct its unit; the values already recorded keep it."""
    measure = _get(session, measure_id)
    before = audit.snapshot(measure, ("label", "unit"))
    measure.label, measure.unit = _label_and_unit(
        session, measure.sector_id, label, unit, measure.id
    )
    changes = audit.diff(before, audit.snapshot(measure, ("label", "unit")))
    if changes:
        audit.record(session, "reference", _audit_uuid(measure), "update", changes)
    return measure


@requires(Permission.RECORD)
def set_measure_active(session: Session, measure_id: int, active: bool) -> IndicatorMeasure:
    """Hide a measure from the choices (the values recorded stay), or show it again."""
    measure = _get(session, measure_id)
    if measure.active != active:
        audit.record(session, "reference", _audit_uuid(measure), "update",
                     {"active": [measure.active, active]})  # fmt: skip
        measure.active = active
    return measure
