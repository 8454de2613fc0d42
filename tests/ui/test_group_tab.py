"""The Kelompok tab: search, filters, detail panel with officers first, archive and restore."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView

from tests.ui.conftest import tab_of
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import GROUPS


@pytest.fixture
def tab(main_window):
    return tab_of(main_window, GROUPS)


def model_of(window):
    return window.findChild(QTableView, "groupTable").model()


def test_search_by_type_keeps_matching_groups(qtbot, main_window, tab):
    model = model_of(main_window)
    total = model.rowCount()
    qtbot.keyClicks(main_window.findChild(QLineEdit, "groupSearch"), "bank sampah")
    qtbot.waitUntil(lambda: model.rowCount() < total)
    assert model.rowCount() >= 1
    assert all(
        "bank sampah" in (model.row_at(r).name + model.row_at(r).type).lower()
        for r in range(model.rowCount())
    )


def test_status_filter_shows_only_that_status(main_window, tab):
    combo = main_window.findChild(QComboBox, "groupFilterStatus")
    combo.setCurrentIndex(combo.findData("aktif"))
    model = model_of(main_window)
    assert {model.row_at(r).status for r in range(model.rowCount())} == {"aktif"}
    assert main_window.findChild(QLabel, "groupCount").text() == f"{model.rowCount()} kelompok"


def test_detail_shows_ketua_first_and_tabs_with_counts(main_window, tab):
    view = main_window.findChild(QTableView, "groupTable")
    model = model_of(main_window)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).ketua)
    view.setCurrentIndex(model.index(row, 0))
    people = main_window.findChild(QTableView, "groupDetailPeople").model()
    assert people.data(people.index(0, 0)) == model.row_at(row).ketua
    assert people.data(people.index(0, 1)) == "Ketua"
    sections = tab.detail.sections
    assert sections.tabText(0) == f"Anggota ({model.row_at(row).member_count})"
    assert sections.tabText(2).startswith("Riwayat tingkat")


def test_archive_and_restore_a_group(main_window, tab, monkeypatch):
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *a, **k: True)
    view = main_window.findChild(QTableView, "groupTable")
    model = model_of(main_window)
    total = model.rowCount()
    view.setCurrentIndex(model.index(0, 0))
    uuid = model.row_at(0).uuid
    main_window.findChild(QAction, "groupArchive").trigger()
    assert model.rowCount() == total - 1 and model.row_of(uuid) is None
    main_window.findChild(QAction, "groupShowArchive").trigger()
    assert model.row_of(uuid) == 0
    assert not main_window.findChild(QAction, "groupArchive").isVisible()
    view.setCurrentIndex(model.index(0, 0))
    main_window.findChild(QAction, "groupRestore").trigger()
    main_window.findChild(QAction, "groupShowArchive").trigger()
    assert model.rowCount() == total and model.row_of(uuid) is not None
