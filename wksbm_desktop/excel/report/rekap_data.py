"""The figures of the Rekap sheet, computed in SQL (and a Python pass over birth dates)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, extract, func, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.domain.period import (
    Period,
    group_known_on,
    level_change,
    level_histories,
    member_known_on,
    membership_active_on,
)
from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    Activity,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.excel.report.rows import Query

AGE_BANDS = ((0, 19), (20, 29), (30, 39), (40, 49), (50, 59), (60, 200))
# The sectors the programme names first (Kepmensos 42/HUK/2004): listed first, even when empty.
PROGRAMME_SECTORS = ("Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah")


def programme_order(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Sector counts with the programme's four sectors first (0 when unused), then the others."""
    found = {label.casefold(): (label, n) for label, n in counts}
    first = [found.get(name.casefold(), (name, 0)) for name in PROGRAMME_SECTORS]
    named = {name.casefold() for name in PROGRAMME_SECTORS}
    return first + [(label, n) for label, n in counts if label.casefold() not in named]


@dataclass
class RekapData:
    as_of: date  # the figure date of the period (core/domain/period.py)
    period_start: date | None = None
    groups_by_type: list[tuple[str, int, int, int]] = field(
        default_factory=list
    )  # aktif/kurang/tidak
    groups_by_sector: list[tuple[str, int]] = field(default_factory=list)
    groups_by_level: list[tuple[str, int]] = field(default_factory=list)  # level code or ""
    members_by_age: list[tuple[int, int, int]] = field(default_factory=list)  # band index, L, P
    members_total: int = 0
    current_memberships: int = 0
    # sector, activities, attendance recorded, participants reported, money
    activities_by_sector: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    members_dtsen: int = 0  # registered in DTSEN
    members_low_decile: int = 0  # registered in deciles 1-4
    members_disabled: int = 0
    attendance: int = 0  # attendance records (daftar hadir) of the period's activities
    participants: int = 0  # participants as the activities report them
    beneficiaries: int = 0
    activities_by_month: list[tuple[int, int, int, int]] = field(default_factory=list)
    money_by_source: list[tuple[str, int, int]] = field(default_factory=list)
    moved_up: list[tuple[str, str, str, str, date]] = field(default_factory=list)

    @property
    def members_by_sex(self) -> tuple[int, int]:
        return sum(r[1] for r in self.members_by_age), sum(r[2] for r in self.members_by_age)


def collect(session: Session, period: Period, today: date) -> RekapData:
    """Every Rekap figure, each by its definition in core/domain/period.py."""
    data = RekapData(as_of=period.figure_date(today), period_start=period.start)
    groups = _live_groups(period, data.as_of)
    data.groups_by_type = _groups_by_type(session, groups)
    data.groups_by_sector = _groups_by_sector(session, groups)
    _fill_levels_and_moves(session, data, period, groups)
    _fill_members(session, data, period)
    _fill_activities(session, data, period)
    return data


def _live_groups(period: Period, as_of: date) -> ColumnElement[bool]:
    """The groups a Rekap counts: live ones, on the register on the figure date."""
    live = Group.archived_at.is_(None)
    return and_(live, group_known_on(as_of)) if period.end is not None else live


def _groups_by_type(
    session: Session, groups: ColumnElement[bool]
) -> list[tuple[str, int, int, int]]:
    label = ReferenceItem.label
    rows = session.execute(
        select(label, Group.status, func.count())
        .join(ReferenceItem, ReferenceItem.id == Group.type_id)
        .where(groups)
        .group_by(label, ReferenceItem.sort_order, Group.status)
        .order_by(ReferenceItem.sort_order, label)
    ).all()
    table: dict[str, list[int]] = {}
    for type_label, status, number in rows:
        counts = table.setdefault(type_label, [0, 0, 0])
        counts[("aktif", "kurang_aktif", "tidak_aktif").index(status)] += number
    return [(name, *counts) for name, counts in table.items()]  # type: ignore[misc]


def _groups_by_sector(session: Session, groups: ColumnElement[bool]) -> list[tuple[str, int]]:
    rows = session.execute(
        select(ReferenceItem.label, func.count())
        .join(Group, Group.sector_id == ReferenceItem.id)
        .where(groups)
        .group_by(ReferenceItem.label, ReferenceItem.sort_order)
        .order_by(ReferenceItem.sort_order, ReferenceItem.label)
    ).all()
    return programme_order([(label, number) for label, number in rows])


def _fill_levels_and_moves(
    session: Session, data: RekapData, period: Period, groups: ColumnElement[bool]
) -> None:
    """Latest level per group on the figure date, and the groups that moved up in the period."""
    histories = level_histories(session, data.as_of if period.end is not None else None)
    live_groups = session.scalar(select(func.count()).select_from(Group).where(groups))
    latest = Counter(history[-1][1] for history in histories.values())
    data.groups_by_level = [(code, latest.get(code, 0)) for code in ASSESSMENT_LEVELS]
    data.groups_by_level.append(("", int(live_groups or 0) - len(histories)))
    changes = {
        group_id: change
        for group_id, history in histories.items()
        if (change := level_change(history, period.start)) is not None
    }
    if not changes:
        return
    names = session.execute(
        select(Group.id, Group.name, ReferenceItem.label)
        .join(ReferenceItem, ReferenceItem.id == Group.type_id)
        .where(Group.id.in_(changes))
    )
    for group_id, name, kind in names:
        change = changes[group_id]
        data.moved_up.append((name, kind, change.before, change.after, change.assessed_on))
    data.moved_up.sort(key=lambda m: (m[4], m[0]))


def _live_members(period: Period, as_of: date) -> ColumnElement[bool]:
    live = Member.archived_at.is_(None)
    return and_(live, member_known_on(as_of)) if period.end is not None else live


def _fill_members(session: Session, data: RekapData, period: Period) -> None:
    bands = [[0, 0] for _ in AGE_BANDS]
    unknown = [0, 0]
    members = _live_members(period, data.as_of)
    query = select(
        Member.sex,
        Member.birth_date,
        Member.dtsen_registered,
        Member.dtsen_decile,
        Member.disability,
    ).where(members)
    for sex, born, dtsen, decile, disabled in session.execute(
        query.execution_options(yield_per=5_000)
    ):
        slot = 0 if sex == "L" else 1
        data.members_total += 1
        data.members_dtsen += bool(dtsen)
        data.members_low_decile += bool(dtsen) and decile is not None and 1 <= decile <= 4
        data.members_disabled += bool(disabled)
        if born is None:
            unknown[slot] += 1
            continue
        age = _age(born, data.as_of)
        index = next((i for i, (low, high) in enumerate(AGE_BANDS) if low <= age <= high), 0)
        bands[index][slot] += 1
    data.members_by_age = [(i, male, female) for i, (male, female) in enumerate(bands)]
    data.members_by_age.append((-1, *unknown))  # type: ignore[arg-type]
    data.current_memberships = int(
        session.scalar(
            select(func.count())
            .select_from(Membership)
            .join(Group, Group.id == Membership.group_id)
            .join(Member, Member.id == Membership.member_id)
            .where(membership_active_on(data.as_of), Group.archived_at.is_(None))
            .where(Member.archived_at.is_(None))
        )
        or 0
    )


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _activity_base(period: Period) -> Query:
    query = select().select_from(Activity).join(Group, Group.id == Activity.group_id)
    query = query.where(Activity.archived_at.is_(None), Group.archived_at.is_(None))
    if period.start is not None:
        query = query.where(Activity.held_on >= period.start)
    if period.end is not None:
        query = query.where(Activity.held_on <= period.end)
    return query


def _attendance_by_sector(session: Session, period: Period) -> dict[str, int]:
    """Attendance records per activity sector (archived members are not on the sheet either)."""
    query = (
        _activity_base(period)
        .add_columns(ReferenceItem.label, func.count())
        .join(Attendance, Attendance.activity_id == Activity.id)
        .join(Member, Member.id == Attendance.member_id)
        .join(ReferenceItem, ReferenceItem.id == Activity.sector_id)
        .where(Member.archived_at.is_(None))
        .group_by(ReferenceItem.label)
    )
    return {label: int(n) for label, n in session.execute(query)}


def _fill_activities(session: Session, data: RekapData, period: Period) -> None:
    sector, funding = aliased(ReferenceItem), aliased(ReferenceItem)
    number, money = func.count(), func.coalesce(func.sum(Activity.amount), 0)
    people = func.coalesce(func.sum(Activity.participants_count), 0)
    helped = func.coalesce(func.sum(Activity.beneficiaries_count), 0)
    by_sector = _activity_base(period).add_columns(sector.label, number, people, helped, money)
    by_sector = by_sector.join(sector, sector.id == Activity.sector_id)
    by_sector = by_sector.group_by(sector.label, sector.sort_order).order_by(sector.sort_order)
    attended = _attendance_by_sector(session, period)
    for label, count, reported, beneficiaries, amount in session.execute(by_sector):
        present = attended.get(label, 0)
        data.activities_by_sector.append((label, count, present, int(reported), int(amount)))
        data.attendance += present
        data.participants += int(reported)
        data.beneficiaries += int(beneficiaries)
    year, month = extract("year", Activity.held_on), extract("month", Activity.held_on)
    by_month = _activity_base(period).add_columns(year, month, number, money)
    by_month = by_month.group_by(year, month).order_by(year, month)
    data.activities_by_month = [
        (int(y), int(m), int(n), int(a)) for y, m, n, a in session.execute(by_month)
    ]
    by_source = _activity_base(period).add_columns(funding.label, number, money)
    by_source = by_source.join(funding, funding.id == Activity.funding_id)
    by_source = by_source.group_by(funding.label, funding.sort_order).order_by(funding.sort_order)
    data.money_by_source = [tuple(r) for r in session.execute(by_source)]
