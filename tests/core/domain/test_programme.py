"""The programme's date rules: an LPJ that becomes overdue, periods, six months without a visit."""

from __future__ import annotations

from datetime import date

import pytest

from wksbm_desktop.core.domain import programme

DUE = date(2025, 9, 30)


def test_an_lpj_becomes_overdue_the_day_after_its_due_date() -> None:
    assert not programme.lpj_overdue("belum", DUE, date(2025, 9, 29))
    assert not programme.lpj_overdue("belum", DUE, DUE), "the due day itself is still in time"
    assert programme.lpj_overdue("belum", DUE, date(2025, 10, 1))
    assert programme.days_overdue("belum", DUE, date(2025, 10, 31)) == 31


@pytest.mark.parametrize(
    ("status", "overdue"),
    [("belum", True), ("dikembalikan", True), ("diserahkan", False), ("diterima", False)],
)
def test_only_an_lpj_still_owed_is_overdue(status: str, overdue: bool) -> None:
    later = date(2026, 1, 5)
    assert programme.lpj_overdue(status, DUE, later) is overdue
    assert (programme.days_overdue(status, DUE, later) > 0) is overdue


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2025, 2, 28)),
        (date(2024, 8, 31), 6, date(2024, 2, 29)),
        (date(2025, 3, 15), 6, date(2024, 9, 15)),
        (date(2025, 1, 1), 1, date(2024, 12, 1)),
    ],
)
def test_months_before_keeps_the_day_within_the_month(
    day: date, months: int, expected: date
) -> None:
    assert programme.months_before(day, months) == expected


def test_a_visit_is_due_six_months_after_the_last() -> None:
    assert programme.visit_due_since(date(2025, 12, 31)) == date(2025, 6, 30)


@pytest.mark.parametrize(
    ("kind", "day", "start", "end", "label"),
    [
        ("bulan", date(2025, 2, 14), date(2025, 2, 1), date(2025, 2, 28), "02/2025"),
        ("triwulan", date(2025, 5, 20), date(2025, 4, 1), date(2025, 6, 30), "TW II 2025"),
        ("triwulan", date(2025, 12, 31), date(2025, 10, 1), date(2025, 12, 31), "TW IV 2025"),
        ("triwulan", date(2024, 1, 1), date(2024, 1, 1), date(2024, 3, 31), "TW I 2024"),
    ],
)
def test_periods_start_end_and_are_named(
    kind: str, day: date, start: date, end: date, label: str
) -> None:
    assert programme.period_start(kind, day) == start
    assert programme.period_end(kind, start) == end
    assert programme.period_label(kind, start) == label


def test_amounts_read_as_rupiah() -> None:
    assert programme.rupiah_text(1_500_000) == "Rp 1.500.000"
    assert programme.day_text(DUE) == "30-09-2025"
