"""The list tabs of a city installation show and filter by Kecamatan and Kelurahan; a kelurahan's
do not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView

from tests.city_data import build_city
from tests.ui.conftest import tab_of
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.main_window import ACTIVITIES, GROUPS, MEMBERS


@pytest.fixture
def city_db(tmp_path: Path) -> Path:
    path = tmp_path / "kota.db"
    database = open_database(path)
    build_city(database)
    database.dispose()
    return path


@pytest.fixture
def city_window(qtbot, city_db: Path) -> Iterator:
    from wksbm_desktop.ui.main_window import create_main_window

    window = create_main_window(city_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.opening.is_open)
    yield window
    window.close()
    window.database.dispose()


def headers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def column(view: QTableView, header: str) -> list[str]:
    model = view.model()
    index = headers(view).index(header)
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("index", "prefix"), [(GROUPS, "group"), (MEMBERS, "member"), (ACTIVITIES, "activity")]
)
def test_city_tabs_show_kecamatan_and_kelurahan(city_window, index: int, prefix: str) -> None:
    tab_of(city_window, index)
    view = city_window.findChild(QTableView, f"{prefix}Table")
    assert {"Kecamatan", "Kelurahan"} <= set(headers(view))
    assert set(column(view, "Kecamatan")) == {"Tangerang", "Jatiuwung"}
    kecamatan = city_window.findChild(QComboBox, f"{prefix}FilterKecamatan")
    kelurahan = city_window.findChild(QComboBox, f"{prefix}FilterKelurahan")
    assert kecamatan.itemText(0) == "Semua" and kecamatan.count() == 1 + 13
    assert kelurahan.count() == 1 + 104


def test_kecamatan_filter_narrows_kelurahan_and_the_list(city_window) -> None:
    tab = tab_of(city_window, MEMBERS)
    view = city_window.findChild(QTableView, "memberTable")
    kecamatan = city_window.findChild(QComboBox, "memberFilterKecamatan")
    kelurahan = city_window.findChild(QComboBox, "memberFilterKelurahan")
    kecamatan.setCurrentIndex(kecamatan.findText("Jatiuwung"))
    assert sorted(column(view, "Nama lengkap")) == ["Budi Santoso", "Dewi Sartika"]
    offered = [kelurahan.itemText(i) for i in range(1, kelurahan.count())]
    assert "Keroncong" in offered and "Sukarasa" not in offered
    assert tab.count_label.text() == "2 anggota"
    kelurahan.setCurrentIndex(kelurahan.findText("Keroncong"))
    assert len(column(view, "Nama lengkap")) == 2
    # Another kecamatan: the kelurahan chosen is no longer offered, back to Semua.
    kecamatan.setCurrentIndex(kecamatan.findText("Tangerang"))
    assert kelurahan.currentText() == "Semua"
    assert set(column(view, "Kelurahan")) == {"Sukarasa", "Sukaasih"}


def test_kelurahan_header_sorts_in_sql(city_window) -> None:
    tab_of(city_window, GROUPS)
    view = city_window.findChild(QTableView, "groupTable")
    view.sortByColumn(headers(view).index("Kelurahan"), Qt.SortOrder.DescendingOrder)
    assert column(view, "Kelurahan") == ["Sukarasa", "Sukaasih", "Keroncong"]
    assert view.model().request.sort == "kelurahan"


@pytest.mark.parametrize(
    ("index", "prefix"), [(GROUPS, "group"), (MEMBERS, "member"), (ACTIVITIES, "activity")]
)
def test_a_kelurahan_installation_has_no_place_columns(main_window, index, prefix) -> None:
    tab_of(main_window, index)
    view = main_window.findChild(QTableView, f"{prefix}Table")
    assert "Kecamatan" not in headers(view) and "Kelurahan" not in headers(view)
    assert main_window.findChild(QComboBox, f"{prefix}FilterKecamatan") is None
    assert main_window.findChild(QComboBox, f"{prefix}FilterKelurahan") is None


def test_group_filter_names_kelurahan_and_follows_the_place(city_window) -> None:
    tab_of(city_window, MEMBERS)
    view = city_window.findChild(QTableView, "memberTable")
    group = city_window.findChild(QComboBox, "memberFilterGroup")
    offered = [group.itemText(i) for i in range(1, group.count())]
    assert offered == [
        "Bank Sampah Hijau (Sukaasih)",
        "KUBE Mawar (Sukarasa)",
        "Tani Subur (Keroncong)",
    ]
    group.setCurrentIndex(group.findText("KUBE Mawar (Sukarasa)"))
    assert column(view, "Nama lengkap") == ["Ani Lestari"]
    # Another kecamatan: its groups only; the chosen group is not there, so no group filter.
    kecamatan = city_window.findChild(QComboBox, "memberFilterKecamatan")
    kecamatan.setCurrentIndex(kecamatan.findText("Jatiuwung"))
    assert [group.itemText(i) for i in range(group.count())] == ["Semua", "Tani Subur (Keroncong)"]
    assert group.currentText() == "Semua"
    assert sorted(column(view, "Nama lengkap")) == ["Budi Santoso", "Dewi Sartika"]
