"""A Pemantau signed in to the window reads no whole NIK anywhere: the member list (its quick
first page too), the member panel, the change history; an operator still reads them whole."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from tests.ui.test_account_screens import CLERK_PASSWORD, add_clerk, make_admin
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.services import accounts
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.accounts import gate as gate_module
from wksbm_desktop.ui.accounts.gate import install_account_gate
from wksbm_desktop.ui.audit_view import AuditView
from wksbm_desktop.ui.main_window import MEMBERS, create_main_window
from wksbm_desktop.ui.settings import Settings

WHOLE_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
MASKED = re.compile(r"^\d{4}\*{12}$")


def _sign_in_as(qtbot, window, tmp_path: Path, monkeypatch, role: Role):  # type: ignore[no-untyped-def]
    database = window.database
    make_admin(database)
    add_clerk(database, role)
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "siti", CLERK_PASSWORD)
    )
    gate = install_account_gate(window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: gate.account is not None)
    return gate


def _cells(view: QTableView) -> list[str]:
    model = view.model()
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _member_table(window) -> QTableView:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(MEMBERS)
    view = window.findChild(QTableView, "memberTable")
    assert view is not None
    return view


def _panel_texts(window) -> str:  # type: ignore[no-untyped-def]
    panel = window.member_tab.detail
    return " ".join(label.text() for label in panel.findChildren(QLabel))


def _select_first(qtbot, window, view: QTableView) -> str:  # type: ignore[no-untyped-def]
    view.selectRow(0)
    name = view.model().row_at(0).full_name
    qtbot.waitUntil(lambda: name in _panel_texts(window))
    return str(name)


def test_a_pemantau_reads_the_member_list_and_panel_masked(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _sign_in_as(qtbot, main_window, tmp_path, monkeypatch, Role.PEMANTAU)
    view = _member_table(main_window)
    qtbot.waitUntil(lambda: view.model().rowCount() == 200)
    cells = _cells(view)
    assert not [cell for cell in cells if WHOLE_NIK.search(cell)]
    assert all(MASKED.match(view.model().row_at(row).nik) for row in range(200))
    # A copy of a cell (Ctrl+C, or the tooltip) carries the same text as the cell.
    first = view.model().index(0, 1)
    assert MASKED.match(first.data(Qt.ItemDataRole.ToolTipRole))
    _select_first(qtbot, main_window, view)
    panel = _panel_texts(main_window)
    assert "3671************" in panel and not WHOLE_NIK.search(panel)


def test_a_pemantau_opens_no_editor_and_gets_no_archive_button_back(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _sign_in_as(qtbot, main_window, tmp_path, monkeypatch, Role.PEMANTAU)
    view = _member_table(main_window)
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    opened: list[object] = []
    monkeypatch.setattr(forms, "edit_member", lambda *args: opened.append(args))
    view.selectRow(0)
    view.doubleClicked.emit(view.model().index(0, 0))
    main_window.member_tab.edit_current()
    assert opened == []
    # Choosing a row brings back none of the buttons the role hid.
    tab = main_window.member_tab
    assert not tab.archive_action.isVisible() and not tab.edit_action.isEnabled()


def test_a_pemantau_finds_a_typed_nik_and_reads_it_masked(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    with database.read_session() as session:
        from sqlalchemy import select

        from wksbm_desktop.core.models import Member

        name, nik = session.execute(
            select(Member.full_name, Member.nik).where(Member.archived_at.is_(None)).limit(1)
        ).one()
    _sign_in_as(qtbot, main_window, tmp_path, monkeypatch, Role.PEMANTAU)
    view = _member_table(main_window)
    box = main_window.findChild(QLineEdit, "memberSearch")
    qtbot.keyClicks(box, nik)
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert view.model().row_at(0).full_name == name
    assert not [cell for cell in _cells(view) if WHOLE_NIK.search(cell)]
    box.clear()
    qtbot.keyClicks(box, nik[6:14])  # a fragment of the hidden digits finds nobody
    qtbot.waitUntil(lambda: view.model().rowCount() == 0)


def test_a_pemantau_reads_the_change_history_masked(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.core.conftest import member_input
    from wksbm_desktop.core.services.members import create_member

    database = main_window.database
    with database.session() as session:  # an entry holding a whole NIK in its changes
        nik = create_member(session, member_input(9001, full_name="Warga Sejarah")).nik
    _sign_in_as(qtbot, main_window, tmp_path, monkeypatch, Role.PEMANTAU)
    history = AuditView(database, main_window)
    qtbot.addWidget(history)
    table = history.findChild(QTableView)
    assert table is not None and table.model().rowCount() > 0
    text = " ".join(_cells(table))
    assert "3671************" in text
    assert not WHOLE_NIK.search(text) and f"{nik[:4]}********{nik[-4:]}" not in text
    assert history.export_button.isHidden()  # a Pemantau exports nothing, the history neither


def test_an_operator_still_reads_whole_niks(qtbot, main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _sign_in_as(qtbot, main_window, tmp_path, monkeypatch, Role.OPERATOR)
    view = _member_table(main_window)
    qtbot.waitUntil(lambda: view.model().rowCount() == 200)
    assert len([cell for cell in _cells(view) if WHOLE_NIK.fullmatch(cell)]) >= 200
    _select_first(qtbot, main_window, view)
    assert WHOLE_NIK.search(_panel_texts(main_window))


def test_the_quick_first_page_shows_no_whole_nik_before_or_after_a_pemantau_signs_in(
    qtbot, demo_db: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(demo_db)
    make_admin(database)
    add_clerk(database, Role.PEMANTAU)
    database.dispose()
    window = create_main_window(demo_db, Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    view = _member_table(window)
    assert window.opening.is_quick and view.model().quick  # read through plain sqlite3
    assert view.model().rowCount() == 200
    assert not [cell for cell in _cells(view) if WHOLE_NIK.search(cell)]
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "siti", CLERK_PASSWORD)
    )
    gate = install_account_gate(window, Settings(tmp_path / "ui.ini"))
    window.show()
    qtbot.waitUntil(lambda: gate.account is not None)
    qtbot.waitUntil(lambda: not view.model().quick and view.model().rowCount() == 200)
    assert not [cell for cell in _cells(view) if WHOLE_NIK.search(cell)]
    window.close()
    window.database.dispose()


def test_an_operator_reads_whole_niks_after_the_masked_quick_page(
    qtbot, demo_db: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(demo_db)
    make_admin(database)
    add_clerk(database, Role.OPERATOR)
    database.dispose()
    window = create_main_window(demo_db, Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "siti", CLERK_PASSWORD)
    )
    gate = install_account_gate(window, Settings(tmp_path / "ui.ini"))
    window.show()
    qtbot.waitUntil(lambda: gate.account is not None)
    view = _member_table(window)
    qtbot.waitUntil(lambda: WHOLE_NIK.fullmatch(view.model().row_at(0).nik or "") is not None)
    window.close()
    window.database.dispose()
