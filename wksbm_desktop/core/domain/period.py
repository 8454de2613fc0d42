"""The one definition of a reporting period's figures (docs/report-format.md, "Period figures").

Every figure of a period report is either a *state on the figure date* (groups, residents,
active memberships, latest level: as they stood on the period's last day, or on the export
day when the period has no end) or a *flow within the period* (activities, money, attendance, groups
that moved up a level). The Rekap, the data sheets of a period export, the Rekap Kota and the
dashboard all take their dates and rules from here, so one figure never has two values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
)


@dataclass(frozen=True)
class Period:
    """The reporting period; either end may be open (no filter on that side)."""

    start: date | None = None
    end: date | None = None

    @property
    def is_all(self) -> bool:
        return self.start is None and self.end is None

    def figure_date(self, today: date) -> date:
        """The day the state figures describe: the period's last day; today without one.

        Without an end date a report shows everything the database holds (the whole-data
        export must round-trip), so only a closed period leaves out what came after it.
        """
        return self.end if self.end is not None else today


def end_of_day_utc(day: date) -> datetime:
    """The first instant after ``day`` (local time), as the naive UTC the database stores."""
    local_midnight = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return local_midnight.astimezone(UTC).replace(tzinfo=None)


# --- states on a day, as SQL conditions -------------------------------------------------------


def membership_active_on(day: date) -> ColumnElement[bool]:
    """A membership counts as active on ``day`` when it started by then and had not ended before."""
    return and_(
        Membership.started_on <= day,
        or_(Membership.ended_on.is_(None), Membership.ended_on >= day),
    )


def group_known_on(day: date) -> ColumnElement[bool]:
    """A (live) group was on the register on ``day``: founded or entered by then, or with a
    membership, activity or assessment dated by then (records entered later for earlier dates)."""
    return or_(
        Group.founded_on <= day,
        Group.created_at < end_of_day_utc(day),
        exists(
            select(Membership.id).where(
                Membership.group_id == Group.id, Membership.started_on <= day
            )
        ),
        exists(select(Activity.id).where(Activity.group_id == Group.id, Activity.held_on <= day)),
        exists(
            select(Assessment.id).where(
                Assessment.group_id == Group.id, Assessment.assessed_on <= day
            )
        ),
    )


def member_known_on(day: date) -> ColumnElement[bool]:
    """A (live) resident was on the register on ``day``: entered by then, or with a membership
    started or an activity attended by then."""
    attended = (
        select(Attendance.member_id)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(Attendance.member_id == Member.id, Activity.held_on <= day)
    )
    return or_(
        Member.created_at < end_of_day_utc(day),
        exists(
            select(Membership.id).where(
                Membership.member_id == Member.id, Membership.started_on <= day
            )
        ),
        exists(attended),
    )


# --- the same rules over values read back from a workbook --------------------------------------


def is_active_on(started: date | None, ended: date | None, day: date) -> bool:
    """``membership_active_on`` for one row of the Anggota sheet."""
    if started is not None and started > day:
        return False
    return ended is None or ended >= day


@dataclass(frozen=True)
class LevelChange:
    """A group's level at the start of the period and at its end, when the second is higher."""

    before: str
    after: str
    assessed_on: date  # the assessment that shows the higher level


def level_change(history: Sequence[tuple[date, str]], start: date | None) -> LevelChange | None:
    """Did the group move up a level in the period?

    ``history`` is the group's assessments up to the period's end, oldest first. The level at
    the start is the latest assessment before the period (or, with none, the first one in it);
    the level at the end is the latest one. Without a start date the period is "since the
    first assessment": the latest level against the first-ever one.
    """
    before = [entry for entry in history if start is not None and entry[0] < start]
    within = [entry for entry in history if start is None or entry[0] >= start]
    if not within:
        return None
    baseline, final = (before[-1] if before else within[0]), within[-1]
    rank = ASSESSMENT_LEVELS.index
    if final[1] not in ASSESSMENT_LEVELS or baseline[1] not in ASSESSMENT_LEVELS:
        return None
    if rank(final[1]) <= rank(baseline[1]):
        return None
    return LevelChange(baseline[1], final[1], final[0])


def level_histories(session: Session, as_of: date | None) -> dict[int, list[tuple[date, str]]]:
    """Assessments of live groups up to ``as_of`` (all when None), oldest first, by group id."""
    query = (
        select(Assessment.group_id, Assessment.assessed_on, Assessment.level)
        .join(Group, Group.id == Assessment.group_id)
        .where(Group.archived_at.is_(None))
        .order_by(Assessment.group_id, Assessment.assessed_on, Assessment.id)
    )
    if as_of is not None:
        query = query.where(Assessment.assessed_on <= as_of)
    histories: dict[int, list[tuple[date, str]]] = {}
    for group_id, on, level in session.execute(query.execution_options(yield_per=5_000)):
        histories.setdefault(group_id, []).append((on, level))
    return histories


def groups_moved_up(session: Session, period: Period, today: date) -> dict[int, LevelChange]:
    """The live groups that moved up a level in ``period`` (``level_change``), by group id."""
    as_of = period.figure_date(today) if period.end is not None else None
    changes = {}
    for group_id, history in level_histories(session, as_of).items():
        change = level_change(history, period.start)
        if change is not None:
            changes[group_id] = change
    return changes
