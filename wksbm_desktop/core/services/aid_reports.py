"""Accountability reports (LPJ) a group owes for approved aid; when one is overdue is
decided in core/domain/programme.py."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme, rules
from wksbm_desktop.core.domain.programme_inputs import AidReportInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import LPJ_STATUSES, AidReport
from wksbm_desktop.core.services import lifecycle
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.aid import get_aid
from wksbm_desktop.core.services.programme import required_past_day
from wksbm_desktop.i18n import t

AUDITED_FIELDS = ("aid_id", "due_on", "submitted_on", "status", "remarks")
KIND = lifecycle.Kind(AidReport, "LPJ", "aid_report", AUDITED_FIELDS)


def _validated_values(session: Session, data: AidReportInput) -> dict[str, object]:
    errors = ValidationCollector()
    aid = get_aid(session, data.aid_uuid)
    if aid.archived_at is not None or aid.decision != "disetujui":
        errors.add("aid_uuid", "programme.lpj.aid_not_approved")
    due_on = rules.plausible_date(errors, "due_on", data.due_on, t("programme.label.due_on"))
    status = rules.one_of(
        errors, "status", data.status, LPJ_STATUSES, t("programme.label.lpj_status")
    )
    submitted = data.submitted_on
    if status in programme.HANDED_IN_LPJ_STATUSES:
        label = t("programme.label.submitted_on")
        submitted = required_past_day(errors, "submitted_on", submitted, label)
    elif submitted is not None:
        errors.add("submitted_on", "programme.lpj.submitted_while_owed")
    decided = aid.decided_on
    if decided and due_on and due_on < decided:
        errors.add("due_on", "programme.lpj.due_before_decision",
                   date=programme.day_text(decided))  # fmt: skip
    if decided and submitted and submitted < decided:
        errors.add("submitted_on", "programme.lpj.submitted_before_decision",
                   date=programme.day_text(decided))  # fmt: skip
    remarks = rules.optional_text(errors, "remarks", data.remarks, t("label.notes"), 5000)
    errors.raise_if_any()
    return {"aid_id": aid.id, "due_on": due_on, "submitted_on": submitted, "status": status,
            "remarks": remarks}  # fmt: skip


@requires(Permission.RECORD)
def add_report(session: Session, data: AidReportInput, uuid: str | None = None) -> AidReport:
    """Record an LPJ the group owes (with its due date), or one it has already handed in."""
    return lifecycle.create(session, KIND, _validated_values(session, data), uuid)


@requires(Permission.RECORD)
def update_report(
    session: Session, uuid: str, data: AidReportInput, expected_version: int | None = None
) -> AidReport:
    """Change an LPJ: most often its hand-in (status and date) or the office's verdict on it."""
    return lifecycle.update(
        session, KIND, uuid, expected_version, lambda _report: _validated_values(session, data)
    )


@requires(Permission.RECORD)
def archive_report(session: Session, uuid: str, expected_version: int | None = None) -> AidReport:
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_report(session: Session, uuid: str) -> AidReport:
    return lifecycle.restore(session, KIND, uuid)
