"""Ringkasan of a city installation: the main figures broken down by kecamatan.

Each table is counted per ``kelurahan_code`` (indexed) in one GROUP BY, then summed per kecamatan
through ``city_kelurahan`` here: 104 kelurahan, so the join costs nothing in Python.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Activity, CityKelurahan, Group, Member
from wksbm_desktop.core.queries.common import Query

# The same rules as the kelurahan's Ringkasan: live activities of live groups, calendar months.
from wksbm_desktop.core.queries.dashboard import _live_activities, _month_end


@dataclass
class KecamatanFigures:
    code: str
    name: str
    kelurahan_total: int = 0
    kelurahan_with_data: int = 0
    active_groups: int = 0
    members: int = 0
    activities_month: int = 0
    activities_year: int = 0
    money_year: int = 0
    # The kelurahan codes counted as having data (any live group, member or activity).
    with_data: set[str] = field(default_factory=set, repr=False)


@dataclass(frozen=True)
class CityFigures:
    kecamatan: list[KecamatanFigures]  # by name
    total: KecamatanFigures  # the whole city ("" code); includes the Dinas's own entries

    @property
    def kelurahan_with_data(self) -> int:
        return self.total.kelurahan_with_data

    @property
    def kelurahan_total(self) -> int:
        return self.total.kelurahan_total


def _per_kelurahan(session: Session, query: Query) -> dict[str, int]:
    return {code: int(n or 0) for code, n in session.execute(query)}


def city_figures(session: Session, today: date) -> CityFigures:
    """Groups, members, activities and funds of ``today``'s month and year, per kecamatan."""
    month_start, year_start = today.replace(day=1), date(today.year, 1, 1)
    year_end = date(today.year, 12, 31)
    live_groups = Group.archived_at.is_(None)
    counts = {
        "groups": _per_kelurahan(
            session,
            select(Group.kelurahan_code, func.count())
            .where(live_groups)
            .group_by(Group.kelurahan_code),
        ),
        "active_groups": _per_kelurahan(
            session,
            select(Group.kelurahan_code, func.count())
            .where(live_groups, Group.status == "aktif")
            .group_by(Group.kelurahan_code),
        ),
        "members": _per_kelurahan(
            session,
            select(Member.kelurahan_code, func.count())
            .where(Member.archived_at.is_(None))
            .group_by(Member.kelurahan_code),
        ),
        "activities_month": _activities(session, month_start, _month_end(today)),
        "activities_year": _activities(session, year_start, year_end),
        "money_year": _per_kelurahan(
            session,
            select(Activity.kelurahan_code, func.sum(Activity.amount))
            .where(_live_activities(), Activity.held_on >= year_start, Activity.held_on <= year_end)
            .group_by(Activity.kelurahan_code),
        ),
        "activities": _activities(session, None, None),
    }
    return _summed(session, counts)


def _activities(session: Session, start: date | None, end: date | None) -> dict[str, int]:
    query = select(Activity.kelurahan_code, func.count()).where(_live_activities())
    if start is not None and end is not None:
        query = query.where(Activity.held_on >= start, Activity.held_on <= end)
    return _per_kelurahan(session, query.group_by(Activity.kelurahan_code))


def _summed(session: Session, counts: dict[str, dict[str, int]]) -> CityFigures:
    places = session.execute(
        select(CityKelurahan.code, CityKelurahan.kecamatan_code, CityKelurahan.kecamatan_name)
    ).all()
    kecamatan_of = {code: kecamatan for code, kecamatan, _name in places}
    rows: dict[str, KecamatanFigures] = {}
    for _code, kecamatan, name in places:
        row = rows.setdefault(kecamatan, KecamatanFigures(kecamatan, name))
        row.kelurahan_total += 1
    total = KecamatanFigures("", "", kelurahan_total=len(places))
    summed = ("active_groups", "members", "activities_month", "activities_year", "money_year")
    per_code: dict[str, set[str]] = defaultdict(set)
    for figure, by_code in counts.items():
        for code, number in by_code.items():
            targets = [total]
            if code in kecamatan_of:
                targets.append(rows[kecamatan_of[code]])
                if number and figure in ("groups", "members", "activities"):
                    per_code[kecamatan_of[code]].add(code)
            for target in targets:
                if figure in summed:
                    setattr(target, figure, getattr(target, figure) + number)
    for kecamatan, codes in per_code.items():
        rows[kecamatan].with_data = codes
        rows[kecamatan].kelurahan_with_data = len(codes)
    total.kelurahan_with_data = sum(row.kelurahan_with_data for row in rows.values())
    ordered = sorted(rows.values(), key=lambda row: row.name.lower())
    return CityFigures(ordered, total)
