"""Report periods the operator picks with one click, and the file names they suggest."""

from __future__ import annotations

import calendar
import re
from datetime import date

from wksbm_desktop.excel.report.rows import Period

# In the export dialog's order: each row pairs the last complete period with the current one.
PRESETS = (
    "last_month",
    "month",
    "last_quarter",
    "quarter",
    "last_half",
    "half",
    "last_year",
    "year",
    "all",
    "custom",
)
# The report Dinas Sosial asks for is the month just ended: on the 1st "this month" is empty.
DEFAULT_PRESET = "last_month"
_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def today() -> date:
    """The date the dialogs start from; tests replace it."""
    return date.today()


def quick_period(choice: str, on: date) -> Period:
    """A whole calendar month, quarter, half-year or year: the current one or the last one.

    ``choice`` is one of ``PRESETS`` except "all" and "custom".
    """
    last = choice.startswith("last_")
    months = _MONTHS_IN.get(choice.removeprefix("last_"))
    if months is None:
        raise ValueError(f"unknown quick period {choice!r}")
    index = (on.year * 12 + on.month - 1) // months - (1 if last else 0)  # periods since year 0
    first_month = index * months
    year, month = divmod(first_month, 12)
    end_year, end_month = divmod(first_month + months - 1, 12)
    return Period(date(year, month + 1, 1), _month_end(end_year, end_month + 1))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_tag(period: Period, on: date) -> str:
    """2026-11 for a month, 2026-TW4 a quarter, 2026-S2 a half-year, 2026 a year, else dates.

    All data is tagged with the day it was taken ("semua-2026-12-01"): it is not a month's report.
    """
    start, end = period.start, period.end
    if start is None or end is None:
        return f"semua-{on.isoformat()}" if period.is_all else (start or end or on).isoformat()
    whole = start.day == 1 and end == _month_end(end.year, end.month)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if whole and months == 1:
        return start.strftime("%Y-%m")
    if whole and months == 3 and start.month % 3 == 1:
        return f"{start.year}-TW{(start.month + 2) // 3}"
    if whole and months == 6 and start.month in (1, 7):
        return f"{start.year}-S{1 if start.month == 1 else 2}"
    if whole and months == 12 and start.month == 1:
        return str(start.year)
    return f"{start.isoformat()}_{end.isoformat()}"


def compact_name(name: str) -> str:
    """ "Poris Plawad" → "PorisPlawad": safe in a file name on every system."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name))


def report_file_name(kelurahan_name: str, period: Period, on: date) -> str:
    """Laporan-WKSBM-PorisPlawad-2026-11.xlsx: the place and the period, no spaces."""
    place = compact_name(kelurahan_name) or "Kelurahan"
    return f"Laporan-WKSBM-{place}-{period_tag(period, on)}.xlsx"
