"""The Status laporan view of a city installation, driven through its widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTableView

from tests.city_data import build_city
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.city import report_status_view
from wksbm_desktop.ui.city.report_status_view import ReportStatusView


@pytest.fixture
def city(tmp_path: Path, monkeypatch) -> Iterator[Database]:
    monkeypatch.setattr(report_status_view, "today", lambda: date(2025, 7, 15))
    database = open_database(tmp_path / "kota.db")
    build_city(database)
    yield database
    database.dispose()


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_defaults_to_last_month_and_counts_who_reported(qtbot, city) -> None:
    view = ReportStatusView(city)
    qtbot.addWidget(view)
    assert view.objectName() == "reportStatusView"
    assert view.findChild(QComboBox, "reportStatusMonth").currentText() == "Juni 2025"
    summary = view.findChild(QLabel, "reportStatusSummary").text()
    assert summary.startswith("2 dari 104 kelurahan sudah melapor untuk Juni 2025")
    table = view.findChild(QTableView, "reportStatusTable")
    rows = dict(zip(cells(table, 1), cells(table, 2), strict=True))
    assert rows["Sukarasa"] == "Sudah melapor"
    assert rows["Keroncong"] == "Belum melapor sejak April 2025 (file 05-07-2025 ditolak)"
    assert rows["Batu Jaya"] == "Belum pernah melapor"


def test_choosing_a_month_and_only_missing(qtbot, city) -> None:
    view = ReportStatusView(city)
    qtbot.addWidget(view)
    month = view.findChild(QComboBox, "reportStatusMonth")
    month.setCurrentIndex(month.findText("Mei 2025"))
    table = view.findChild(QTableView, "reportStatusTable")
    assert "Mei 2025" in view.findChild(QLabel, "reportStatusSummary").text()
    view.findChild(QCheckBox, "reportStatusOnlyMissing").setChecked(True)
    assert table.model().rowCount() == 102
    assert "Sukarasa" not in cells(table, 1)
    # Sorting by status puts the longest silence first: never reported, then since April.
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert cells(table, 2)[0] == "Belum pernah melapor"
    assert cells(table, 2)[-1].startswith("Belum melapor sejak April 2025")
