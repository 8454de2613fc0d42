"""Disbursements of approved aid: money or goods handed to a group, never above the approval."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme, rules
from wksbm_desktop.core.domain.programme_inputs import DisbursementInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import DISBURSEMENT_FORMS, Aid, AidDisbursement
from wksbm_desktop.core.services import lifecycle
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.aid import disbursed_total, get_aid
from wksbm_desktop.core.services.programme import required_past_day
from wksbm_desktop.i18n import t

AUDITED_FIELDS = ("aid_id", "disbursed_on", "amount", "form", "goods", "notes")
KIND = lifecycle.Kind(AidDisbursement, "penyaluran bantuan", "aid_disbursement", AUDITED_FIELDS)


def _validated_values(
    session: Session, data: DisbursementInput, own: AidDisbursement | None
) -> dict[str, object]:
    errors = ValidationCollector()
    aid = get_aid(session, data.aid_uuid)
    label = t("programme.label.disbursed_on")
    day = required_past_day(errors, "disbursed_on", data.disbursed_on, label)
    amount = programme.amount(errors, "amount", data.amount, t("programme.label.disbursed"))
    if amount == 0 and not errors.errors:
        errors.add("amount", "programme.disbursement.amount_zero")
    form = rules.one_of(errors, "form", data.form, DISBURSEMENT_FORMS, t("programme.label.form"))
    goods_label = t("programme.label.goods")
    if form == "barang":
        goods = rules.require_text(errors, "goods", data.goods, goods_label, 500)
    else:
        goods = rules.optional_text(errors, "goods", data.goods, goods_label, 500)
    _fits_the_aid(session, errors, aid, amount, own)
    if day and aid.decided_on and day < aid.decided_on:
        errors.add("disbursed_on", "programme.disbursement.before_decision",
                   date=programme.day_text(aid.decided_on))  # fmt: skip
    notes = rules.optional_text(errors, "notes", data.notes, t("label.notes"), 5000)
    errors.raise_if_any()
    return {"aid_id": aid.id, "disbursed_on": day, "amount": amount, "form": form,
            "goods": goods, "notes": notes}  # fmt: skip


def _fits_the_aid(
    session: Session,
    errors: ValidationCollector,
    aid: Aid,
    amount: int,
    own: AidDisbursement | None,
) -> None:
    """Only live, approved aid is handed over, and never more in total than was approved."""
    if aid.archived_at is not None or aid.decision != "disetujui":
        errors.add("aid_uuid", "programme.disbursement.aid_not_approved")
        return
    others = disbursed_total(session, aid.id, leaving_out=own.id if own else None)
    if others + amount > aid.amount_approved:
        errors.add(
            "amount",
            "programme.disbursement.above_approved",
            approved=programme.rupiah_text(aid.amount_approved),
            disbursed=programme.rupiah_text(others),
            left=programme.rupiah_text(max(aid.amount_approved - others, 0)),
        )


@requires(Permission.RECORD)
def add_disbursement(
    session: Session, data: DisbursementInput, uuid: str | None = None
) -> AidDisbursement:
    return lifecycle.create(session, KIND, _validated_values(session, data, None), uuid)


@requires(Permission.RECORD)
def update_disbursement(
    session: Session, uuid: str, data: DisbursementInput, expected_version: int | None = None
) -> AidDisbursement:
    return lifecycle.update(
        session, KIND, uuid, expected_version,
        lambda disbursement: _validated_values(session, data, disbursement),
    )  # fmt: skip


@requires(Permission.RECORD)
def archive_disbursement(
    session: Session, uuid: str, expected_version: int | None = None
) -> AidDisbursement:
    """Take a disbursement entered by mistake out of the totals (kept in the archive)."""
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_disbursement(session: Session, uuid: str) -> AidDisbursement:
    """Bring a disbursement back, if the aid still has room for it."""

    def check(disbursement: AidDisbursement) -> None:
        errors = ValidationCollector()
        _fits_the_aid(session, errors, disbursement.aid, disbursement.amount, disbursement)
        errors.raise_if_any()

    return lifecycle.restore(session, KIND, uuid, check=check)
