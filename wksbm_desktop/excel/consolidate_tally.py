"""The counts of one kelurahan for Rekap Kota, gathered while its rows stream past."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wksbm_desktop.excel.schema import LEVEL_LABELS, STATUS_LABELS

LEVELS = tuple(LEVEL_LABELS)  # lowest first: tumbuh, berkembang, maju, mandiri
STATUSES = tuple(STATUS_LABELS)  # aktif, kurang_aktif, tidak_aktif


@dataclass
class Tally:
    """Counts of one kelurahan (or, added up, of a kecamatan or the city)."""

    groups: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    by_level: dict[str, int] = field(default_factory=lambda: dict.fromkeys((*LEVELS, ""), 0))
    moved_up: int = 0
    members: int = 0
    memberships: int = 0  # current ones (no end date)
    activities: int = 0
    money: int = 0
    rows: int = 0
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
        elif key == "members":
            self.members += 1
        elif key == "memberships":
            self.memberships += values.get("ended_on") is None
        elif key == "activities":
            self.activities += 1
            self.money += int(values.get("amount") or 0)
        elif key == "assessments":
            self._note_assessment(values)

    def _note_assessment(self, values: dict[str, Any]) -> None:
        on, level, group = values.get("assessed_on"), values.get("level"), values.get("group_uuid")
        if on is not None and level in LEVELS and group:
            self._history.setdefault(group, []).append((on, level))

    def finish(self, period_start: date | None) -> None:
        """Count the groups whose level rose within the period (the report Rekap's rule)."""
        self.moved_up = sum(_moved_up(entries, period_start) for entries in self._history.values())
        self._history.clear()

    def __iadd__(self, other: Tally) -> Tally:
        for name in ("groups", "moved_up", "members", "memberships", "activities", "money", "rows"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for code, number in other.by_status.items():
            self.by_status[code] += number
        for code, number in other.by_level.items():
            self.by_level[code] += number
        return self


def _moved_up(entries: list[tuple[date, str]], start: date | None) -> bool:
    entries.sort(key=lambda entry: entry[0])
    before = [e for e in entries if start is not None and e[0] < start]
    within = [e for e in entries if start is None or e[0] >= start]
    if not within:
        return False
    baseline = before[-1] if before else within[0]
    return LEVELS.index(within[-1][1]) > LEVELS.index(baseline[1])
