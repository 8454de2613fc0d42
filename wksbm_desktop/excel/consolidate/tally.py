"""The counts of one kelurahan for Rekap Kota, gathered while its rows stream past."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wksbm_desktop.core.domain.period import is_active_on, level_change
from wksbm_desktop.excel.report.schema import LEVEL_LABELS, STATUS_LABELS

LEVELS = tuple(LEVEL_LABELS)  # lowest first: tumbuh, berkembang, maju, mandiri
STATUSES = tuple(STATUS_LABELS)  # aktif, kurang_aktif, tidak_aktif


_SUMMED = (
    "groups", "moved_up", "members", "memberships", "activities", "money", "rows", "men",
    "women", "dtsen", "low_decile", "disabled", "attendance", "participants", "beneficiaries",
)  # fmt: skip


@dataclass
class Tally:
    """Counts of one kelurahan (or, added up, of a kecamatan or the city).

    ``as_of`` is the report's figure date (core/domain/period.py): memberships count as active by
    their dates on that day, exactly as the kelurahan Rekap counts them.
    """

    as_of: date | None = None
    groups: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    by_level: dict[str, int] = field(default_factory=lambda: dict.fromkeys((*LEVELS, ""), 0))
    moved_up: int = 0
    members: int = 0
    memberships: int = 0  # active on the figure date
    activities: int = 0
    money: int = 0
    rows: int = 0
    # The social figures of both Rekaps (docs/report-format.md, "Period figures").
    men: int = 0
    women: int = 0
    dtsen: int = 0
    low_decile: int = 0
    disabled: int = 0
    attendance: int = 0
    participants: int = 0
    beneficiaries: int = 0
    by_sector: dict[str, list[int]] = field(default_factory=dict)  # groups, active
    by_source: dict[str, list[int]] = field(default_factory=dict)  # activities, money
    # Assessments by group, kept only until finish() works out who moved up a level.
    _history: dict[str, list[tuple[date, str]]] = field(default_factory=dict, repr=False)

    def add(self, key: str, values: dict[str, Any]) -> None:
        """Count one row of the data sheet ``key`` (a sheet key of schema.DATA_SHEETS)."""
        self.rows += 1
        if key == "groups":
            self.groups += 1
            status = values.get("status") or ""
            if status in self.by_status:
                self.by_status[status] += 1
            level = values.get("level") or ""
            self.by_level[level if level in self.by_level else ""] += 1
            sector = self.by_sector.setdefault(str(values.get("sector") or ""), [0, 0])
            sector[0] += 1
            sector[1] += status == "aktif"
        elif key == "members":
            self._add_member(values)
        elif key == "memberships":
            self.memberships += self._active(values)
        elif key == "activities":
            self._add_activity(values)
        elif key == "attendance":
            self.attendance += 1
        elif key == "assessments":
            self._note_assessment(values)

    def _add_member(self, values: dict[str, Any]) -> None:
        self.members += 1
        self.men += values.get("sex") == "L"
        self.women += values.get("sex") == "P"
        registered = bool(values.get("dtsen_registered"))
        decile = values.get("dtsen_decile")
        self.dtsen += registered
        self.low_decile += registered and isinstance(decile, int) and 1 <= decile <= 4
        self.disabled += bool(values.get("disability"))

    def _add_activity(self, values: dict[str, Any]) -> None:
        amount = int(values.get("amount") or 0)
        self.activities += 1
        self.money += amount
        self.participants += int(values.get("participants_count") or 0)
        self.beneficiaries += int(values.get("beneficiaries_count") or 0)
        source = self.by_source.setdefault(str(values.get("funding") or ""), [0, 0])
        source[0] += 1
        source[1] += amount

    def _active(self, values: dict[str, Any]) -> bool:
        ended = values.get("ended_on")
        if self.as_of is None:  # a report too old to say its date: current means no end date
            return ended is None
        return is_active_on(values.get("started_on"), ended, self.as_of)

    def _note_assessment(self, values: dict[str, Any]) -> None:
        on, level, group = values.get("assessed_on"), values.get("level"), values.get("group_uuid")
        if on is not None and level in LEVELS and group:
            self._history.setdefault(group, []).append((on, level))

    def finish(self, period_start: date | None) -> None:
        """Count the groups whose level rose within the period (the report Rekap's rule)."""
        self.moved_up = sum(
            level_change(sorted(entries), period_start) is not None
            for entries in self._history.values()
        )
        self._history.clear()

    def __iadd__(self, other: Tally) -> Tally:
        for name in _SUMMED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mine, theirs in ((self.by_sector, other.by_sector), (self.by_source, other.by_source)):
            for label, numbers in theirs.items():
                total = mine.setdefault(label, [0, 0])
                total[0] += numbers[0]
                total[1] += numbers[1]
        for code, number in other.by_status.items():
            self.by_status[code] += number
        for code, number in other.by_level.items():
            self.by_level[code] += number
        return self
