"""Membership changes made in a group's or a member's form, inside that form's operation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationError, ValidationFailed
from wksbm_desktop.core.services import memberships
from wksbm_desktop.ui.forms.values import (
    AddMembership,
    ChangeRole,
    EndMembership,
    MembershipChange,
)

_CHANGE_PREFIX = {AddMembership: "add", ChangeRole: "change", EndMembership: "end"}


@contextmanager
def prefixed(prefix: str) -> Iterator[None]:
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


def apply_changes(
    session: Session,
    changes: tuple[MembershipChange, ...],
    join: Callable[[AddMembership], None],
) -> None:
    """End, change and add memberships; ``join`` adds one (the form knows which side it is)."""
    # Endings first, so a Ketua who steps down frees the post for the one added in this save.
    ordered = sorted(changes, key=lambda c: ("end", "change", "add").index(_CHANGE_PREFIX[type(c)]))
    for change in ordered:
        with prefixed(f"membership.{_CHANGE_PREFIX[type(change)]}"):
            if isinstance(change, EndMembership):
                memberships.end_membership(session, change.membership_uuid, change.ended_on)
            elif isinstance(change, ChangeRole):
                memberships.change_role(session, change.membership_uuid, change.role, change.on)
            else:
                join(change)
            session.flush()


def join_group(session: Session, member_uuid: str, change: AddMembership, group_uuid: str) -> None:
    memberships.add_membership(session, member_uuid, group_uuid, change.role, change.started_on)
