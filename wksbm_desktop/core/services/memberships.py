"""Memberships (Keanggotaan): a member in a group with a role; leaving ends it, never deletes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import (
    NotFoundError,
    ValidationCollector,
    ValidationError,
    ValidationFailed,
)
from wksbm_desktop.core.models import ROLES, Member, Membership
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.current_memberships import current_ketua, current_membership
from wksbm_desktop.core.services.groups import require_live_group
from wksbm_desktop.core.services.members import get_member
from wksbm_desktop.i18n import t


def get_membership(session: Session, uuid: str) -> Membership:
    membership = session.scalars(select(Membership).where(Membership.uuid == uuid)).first()
    if membership is None:
        raise NotFoundError("record.not_found", entity="keanggotaan", uuid=uuid)
    return membership


@requires(Permission.RECORD)
def add_membership(
    session: Session,
    member_uuid: str,
    group_uuid: str,
    role: str,
    started_on: date | None,
    uuid: str | None = None,
) -> Membership:
    """Put a live member in a live group with a role, from ``started_on``."""
    member = _live_member(session, member_uuid)
    group = require_live_group(session, group_uuid)
    errors = check_role_and_start(role, started_on)
    if current_membership(session, member.id, group.id) is not None:
        errors.add("group_uuid", "membership.duplicate", name=member.full_name, group=group.name)
    if role == "ketua":
        _check_no_other_ketua(session, errors, group.id, group.name, exclude_id=None)
    errors.raise_if_any()
    assert started_on is not None
    membership = Membership(
        member_id=member.id, group_id=group.id, role=role, started_on=started_on,
        **({"uuid": uuid} if uuid else {}),
    )  # fmt: skip
    session.add(membership)
    session.flush()
    audit.record(session, "membership", membership.uuid, "create",
                 created_changes(member.uuid, group.uuid, role, started_on))  # fmt: skip
    return membership


def check_role_and_start(role: str, started_on: date | None) -> ValidationCollector:
    """The rules on a new membership's own fields; the caller adds those that need the database."""
    errors = ValidationCollector()
    rules.one_of(errors, "role", role, ROLES, t("label.role"))
    rules.plausible_date(errors, "started_on", started_on, t("label.started_on"))
    return errors


def created_changes(
    member_uuid: str, group_uuid: str, role: str, started_on: date
) -> dict[str, list[object]]:
    """The audit changes :func:`add_membership` records."""
    return {
        "member": [None, member_uuid], "group": [None, group_uuid], "role": [None, role],
        "started_on": [None, started_on.isoformat()],
    }  # fmt: skip


def _live_member(session: Session, uuid: str) -> Member:
    member = get_member(session, uuid)
    if member.archived_at is not None:
        raise ValidationFailed([ValidationError("member_uuid", "membership.member_archived")])
    return member


def _check_no_other_ketua(
    session: Session, errors: ValidationCollector, group_id: int, group_name: str,
    exclude_id: int | None,
) -> None:  # fmt: skip
    ketua = current_ketua(session, group_id)
    if ketua is not None and ketua.id != exclude_id:
        errors.add("role", "membership.ketua_taken", group=group_name, name=ketua.member.full_name)


@requires(Permission.RECORD)
def end_membership(session: Session, uuid: str, ended_on: date | None) -> Membership:
    """The member leaves the group on ``ended_on``; the membership stays in the history."""
    membership = get_membership(session, uuid)
    errors = ValidationCollector()
    rules.plausible_date(errors, "ended_on", ended_on, t("label.ended_on"))
    if membership.ended_on is not None:
        errors.add("ended_on", "membership.already_ended")
    elif ended_on is not None and ended_on < membership.started_on:
        errors.add("ended_on", "rule.end_before_start",
                   start=membership.started_on.strftime("%d-%m-%Y"))  # fmt: skip
    errors.raise_if_any()
    assert ended_on is not None
    membership.ended_on = ended_on
    audit.record(session, "membership", membership.uuid, "end",
                 {"ended_on": [None, ended_on.isoformat()]})  # fmt: skip
    return membership


@requires(Permission.RECORD)
def change_role(session: Session, uuid: str, role: str, on: date | None) -> Membership:
    """A new role from ``on``: the old membership ends and a new one starts, keeping history."""
    membership = get_membership(session, uuid)
    errors = ValidationCollector()
    rules.one_of(errors, "role", role, ROLES, t("label.role"))
    rules.plausible_date(errors, "started_on", on, t("label.started_on"))
    if membership.ended_on is not None:
        errors.add("role", "membership.already_ended")
    if role == "ketua":
        _check_no_other_ketua(session, errors, membership.group_id, membership.group.name,
                              exclude_id=membership.id)  # fmt: skip
    if on is not None and on < membership.started_on:
        errors.add("started_on", "rule.end_before_start",
                   start=membership.started_on.strftime("%d-%m-%Y"))  # fmt: skip
    errors.raise_if_any()
    assert on is not None
    if role == membership.role:
        return membership
    if on == membership.started_on:
        # Corrects a role entered wrongly on the same day: no history worth keeping.
        audit.record(session, "membership", membership.uuid, "update",
                     {"role": [membership.role, role]})  # fmt: skip
        membership.role = role
        return membership
    member_uuid, group_uuid = membership.member.uuid, membership.group.uuid
    end_membership(session, uuid, on)
    session.flush()
    return add_membership(session, member_uuid, group_uuid, role, on)
