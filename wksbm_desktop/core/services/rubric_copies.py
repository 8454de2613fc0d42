"""Rubric answers that arrive with an assessment from a report workbook (issue 19, point 7).

An assessment recorded elsewhere keeps the answers as they were given there: the criterion's
level and words as copied then, met or not, the note, and the level the rubric suggested with
its reasons. They are not checked against this office's active criteria (its rubric may have
been reworded since); an answer is linked to one of this office's criteria when the UUID or the
level and words match, and stands on its copied words otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import ASSESSMENT_LEVELS, Assessment, RubricAnswer, RubricCriterion
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import get_by_uuid
from wksbm_desktop.core.services.rubric import MAX_CRITERION_LENGTH, MAX_NOTE_LENGTH
from wksbm_desktop.i18n import t


@dataclass(frozen=True)
class CopiedAnswer:
    """One answer as a report carries it."""

    level: str
    text: str
    met: bool
    note: str = ""
    criterion_uuid: str = ""  # the criterion at the sending office; may be unknown here


@requires(Permission.RECORD)
def copy_rubric_answers(
    session: Session,
    assessment_uuid: str,
    suggested_level: str,
    reasons: str,
    answers: Sequence[CopiedAnswer],
) -> Assessment:
    """Give an assessment that has none yet the answers and suggestion it was recorded with."""
    assessment = get_by_uuid(session, Assessment, assessment_uuid, t("report_programme.assessment"))
    errors = ValidationCollector()
    label = t("label.level")
    if suggested_level:
        rules.one_of(errors, "suggested_level", suggested_level, ASSESSMENT_LEVELS, label)
    held = select(RubricAnswer.id).where(RubricAnswer.assessment_id == assessment.id)
    if session.scalars(held).first() is not None:
        errors.add("answers", "evidence.rubric.already_answered")
    criteria = _criteria(session)
    rows, linked = [], set()
    for answer in answers:
        rules.one_of(errors, "answers", answer.level, ASSESSMENT_LEVELS, label)
        text = rules.require_text(
            errors, "answers", answer.text, t("evidence.rubric.criterion"), MAX_CRITERION_LENGTH
        )
        note = rules.optional_text(
            errors, "answers", answer.note, t("evidence.rubric.note", text=text), MAX_NOTE_LENGTH
        )
        criterion_id = criteria.get(answer.criterion_uuid) or criteria.get(
            (answer.level, " ".join(text.split()).casefold())
        )
        if criterion_id is not None and criterion_id in linked:
            errors.add("answers", "evidence.rubric.answered_twice", text=text)
        linked.add(criterion_id)
        rows.append(RubricAnswer(kelurahan_code=assessment.kelurahan_code,
                                 assessment_id=assessment.id, criterion_id=criterion_id,
                                 level=answer.level, criterion_text=text, met=bool(answer.met),
                                 note=note))  # fmt: skip
    errors.raise_if_any()
    session.add_all(rows)
    assessment.suggested_level = suggested_level
    assessment.suggestion_reasons = reasons
    met = sum(row.met for row in rows)
    changes: dict[str, list[object]] = {
        "rubric_met": [None, t("evidence.audit.met", met=met, total=len(rows))],
        "suggested_level": [None, suggested_level],
    }
    audit.record(session, "assessment", assessment.uuid, "rubric", changes)
    session.flush()
    return assessment


def _criteria(session: Session) -> dict[object, int]:
    """This office's criteria by UUID and by (level, words as compared)."""
    found: dict[object, int] = {}
    query = select(RubricCriterion.id, RubricCriterion.uuid, RubricCriterion.level,
                   RubricCriterion.text)  # fmt: skip
    for criterion_id, uuid, level, text in session.execute(query):
        found[uuid] = criterion_id
        found.setdefault((level, " ".join(text.split()).casefold()), criterion_id)
    return found
