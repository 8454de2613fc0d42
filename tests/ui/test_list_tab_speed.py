"""Searching as you type off the GUI thread, capped counts, and the dashboard loading lazily."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.conftest import tab_of
from wksbm_desktop.ui.main_window import DASHBOARD, MEMBERS
from wksbm_desktop.ui.models import paged
from wksbm_desktop.ui.tabs import base


@pytest.fixture
def tab(main_window):
    return tab_of(main_window, MEMBERS)


def test_a_newer_request_overtakes_one_still_running(qtbot, tab):
    model = tab.model
    first = model.row_at(0)
    model.request_later(replace(model.request, search="zzzz tidak ada"))
    model.request_later(replace(model.request, search=first.nik))
    assert model.busy
    qtbot.waitUntil(lambda: not model.busy)
    assert model.request.search == first.nik
    assert [model.row_at(r).uuid for r in range(model.rowCount())] == [first.uuid]


def test_typing_keeps_the_selection_when_the_row_stays(qtbot, main_window, tab):
    target = tab.model.row_at(3)
    tab.select_row(3)
    box = main_window.findChild(QLineEdit, "memberSearch")
    qtbot.keyClicks(box, target.nik[-6:])  # the selected member matches: it stays selected
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.request.search == box.text())
    assert tab.current_uuid() == target.uuid
    assert tab.detail.is_showing_record


def test_a_typed_search_shows_its_rows_first_and_its_count_next(qtbot, main_window, tab):
    from wksbm_desktop.core.queries.members import count_members

    model = tab.model
    request = replace(model.request, search="a")
    model.request_later(request)
    qtbot.waitUntil(lambda: not model.busy)
    assert model.rowCount() == 200  # a full page: shown before it is counted
    qtbot.waitUntil(lambda: not model.counting)
    with main_window.database.read_session() as session:
        expected = count_members(session, request)
    label = main_window.findChild(QLabel, "memberCount")
    assert model.total == expected and label.text() == f"{expected} anggota"


def test_a_broad_search_says_more_than_the_cap_until_scrolled_to_the_end(
    qtbot, main_window, tab, monkeypatch
):
    monkeypatch.setattr(paged, "SEARCH_COUNT_CAP", 50)
    monkeypatch.setattr(base, "SEARCH_COUNT_CAP", 50)
    model = tab.model
    model.set_request(replace(model.request, search="a"))
    assert model.rowCount() == 200 and not model.total_is_exact
    label = main_window.findChild(QLabel, "memberCount")
    assert label.text() == "lebih dari 50 anggota"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.total_is_exact and model.total == model.rowCount()
    assert label.text() == f"{model.rowCount()} anggota"


def test_the_dashboard_loads_when_first_shown_in_the_background(qtbot, main_window):
    dashboard = main_window.dashboard
    main_window.tabs.setCurrentIndex(MEMBERS)
    dashboard.refresh_later()  # hidden: only marked to load on the next showing
    assert not dashboard.busy
    main_window.tabs.setCurrentIndex(DASHBOARD)
    assert dashboard.busy
    qtbot.waitUntil(lambda: not dashboard.busy)
    members = int(dashboard.figure("figureMembersL").replace(".", "")) + int(
        dashboard.figure("figureMembersP").replace(".", "")
    )
    assert members == 300


def test_opening_the_window_imports_neither_openpyxl_nor_alembic():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import wksbm_desktop.app, wksbm_desktop.ui.main_window, wksbm_desktop.core.storage.db\n"
        "print(sorted(m for m in ('openpyxl', 'alembic', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
