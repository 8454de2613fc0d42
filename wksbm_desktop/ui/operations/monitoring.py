"""Operations on a group's indicators, the measures list and monitoring visits (issue 19)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
from wksbm_desktop.core.services import indicator_measures, indicators, visits
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

MONITORING = OpChanges(monitoring=True)


def save_indicators(
    parent: QWidget | None,
    database: Database,
    uuid: str | None,
    version: int | None,
    values: IndicatorInput,
) -> str:
    """Record a group's figures for a period, or change a record; its uuid."""

    def op(session: Session) -> str:
        if uuid is None:
            return indicators.record_indicators(session, values).uuid
        return indicators.update_indicators(session, uuid, values, expected_version=version).uuid

    return CollectionOp(parent, database, op, MONITORING, t("op.saving")).run()


def archive_indicators(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    def op(session: Session) -> None:
        indicators.archive_indicators(session, uuid, version)

    CollectionOp(parent, database, op, MONITORING, t("op.archiving")).run()


def restore_indicators(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        indicators.restore_indicators(session, uuid)

    CollectionOp(parent, database, op, MONITORING, t("op.restoring")).run()


def save_visit(
    parent: QWidget | None,
    database: Database,
    uuid: str | None,
    version: int | None,
    values: VisitInput,
) -> str:
    """Record a visit, or change one (most often its follow-up); its uuid."""

    def op(session: Session) -> str:
        if uuid is None:
            return visits.record_visit(session, values).uuid
        return visits.update_visit(session, uuid, values, expected_version=version).uuid

    return CollectionOp(parent, database, op, MONITORING, t("op.saving")).run()


def archive_visit(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    def op(session: Session) -> None:
        visits.archive_visit(session, uuid, version)

    CollectionOp(parent, database, op, MONITORING, t("op.archiving")).run()


def restore_visit(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        visits.restore_visit(session, uuid)

    CollectionOp(parent, database, op, MONITORING, t("op.restoring")).run()


def add_measure(
    parent: QWidget | None, database: Database, sector: str, label: str, unit: str
) -> int:
    """Add a measure for a sector ("" = every sector); its id."""

    def op(session: Session) -> int:
        return indicator_measures.add_measure(session, sector, label, unit).id

    return CollectionOp(parent, database, op, MONITORING, t("op.saving")).run()


def update_measure(
    parent: QWidget | None, database: Database, measure_id: int, label: str, unit: str
) -> None:
    def op(session: Session) -> None:
        indicator_measures.update_measure(session, measure_id, label, unit)

    CollectionOp(parent, database, op, MONITORING, t("op.saving")).run()


def set_measure_active(
    parent: QWidget | None, database: Database, measure_id: int, active: bool
) -> None:
    """Hide a measure from the forms' choices, or show it again."""

    def op(session: Session) -> None:
        indicator_measures.set_measure_active(session, measure_id, active)

    CollectionOp(parent, database, op, MONITORING, t("op.saving")).run()
