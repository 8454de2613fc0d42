"""Coaching and monitoring visits (monev) to a group, with the follow-up they asked for."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.programme_inputs import VisitInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import FOLLOW_UP_STATUSES, Visit
from wksbm_desktop.core.services import lifecycle
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.programme import live_group, required_past_day
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "group_id", "visited_on", "facilitator", "findings", "recommendations", "follow_up",
    "follow_up_status",
)  # fmt: skip
KIND = lifecycle.Kind(Visit, "kunjungan", "visit", AUDITED_FIELDS)


def _validated_values(session: Session, data: VisitInput) -> dict[str, object]:
    errors = ValidationCollector()
    group = live_group(session, errors, data.group_uuid)
    label = t("programme.label.visited_on")
    values: dict[str, object] = {
        "group_id": group.id if group else None,
        "visited_on": required_past_day(errors, "visited_on", data.visited_on, label),
        "facilitator": rules.require_text(
            errors, "facilitator", data.facilitator, t("programme.label.facilitator"), 200
        ),
        "findings": rules.require_text(
            errors, "findings", data.findings, t("programme.label.findings"), 5000
        ),
        "recommendations": rules.optional_text(
            errors,
            "recommendations",
            data.recommendations,
            t("programme.label.recommendations"),
            5000,
        ),
        "follow_up": rules.optional_text(
            errors, "follow_up", data.follow_up, t("programme.label.follow_up"), 5000
        ),
        "follow_up_status": rules.one_of(
            errors,
            "follow_up_status",
            data.follow_up_status,
            FOLLOW_UP_STATUSES,
            t("programme.label.follow_up_status"),
        ),
    }
    # A follow-up under way or done must say what it is.
    if values["follow_up_status"] in ("proses", "selesai") and not values["follow_up"]:
        errors.add("follow_up", "programme.visit.follow_up_missing")
    errors.raise_if_any()
    return values


@requires(Permission.RECORD)
def record_visit(session: Session, data: VisitInput, uuid: str | None = None) -> Visit:
    return lifecycle.create(session, KIND, _validated_values(session, data), uuid)


@requires(Permission.RECORD)
def update_visit(
    session: Session, uuid: str, data: VisitInput, expected_version: int | None = None
) -> Visit:
    """Change a visit: most often its follow-up, as it gets done."""
    return lifecycle.update(
        session, KIND, uuid, expected_version, lambda _visit: _validated_values(session, data)
    )


@requires(Permission.RECORD)
def archive_visit(session: Session, uuid: str, expected_version: int | None = None) -> Visit:
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_visit(session: Session, uuid: str) -> Visit:
    return lifecycle.restore(session, KIND, uuid)
