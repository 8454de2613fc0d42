"""Is the programme working? The figures of Ringkasan and both Rekaps (issue 19, point 6).

Four parts, each defined in docs/programme.md ("Seeing progress"):

- **levels**: groups by level at the end of last year against now, and how each group assessed
  this year moved (up, stayed, down, or newly assessed);
- **aid by source**: approved and disbursed, against the approved amount whose LPJ are all
  accepted, and the LPJ overdue;
- **growth**: turnover and savings of each group's latest period against the same period a year
  earlier, for groups that received aid and for the others (median change);
- **gaps**: groups with no visit, and groups with no indicators, in the six months before the day.

Every figure takes the day as a parameter. Each part is one GROUP BY per kelurahan code (a few
queries in all, whatever the number of groups), so the same reading gives one place's figures
(``programme_progress``, with the city's kecamatan / kelurahan filters) and the city's
per-kecamatan table (``progress_by_kecamatan``), summed here through ``city_kelurahan``. The
arithmetic over what the queries return is core/domain/progress_figures.py, shared with the
city consolidation of report files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.progress_figures import (
    CityProgress,
    GroupGrowth,
    Growth,
    GrowthRow,
    KecamatanProgress,
    LevelMoves,
    ProgrammeProgress,
    ProgressParts,
    SourceAid,
    city_progress,
    percent_text,
)
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    CityKelurahan,
    Group,
    GroupIndicator,
    ReferenceItem,
    Visit,
)
from wksbm_desktop.core.queries.indicators import recent_condition
from wksbm_desktop.core.queries.programme_common import in_place, of_live_group

__all__ = [  # the figures' types live in core/domain/progress_figures.py; the screens take
    # them from here, with the readings
    "CityProgress",
    "GroupGrowth",
    "Growth",
    "KecamatanProgress",
    "LevelMoves",
    "ProgrammeProgress",
    "QuietGroup",
    "SourceAid",
    "percent_text",
    "programme_progress",
    "progress_by_kecamatan",
    "quiet_groups",
]


@dataclass(frozen=True)
class QuietGroup:
    """A group listed for a visit or for its indicators: when it last had one (None: never;
    for indicators the first day of its latest period)."""

    uuid: str
    name: str
    kelurahan_code: str
    last: date | None


# --- the public readings --------------------------------------------------------------------


def programme_progress(
    session: Session, today: date, kecamatan: str | None = None, kelurahan: str | None = None
) -> ProgrammeProgress:
    """The programme's progress on ``today``, of a kecamatan or kelurahan (all when None)."""
    parts = _read(session, today, kecamatan, kelurahan)
    return parts.progress(None)


def progress_by_kecamatan(session: Session, today: date) -> CityProgress:
    """The same figures per kecamatan of the city, and the city's total."""
    parts = _read(session, today, None, None)
    places = session.execute(
        select(CityKelurahan.code, CityKelurahan.kecamatan_code, CityKelurahan.kecamatan_name)
    ).all()
    return city_progress(parts, [(str(a), str(b), str(c)) for a, b, c in places])


def quiet_groups(
    session: Session,
    today: date,
    kind: str,
    limit: int | None = None,
    kecamatan: str | None = None,
    kelurahan: str | None = None,
) -> list[QuietGroup]:
    """Live groups with no visit (``kind`` "visit") or no indicators ("indicators") in the six
    months before ``today``, the counts' groups by name: never first, then the longest ago."""
    if kind == "visit":
        last = (
            select(Visit.group_id, func.max(Visit.visited_on).label("last"))
            .where(Visit.archived_at.is_(None))
            .group_by(Visit.group_id)
            .subquery()
        )
        quiet = or_(last.c.last.is_(None), last.c.last < programme.visit_due_since(today))
    else:
        last = (
            select(
                GroupIndicator.group_id,
                func.max(GroupIndicator.period_start).label("last"),
                func.max(case((recent_condition(today), 1), else_=0)).label("recent"),
            )
            .where(GroupIndicator.archived_at.is_(None))
            .group_by(GroupIndicator.group_id)
            .subquery()
        )
        quiet = or_(last.c.last.is_(None), last.c.recent == 0)
    query = (
        select(Group.uuid, Group.name, Group.kelurahan_code, last.c.last)
        .outerjoin(last, last.c.group_id == Group.id)
        .where(Group.archived_at.is_(None), quiet)
        .order_by(last.c.last.is_not(None), last.c.last, func.lower(Group.name), Group.id)
        .limit(limit)
    )
    query = in_place(query, Group.kelurahan_code, kecamatan, kelurahan)
    return [QuietGroup(*row) for row in session.execute(query)]


# --- reading: one GROUP BY per part, per kelurahan code -----------------------------------------


def _read(
    session: Session, today: date, kecamatan: str | None, kelurahan: str | None
) -> ProgressParts:
    place = (kecamatan, kelurahan)
    return ProgressParts(
        today,
        _read_levels(session, today, *place),
        _read_aid(session, today, *place),
        _read_growth(session, today, *place),
        _read_quiet(session, today, *place),
    )


def _read_levels(
    session: Session, today: date, kecamatan: str | None, kelurahan: str | None
) -> Counter[tuple[str, str | None, str | None, str | None]]:
    """Per kelurahan code and (level at the end of last year, latest this year, first this
    year), the live groups. Each level is that of one assessment found through the group's
    index (the last entered of a day, as core/domain/period.py orders them): some 20 ms for
    5,000 groups, faster than window functions or a pass over every assessment."""
    year_start = date(today.year, 1, 1)

    def level(where: ColumnElement[bool], group_id: Any, latest: bool = True) -> Any:
        order: tuple[Any, ...] = (Assessment.assessed_on, Assessment.id)
        if latest:
            order = (Assessment.assessed_on.desc(), Assessment.id.desc())
        return (
            select(Assessment.level)
            .where(Assessment.group_id == group_id, where)
            .order_by(*order)
            .limit(1)
            .scalar_subquery()
        )

    this_year = Assessment.assessed_on.between(year_start, today)
    levels = select(
        Group.id.label("group_id"),
        Group.kelurahan_code.label("code"),
        level(Assessment.assessed_on < year_start, Group.id).label("old"),
        level(this_year, Group.id).label("new"),
    ).where(Group.archived_at.is_(None))
    per_group = in_place(levels, Group.kelurahan_code, kecamatan, kelurahan).subquery()
    # The first assessment of this year matters only to a group first assessed this year.
    first = case(
        (
            and_(per_group.c.old.is_(None), per_group.c.new.is_not(None)),
            level(this_year, per_group.c.group_id, latest=False),
        ),
        else_=None,
    ).label("first")
    columns = (per_group.c.code, per_group.c.old, per_group.c.new, first)
    query = select(*columns, func.count()).group_by(*columns)
    found = session.execute(query)
    return Counter({(str(code), was, now, start): int(n) for code, was, now, start, n in found})


def _read_aid(
    session: Session, today: date, kecamatan: str | None, kelurahan: str | None
) -> list[tuple[str, SourceAid]]:
    disbursed = (
        select(AidDisbursement.aid_id, func.sum(AidDisbursement.amount).label("amount"))
        .where(AidDisbursement.archived_at.is_(None), AidDisbursement.disbursed_on <= today)
        .group_by(AidDisbursement.aid_id)
        .subquery()
    )
    overdue = and_(AidReport.status.in_(programme.OPEN_LPJ_STATUSES), AidReport.due_on < today)
    reports = (
        select(
            AidReport.aid_id,
            func.count().label("n"),
            func.sum(case((AidReport.status == "diterima", 1), else_=0)).label("accepted"),
            func.sum(case((overdue, 1), else_=0)).label("overdue"),
        )
        .where(AidReport.archived_at.is_(None))
        .group_by(AidReport.aid_id)
        .subquery()
    )
    approved = Aid.decision == "disetujui"
    all_accepted = and_(approved, reports.c.n > 0, reports.c.accepted == reports.c.n)
    source = func.coalesce(ReferenceItem.label, literal(""))
    query = (
        select(
            Aid.kelurahan_code,
            source,
            func.sum(case((approved, 1), else_=0)),
            func.sum(case((approved, Aid.amount_approved), else_=0)),
            func.sum(func.coalesce(disbursed.c.amount, 0)),
            func.sum(case((all_accepted, Aid.amount_approved), else_=0)),
            func.sum(func.coalesce(reports.c.overdue, 0)),
        )
        .select_from(Aid)
        .outerjoin(ReferenceItem, ReferenceItem.id == Aid.source_id)
        .outerjoin(disbursed, disbursed.c.aid_id == Aid.id)
        .outerjoin(reports, reports.c.aid_id == Aid.id)
        .where(
            Aid.archived_at.is_(None),
            of_live_group(Aid.group_id),
            or_(Aid.decided_on.is_(None), Aid.decided_on <= today),
        )
        .group_by(Aid.kelurahan_code, ReferenceItem.label)
    )
    query = in_place(query, Aid.kelurahan_code, kecamatan, kelurahan)
    return [
        (str(code), SourceAid(str(label), *(int(n or 0) for n in numbers)))
        for code, label, *numbers in session.execute(query)
    ]


class _YearEarlier(FunctionElement[date]):
    """The same day a year earlier (period starts are first days: no 29 February)."""

    type = Date()
    inherit_cache = True
    name = "year_earlier"


@compiles(_YearEarlier)
def _year_earlier(element: _YearEarlier, compiler: Any, **kw: Any) -> str:
    return f"CAST(({compiler.process(element.clauses, **kw)}) - INTERVAL '1 year' AS DATE)"


@compiles(_YearEarlier, "sqlite")
def _year_earlier_sqlite(element: _YearEarlier, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, '-1 year')"


def _read_growth(
    session: Session, today: date, kecamatan: str | None, kelurahan: str | None
) -> list[GrowthRow]:
    """Per live group: its latest indicator record (of a period started by ``today``) and the
    record of the same kind for the same period a year earlier, when there is one. Both are
    found through the group's indexes (about 17 ms for 5,000 groups)."""
    latest = (
        select(GroupIndicator.id)
        .where(
            GroupIndicator.group_id == Group.id,
            GroupIndicator.archived_at.is_(None),
            GroupIndicator.period_start <= today,
        )
        .order_by(GroupIndicator.period_start.desc(), GroupIndicator.period_kind)
        .limit(1)
        .scalar_subquery()
    )
    latest_ids = select(latest.label("id")).where(Group.archived_at.is_(None)).subquery()
    now, before = aliased(GroupIndicator), aliased(GroupIndicator)
    receivers = (
        select(Aid.group_id)
        .join(AidDisbursement, AidDisbursement.aid_id == Aid.id)
        .where(
            Aid.archived_at.is_(None),
            AidDisbursement.archived_at.is_(None),
            AidDisbursement.disbursed_on <= today,
        )
    )
    query = (
        select(
            now.kelurahan_code, case((now.group_id.in_(receivers), 1), else_=0),
            now.turnover, before.turnover, now.cash, before.cash,
        )
        .select_from(latest_ids)
        .join(now, now.id == latest_ids.c.id)
        .join(before, and_(
            before.group_id == now.group_id, before.period_kind == now.period_kind,
            before.period_start == _YearEarlier(now.period_start), before.archived_at.is_(None),
        ))
    )  # fmt: skip
    query = in_place(query, now.kelurahan_code, kecamatan, kelurahan)
    return [
        GrowthRow(str(code), bool(received), (turnover, turnover_before), (cash, cash_before))
        for code, received, turnover, turnover_before, cash, cash_before in session.execute(query)
    ]


def _read_quiet(
    session: Session, today: date, kecamatan: str | None, kelurahan: str | None
) -> dict[str, tuple[int, int, int]]:
    """Per kelurahan code: live groups, those without a visit and those without indicators in
    the six months before ``today`` (the rules of queries/visits.py and indicators.py)."""
    visited = select(Visit.group_id).where(
        Visit.archived_at.is_(None), Visit.visited_on >= programme.visit_due_since(today)
    )
    recorded = select(GroupIndicator.group_id).where(recent_condition(today))
    query = (
        select(
            Group.kelurahan_code,
            func.count(),
            func.sum(case((Group.id.in_(visited), 0), else_=1)),
            func.sum(case((Group.id.in_(recorded), 0), else_=1)),
        )
        .where(Group.archived_at.is_(None))
        .group_by(Group.kelurahan_code)
    )
    query = in_place(query, Group.kelurahan_code, kecamatan, kelurahan)
    return {
        str(code): (int(groups), int(unvisited or 0), int(unrecorded or 0))
        for code, groups, unvisited, unrecorded in session.execute(query)
    }
