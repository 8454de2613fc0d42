"""Which memberships are current: one Ketua per group, one membership per member and group."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Membership


def current_ketua(session: Session, group_id: int) -> Membership | None:
    query = select(Membership).where(
        Membership.group_id == group_id,
        Membership.role == "ketua",
        Membership.ended_on.is_(None),
    )
    return session.scalars(query).first()


def current_membership(session: Session, member_id: int, group_id: int) -> Membership | None:
    query = select(Membership).where(
        Membership.member_id == member_id,
        Membership.group_id == group_id,
        Membership.ended_on.is_(None),
    )
    return session.scalars(query).first()


def can_reopen(session: Session, membership: Membership) -> bool:
    """Whether an ended membership can become current again without breaking a rule."""
    if current_membership(session, membership.member_id, membership.group_id) is not None:
        return False
    if membership.role == "ketua" and current_ketua(session, membership.group_id) is not None:
        return False
    return membership.group.archived_at is None
