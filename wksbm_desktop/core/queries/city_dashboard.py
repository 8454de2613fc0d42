"""Ringkasan of a city installation: the main figures broken down by kecamatan.

Each table is counted per ``kelurahan_code`` (indexed) in one GROUP BY, then summed per kecamatan
through ``city_kelurahan`` here: 104 kelurahan, so the join costs nothing in Python.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Activity, CityKelurahan, Group, Member
from wksbm_desktop.core.queries.city_lists import live_counts_by_code
from wksbm_desktop.core.queries.common import ListRequest, Query

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


def _columns(session: Session, query: Query, names: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Per kelurahan code, several figures of one GROUP BY: {figure: {code: number}}."""
    found: dict[str, dict[str, int]] = {name: {} for name in names}
    for code, *numbers in session.execute(query):
        for name, number in zip(names, numbers, strict=True):
            found[name][code] = int(number or 0)
    return found


def _when(condition: ColumnElement[bool], value: Any = 1) -> ColumnElement[Any]:
    return func.sum(case((condition, value), else_=0))


def city_figures(session: Session, today: date) -> CityFigures:
    """Groups, members, activities and funds of ``today``'s month and year, per kecamatan.

    One pass over each table: the month's and the year's figures are sums of CASEs.
    """
    month = Activity.held_on.between(today.replace(day=1), _month_end(today))
    year = Activity.held_on.between(date(today.year, 1, 1), date(today.year, 12, 31))
    groups = (
        select(Group.kelurahan_code, func.count(), _when(Group.status == "aktif"))
        .where(Group.archived_at.is_(None))
        .group_by(Group.kelurahan_code)
    )
    activities = (
        select(
            Activity.kelurahan_code,
            func.count(),
            _when(month),
            _when(year),
            _when(year, Activity.amount),
        )
        .where(_live_activities())
        .group_by(Activity.kelurahan_code)
    )
    counts = {
        **_columns(session, groups, ("groups", "active_groups")),
        "members": live_counts_by_code(
            session, ListRequest(), Member.kelurahan_code, Member.archived_at
        ),
        **_columns(
            session,
            activities,
            ("activities", "activities_month", "activities_year", "money_year"),
        ),
    }
    return _summed(session, counts)


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
