"""Figures of the Ringkasan (dashboard) tab, as SQL aggregates over live records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    extract,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import period
from wksbm_desktop.core.domain.period import Period
from wksbm_desktop.core.models import (
    Activity,
    Group,
    Member,
    ReferenceItem,
)

# (label, youngest age, oldest age); None means open-ended. Shared with reports that want them.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0–16", 0, 16),
    ("17–25", 17, 25),
    ("26–35", 26, 35),
    ("36–45", 36, 45),
    ("46–55", 46, 55),
    ("56–65", 56, 65),
    ("66+", 66, None),
)
UNKNOWN_AGE = "?"


@dataclass(frozen=True)
class Headline:
    active_groups: int
    members_l: int
    members_p: int
    activities_month: int
    activities_year: int
    moved_up: int
    money_total: int


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int


@dataclass(frozen=True)
class AgeBandCount:
    band: str
    men: int
    women: int


def _live_activities() -> ColumnElement[bool]:
    # Archived groups are few: excluding their ids needs no join to groups per activity, so
    # the figures read ix_activities_live_held_on alone.
    archived_groups = select(Group.id).where(Group.archived_at.is_not(None))
    return and_(Activity.archived_at.is_(None), Activity.group_id.not_in(archived_groups))


def _count_activities(session: Session, start: date, end: date) -> int:
    query = (
        select(func.count())
        .select_from(Activity)
        .where(_live_activities(), Activity.held_on >= start, Activity.held_on <= end)
    )
    return int(session.scalar(query) or 0)


def _month_end(day: date) -> date:
    first_next = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(first_next.toordinal() - 1)


def headline(
    session: Session,
    today: date,
    moved_up: int | None = None,
    money: list[tuple[str, int]] | None = None,
) -> Headline:
    """The figures at the top of the dashboard, for the month and year of ``today``.

    What the caller has read already is not read again: ``moved_up``, the year's groups that
    moved up (the Program block's level moves count them by the same rule:
    programme_progress.py), and ``money``, the year's ``money_by_funding``.
    """
    year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
    month_start = today.replace(day=1)
    by_sex = members_by_sex(session)
    if money is None:
        money = money_by_funding(session, today.year)
    return Headline(
        active_groups=active_groups(session),
        members_l=by_sex.get("L", 0),
        members_p=by_sex.get("P", 0),
        activities_month=_count_activities(session, month_start, _month_end(today)),
        activities_year=_count_activities(session, year_start, year_end),
        moved_up=groups_moved_up(session, today.year) if moved_up is None else moved_up,
        money_total=sum(amount for _label, amount in money),
    )


def active_groups(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(Group)
        .where(Group.archived_at.is_(None), Group.status == "aktif")
    )
    return int(session.scalar(query) or 0)


def members_by_sex(session: Session) -> dict[str, int]:
    query = (
        select(Member.sex, func.count()).where(Member.archived_at.is_(None)).group_by(Member.sex)
    )
    return {sex: int(count) for sex, count in session.execute(query)}


def money_by_funding(session: Session, year: int) -> list[tuple[str, int]]:
    """Rupiah spent per funding source in ``year``, largest first; sources with nothing left out."""
    total = func.sum(Activity.amount)
    query = (
        select(ReferenceItem.label, total)
        .select_from(Activity)
        .join(ReferenceItem, ReferenceItem.id == Activity.funding_id)
        .where(
            _live_activities(),
            Activity.held_on >= date(year, 1, 1),
            Activity.held_on <= date(year, 12, 31),
        )
        .group_by(ReferenceItem.label)
        .having(total > 0)
        .order_by(total.desc(), ReferenceItem.label)
    )
    return [(label, int(amount)) for label, amount in session.execute(query)]


def groups_by_sector(session: Session) -> list[tuple[str, int]]:
    """Live groups per sector, in the reference list's order, sectors without groups included."""
    count = func.count(Group.id)
    query = (
        select(ReferenceItem.label, count)
        .select_from(ReferenceItem)
        .outerjoin(Group, and_(Group.sector_id == ReferenceItem.id, Group.archived_at.is_(None)))
        .where(ReferenceItem.kind == "sector")
        .group_by(ReferenceItem.id, ReferenceItem.label, ReferenceItem.sort_order)
        .having(
            # A sector hidden from the list still shows while groups use it.
            (count > 0) | (func.max(case((ReferenceItem.active.is_(True), 1), else_=0)) == 1)
        )
        .order_by(ReferenceItem.sort_order, ReferenceItem.label)
    )
    return [(label, int(n)) for label, n in session.execute(query)]


def last_months(today: date, count: int = 12) -> list[tuple[int, int]]:
    """(year, month) of the ``count`` months up to and including today's, oldest first."""
    index = today.year * 12 + today.month - 1
    return [divmod(i, 12) for i in range(index - count + 1, index + 1)]


def activities_per_month(session: Session, today: date, months: int = 12) -> list[MonthCount]:
    """Live activities per calendar month over the last ``months`` months, empty months as 0."""
    wanted = [(year, month + 1) for year, month in last_months(today, months)]
    start = date(wanted[0][0], wanted[0][1], 1)
    year_col = extract("year", Activity.held_on)
    month_col = extract("month", Activity.held_on)
    query = (
        select(year_col, month_col, func.count())
        .select_from(Activity)
        .where(_live_activities(), Activity.held_on >= start, Activity.held_on <= _month_end(today))
        .group_by(year_col, month_col)
    )
    found = {(int(y), int(m)): int(n) for y, m, n in session.execute(query)}
    return [MonthCount(y, m, found.get((y, m), 0)) for y, m in wanted]


def _years_ago(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year that has none
        return today.replace(year=today.year - years, day=28)


def members_by_age_band(session: Session, today: date) -> list[AgeBandCount]:
    """Live members per age band and sex; a band for unknown birth dates only when used.

    One range count per band rather than a CASE on every member: each range is read from
    ix_members_live_sex_birth, some ten times faster at city scale than grouping by a CASE.
    """
    live = Member.archived_at.is_(None)
    parts = []
    for label, condition in _band_conditions(today):
        parts.append(
            select(literal(label, String()).label("band"), Member.sex, func.count())
            .where(live, condition)
            .group_by(Member.sex)
        )
    counts: dict[tuple[str, str], int] = {}
    for label, sex, n in session.execute(union_all(*parts)):
        counts[(label, sex)] = int(n)
    labels = [label for label, _young, _old in AGE_BANDS]
    if any(label == UNKNOWN_AGE for label, _sex in counts):
        labels.append(UNKNOWN_AGE)
    return [AgeBandCount(b, counts.get((b, "L"), 0), counts.get((b, "P"), 0)) for b in labels]


def _band_conditions(today: date) -> list[tuple[str, ColumnElement[bool]]]:
    """Birth-date ranges of the bands, as ``_age_band_expression`` assigns them."""
    limits = [_years_ago(today, youngest) for _label, youngest, _oldest in AGE_BANDS]
    conditions = []
    for index, (label, _youngest, _oldest) in enumerate(AGE_BANDS):
        condition = Member.birth_date <= limits[index]
        if index + 1 < len(limits):
            condition = and_(condition, Member.birth_date > limits[index + 1])
        conditions.append((label, condition))
    unknown = or_(Member.birth_date.is_(None), Member.birth_date > limits[0])
    conditions.append((UNKNOWN_AGE, unknown))
    return conditions


def groups_moved_up(session: Session, year: int) -> int:
    """Live groups that moved up a level in ``year``: the Rekap's rule (core/domain/period.py)."""
    year_period = Period(date(year, 1, 1), date(year, 12, 31))
    return len(period.groups_moved_up(session, year_period, year_period.end or date.today()))
