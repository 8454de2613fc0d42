"""The level rubric as the office keeps it, and the answers an assessment recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    Assessment,
    Group,
    RubricAnswer,
    RubricCriterion,
)


@dataclass(frozen=True)
class CriterionRow:
    uuid: str
    level: str
    text: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class AnswerRow:
    """One answer as recorded; ``criterion_uuid`` is None once the criterion is gone."""

    level: str
    criterion_text: str
    met: bool
    note: str
    criterion_uuid: str | None


def rubric(session: Session, include_inactive: bool = False) -> list[CriterionRow]:
    """The criteria from Tumbuh to Mandiri, each level in the office's order."""
    query = select(RubricCriterion)
    if not include_inactive:
        query = query.where(RubricCriterion.active.is_(True))
    rows = [
        CriterionRow(c.uuid, c.level, c.text, c.sort_order, c.active)
        for c in session.scalars(query.order_by(RubricCriterion.sort_order, RubricCriterion.id))
    ]
    return sorted(rows, key=lambda row: ASSESSMENT_LEVELS.index(row.level))


def answers_of(session: Session, assessment_uuid: str) -> list[AnswerRow]:
    """An assessment's answers from Tumbuh to Mandiri; none for one made without the rubric."""
    query = (
        select(
            RubricAnswer.level,
            RubricAnswer.criterion_text,
            RubricAnswer.met,
            RubricAnswer.note,
            RubricCriterion.uuid,
        )
        .join(Assessment, Assessment.id == RubricAnswer.assessment_id)
        .outerjoin(RubricCriterion, RubricCriterion.id == RubricAnswer.criterion_id)
        .where(Assessment.uuid == assessment_uuid)
        .order_by(RubricAnswer.id)
    )
    rows = [AnswerRow(*row) for row in session.execute(query)]
    return sorted(rows, key=lambda row: ASSESSMENT_LEVELS.index(row.level))


@dataclass(frozen=True)
class AssessmentSummary:
    """One assessment as its read-only view heads it: the level chosen beside the suggestion."""

    uuid: str
    group_name: str
    assessed_on: date
    level: str
    suggested_level: str  # "" for an assessment made without the rubric
    reasons: tuple[str, ...]
    notes: str


def assessment_summary(session: Session, assessment_uuid: str) -> AssessmentSummary | None:
    """The facts of one assessment; None when it does not exist."""
    query = (
        select(
            Assessment.uuid,
            Group.name,
            Assessment.assessed_on,
            Assessment.level,
            Assessment.suggested_level,
            Assessment.suggestion_reasons,
            Assessment.notes,
        )
        .join(Group, Group.id == Assessment.group_id)
        .where(Assessment.uuid == assessment_uuid)
    )
    row = session.execute(query).first()
    if row is None:
        return None
    uuid, name, assessed_on, level, suggested, reasons, notes = row
    lines = tuple(line for line in (reasons or "").splitlines() if line.strip())
    return AssessmentSummary(uuid, name, assessed_on, level, suggested or "", lines, notes or "")
