"""One assessment's facts for its read-only view: the level chosen beside the suggestion."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries.details import group_detail
from wksbm_desktop.core.queries.rubric import assessment_summary, rubric
from wksbm_desktop.core.services.groups import add_assessment
from wksbm_desktop.core.services.rubric import Answer, record_assessment


def test_a_rubric_assessment_reads_back_with_its_suggestion(session: Session, group: Group) -> None:
    answers = {row.uuid: Answer(row.level == "tumbuh") for row in rubric(session)}
    made = record_assessment(session, group.uuid, date(2026, 6, 1), "maju", answers, notes="Juni")
    summary = assessment_summary(session, made.uuid)
    assert summary is not None
    assert (summary.group_name, summary.assessed_on) == (group.name, date(2026, 6, 1))
    assert (summary.level, summary.suggested_level, summary.notes) == ("maju", "tumbuh", "Juni")
    assert summary.reasons[0] == "Semua 4 kriteria tingkat Tumbuh terpenuhi."
    assert all(reason.strip() for reason in summary.reasons)
    assert group_detail(session, group.uuid).assessments[0].uuid == made.uuid


def test_an_assessment_without_the_rubric_has_no_suggestion(session: Session, group: Group) -> None:
    made = add_assessment(session, group.uuid, date(2026, 1, 5), "berkembang", "")
    summary = assessment_summary(session, made.uuid)
    assert summary is not None and summary.suggested_level == "" and summary.reasons == ()
    assert assessment_summary(session, "tidak-ada") is None
