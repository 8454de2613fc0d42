"""The Anggota tab driven through its object names: search, sort, filters, archive and restore."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView

import wksbm_desktop.ui
from tests.ui.conftest import tab_of
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import MEMBERS
from wksbm_desktop.ui.models.paged import UUID_ROLE


@pytest.fixture
def tab(main_window):
    return tab_of(main_window, MEMBERS)


def table(window) -> QTableView:
    return window.findChild(QTableView, "memberTable")


def shown_names(view: QTableView) -> list[str]:
    model = view.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def type_search(qtbot, window, text: str) -> None:
    box = window.findChild(QLineEdit, "memberSearch")
    box.clear()
    qtbot.keyClicks(box, text)


def count_text(window) -> str:
    return window.findChild(QLabel, "memberCount").text()


def test_list_starts_with_a_page_and_the_total_count(main_window, tab):
    assert count_text(main_window) == "300 anggota"
    assert table(main_window).model().rowCount() == 200


def test_typing_in_search_filters_the_table(qtbot, main_window, tab):
    view = table(main_window)
    target = view.model().row_at(17)
    type_search(qtbot, main_window, target.full_name)
    qtbot.waitUntil(lambda: view.model().rowCount() < 200)
    assert target.full_name in shown_names(view)
    assert all(target.full_name.lower() in name.lower() for name in shown_names(view))
    assert count_text(main_window) == f"{view.model().rowCount()} anggota"


def test_search_finds_a_member_by_nik(qtbot, main_window, tab):
    view = table(main_window)
    target = view.model().row_at(3)
    type_search(qtbot, main_window, target.nik)
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert view.model().row_at(0).uuid == target.uuid
    assert count_text(main_window) == "1 anggota"


def test_clearing_search_brings_everyone_back(qtbot, main_window, tab):
    view = table(main_window)
    type_search(qtbot, main_window, "zzzz tidak ada")
    qtbot.waitUntil(lambda: view.model().rowCount() == 0)
    assert count_text(main_window) == "0 anggota"
    main_window.findChild(QLineEdit, "memberSearch").clear()
    qtbot.waitUntil(lambda: view.model().rowCount() == 200)


def click_header(qtbot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_the_name_header_sorts_in_sql(qtbot, main_window, tab):
    view = table(main_window)
    before = shown_names(view)[:20]
    assert [n.lower() for n in before] == sorted(n.lower() for n in before)
    click_header(qtbot, view, 0)
    after = shown_names(view)
    assert view.model().request.descending
    assert [n.lower() for n in after] == sorted((n.lower() for n in after), reverse=True)
    assert after[0] != before[0]


def test_sorting_by_nik_orders_by_nik(main_window, tab):
    view = table(main_window)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    niks = [view.model().row_at(r).nik for r in range(view.model().rowCount())]
    assert niks == sorted(niks)


def test_sex_filter_shows_only_women(qtbot, main_window, tab):
    combo = main_window.findChild(QComboBox, "memberFilterSex")
    combo.setCurrentIndex(combo.findData("P"))
    model = table(main_window).model()
    assert model.rowCount() > 0
    assert {model.row_at(r).sex for r in range(model.rowCount())} == {"P"}
    assert count_text(main_window) != "300 anggota"


def test_group_filter_lists_that_groups_members(main_window, tab):
    combo = main_window.findChild(QComboBox, "memberFilterGroup")
    combo.setCurrentIndex(1)
    group_name = combo.currentText()
    model = table(main_window).model()
    assert model.rowCount() > 0
    assert all(group_name in model.row_at(r).groups for r in range(model.rowCount()))


def test_scrolling_fetches_the_next_page(main_window, tab):
    view = table(main_window)
    view.scrollToBottom()
    QApplication.processEvents()
    model = view.model()
    if model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 300


def test_selecting_a_row_shows_the_member_details(main_window, tab):
    view = table(main_window)
    view.setCurrentIndex(view.model().index(0, 0))
    detail = main_window.findChild(QLabel, "memberDetailHeading")
    assert detail.text() == view.model().row_at(0).full_name
    assert tab.detail.is_showing_record


def archive_first_row(main_window, monkeypatch, answer: bool):
    asked: list[str] = []

    def confirm(parent, text, title=""):
        asked.append(text)
        return answer

    monkeypatch.setattr(dialogs_util, "ask_confirmation", confirm)
    view = table(main_window)
    view.setCurrentIndex(view.model().index(0, 0))
    row = view.model().row_at(0)
    main_window.findChild(QAction, "memberArchive").trigger()
    return row, asked


def test_archive_asks_first_and_cancel_keeps_the_member(main_window, tab, monkeypatch):
    row, asked = archive_first_row(main_window, monkeypatch, answer=False)
    assert row.full_name in asked[0]
    assert table(main_window).model().row_of(row.uuid) == 0
    assert count_text(main_window) == "300 anggota"


def test_archive_then_restore_from_the_arsip_filter(main_window, tab, monkeypatch):
    row, _ = archive_first_row(main_window, monkeypatch, answer=True)
    model = table(main_window).model()
    assert model.row_of(row.uuid) is None
    assert count_text(main_window) == "299 anggota"
    assert "299 anggota" in main_window.findChild(QLabel, "statusCounts").text()

    main_window.findChild(QAction, "memberShowArchive").trigger()
    assert [model.row_at(r).uuid for r in range(model.rowCount())] == [row.uuid]
    assert main_window.findChild(QAction, "memberRestore").isVisible()
    table(main_window).setCurrentIndex(model.index(0, 0))
    main_window.findChild(QAction, "memberRestore").trigger()
    assert model.rowCount() == 0

    main_window.findChild(QAction, "memberShowArchive").trigger()
    assert model.row_of(row.uuid) is not None
    assert count_text(main_window) == "300 anggota"


@pytest.fixture
def fake_forms(monkeypatch):
    """Stand-in for the editor forms: ``edit_member`` creates a member through the services."""
    from datetime import date

    from wksbm_desktop.core.domain.inputs import MemberInput

    calls: list[str | None] = []

    def edit_member(parent, database, uuid):
        calls.append(uuid)
        with database.session() as session:
            data = MemberInput("3671054503900007", "Aaron Baru", "P", date(1990, 3, 5))
            return create_member(session, data).uuid

    module = types.ModuleType("wksbm_desktop.ui.forms")
    module.edit_member = edit_member  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wksbm_desktop.ui.forms", module)
    monkeypatch.setattr(wksbm_desktop.ui, "forms", module, raising=False)
    return calls


def test_tambah_opens_the_form_and_selects_the_new_member(main_window, tab, fake_forms):
    main_window.findChild(QAction, "memberAdd").trigger()
    view = table(main_window)
    assert fake_forms == [None]
    assert view.model().data(view.currentIndex().siblingAtColumn(0)) == "Aaron Baru"
    assert view.model().data(view.currentIndex(), UUID_ROLE) is not None
    assert count_text(main_window) == "301 anggota"
    assert "301 anggota" in main_window.findChild(QLabel, "statusCounts").text()


def test_ubah_passes_the_selected_uuid(main_window, tab, fake_forms):
    view = table(main_window)
    view.setCurrentIndex(view.model().index(4, 0))
    uuid = view.model().row_at(4).uuid
    main_window.findChild(QAction, "memberEdit").trigger()
    assert fake_forms == [uuid]


def test_ctrl_f_focuses_the_search_box(qtbot, main_window, tab):
    main_window.activateWindow()
    table(main_window).setFocus()
    qtbot.keyClick(table(main_window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.findChild(QLineEdit, "memberSearch")
