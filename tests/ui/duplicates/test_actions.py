"""Data → Periksa data ganda in the main window: by role, one window, following changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from tests.city_data import build_city
from tests.ui.conftest import tab_of
from tests.ui.duplicates.conftest import plant
from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.accounts.role_menus import apply_role
from wksbm_desktop.ui.city.nik_review import NikReview
from wksbm_desktop.ui.duplicates.finder_view import DuplicatesView
from wksbm_desktop.ui.main_window import MEMBERS, create_main_window
from wksbm_desktop.ui.operations import members as member_ops


def open_window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.opening.is_open)
    return window


def account(role: Role) -> SignedIn:
    return SignedIn(1, "uji", "Akun Uji", role)


def test_the_data_menu_opens_one_finder_that_follows_changes(qtbot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "ganda.db")
    planted = plant(database)
    database.dispose()
    window = open_window(qtbot, tmp_path / "ganda.db")
    action = window.findChild(QAction, "findDuplicates")
    assert action in window.data_menu.actions() and action.text() == "Periksa data ganda…"
    action.trigger()
    view = window.findChild(DuplicatesView, "duplicatesView")
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: not view.busy and len(view.pairs) == 2)
    # Siti's other record archived in the Anggota list: the open finder reads again.
    with window.database.read_session() as session:
        from wksbm_desktop.core.queries.forms import load_member_form

        record = load_member_form(session, planted.members["siti2"]).record
    assert record is not None
    member_ops.archive_member(window, window.database, record.uuid, record.version)
    qtbot.waitUntil(lambda: not view.busy and len(view.pairs) == 1)
    action.trigger()  # again: the same window
    assert window.findChildren(DuplicatesView) == [view]
    window.close()
    window.database.dispose()


def test_a_merge_in_the_finder_refreshes_the_anggota_list(
    qtbot, tmp_path: Path, answer_dialogs
) -> None:  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "ganda.db")
    plant(database)
    database.dispose()
    window = open_window(qtbot, tmp_path / "ganda.db")
    members = tab_of(window, MEMBERS)
    qtbot.waitUntil(lambda: members.model.total == 5)
    answer_dialogs(lambda dialog: dialog.merge_button.click())
    view = window.duplicate_actions.show_view()
    qtbot.waitUntil(lambda: not view.busy and len(view.pairs) == 2)
    view.table.selectRow(0)
    view.merge_current()
    qtbot.waitUntil(lambda: members.model.total == 4)  # the other record is archived
    assert "4" in window.counts_label.text()
    window.close()
    window.database.dispose()


def test_who_sees_the_entry_and_the_merge_button(qtbot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "ganda.db")
    plant(database)
    database.dispose()
    window = open_window(qtbot, tmp_path / "ganda.db")
    action = window.findChild(QAction, "findDuplicates")
    apply_role(window, account(Role.PEMANTAU))
    assert not action.isVisible()
    apply_role(window, account(Role.OPERATOR))
    assert action.isVisible()
    window.database.sign_in(account(Role.DINSOS))
    view = DuplicatesView(window.database)
    qtbot.addWidget(view)
    assert not view.review.merge_button.isVisibleTo(view)  # marks pairs, merges nothing
    assert view.full_nik  # the one rule of issue 17: the Dinas judges on the whole number
    window.database.sign_in(account(Role.PEMANTAU))
    view.apply_role()
    assert not view.full_nik
    window.database.sign_in(account(Role.OPERATOR))  # the next person signs in
    view.show()
    assert view.review.merge_button.isVisibleTo(view) and view.full_nik
    window.close()
    window.database.dispose()


def test_at_the_city_the_entry_opens_the_whole_city_page(qtbot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "kota.db")
    build_city(database)
    database.dispose()
    window = open_window(qtbot, tmp_path / "kota.db")
    window.findChild(QAction, "findDuplicates").trigger()
    review = window.findChild(NikReview, "nikReview")
    assert review is not None and review.isVisible()
    assert review.currentWidget() is review.duplicates and review.duplicates.whole_city
    qtbot.waitUntil(lambda: not review.duplicates.busy and bool(review.duplicates.pairs))
    window.close()
    window.database.dispose()
