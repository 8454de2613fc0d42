"""The arithmetic of "is the programme working?" (issue 19, point 6), over plain rows.

Both ways of reading the programme feed these functions, so they cannot disagree: the city or
kelurahan database (core/queries/programme_progress.py, a few GROUP BY queries) and the report
files of a city consolidation (excel/consolidate/programme_files.py, streamed sheet by sheet).
The definitions are in docs/programme.md ("Seeing progress"). No SQL and no Qt here: the
row-level rules (``group_levels``, ``aid_of_one``, ``year_before``, ``recent_indicators``)
say for one group or one aid what the database's queries say for all of them at once.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import ASSESSMENT_LEVELS

# --- what the figures are -------------------------------------------------------------------


@dataclass(frozen=True)
class LevelMoves:
    """Groups by level at the end of last year and now, and the moves of this year.

    ``last_year``: each live group's latest assessment up to 31 December of last year.
    ``now``: its latest assessment up to the day (a group not assessed again this year keeps
    last year's level). The moves count the groups assessed this year (1 January to the day),
    their latest assessment of this year against their level at the end of last year, or, for a
    group first assessed this year, against its first assessment of this year (the rule of the
    Rekap's "naik kelas", core/domain/period.py): ``moved_up``, ``stayed``, ``moved_down``; a
    group first assessed this year whose level did not change since is ``newly_assessed``.
    """

    year: int
    last_year: dict[str, int] = field(default_factory=dict)  # level code → groups
    now: dict[str, int] = field(default_factory=dict)
    moved_up: int = 0
    stayed: int = 0
    moved_down: int = 0
    newly_assessed: int = 0
    not_reassessed: int = 0  # assessed before this year, not yet this year
    never_assessed: int = 0


@dataclass(frozen=True)
class SourceAid:
    """Live aid of live groups from one source (``source`` "" for aid with no source yet)."""

    source: str
    approved_count: int = 0  # approved aid
    approved: int = 0  # rupiah approved
    disbursed: int = 0  # rupiah handed over (live disbursements up to the day)
    accounted: int = 0  # rupiah approved of aid whose LPJ (one at least) are all accepted
    lpj_overdue: int = 0  # LPJ overdue on the day

    @property
    def unaccounted(self) -> int:
        """Approved, and not (yet) accounted for by accepted LPJ."""
        return self.approved - self.accounted

    def __add__(self, other: SourceAid) -> SourceAid:
        return SourceAid(
            self.source,
            self.approved_count + other.approved_count,
            self.approved + other.approved,
            self.disbursed + other.disbursed,
            self.accounted + other.accounted,
            self.lpj_overdue + other.lpj_overdue,
        )


@dataclass(frozen=True)
class Growth:
    """One figure (turnover or savings) of the groups compared: how many rose, stayed or fell,
    and the median change in percent (over the groups whose earlier figure is above zero)."""

    groups: int = 0
    rose: int = 0
    fell: int = 0
    median_percent: float | None = None

    @property
    def same(self) -> int:
        return self.groups - self.rose - self.fell


def percent_text(value: float | None) -> str:
    """A median change as the screens and sheets write it: "+12,5 %", "-0,9 %", "0,0 %"
    (Indonesian decimal comma, one decimal); "–" when no group could be compared."""
    if value is None:
        return "–"
    rounded = round(value, 1)
    if rounded == 0:
        return "0,0 %"
    return f"{rounded:+.1f} %".replace(".", ",")


@dataclass(frozen=True)
class GroupGrowth:
    """Turnover (omzet) and savings (kas/tabungan) growth of one kind of group."""

    turnover: Growth = Growth()
    savings: Growth = Growth()

    @property
    def groups(self) -> int:
        """Groups with at least one of the two figures compared."""
        return max(self.turnover.groups, self.savings.groups)


@dataclass(frozen=True)
class ProgrammeProgress:
    """Every figure of point 6 for one place (or the whole database) on ``today``."""

    today: date
    levels: LevelMoves
    aid: list[SourceAid]  # by source, largest approved first
    with_aid: GroupGrowth  # groups that received aid
    without_aid: GroupGrowth  # groups that did not
    groups: int = 0  # live groups
    without_visit: int = 0  # no visit in the six months before the day (or never)
    without_indicators: int = 0  # no indicators for a period of those six months (or never)

    @property
    def aid_total(self) -> SourceAid:
        total = SourceAid("")
        for row in self.aid:
            total = total + row
        return total

    @property
    def lpj_overdue(self) -> int:
        return self.aid_total.lpj_overdue


@dataclass(frozen=True)
class KecamatanProgress:
    code: str
    name: str
    progress: ProgrammeProgress


@dataclass(frozen=True)
class CityProgress:
    kecamatan: list[KecamatanProgress]  # by name
    total: ProgrammeProgress  # the whole city, the Dinas's own groups included
    # Kelurahan whose report carries no programme (format 4 or older): counted as no data.
    without_programme: tuple[str, ...] = ()


# --- from rows to figures -------------------------------------------------------------------


# (level at the end of last year, latest this year, first this year) of one group
LevelsOfGroup = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class GrowthRow:
    """One live group's latest indicator record against the same period a year earlier."""

    code: str
    received_aid: bool
    turnover: tuple[int | None, int | None]  # (latest, a year earlier)
    savings: tuple[int | None, int | None]


@dataclass
class ProgressParts:
    """What was read, per kelurahan code: the figures of any set of kelurahan come from it."""

    today: date
    levels: Counter[tuple[str, str | None, str | None, str | None]]  # (code, *levels) → groups
    aid: list[tuple[str, SourceAid]]  # (code, figures of one source there)
    growth: list[GrowthRow]
    quiet: dict[str, tuple[int, int, int]]  # code → (live groups, without visit, without ind.)

    def progress(self, codes: set[str] | None) -> ProgrammeProgress:
        """The figures of the kelurahan ``codes`` (all that were read when None)."""

        def wanted(code: str) -> bool:
            return codes is None or code in codes

        counts: Counter[LevelsOfGroup] = Counter()
        for (code, *levels_of_group), n in self.levels.items():
            if wanted(code):
                counts[tuple(levels_of_group)] += n  # type: ignore[index]
        levels = moves(self.today.year, counts)
        by_source: dict[str, SourceAid] = {}
        for code, row in self.aid:
            if wanted(code):
                by_source[row.source] = by_source.get(row.source, SourceAid(row.source)) + row
        aid = sorted(
            (row for row in by_source.values() if row.approved or row.lpj_overdue),
            key=lambda row: (-row.approved, row.source.lower()),
        )
        growth = [row for row in self.growth if wanted(row.code)]
        quiet = [value for code, value in self.quiet.items() if wanted(code)]
        return ProgrammeProgress(
            self.today,
            levels,
            aid,
            growth_of(row for row in growth if row.received_aid),
            growth_of(row for row in growth if not row.received_aid),
            sum(q[0] for q in quiet),
            sum(q[1] for q in quiet),
            sum(q[2] for q in quiet),
        )


def moves(year: int, counts: Counter[LevelsOfGroup]) -> LevelMoves:
    """Levels at the end of last year and now, and the moves, of groups counted by
    (level at the end of last year, latest this year, first this year)."""
    rank = {level: index for index, level in enumerate(ASSESSMENT_LEVELS)}
    last_year: Counter[str] = Counter()
    now: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    for (old, new, start), n in counts.items():
        if old is not None:
            last_year[old] += n
        current = new if new is not None else old
        if current is not None:
            now[current] += n
        if new is None:
            moves["not_reassessed" if old is not None else "never_assessed"] += n
            continue
        baseline = old if old is not None else start
        assert baseline is not None  # a latest assessment this year implies a first one
        if rank[new] > rank[baseline]:
            moves["moved_up"] += n
        elif rank[new] < rank[baseline]:
            moves["moved_down"] += n
        else:
            moves["stayed" if old is not None else "newly_assessed"] += n
    return LevelMoves(
        year,
        {level: last_year[level] for level in ASSESSMENT_LEVELS},
        {level: now[level] for level in ASSESSMENT_LEVELS},
        **{key: moves[key] for key in (
            "moved_up", "stayed", "moved_down", "newly_assessed", "not_reassessed",
            "never_assessed",
        )},
    )  # fmt: skip


def growth_of(rows: Iterable[GrowthRow]) -> GroupGrowth:
    found = list(rows)
    return GroupGrowth(
        figure_of(row.turnover for row in found), figure_of(row.savings for row in found)
    )


def figure_of(pairs: Iterable[tuple[int | None, int | None]]) -> Growth:
    compared = [(now, then) for now, then in pairs if now is not None and then is not None]
    percents = [(now - then) * 100 / then for now, then in compared if then > 0]
    return Growth(
        len(compared),
        sum(now > then for now, then in compared),
        sum(now < then for now, then in compared),
        statistics.median(percents) if percents else None,
    )


# --- the rules for one group or one aid (the report files' way) -----------------------------


def group_levels(assessments: Iterable[tuple[date, str]], today: date) -> LevelsOfGroup:
    """A group's (level at the end of last year, latest this year, first this year), from its
    assessments ``(assessed_on, level)`` in the order they were entered: of one day, the one
    entered last is the latest and the one entered first the first. The first of this year
    matters only to a group first assessed this year (None otherwise)."""
    year_start = date(today.year, 1, 1)
    ordered = sorted(
        ((on, index, level) for index, (on, level) in enumerate(assessments) if on <= today)
    )
    old = [level for on, _, level in ordered if on < year_start]
    new = [level for on, _, level in ordered if on >= year_start]
    was, now = (old[-1] if old else None), (new[-1] if new else None)
    first = new[0] if new and was is None else None
    return was, now, first


def aid_of_one(
    source: str,
    decision: str,
    approved_amount: int | None,
    disbursed: int,
    lpj: Iterable[tuple[str, date]],
    today: date,
) -> SourceAid:
    """The figures of one live aid decided by the day: ``disbursed`` is the sum of its live
    disbursements dated by the day, ``lpj`` its live LPJ as (status, due date)."""
    reports = list(lpj)
    approved = decision == "disetujui"
    amount = (approved_amount or 0) if approved else 0
    accepted = bool(reports) and all(status == "diterima" for status, _ in reports)
    return SourceAid(
        source,
        1 if approved else 0,
        amount,
        disbursed,
        amount if approved and accepted else 0,
        sum(programme.lpj_overdue(status, due, today) for status, due in reports),
    )


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator record's period and the two figures the growth compares."""

    kind: str  # "bulan" / "triwulan"
    start: date
    turnover: int | None
    savings: int | None


def year_before(
    records: Iterable[IndicatorFigures], today: date
) -> tuple[IndicatorFigures, IndicatorFigures] | None:
    """A group's latest record of a period started by the day (a month before a quarter of the
    same start) and its record of the same kind for the same period a year earlier; None when
    either is missing."""
    found = {(record.kind, record.start): record for record in records}
    started = [key for key in found if key[1] <= today]
    if not started:
        return None
    kind, start = max(started, key=lambda key: (key[1], key[0] == "bulan"))
    earlier = found.get((kind, date(start.year - 1, start.month, start.day)))
    return (found[(kind, start)], earlier) if earlier is not None else None


def recent_indicators(kind: str, start: date, today: date) -> bool:
    """A record of a period that had not ended six months before the day (the rule of
    core/queries/indicators.py ``recent_condition``)."""
    since = programme.visit_due_since(today)
    return start >= programme.period_start(kind, since)


def city_progress(
    parts: ProgressParts,
    places: Iterable[tuple[str, str, str]],
    without_programme: Iterable[str] = (),
) -> CityProgress:
    """Per kecamatan (``places``: kelurahan code, kecamatan code, kecamatan name) and the total
    of everything read."""
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, kecamatan, name in places:
        codes[(kecamatan, name)].add(code)
    rows = [
        KecamatanProgress(kecamatan, name, parts.progress(members))
        for (kecamatan, name), members in codes.items()
    ]
    rows.sort(key=lambda row: (row.name.lower(), row.code))
    return CityProgress(rows, parts.progress(None), tuple(without_programme))
