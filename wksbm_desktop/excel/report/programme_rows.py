"""The rows of the programme's sheets (format 5): aid, disbursements, LPJ, indicators and their
measures, visits, rubric answers, attachment counts; queries in a stable order, no ORM objects.

A period report carries the aid proposed by the period's end with its disbursements up to that
day and all its LPJ (what is still owed matters whatever the period), the indicator records
and visits up to the period's end, and the rubric answers of the assessments it carries: the
programme's figures are states on the figure date (growth against the same period a year
earlier, groups without a visit for six months), and a monthly report must let the city see
that far back. Archived records and the records of archived groups are not carried (their
tombstones are, rows.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.domain.period import Period
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    Group,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    ReferenceItem,
    RubricAnswer,
    RubricCriterion,
    Visit,
)
from wksbm_desktop.core.queries.attachments import attachment_counts
from wksbm_desktop.excel.report.schema import DOCUMENT_KIND_LABELS, OWNER_KIND_LABELS

Query: TypeAlias = "Select[*tuple[Any, ...]]"

# The programme's records that travel as tombstones when archived (schema.REMOVED_ENTITY_LABELS).
ARCHIVABLE: dict[str, type[Any]] = {
    "aid": Aid,
    "disbursements": AidDisbursement,
    "aid_reports": AidReport,
    "indicators": GroupIndicator,
    "visits": Visit,
}


def _live(model: Any) -> ColumnElement[bool]:
    return model.archived_at.is_(None)


def _live_aid(period: Period) -> ColumnElement[bool]:
    condition = _live(Aid) & _live(Group)
    if period.end is not None:
        condition = condition & (Aid.proposed_on <= period.end)
    return condition


def aid_query(period: Period, as_of: date) -> Query:
    source = aliased(ReferenceItem)
    disbursed = select(func.coalesce(func.sum(AidDisbursement.amount), 0)).where(
        AidDisbursement.aid_id == Aid.id, _live(AidDisbursement)
    )
    if period.end is not None:
        disbursed = disbursed.where(AidDisbursement.disbursed_on <= period.end)
    return (
        select(
            Aid.uuid,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            Aid.proposed_on,
            Aid.purpose,
            Aid.amount_requested,
            Aid.decision,
            Aid.decided_on,
            source.label.label("source"),
            Aid.amount_approved,
            disbursed.scalar_subquery().label("disbursed"),
            Aid.notes,
            Aid.updated_at,
        )
        .join(Group, Group.id == Aid.group_id)
        .outerjoin(source, source.id == Aid.source_id)
        .where(_live_aid(period))
        .order_by(Group.name, Group.uuid, Aid.proposed_on, Aid.uuid)
    )


def _of_live_aid(record: Any, period: Period, *columns: Any) -> Query:
    """Rows of a record that belongs to an aid (a disbursement, an LPJ): the record's UUID, the
    aid's group and purpose first, then ``columns``; live records of aid the report carries."""
    return (
        select(
            record.uuid,
            Group.name.label("group_name"),
            Aid.purpose,
            Aid.uuid.label("aid_uuid"),
            *columns,
            record.updated_at,
        )
        .join(Aid, Aid.id == record.aid_id)
        .join(Group, Group.id == Aid.group_id)
        .where(_live_aid(period), _live(record))
    )


def disbursements_query(period: Period, as_of: date) -> Query:
    query = _of_live_aid(
        AidDisbursement, period, AidDisbursement.disbursed_on, AidDisbursement.form,
        AidDisbursement.amount, AidDisbursement.goods, AidDisbursement.notes,
    )  # fmt: skip
    if period.end is not None:
        query = query.where(AidDisbursement.disbursed_on <= period.end)
    return query.order_by(
        Group.name, Group.uuid, Aid.proposed_on, Aid.uuid, AidDisbursement.disbursed_on,
        AidDisbursement.uuid,
    )  # fmt: skip


def aid_reports_query(period: Period, as_of: date) -> Query:
    query = _of_live_aid(
        AidReport, period, AidReport.due_on, AidReport.status, AidReport.submitted_on,
        AidReport.remarks,
    )  # fmt: skip
    return query.order_by(
        Group.name, Group.uuid, Aid.proposed_on, Aid.uuid, AidReport.due_on, AidReport.uuid
    )


def _by_end(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """Up to the period's end, however early: the history the programme's figures read."""
    return [] if period.end is None else [column <= period.end]


def indicators_query(period: Period, as_of: date) -> Query:
    sector = aliased(ReferenceItem)
    measures = (
        select(func.count())
        .select_from(IndicatorValue)
        .where(IndicatorValue.indicator_id == GroupIndicator.id)
    )
    return (
        select(
            GroupIndicator.uuid,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            sector.label.label("sector"),
            GroupIndicator.period_kind,
            GroupIndicator.period_start,
            GroupIndicator.cash,
            GroupIndicator.turnover,
            GroupIndicator.assets,
            GroupIndicator.active_members,
            measures.scalar_subquery().label("measures"),
            GroupIndicator.notes,
            GroupIndicator.updated_at,
        )
        .join(Group, Group.id == GroupIndicator.group_id)
        .join(sector, sector.id == Group.sector_id)
        .where(_live(GroupIndicator), _live(Group), *_by_end(GroupIndicator.period_start, period))
        .order_by(
            Group.name,
            Group.uuid,
            GroupIndicator.period_kind,
            GroupIndicator.period_start,
            GroupIndicator.uuid,
        )
    )


def indicator_values_query(period: Period, as_of: date) -> Query:
    sector = aliased(ReferenceItem)
    return (
        select(
            GroupIndicator.uuid.label("indicator_uuid"),
            Group.name.label("group_name"),
            GroupIndicator.period_kind,
            GroupIndicator.period_start,
            IndicatorMeasure.label.label("measure"),
            IndicatorValue.value,
            IndicatorMeasure.unit,
            sector.label.label("measure_sector"),
        )
        .select_from(IndicatorValue)
        .join(GroupIndicator, GroupIndicator.id == IndicatorValue.indicator_id)
        .join(Group, Group.id == GroupIndicator.group_id)
        .join(IndicatorMeasure, IndicatorMeasure.id == IndicatorValue.measure_id)
        .outerjoin(sector, sector.id == IndicatorMeasure.sector_id)
        .where(_live(GroupIndicator), _live(Group), *_by_end(GroupIndicator.period_start, period))
        .order_by(
            Group.name,
            Group.uuid,
            GroupIndicator.period_kind,
            GroupIndicator.period_start,
            GroupIndicator.uuid,
            IndicatorMeasure.label,
            IndicatorMeasure.id,
        )
    )


def visits_query(period: Period, as_of: date) -> Query:
    return (
        select(
            Visit.uuid,
            Group.name.label("group_name"),
            Group.uuid.label("group_uuid"),
            Visit.visited_on,
            Visit.facilitator,
            Visit.findings,
            Visit.recommendations,
            Visit.follow_up,
            Visit.follow_up_status,
            Visit.updated_at,
        )
        .join(Group, Group.id == Visit.group_id)
        .where(_live(Visit), _live(Group), *_by_end(Visit.visited_on, period))
        .order_by(Group.name, Group.uuid, Visit.visited_on, Visit.uuid)
    )


_LEVEL_ORDER = case(
    {"tumbuh": 1, "berkembang": 2, "maju": 3, "mandiri": 4}, value=RubricAnswer.level, else_=5
)


def rubric_answers_query(period: Period, as_of: date) -> Query:
    query = (
        select(
            Assessment.uuid.label("assessment_uuid"),
            Group.name.label("group_name"),
            Assessment.assessed_on,
            RubricAnswer.level,
            RubricAnswer.criterion_text,
            RubricAnswer.met,
            RubricAnswer.note,
            RubricCriterion.uuid.label("criterion_uuid"),
        )
        .select_from(RubricAnswer)
        .join(Assessment, Assessment.id == RubricAnswer.assessment_id)
        .join(Group, Group.id == Assessment.group_id)
        .outerjoin(RubricCriterion, RubricCriterion.id == RubricAnswer.criterion_id)
        .where(_live(Group))
    )
    if period.end is not None:
        query = query.where(Assessment.assessed_on <= as_of)
    return query.order_by(
        Group.name, Group.uuid, Assessment.assessed_on, Assessment.uuid, _LEVEL_ORDER,
        RubricAnswer.id,
    )  # fmt: skip


QUERIES = {
    "aid": aid_query,
    "disbursements": disbursements_query,
    "aid_reports": aid_reports_query,
    "indicators": indicators_query,
    "indicator_values": indicator_values_query,
    "visits": visits_query,
    "rubric_answers": rubric_answers_query,
}

OWNERS: dict[str, type[Any]] = {
    "aid": Aid,
    "disbursements": AidDisbursement,
    "aid_reports": AidReport,
    "indicators": GroupIndicator,
    "indicator_values": IndicatorValue,
    "visits": Visit,
    "rubric_answers": RubricAnswer,
}


def attachment_rows(session: Session, kelurahan_code: str) -> list[dict[str, Any]]:
    """The Lampiran sheet: live attachments counted by owner kind, then by document kind."""
    counts = attachment_counts(session, kelurahan_code)
    rows = [
        {"counted_by": "owner", "kind": OWNER_KIND_LABELS[kind], "count": count}
        for kind, count in counts.by_owner_kind.items()
    ]
    rows += [
        {"counted_by": "document", "kind": DOCUMENT_KIND_LABELS[kind], "count": count}
        for kind, count in counts.by_document_kind.items()
    ]
    return rows


def removed_programme_rows(session: Session) -> list[dict[str, Any]]:
    """Tombstones of archived programme records (format 5), for rows.removed_rows."""
    found: list[dict[str, Any]] = []
    for key, model in ARCHIVABLE.items():
        query = select(model.uuid, model.archived_at).where(model.archived_at.is_not(None))
        found += [
            {"entity": key, "removal": "archived", "at": at, "uuid": uuid}
            for uuid, at in session.execute(query)
        ]
    return found
