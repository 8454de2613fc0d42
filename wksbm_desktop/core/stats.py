"""Record counts of live data (archived records excluded), for the CLI and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Activity, Assessment, Attendance, Group, Member, Membership


def counts(session: Session) -> dict[str, int]:
    live_group = Group.archived_at.is_(None)
    live_member = Member.archived_at.is_(None)
    current_memberships = (
        select(func.count())
        .select_from(Membership)
        .join(Group, Group.id == Membership.group_id)
        .join(Member, Member.id == Membership.member_id)
        .where(Membership.ended_on.is_(None), live_group, live_member)
    )
    all_memberships = (
        select(func.count())
        .select_from(Membership)
        .join(Group, Group.id == Membership.group_id)
        .join(Member, Member.id == Membership.member_id)
        .where(live_group, live_member)
    )
    live_activities = (
        select(func.count())
        .select_from(Activity)
        .join(Group, Group.id == Activity.group_id)
        .where(Activity.archived_at.is_(None), live_group)
    )
    return {
        "groups": _scalar(session, select(func.count()).select_from(Group).where(live_group)),
        "members": _scalar(session, select(func.count()).select_from(Member).where(live_member)),
        "memberships": _scalar(session, current_memberships),
        "memberships_all": _scalar(session, all_memberships),
        "activities": _scalar(session, live_activities),
        "attendance": _scalar(
            session,
            select(func.count())
            .select_from(Attendance)
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(Activity.archived_at.is_(None)),
        ),
        "assessments": _scalar(
            session,
            select(func.count())
            .select_from(Assessment)
            .join(Group, Group.id == Assessment.group_id)
            .where(live_group),
        ),
        "archived_groups": _scalar(
            session, select(func.count()).select_from(Group).where(Group.archived_at.is_not(None))
        ),
        "archived_members": _scalar(
            session,
            select(func.count()).select_from(Member).where(Member.archived_at.is_not(None)),
        ),
        "archived_activities": _scalar(
            session,
            select(func.count()).select_from(Activity).where(Activity.archived_at.is_not(None)),
        ),
    }


def _scalar(session: Session, query: object) -> int:
    return int(session.scalar(query) or 0)  # type: ignore[call-overload]
