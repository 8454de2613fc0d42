"""Each report row checked at consolidation with the import's field rules; bad rows are left out.

A received report is data from outside: a negative amount or participant count, a row without
its UUID, or a cell the reader could not convert would otherwise be summed into Rekap Kota
without a word. The import refuses such rows (core/domain/rules.py); the consolidation leaves them
out
of every city sheet and count, and lists them on the kelurahan's line in Status laporan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wksbm_desktop.core.domain import nik, rules
from wksbm_desktop.core.errors import ValidationCollector, ValidationError
from wksbm_desktop.excel.report.schema import LEVEL_LABELS, SHEETS_BY_KEY
from wksbm_desktop.i18n import t

EXAMPLES = 5  # rows named in the Status laporan line; the count covers the rest
_IDENTITIES = {
    "groups": ("uuid",),
    "members": ("uuid",),
    "memberships": ("uuid", "group_uuid", "member_uuid"),
    "activities": ("uuid", "group_uuid"),
    "assessments": ("uuid", "group_uuid"),
    "attendance": ("activity_uuid", "member_uuid"),
    # The programme's rows the Program Kota sheet reads (programme_files.py).
    "aid": ("uuid", "group_uuid", "decision"),
    "disbursements": ("uuid", "aid_uuid", "disbursed_on"),
    "aid_reports": ("uuid", "aid_uuid", "status", "due_on"),
    "indicators": ("uuid", "group_uuid", "period_kind", "period_start"),
    "visits": ("uuid", "group_uuid", "visited_on"),
}


def _label(key: str, column: str) -> str:
    return next(c.header for c in SHEETS_BY_KEY[key].columns if c.key == column)


def _activity(errors: ValidationCollector, values: dict[str, Any]) -> None:
    label = _label_of("activities")
    rules.plausible_date(errors, "held_on", values.get("held_on"), label("held_on"))
    rules.require_text(errors, "title", values.get("title") or "", label("title"), 200)
    amount = values.get("amount")
    rules.whole_rupiah(errors, "amount", 0 if amount is None else amount, label("amount"))
    for name in ("participants_count", "beneficiaries_count"):
        number = values.get(name)
        rules.count(errors, name, 0 if number is None else number, label(name))


def _group(errors: ValidationCollector, values: dict[str, Any]) -> None:
    rules.require_text(errors, "name", values.get("name") or "", _label("groups", "name"), 200)


def _member(errors: ValidationCollector, values: dict[str, Any]) -> None:
    name = _label("members", "full_name")
    rules.require_text(errors, "full_name", values.get("full_name") or "", name, 200)
    number = str(values.get("nik") or "")
    # Masked (3671********0001) and anonymised NIKs cannot be checked; a whole one must hold.
    if len(number) == 16 and number.isdigit():
        try:
            nik.check_nik(number, values.get("sex"), values.get("birth_date"), field="nik")
        except ValidationError as error:
            errors.capture(error)


def _membership(errors: ValidationCollector, values: dict[str, Any]) -> None:
    started, ended = values.get("started_on"), values.get("ended_on")
    if started is not None and ended is not None and ended < started:
        errors.add("ended_on", "rule.end_before_start", start=started.strftime("%d-%m-%Y"))


def _assessment(errors: ValidationCollector, values: dict[str, Any]) -> None:
    label = _label_of("assessments")
    rules.plausible_date(errors, "assessed_on", values.get("assessed_on"), label("assessed_on"))
    if values.get("level") not in LEVEL_LABELS:
        errors.add("level", "rule.required", label=label("level"))


def _label_of(key: str) -> Callable[[str], str]:
    return lambda column: _label(key, column)


_CHECKS: dict[str, Callable[[ValidationCollector, dict[str, Any]], None]] = {
    "activities": _activity,
    "groups": _group,
    "members": _member,
    "memberships": _membership,
    "assessments": _assessment,
}


def row_problems(key: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(column header, Indonesian message) for each rule the row breaks; empty when usable."""
    errors = ValidationCollector()
    for name in _IDENTITIES.get(key, ()):
        if not values.get(name):
            errors.add(name, "rule.required", label=_label(key, name))
    check = _CHECKS.get(key)
    if check is not None:
        check(errors, values)
    return [(_label(key, error.field), error.message) for error in errors.errors]


@dataclass
class LeftOut:
    """The rows of one report left out of the city workbook, with the first few reasons."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, sheet: str, row: int, column: str, message: str) -> None:
        self.count += 1
        if len(self.examples) < EXAMPLES:
            where = t("consolidate.left_out.where", sheet=sheet, row=row, column=column)
            self.examples.append(f"{where}: {message}")

    def issue_params(self) -> dict[str, object]:
        return {"count": self.count, "examples": "; ".join(self.examples)}
