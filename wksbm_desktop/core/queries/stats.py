"""Record counts of live data (archived records excluded), for the CLI and the status bar."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, exists, func, select, union
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReceivedReport,
)


def counts(session: Session) -> dict[str, int]:
    # Archived groups and members are few: excluding their ids needs no join per row, so each
    # count reads one index instead of seeking a group or member row for every membership.
    in_live_group = _not_in_archived(Membership.group_id, Group)
    of_live_member = _not_in_archived(Membership.member_id, Member)
    memberships = select(func.count()).select_from(Membership).where(in_live_group, of_live_member)
    return {
        **live_counts(session),
        "memberships": _scalar(session, memberships.where(Membership.ended_on.is_(None))),
        "memberships_all": _scalar(session, memberships),
        "attendance": _scalar(
            session,
            select(func.count())
            .select_from(Attendance)
            .where(_not_in_archived(Attendance.activity_id, Activity)),
        ),
        "assessments": _scalar(
            session,
            select(func.count())
            .select_from(Assessment)
            .where(_not_in_archived(Assessment.group_id, Group)),
        ),
        "archived_groups": _scalar(session, _count(Group, Group.archived_at.is_not(None))),
        "archived_members": _scalar(session, _count(Member, Member.archived_at.is_not(None))),
        "archived_activities": _scalar(
            session, _count(Activity, Activity.archived_at.is_not(None))
        ),
    }


def kelurahan_with_data(session: Session) -> int:
    """How many kelurahan own a live group, member or activity (on a city installation; a
    kelurahan database counts itself once it holds anything)."""
    owners = union(
        *(
            select(model.kelurahan_code).where(
                model.archived_at.is_(None), model.kelurahan_code != ""
            )
            for model in (Group, Member, Activity)
        )
    ).subquery()
    return _scalar(session, select(func.count()).select_from(owners))


def city_holds_data(session: Session) -> bool:
    """Whether a city database has received a report or holds any kelurahan's records."""
    received = select(exists().where(ReceivedReport.status == "received"))
    return bool(session.scalar(received)) or kelurahan_with_data(session) > 0


def live_counts(session: Session) -> dict[str, int]:
    """Live groups, members and activities: the status bar's three figures, a few ms each."""
    activities = _count(
        Activity, Activity.archived_at.is_(None), _not_in_archived(Activity.group_id, Group)
    )
    return {
        "groups": _scalar(session, _count(Group, Group.archived_at.is_(None))),
        "members": _scalar(session, _count(Member, Member.archived_at.is_(None))),
        "activities": _scalar(session, activities),
    }


def _count(model: type[Any], *conditions: ColumnElement[bool]) -> Select[Any]:
    return select(func.count()).select_from(model).where(*conditions)


def _not_in_archived(column: SQLColumnExpression[int], model: type[Any]) -> ColumnElement[bool]:
    return column.not_in(select(model.id).where(model.archived_at.is_not(None)))


def _scalar(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)
