"""Rubric answers that arrive with an imported assessment keep their copied words and link to
this office's criteria when they can."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import Assessment, AuditEntry, Group, RubricAnswer, RubricCriterion
from wksbm_desktop.core.services.groups import add_assessment
from wksbm_desktop.core.services.rubric_copies import CopiedAnswer, copy_rubric_answers


def _assessment(session: Session, group: Group) -> Assessment:
    return add_assessment(session, group.uuid, date(2026, 3, 1), "berkembang", uuid=None)


def _criteria(session: Session) -> list[RubricCriterion]:
    return list(session.scalars(select(RubricCriterion).order_by(RubricCriterion.id)))


def test_answers_are_copied_with_the_suggestion_and_linked_where_they_match(
    session: Session, group: Group
) -> None:
    first, second = _criteria(session)[:2]
    assessment = _assessment(session, group)
    copy_rubric_answers(
        session,
        assessment.uuid,
        "tumbuh",
        "Pertemuan belum rutin.",
        [
            CopiedAnswer(first.level, "Kata-kata kantor lain", True, "", first.uuid),
            CopiedAnswer(second.level, "  " + second.text.upper() + " ", False, "Belum"),
            CopiedAnswer("maju", "Kriteria yang sudah tidak ada", True),
            CopiedAnswer("maju", "Kriteria lain yang sudah tidak ada", False),
        ],
    )
    rows = session.scalars(select(RubricAnswer).order_by(RubricAnswer.id)).all()
    assert [r.criterion_id for r in rows] == [first.id, second.id, None, None]
    assert rows[0].criterion_text == "Kata-kata kantor lain" and rows[1].note == "Belum"
    assert (assessment.suggested_level, assessment.suggestion_reasons) == (
        "tumbuh",
        "Pertemuan belum rutin.",
    )
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "rubric")).one()
    assert "2 dari 4 kriteria terpenuhi" in entry.changes


def test_bad_answers_are_refused_and_nothing_is_kept(session: Session, group: Group) -> None:
    first = _criteria(session)[0]
    assessment = _assessment(session, group)
    with pytest.raises(ValidationFailed) as caught:
        copy_rubric_answers(
            session,
            assessment.uuid,
            "luar biasa",
            "",
            [
                CopiedAnswer(first.level, first.text, True),
                CopiedAnswer(first.level, first.text, False),  # the same criterion twice
                CopiedAnswer("hebat", "", True),
            ],
        )
    messages = " ".join(e.message for e in caught.value.errors)
    assert "dijawab dua kali" in messages
    assert session.scalars(select(RubricAnswer)).first() is None


def test_an_assessment_with_answers_keeps_them(session: Session, group: Group) -> None:
    assessment = _assessment(session, group)
    copy_rubric_answers(session, assessment.uuid, "", "", [CopiedAnswer("tumbuh", "A", True)])
    with pytest.raises(ValidationFailed) as caught:
        copy_rubric_answers(session, assessment.uuid, "", "", [CopiedAnswer("tumbuh", "B", True)])
    assert "sudah punya jawaban rubrik" in caught.value.errors[0].message
    assert len(session.scalars(select(RubricAnswer)).all()) == 1
