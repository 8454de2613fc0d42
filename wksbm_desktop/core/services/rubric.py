"""The level rubric: the office edits its criteria, an assessment records the answers (issue 19).

Editing the rubric needs Permission.SETTINGS (Lurah / Admin): the criteria decide what every
level means in this office's figures, so the person who assesses groups day to day should not
also be the one who moves the bar. Recording an assessment needs Permission.RECORD.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.rubric import (
    CriterionAnswer,
    IndicatorTrend,
    Suggestion,
    suggest_level,
)
from wksbm_desktop.core.errors import ValidationCollector, ValidationError, ValidationFailed
from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    Assessment,
    RubricAnswer,
    RubricCriterion,
)
from wksbm_desktop.core.queries.indicators import indicator_trend
from wksbm_desktop.core.services import audit, groups
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import get_by_uuid
from wksbm_desktop.i18n import t

MAX_CRITERION_LENGTH = 300
MAX_NOTE_LENGTH = 500
AUDIT_ENTITY = "rubric_criterion"


@dataclass(frozen=True)
class Answer:
    """The operator's answer to one criterion."""

    met: bool
    note: str = ""


# --- editing the rubric ------------------------------------------------------------------------


@requires(Permission.SETTINGS)
def add_criterion(session: Session, level: str, text: str) -> RubricCriterion:
    """A new criterion at the end of its level's checklist."""
    errors = ValidationCollector()
    rules.one_of(errors, "level", level, ASSESSMENT_LEVELS, t("label.level"))
    wording = _wording(session, errors, level, text, None)
    errors.raise_if_any()
    last = session.scalar(
        select(func.max(RubricCriterion.sort_order)).where(RubricCriterion.level == level)
    )
    criterion = RubricCriterion(level=level, text=wording, sort_order=(last or 0) + 1)
    session.add(criterion)
    session.flush()
    changes = {"level": [None, level], "criterion_text": [None, wording]}
    audit.record(session, AUDIT_ENTITY, criterion.uuid, "create", changes)
    return criterion


@requires(Permission.SETTINGS)
def reword_criterion(session: Session, uuid: str, text: str) -> RubricCriterion:
    """New words for a criterion; answers already recorded keep the words they were given."""
    criterion = _get(session, uuid)
    errors = ValidationCollector()
    wording = _wording(session, errors, criterion.level, text, criterion.id)
    errors.raise_if_any()
    if wording != criterion.text:
        changes = {"criterion_text": [criterion.text, wording]}
        criterion.text = wording
        audit.record(session, AUDIT_ENTITY, uuid, "update", changes)
    return criterion


@requires(Permission.SETTINGS)
def reorder_criteria(session: Session, level: str, ordered_uuids: Sequence[str]) -> None:
    """Put a level's criteria (active or not) in the order given, every one named once."""
    criteria = {
        c.uuid: c
        for c in session.scalars(select(RubricCriterion).where(RubricCriterion.level == level))
    }
    if len(ordered_uuids) != len(criteria) or set(ordered_uuids) != set(criteria):
        raise ValidationFailed([ValidationError("criteria", "evidence.rubric.order_mismatch")])
    for position, uuid in enumerate(ordered_uuids, start=1):
        criterion = criteria[uuid]
        if criterion.sort_order != position:
            changes = {"rubric_order": [criterion.sort_order, position]}
            criterion.sort_order = position
            audit.record(session, AUDIT_ENTITY, uuid, "update", changes)


@requires(Permission.SETTINGS)
def set_criterion_active(session: Session, uuid: str, active: bool) -> RubricCriterion:
    """Take a criterion off the checklist (or put it back); recorded answers stay."""
    criterion = _get(session, uuid)
    if criterion.active != active:
        criterion.active = active
        audit.record(session, AUDIT_ENTITY, uuid, "enable" if active else "disable")
    return criterion


def _get(session: Session, uuid: str) -> RubricCriterion:
    return get_by_uuid(session, RubricCriterion, uuid, t("evidence.rubric.entity"))


def _wording(
    session: Session, errors: ValidationCollector, level: str, text: str, own_id: int | None
) -> str:
    label = t("evidence.rubric.criterion")
    # One space between words: "punya  kas" and "punya kas" are the same criterion.
    wording = rules.require_text(
        errors, "text", " ".join(text.split()), label, MAX_CRITERION_LENGTH
    )
    query = select(RubricCriterion.id).where(
        RubricCriterion.level == level,
        func.lower(RubricCriterion.text) == wording.lower(),
        RubricCriterion.id != (own_id or 0),
    )
    if wording and session.scalar(query) is not None:
        errors.add("text", "evidence.rubric.duplicate", level=t(f"shell.level.{level}"))
    return wording


# --- assessing a group ---------------------------------------------------------------------------


def suggest(
    session: Session, answers: Mapping[str, Answer], trend: IndicatorTrend | None = None
) -> Suggestion:
    """What the rubric suggests for these answers (criterion UUID → answer), as the form shows
    it while the operator ticks; every active criterion must be answered."""
    return suggest_level([item.answer for item in _checked(session, answers)], trend)


@requires(Permission.RECORD)
def record_assessment(
    session: Session,
    group_uuid: str,
    assessed_on: date | None,
    level: str,
    answers: Mapping[str, Answer],
    trend: IndicatorTrend | None = None,
    notes: str = "",
) -> Assessment:
    """An assessment with its rubric answers, the level the operator chose and the level the
    rubric suggested side by side; the history says when the two differ.

    Without a ``trend`` the group's own latest indicators are used, so the stored suggestion
    always weighs the figures the office has recorded.
    """
    checked = _checked(session, answers)
    if trend is None:
        trend = indicator_trend(session, group_uuid)
    suggestion = suggest_level([item.answer for item in checked], trend)
    assessment = groups.add_assessment(session, group_uuid, assessed_on, level, notes)
    assessment.suggested_level = suggestion.level
    assessment.suggestion_reasons = "\n".join(suggestion.reasons)
    for item in checked:
        session.add(
            RubricAnswer(
                kelurahan_code=assessment.kelurahan_code,
                assessment_id=assessment.id,
                criterion_id=item.criterion_id,
                level=item.answer.level,
                criterion_text=item.answer.text,
                met=item.answer.met,
                note=item.note,
            )
        )
    changes = _rubric_changes(checked, level, suggestion)
    audit.record(session, "assessment", assessment.uuid, "rubric", changes)
    return assessment


def _rubric_changes(
    checked: Sequence[_Checked], level: str, suggestion: Suggestion
) -> dict[str, list[object]]:
    met = sum(item.answer.met for item in checked)
    changes: dict[str, list[object]] = {
        "rubric_met": [None, t("evidence.audit.met", met=met, total=len(checked))],
        "suggested_level": [None, suggestion.level],
    }
    if level != suggestion.level:
        differs = t(
            "evidence.audit.differs",
            chosen=t(f"shell.level.{level}"),
            suggested=t(f"shell.level.{suggestion.level}"),
        )
        changes["level_vs_suggestion"] = [None, differs]
    return changes


@dataclass(frozen=True)
class _Checked:
    criterion_id: int
    answer: CriterionAnswer
    note: str


def _checked(session: Session, answers: Mapping[str, Answer]) -> list[_Checked]:
    """The answers in rubric order, refused unless they answer every active criterion and
    nothing else, each note within its length."""
    query = select(RubricCriterion).where(RubricCriterion.active.is_(True))
    found = session.scalars(query.order_by(RubricCriterion.sort_order, RubricCriterion.id))
    criteria = sorted(found, key=lambda c: ASSESSMENT_LEVELS.index(c.level))
    errors = ValidationCollector()
    if set(answers) - {criterion.uuid for criterion in criteria}:
        errors.add("answers", "evidence.rubric.unknown_criterion")
    result: list[_Checked] = []
    for criterion in criteria:
        answer = answers.get(criterion.uuid)
        if answer is None:
            level = t(f"shell.level.{criterion.level}")
            errors.add("answers", "evidence.rubric.unanswered", level=level, text=criterion.text)
            continue
        label = t("evidence.rubric.note", text=criterion.text)
        note = rules.optional_text(errors, "answers", answer.note, label, MAX_NOTE_LENGTH)
        met = CriterionAnswer(criterion.level, criterion.text, bool(answer.met))
        result.append(_Checked(criterion.id, met, note))
    errors.raise_if_any()
    return result
