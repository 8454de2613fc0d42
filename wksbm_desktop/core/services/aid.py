"""Aid (Bantuan) of a group: the proposal and the decision on it (docs/programme.md)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme, rules
from wksbm_desktop.core.domain.programme_inputs import AidInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import AID_DECISIONS, Aid, AidDisbursement, AidReport
from wksbm_desktop.core.services import lifecycle, reference
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.programme import live_group, required_past_day
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "group_id", "proposed_on", "purpose", "amount_requested", "decision", "decided_on",
    "amount_approved", "source_id", "notes",
)  # fmt: skip
KIND = lifecycle.Kind(Aid, "bantuan", "aid", AUDITED_FIELDS)


def get_aid(session: Session, uuid: str) -> Aid:
    return KIND.get(session, uuid)


def disbursed_total(session: Session, aid_id: int, leaving_out: int | None = None) -> int:
    """What was handed over of an aid so far (live disbursements), without ``leaving_out``."""
    query = select(func.coalesce(func.sum(AidDisbursement.amount), 0)).where(
        AidDisbursement.aid_id == aid_id, AidDisbursement.archived_at.is_(None)
    )
    if leaving_out is not None:
        query = query.where(AidDisbursement.id != leaving_out)
    return int(session.scalar(query) or 0)


def _validated_values(session: Session, data: AidInput, aid: Aid | None) -> dict[str, object]:
    errors = ValidationCollector()
    group = live_group(session, errors, data.group_uuid)
    proposed = required_past_day(
        errors, "proposed_on", data.proposed_on, t("programme.label.proposed_on")
    )
    values: dict[str, object] = {
        "group_id": group.id if group else None,
        "proposed_on": proposed,
        "purpose": rules.require_text(
            errors, "purpose", data.purpose, t("programme.label.purpose"), 500
        ),
        "amount_requested": programme.amount(
            errors, "amount_requested", data.amount_requested, t("programme.label.requested")
        ),
        "notes": rules.optional_text(errors, "notes", data.notes, t("label.notes"), 5000),
        **_decision(session, errors, data, proposed),
    }
    if aid is not None:
        _keeps_what_followed(session, errors, aid, values)
    errors.raise_if_any()
    return values


def _decision(
    session: Session, errors: ValidationCollector, data: AidInput, proposed: date | None
) -> dict[str, object]:
    """Pending aid has no decision yet; a decision has its date, an approval its amount and
    source, a refusal no amount."""
    decision = rules.one_of(
        errors, "decision", data.decision, AID_DECISIONS, t("programme.label.decision")
    )
    approved = programme.amount(
        errors, "amount_approved", data.amount_approved, t("programme.label.approved")
    )
    source = None
    if rules.clean_text(data.source) or decision == "disetujui":
        source = reference.resolve(session, errors, "source", "aid_source", data.source)
    decided_on = data.decided_on
    if decision == "menunggu":
        if decided_on is not None:
            errors.add("decided_on", "programme.aid.decided_while_pending")
        if approved:
            errors.add("amount_approved", "programme.aid.approved_while_pending")
    else:
        label = t("programme.label.decided_on")
        decided_on = required_past_day(errors, "decided_on", decided_on, label)
        if decided_on and proposed and decided_on < proposed:
            errors.add("decided_on", "programme.aid.decided_before_proposed")
        if decision == "disetujui" and approved == 0:
            errors.add("amount_approved", "programme.aid.approved_zero")
        if decision == "ditolak" and approved:
            errors.add("amount_approved", "programme.aid.approved_while_refused")
    return {"decision": decision, "decided_on": decided_on, "amount_approved": approved,
            "source_id": source.id if source else None}  # fmt: skip


def _keeps_what_followed(
    session: Session, errors: ValidationCollector, aid: Aid, values: dict[str, object]
) -> None:
    """A change to the decision may not strand the disbursements and LPJ recorded after it."""
    disbursed = disbursed_total(session, aid.id)
    approved = int(values["amount_approved"])  # type: ignore[call-overload]
    if disbursed and values["decision"] != "disetujui":
        errors.add("decision", "programme.aid.disbursed_needs_approval")
    elif disbursed > approved:
        errors.add("amount_approved", "programme.aid.approved_below_disbursed",
                   disbursed=programme.rupiah_text(disbursed))  # fmt: skip
    decided_on = values["decided_on"]
    first = _first_followed(session, aid.id)
    if isinstance(decided_on, date) and first is not None and first < decided_on:
        errors.add("decided_on", "programme.aid.decided_after_records",
                   date=programme.day_text(first))  # fmt: skip


def _first_followed(session: Session, aid_id: int) -> date | None:
    """The earliest disbursement or LPJ hand-in of an aid: its decision cannot come later."""
    dates = [
        session.scalar(
            select(func.min(AidDisbursement.disbursed_on)).where(
                AidDisbursement.aid_id == aid_id, AidDisbursement.archived_at.is_(None)
            )
        ),
        session.scalar(
            select(func.min(AidReport.submitted_on)).where(
                AidReport.aid_id == aid_id, AidReport.archived_at.is_(None)
            )
        ),
    ]
    found = [day for day in dates if day is not None]
    return min(found) if found else None


@requires(Permission.RECORD)
def create_aid(session: Session, data: AidInput, uuid: str | None = None) -> Aid:
    """Record a proposal (and its decision, when known); ``uuid`` keeps an imported identity."""
    return lifecycle.create(session, KIND, _validated_values(session, data, None), uuid)


@requires(Permission.RECORD)
def update_aid(
    session: Session, uuid: str, data: AidInput, expected_version: int | None = None
) -> Aid:
    return lifecycle.update(
        session, KIND, uuid, expected_version, lambda aid: _validated_values(session, data, aid)
    )


@requires(Permission.RECORD)
def archive_aid(session: Session, uuid: str, expected_version: int | None = None) -> Aid:
    """Archive an aid entered by mistake; its disbursements and LPJ leave every figure with it."""
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_aid(session: Session, uuid: str) -> Aid:
    return lifecycle.restore(session, KIND, uuid)
