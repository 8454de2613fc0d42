"""The export's period: opens on the last complete month; presets; file names; two clicks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.ui.excel import periods
from wksbm_desktop.ui.excel.export_dialog import ExportDialog
from wksbm_desktop.ui.excel.periods import PRESETS, period_tag, quick_period


@pytest.mark.parametrize(
    ("today", "preset", "start", "end"),
    [
        (date(2026, 12, 1), "last_month", date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 12, 31), "last_month", date(2026, 11, 1), date(2026, 11, 30)),
        (date(2027, 1, 1), "last_month", date(2026, 12, 1), date(2026, 12, 31)),
        (date(2024, 3, 1), "last_month", date(2024, 2, 1), date(2024, 2, 29)),
        (date(2027, 1, 1), "last_quarter", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 4, 1), "last_quarter", date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 7, 1), "last_half", date(2026, 1, 1), date(2026, 6, 30)),
        (date(2026, 3, 15), "last_half", date(2025, 7, 1), date(2025, 12, 31)),
        (date(2026, 12, 31), "half", date(2026, 7, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), "last_year", date(2025, 1, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), "month", date(2026, 1, 1), date(2026, 1, 31)),
    ],
)
def test_calendar_presets(today, preset, start, end):
    assert quick_period(preset, today) == Period(start, end)


def test_file_names_name_the_period():
    on = date(2026, 12, 2)
    assert period_tag(quick_period("last_month", on), on) == "2026-11"
    assert period_tag(quick_period("last_quarter", on), on) == "2026-TW3"
    assert period_tag(quick_period("last_half", on), on) == "2026-S1"
    assert period_tag(quick_period("half", on), on) == "2026-S2"
    assert period_tag(quick_period("last_year", on), on) == "2025"
    # All data is not a month's report: it says so and the day it was taken.
    assert period_tag(Period(), on) == "semua-2026-12-02"


@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2026, 12, 31)])
def test_dialog_opens_on_the_last_complete_month(qtbot, today):
    dialog = ExportDialog("Poris Plawad", today=today)
    qtbot.addWidget(dialog)
    assert dialog.preset() == "last_month"
    assert dialog.period() == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert dialog.suggested_name() == "Laporan-WKSBM-PorisPlawad-2026-11.xlsx"
    assert "1 November 2026" in dialog.period_label.text()
    assert "Laporan-WKSBM-PorisPlawad-2026-11.xlsx" in dialog.period_label.text()


def test_every_preset_is_one_click_with_its_indonesian_name(qtbot):
    dialog = ExportDialog("Poris Plawad", today=date(2027, 1, 1))
    qtbot.addWidget(dialog)
    labels = {name: radio.text() for name, radio in dialog.period_radios.items()}
    assert list(labels) == list(PRESETS)
    for wanted in ("Bulan lalu", "Triwulan lalu", "Semester lalu", "Tahun lalu", "Pilih tanggal"):
        assert wanted in labels.values()
    dialog.period_radios["last_quarter"].click()
    assert dialog.period() == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert dialog.suggested_name().endswith("-2026-TW4.xlsx")
    dialog.period_radios["custom"].click()
    assert dialog.from_edit.isEnabled()  # the dates of the last choice, ready to change
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(14))
    assert dialog.period() == Period(date(2026, 10, 15), date(2026, 12, 31))
    dialog.period_radios["all"].click()
    assert dialog.period().is_all and dialog.suggested_name().endswith("-semua-2027-01-01.xlsx")


def test_last_month_report_is_two_clicks_from_the_main_window(
    qtbot, main_window, monkeypatch, tmp_path: Path
):
    """Click 1: the Laporan bulan lalu button; click 2: Simpan in the file dialog."""
    monkeypatch.setattr(periods, "today", lambda: date(2025, 7, 1))  # demo data: to mid-June
    asked = answer_file_dialogs(monkeypatch, tmp_path, confirm=True)
    button = main_window.report_button
    assert button.isVisible()
    # The label was made at start-up, with the real date: the month it names is last month's.
    assert button.text().startswith("Laporan bulan lalu (")
    button.click()
    qtbot.waitUntil(lambda: bool(asked["opened"]), timeout=20_000)
    [start] = asked["save"]
    assert Path(start).name == "Laporan-WKSBM-PorisPlawad-2025-06.xlsx"
    assert (tmp_path / Path(start).name).is_file()
    action = main_window.findChild(QAction, "exportLastMonth")
    assert action in main_window.file_menu.actions() and not action.shortcut().isEmpty()


def test_the_button_names_the_month_that_is_last_month_now(main_window, monkeypatch):
    monkeypatch.setattr(periods, "today", lambda: date(2027, 1, 1))
    main_window.refresh_report_label()
    assert main_window.report_button.text() == "Laporan bulan lalu (Desember 2026)"
    monkeypatch.setattr(periods, "today", lambda: date(2027, 2, 1))
    main_window.file_menu.aboutToShow.emit()  # opening Berkas brings it up to date
    assert "(Januari 2027)" in main_window.report_button.text()
