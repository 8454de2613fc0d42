"""The programme's rules as pure functions of a date: overdue LPJs, indicator periods, visits."""

from __future__ import annotations

import calendar
from datetime import date

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.errors import ValidationCollector

# An LPJ still owed: never handed in, or handed back for correction.
OPEN_LPJ_STATUSES = ("belum", "dikembalikan")
# The statuses that say an LPJ was handed in, so its submitted date must be filled in.
HANDED_IN_LPJ_STATUSES = ("diserahkan", "diterima", "dikembalikan")
# A group not visited for this many months is listed for a visit (issue 19, point 3).
VISIT_INTERVAL_MONTHS = 6
_MONTHS_IN = {"bulan": 1, "triwulan": 3}


def lpj_overdue(status: str, due_on: date, today: date) -> bool:
    """An LPJ is overdue from the day after its due date while it is still owed."""
    return status in OPEN_LPJ_STATUSES and due_on < today


def days_overdue(status: str, due_on: date, today: date) -> int:
    return (today - due_on).days if lpj_overdue(status, due_on, today) else 0


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (31 August → 28/29 February)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def visit_due_since(today: date) -> date:
    """A group whose last visit was before this day has gone six months without one."""
    return months_before(today, VISIT_INTERVAL_MONTHS)


def period_start(kind: str, day: date) -> date:
    """The first day of the month or quarter (``kind``: "bulan" / "triwulan") holding ``day``."""
    months = _MONTHS_IN[kind]
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def period_end(kind: str, start: date) -> date:
    """The last day of the period that starts on ``start``."""
    last_month = start.month + _MONTHS_IN[kind] - 1
    return date(start.year, last_month, calendar.monthrange(start.year, last_month)[1])


def period_label(kind: str, start: date) -> str:
    """ "03/2026" for a month, "TW II 2026" for a quarter (the same in every language)."""
    if kind == "bulan":
        return f"{start.month:02d}/{start.year}"
    quarter = ("I", "II", "III", "IV")[(start.month - 1) // 3]
    return f"TW {quarter} {start.year}"


# --- field rules of the programme's forms ---------------------------------------------------

# Far above any group's figures, and below what every engine's BIGINT holds: a typo of a few
# extra zeros is caught with a message instead of being saved.
MAX_RUPIAH = 999_999_999_999
MAX_COUNT = 1_000_000_000


def rupiah_text(amount: int) -> str:
    """1500000 → "Rp 1.500.000", for messages."""
    return "Rp " + f"{amount:,}".replace(",", ".")


def amount(errors: ValidationCollector, field: str, value: object, label: str) -> int:
    """Whole rupiah, not negative, not absurdly large."""
    number = rules.whole_rupiah(errors, field, value, label)
    if number > MAX_RUPIAH:
        errors.add(field, "programme.amount_too_large", label=label, max=rupiah_text(MAX_RUPIAH))
    return number


def optional_amount(
    errors: ValidationCollector, field: str, value: object, label: str
) -> int | None:
    return None if value is None else amount(errors, field, value, label)


def optional_count(
    errors: ValidationCollector, field: str, value: object, label: str
) -> int | None:
    if value is None:
        return None
    number = rules.count(errors, field, value, label)
    if number > MAX_COUNT:
        errors.add(field, "programme.count_too_large", label=label)
    return number


def whole_number(errors: ValidationCollector, field: str, value: object, label: str) -> int:
    """A measure's value: kilograms, head of livestock, rupiah... as a whole number."""
    number = rules.count(errors, field, value, label)
    if number > MAX_RUPIAH:
        errors.add(field, "programme.number_too_large", label=label)
    return number


def day_text(day: date) -> str:
    return day.strftime("%d-%m-%Y")
