"""Report periods the operator picks with one click, and the file names they suggest."""

from __future__ import annotations

import calendar
import re
from datetime import date

from wksbm_desktop.excel.rows import Period

QUICK_CHOICES = ("month", "quarter", "year", "last_year")


def quick_period(choice: str, today: date) -> Period:
    """This month, this quarter, this year or last year, as whole calendar periods."""
    if choice == "month":
        return Period(today.replace(day=1), _month_end(today.year, today.month))
    if choice == "quarter":
        first = 3 * ((today.month - 1) // 3) + 1
        return Period(date(today.year, first, 1), _month_end(today.year, first + 2))
    if choice == "year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    if choice == "last_year":
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    raise ValueError(f"unknown quick period {choice!r}")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_tag(period: Period, today: date) -> str:
    """2026-11 for a month, 2026-TW4 for a quarter, 2026 for a year, else the two dates."""
    start, end = period.start, period.end
    if start is None or end is None:
        return today.strftime("%Y-%m") if period.is_all else (start or end or today).isoformat()
    if start.day == 1 and end == _month_end(start.year, start.month):
        return start.strftime("%Y-%m")
    if start.day == 1 and start.month % 3 == 1 and end == _month_end(start.year, start.month + 2):
        return f"{start.year}-TW{(start.month + 2) // 3}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}_{end.isoformat()}"


def compact_name(name: str) -> str:
    """ "Poris Plawad" → "PorisPlawad": safe in a file name on every system."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name))


def report_file_name(kelurahan_name: str, period: Period, today: date) -> str:
    place = compact_name(kelurahan_name) or "Kelurahan"
    return f"Laporan-WKSBM-{place}-{period_tag(period, today)}.xlsx"
