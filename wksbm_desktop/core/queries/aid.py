"""Aid as the group's detail and Ringkasan show it: totals, disbursed, and LPJ owed or overdue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import Aid, AidDisbursement, AidReport, Group, ReferenceItem
from wksbm_desktop.core.queries.programme_common import in_place


@dataclass(frozen=True)
class AidRow:
    uuid: str
    version: int
    proposed_on: date
    purpose: str
    amount_requested: int
    decision: str
    decided_on: date | None
    amount_approved: int
    source: str  # the aid_source label, "" while unknown
    disbursed: int
    # Its LPJ, the most pressing state: "overdue", "owed", "submitted", "accepted", "none".
    lpj_state: str
    lpj_next_due: date | None  # the earliest due date of an LPJ still owed
    notes: str

    @property
    def remaining(self) -> int:
        """What is approved and not yet handed over."""
        return max(self.amount_approved - self.disbursed, 0)


@dataclass(frozen=True)
class GroupAid:
    rows: list[AidRow]  # newest proposal first

    @property
    def requested(self) -> int:
        return sum(row.amount_requested for row in self.rows)

    @property
    def approved(self) -> int:
        return sum(row.amount_approved for row in self.rows)

    @property
    def disbursed(self) -> int:
        return sum(row.disbursed for row in self.rows)

    @property
    def overdue(self) -> int:
        """How many of the group's aid have an overdue LPJ."""
        return sum(row.lpj_state == "overdue" for row in self.rows)


def overdue_condition(today: date) -> ColumnElement[bool]:
    """``programme.lpj_overdue`` as SQL: still owed and the due date has passed."""
    return and_(
        AidReport.status.in_(programme.OPEN_LPJ_STATUSES),
        AidReport.due_on < today,
        AidReport.archived_at.is_(None),
    )


def lpj_state(reports: Iterable[tuple[str, date]], today: date) -> tuple[str, date | None]:
    """The state of an aid's LPJ from (status, due date) of each live one, and the next due."""
    pairs = list(reports)
    owed = sorted(due for status, due in pairs if status in programme.OPEN_LPJ_STATUSES)
    if not pairs:
        return "none", None
    if any(programme.lpj_overdue(status, due, today) for status, due in pairs):
        return "overdue", owed[0]
    if owed:
        return "owed", owed[0]
    if all(status == "diterima" for status, _due in pairs):
        return "accepted", None
    return "submitted", None


def group_aid(session: Session, group_uuid: str, today: date) -> GroupAid:
    """A group's live aid with what was disbursed and where its LPJ stand on ``today``."""
    query = (
        select(Aid, ReferenceItem.label)
        .join(Group, Group.id == Aid.group_id)
        .outerjoin(ReferenceItem, ReferenceItem.id == Aid.source_id)
        .where(Group.uuid == group_uuid, Aid.archived_at.is_(None))
        .order_by(Aid.proposed_on.desc(), Aid.id.desc())
    )
    found = session.execute(query).all()
    ids = [aid.id for aid, _label in found]
    disbursed = _disbursed(session, ids)
    reports = _reports(session, ids)
    rows = []
    for aid, source in found:
        state, next_due = lpj_state(reports.get(aid.id, []), today)
        rows.append(AidRow(
            aid.uuid, aid.version, aid.proposed_on, aid.purpose, aid.amount_requested,
            aid.decision, aid.decided_on, aid.amount_approved, source or "",
            disbursed.get(aid.id, 0), state, next_due, aid.notes,
        ))  # fmt: skip
    return GroupAid(rows)


def _disbursed(session: Session, aid_ids: list[int]) -> dict[int, int]:
    query = (
        select(AidDisbursement.aid_id, func.sum(AidDisbursement.amount))
        .where(AidDisbursement.aid_id.in_(aid_ids), AidDisbursement.archived_at.is_(None))
        .group_by(AidDisbursement.aid_id)
    )
    return {aid_id: int(total or 0) for aid_id, total in session.execute(query)}


def _reports(session: Session, aid_ids: list[int]) -> dict[int, list[tuple[str, date]]]:
    query = select(AidReport.aid_id, AidReport.status, AidReport.due_on).where(
        AidReport.aid_id.in_(aid_ids), AidReport.archived_at.is_(None)
    )
    found: dict[int, list[tuple[str, date]]] = {}
    for aid_id, status, due_on in session.execute(query):
        found.setdefault(aid_id, []).append((status, due_on))
    return found


@dataclass(frozen=True)
class OverdueReport:
    """An LPJ past its due date, for Ringkasan and the group's detail."""

    report_uuid: str
    aid_uuid: str
    group_uuid: str
    group_name: str
    kelurahan_code: str
    purpose: str
    amount_approved: int
    due_on: date
    status: str
    days_overdue: int


def _overdue(today: date, kecamatan: str | None, kelurahan: str | None) -> Select[Any]:
    """Overdue LPJ of live aid of live groups, with the city's place filters."""
    query = (
        select(AidReport.uuid, Aid.uuid, Group.uuid, Group.name, AidReport.kelurahan_code,
               Aid.purpose, Aid.amount_approved, AidReport.due_on, AidReport.status)
        .join(Aid, Aid.id == AidReport.aid_id)
        .join(Group, Group.id == Aid.group_id)
        .where(overdue_condition(today), Aid.archived_at.is_(None), Group.archived_at.is_(None))
    )  # fmt: skip
    return in_place(query, AidReport.kelurahan_code, kecamatan, kelurahan)


def overdue_reports(
    session: Session,
    today: date,
    group_uuid: str | None = None,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
) -> list[OverdueReport]:
    """Every overdue LPJ (of one group, kecamatan or kelurahan), the longest overdue first."""
    query = _overdue(today, kecamatan, kelurahan)
    if group_uuid is not None:
        query = query.where(Group.uuid == group_uuid)
    query = query.order_by(AidReport.due_on, func.lower(Group.name), AidReport.id)
    found = []
    for report, aid, group, name, code, purpose, approved, due_on, status in session.execute(query):
        days = programme.days_overdue(status, due_on, today)
        found.append(
            OverdueReport(report, aid, group, name, code, purpose, approved, due_on, status, days)
        )
    return found


def overdue_by_kelurahan(session: Session, today: date) -> dict[str, int]:
    """How many LPJ are overdue per kelurahan code (the city sums them per kecamatan)."""
    inner = _overdue(today, None, None).subquery()
    query = select(inner.c.kelurahan_code, func.count()).group_by(inner.c.kelurahan_code)
    return {str(code): int(count) for code, count in session.execute(query)}


@dataclass(frozen=True)
class DisbursementRow:
    uuid: str
    version: int
    disbursed_on: date
    amount: int
    form: str
    goods: str
    notes: str


@dataclass(frozen=True)
class ReportRow:
    uuid: str
    version: int
    due_on: date
    submitted_on: date | None
    status: str
    remarks: str
    days_overdue: int  # 0 unless overdue on the day asked


@dataclass(frozen=True)
class AidDetail:
    disbursements: list[DisbursementRow]  # in date order
    reports: list[ReportRow]  # by due date


def aid_detail(session: Session, aid_uuid: str, today: date) -> AidDetail:
    """The live disbursements and LPJ of one aid, as its detail lists them."""
    aid_id = select(Aid.id).where(Aid.uuid == aid_uuid).scalar_subquery()
    disbursements = session.scalars(
        select(AidDisbursement)
        .where(AidDisbursement.aid_id == aid_id, AidDisbursement.archived_at.is_(None))
        .order_by(AidDisbursement.disbursed_on, AidDisbursement.id)
    )
    reports = session.scalars(
        select(AidReport)
        .where(AidReport.aid_id == aid_id, AidReport.archived_at.is_(None))
        .order_by(AidReport.due_on, AidReport.id)
    )
    return AidDetail(
        [DisbursementRow(d.uuid, d.version, d.disbursed_on, d.amount, d.form, d.goods, d.notes)
         for d in disbursements],
        [ReportRow(r.uuid, r.version, r.due_on, r.submitted_on, r.status, r.remarks,
                   programme.days_overdue(r.status, r.due_on, today)) for r in reports],
    )  # fmt: skip
