"""Saving a form: one session, core services only, field errors renamed for the form."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import ValidationError, ValidationFailed
from wksbm_desktop.core.services import activities, groups, members, memberships
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui.forms.values import (
    AddMembership,
    ChangeRole,
    EndMembership,
    GroupValues,
    MembershipChange,
    MemberValues,
    NewAssessment,
)

_CHANGE_PREFIX = {AddMembership: "add", ChangeRole: "change", EndMembership: "end"}


@contextmanager
def _prefixed(prefix: str) -> Iterator[None]:
    """Rename field errors to ``prefix.field`` so the form shows them in the right section."""
    try:
        yield
    except ValidationFailed as failed:
        raise ValidationFailed(
            ValidationError(f"{prefix}.{e.field}", e.key, **e.params) for e in failed.errors
        ) from failed
    except ValidationError as error:
        raise ValidationFailed(
            [ValidationError(f"{prefix}.{error.field}", error.key, **error.params)]
        ) from error


def _apply_membership_changes(
    session: Session,
    changes: tuple[MembershipChange, ...],
    join: Callable[[AddMembership], None],
) -> None:
    # Endings first, so a Ketua who steps down frees the post for the one added in this save.
    ordered = sorted(changes, key=lambda c: ("end", "change", "add").index(_CHANGE_PREFIX[type(c)]))
    for change in ordered:
        with _prefixed(f"membership.{_CHANGE_PREFIX[type(change)]}"):
            if isinstance(change, EndMembership):
                memberships.end_membership(session, change.membership_uuid, change.ended_on)
            elif isinstance(change, ChangeRole):
                memberships.change_role(session, change.membership_uuid, change.role, change.on)
            else:
                join(change)
            session.flush()


def _add_assessments(session: Session, group_uuid: str, new: tuple[NewAssessment, ...]) -> None:
    for assessment in new:
        with _prefixed("assessment"):
            groups.add_assessment(
                session, group_uuid, assessment.assessed_on, assessment.level, assessment.notes
            )


def save_group(
    database: Database, uuid: str | None, version: int | None, values: GroupValues
) -> str:
    with database.session() as session:
        if uuid is None:
            group = groups.create_group(session, values.group)
        else:
            group = groups.update_group(session, uuid, values.group, expected_version=version)
        group_uuid = group.uuid

        def join(change: AddMembership) -> None:
            memberships.add_membership(
                session, change.other_uuid, group_uuid, change.role, change.started_on
            )

        _apply_membership_changes(session, values.memberships, join)
        _add_assessments(session, group_uuid, values.assessments)
    return group_uuid


def save_member(
    database: Database, uuid: str | None, version: int | None, values: MemberValues
) -> str:
    with database.session() as session:
        if uuid is None:
            member = members.create_member(session, values.member)
        else:
            member = members.update_member(session, uuid, values.member, expected_version=version)
        member_uuid = member.uuid

        def join(change: AddMembership) -> None:
            memberships.add_membership(
                session, member_uuid, change.other_uuid, change.role, change.started_on
            )

        _apply_membership_changes(session, values.memberships, join)
    return member_uuid


def save_activity(
    database: Database, uuid: str | None, version: int | None, values: ActivityInput
) -> str:
    with database.session() as session:
        if uuid is None:
            activity = activities.create_activity(session, values)
        else:
            activity = activities.update_activity(session, uuid, values, expected_version=version)
        return activity.uuid
