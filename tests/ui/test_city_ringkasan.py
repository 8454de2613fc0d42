"""The Ringkasan tab of a city installation breaks its figures down by kecamatan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from tests.city_data import build_city
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.tabs.dashboard_tab import DashboardTab


def test_city_ringkasan_shows_a_row_per_kecamatan(qtbot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "kota.db")
    build_city(database)
    tab = DashboardTab(database)
    tab.today = lambda: date(2025, 6, 20)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.city_box.isVisibleTo(tab)
    with_data = tab.findChild(QLabel, "cityKelurahanWithData").text()
    assert with_data == "3 dari 104 kelurahan sudah punya data di database kota"
    table = tab.findChild(QTableView, "cityByKecamatanTable")
    model = table.model()
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert len(rows) == 14  # 13 kecamatan and the city
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Kegiatan Juni 2025"
    assert ["Tangerang", "2 dari 8", "2", "4", "2", "2", "Rp 2.000.000"] in rows
    assert rows[-1] == ["Kota Tangerang", "3 dari 104", "3", "6", "3", "3", "Rp 3.000.000"]
    assert tab.figure("figureActiveGroups") == "3"
    database.dispose()
