"""The programme's progress read from the kelurahan report files (issue 19, point 6).

The city workbook made from report files has the same "Program Kota" sheet as the one made from
the city database: the figures come from the same arithmetic (core/domain/progress_figures.py),
fed here by each report's sheets as the consolidation streams them: Kelompok and Penilaian
with the other data sheets, then Bantuan, Penyaluran Bantuan, LPJ Bantuan, Indikator and
Kunjungan (format 5). Each report is reduced to a few figures per group before the next one
is read, so memory grows with the city's groups, not with its rows.

A report of format 4 or older carries no programme: its kelurahan counts as "no data" and the
sheet says how many sent none. A report holds what its period holds (docs/report-format.md,
"What each sheet holds"): a period report has the indicators and visits of its period only, so
the year-earlier comparison and the six-month visit rule see that much.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.progress_figures import (
    CityProgress,
    GrowthRow,
    IndicatorFigures,
    ProgressParts,
    SourceAid,
    aid_of_one,
    city_progress,
    group_levels,
    recent_indicators,
    year_before,
)
from wksbm_desktop.core.domain.wilayah import Kelurahan, kota_tangerang
from wksbm_desktop.excel.report.schema import PROGRAMME_VERSION

# The programme sheets the figures need, in the order they are read (aid before its
# disbursements and LPJ, so each disbursement finds its group).
PROGRAMME_KEYS = ("aid", "disbursements", "aid_reports", "indicators", "visits")
# The data sheets every report has that the figures read too.
PROGRAMME_DATA_KEYS = ("groups", "assessments")


def carries_programme(meta: dict[str, str] | Any) -> bool:
    """Whether a report's ``_meta`` says it is of a format that carries the programme."""
    version = str(meta.get("format_version", ""))
    return version.isdigit() and int(version) >= PROGRAMME_VERSION


class KelurahanProgramme:
    """One kelurahan's programme as its report's rows come, reduced to what the figures need."""

    def __init__(self, code: str, today: date) -> None:
        self.code, self.today = code, today
        self.groups: set[str] = set()
        # group → (assessed on, entered at, row, level): the order of entry is the stamp
        self.assessments: dict[str, list[tuple[date, datetime, int, str]]] = defaultdict(list)
        self.aid: dict[str, tuple[str, str, str, date | None, int | None]] = {}
        self.disbursed: Counter[str] = Counter()  # aid → rupiah disbursed by the day
        self.receivers: set[str] = set()  # groups with a disbursement by the day
        self.lpj: dict[str, list[tuple[str, date]]] = defaultdict(list)
        self.indicators: dict[str, list[IndicatorFigures]] = defaultdict(list)
        self.recorded: set[str] = set()  # groups with indicators of the last six months
        self.visited: set[str] = set()  # groups visited in the last six months
        self._readers = {
            "groups": self._groups, "assessments": self._assessments, "aid": self._aid,
            "disbursements": self._disbursements, "aid_reports": self._aid_reports,
            "indicators": self._indicators, "visits": self._visits,
        }  # fmt: skip

    def add(self, key: str, number: int, values: dict[str, Any]) -> None:
        """One usable row of the sheet ``key`` (rows of other sheets are ignored)."""
        reader = self._readers.get(key)
        if reader is not None:
            reader(number, values)

    def _groups(self, number: int, values: dict[str, Any]) -> None:
        self.groups.add(values["uuid"])

    def _assessments(self, number: int, values: dict[str, Any]) -> None:
        entered = values.get("updated_at") or datetime.min
        entry = (values["assessed_on"], entered, number, values["level"])
        self.assessments[values["group_uuid"]].append(entry)

    def _aid(self, number: int, values: dict[str, Any]) -> None:
        source = values.get("source") or ""
        self.aid[values["uuid"]] = (
            values["group_uuid"], source, values["decision"], values.get("decided_on"),
            values.get("amount_approved"),
        )  # fmt: skip

    def _disbursements(self, number: int, values: dict[str, Any]) -> None:
        aid = self.aid.get(values["aid_uuid"])
        if aid is None or values["disbursed_on"] > self.today:
            return
        self.disbursed[values["aid_uuid"]] += values.get("amount") or 0
        self.receivers.add(aid[0])

    def _aid_reports(self, number: int, values: dict[str, Any]) -> None:
        self.lpj[values["aid_uuid"]].append((values["status"], values["due_on"]))

    def _indicators(self, number: int, values: dict[str, Any]) -> None:
        group, kind, start = values["group_uuid"], values["period_kind"], values["period_start"]
        figures = IndicatorFigures(kind, start, values.get("turnover"), values.get("cash"))
        self.indicators[group].append(figures)
        if recent_indicators(kind, start, self.today):
            self.recorded.add(group)

    def _visits(self, number: int, values: dict[str, Any]) -> None:
        if values["visited_on"] >= programme.visit_due_since(self.today):
            self.visited.add(values["group_uuid"])

    def into(self, parts: ProgressParts) -> None:
        """Add this kelurahan's figures to the city's."""
        code, today = self.code, self.today
        for group in self.groups:
            entries = sorted(self.assessments.get(group, ()), key=lambda e: e[1:3])
            levels = group_levels(((on, level) for on, _, _, level in entries), today)
            parts.levels[(code, *levels)] += 1
            compared = year_before(self.indicators.get(group, ()), today)
            if compared is not None:
                now, before = compared
                parts.growth.append(
                    GrowthRow(
                        code, group in self.receivers,
                        (now.turnover, before.turnover), (now.savings, before.savings),
                    )
                )  # fmt: skip
        by_source: dict[str, SourceAid] = {}
        for uuid, (_group, source, decision, decided_on, approved) in self.aid.items():
            if decided_on is not None and decided_on > today:
                continue
            one = aid_of_one(
                source, decision, approved, self.disbursed[uuid], self.lpj.get(uuid, ()), today
            )
            by_source[source] = by_source.get(source, SourceAid(source)) + one
        parts.aid.extend((code, row) for row in by_source.values())
        groups = len(self.groups)
        parts.quiet[code] = (
            groups, groups - len(self.visited & self.groups),
            groups - len(self.recorded & self.groups),
        )  # fmt: skip


class CityProgramme:
    """The programme of every report merged, kelurahan by kelurahan."""

    def __init__(self, today: date) -> None:
        self.parts = ProgressParts(today, Counter(), [], [], {})
        self.without: list[str] = []  # names of kelurahan whose report carries no programme

    def start(self, kelurahan: Kelurahan, meta: dict[str, str] | Any) -> KelurahanProgramme | None:
        """The collector of one report's programme; None (and counted) for an older format."""
        if not carries_programme(meta):
            self.without.append(kelurahan.name)
            return None
        return KelurahanProgramme(kelurahan.code, self.parts.today)

    def finish(self, kelurahan: KelurahanProgramme) -> None:
        kelurahan.into(self.parts)

    def figures(self) -> CityProgress:
        places = _places(kota_tangerang().kelurahan_list())
        return city_progress(self.parts, places, sorted(self.without))


def _places(kelurahan: Iterable[Kelurahan]) -> list[tuple[str, str, str]]:
    return [(k.code, k.kecamatan_code, k.kecamatan_name) for k in kelurahan]
