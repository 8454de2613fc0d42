"""What the programme's services share: the group a record belongs to and its dates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.errors import ValidationCollector
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.services.common import today


def live_group(session: Session, errors: ValidationCollector, uuid: str) -> Group | None:
    """The group a new or changed record belongs to; an archived group takes nothing new."""
    group = session.scalars(select(Group).where(Group.uuid == uuid)).first()
    if group is None or group.archived_at is not None:
        errors.add("group_uuid", "programme.group_required")
        return None
    return group


def required_past_day(
    errors: ValidationCollector, field: str, value: date | None, label: str
) -> date | None:
    """A date that must be filled in, and is neither before 1900 nor in the future."""
    if value is None:
        errors.add(field, "rule.required", label=label)
        return None
    return rules.past_date(errors, field, value, label, today())
