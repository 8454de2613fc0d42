"""The Kegiatan tab: newest first, period and funding filters, attendance in the details."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView

from tests.ui.conftest import tab_of
from wksbm_desktop.ui.main_window import ACTIVITIES
from wksbm_desktop.ui.tabs.activity_tab import period_range


@pytest.fixture
def tab(main_window):
    return tab_of(main_window, ACTIVITIES)


def model_of(window):
    return window.findChild(QTableView, "activityTable").model()


def test_newest_activities_come_first(main_window, tab):
    model = model_of(main_window)
    dates = [model.row_at(r).held_on for r in range(model.rowCount())]
    assert dates and dates == sorted(dates, reverse=True)


def test_search_by_group_name(qtbot, main_window, tab):
    model = model_of(main_window)
    group = model.row_at(0).group_name
    total = main_window.findChild(QLabel, "activityCount").text()
    qtbot.keyClicks(main_window.findChild(QLineEdit, "activitySearch"), group)
    qtbot.waitUntil(lambda: main_window.findChild(QLabel, "activityCount").text() != total)
    assert {model.row_at(r).group_name for r in range(model.rowCount())} == {group}


def test_funding_filter(main_window, tab):
    combo = main_window.findChild(QComboBox, "activityFilterFunding")
    combo.setCurrentIndex(combo.findData("Swadaya/Iuran"))
    model = model_of(main_window)
    assert model.rowCount() > 0
    assert {model.row_at(r).funding for r in range(model.rowCount())} == {"Swadaya/Iuran"}


def test_period_filter_keeps_dates_inside_the_period(main_window, tab):
    combo = main_window.findChild(QComboBox, "activityFilterPeriod")
    combo.setCurrentIndex(combo.findData("last_year"))
    start, end = period_range("last_year", date.today())
    model = model_of(main_window)
    assert all(start <= model.row_at(r).held_on <= end for r in range(model.rowCount()))


def test_detail_lists_the_attendance(main_window, tab):
    view = main_window.findChild(QTableView, "activityTable")
    view.setCurrentIndex(model_of(main_window).index(0, 0))
    attendance = main_window.findChild(QTableView, "activityDetailAttendance").model()
    assert tab.detail.sections.tabText(0) == f"Daftar hadir ({attendance.rowCount()})"
    assert (
        main_window.findChild(QLabel, "activityDetailHeading").text()
        == model_of(main_window).row_at(0).title
    )


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("this_month", (date(2025, 3, 1), date(2025, 3, 20))),
        ("last_month", (date(2025, 2, 1), date(2025, 2, 28))),
        ("last_3_months", (date(2025, 1, 1), date(2025, 3, 20))),
        ("this_year", (date(2025, 1, 1), date(2025, 3, 20))),
        ("last_year", (date(2024, 1, 1), date(2024, 12, 31))),
        (None, (None, None)),
    ],
)
def test_period_ranges(period, expected):
    assert period_range(period, date(2025, 3, 20)) == expected
