"""The views follow an operation: the list, the other lists, the counts, dashboard and detail."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.ui.conftest import tab_of
from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.services.groups import create_group, update_group
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms import GroupDialog, base
from wksbm_desktop.ui.main_window import DASHBOARD, GROUPS, MEMBERS
from wksbm_desktop.ui.operations import groups as group_ops


def _status(window) -> str:
    return window.findChild(QLabel, "statusCounts").text()


def _figure(window, name: str) -> str:
    dashboard = tab_of(window, DASHBOARD)
    return dashboard.figure(name)


def _member_in_a_group(window) -> tuple[str, str]:
    with window.database.read_session() as session:
        member_uuid, group_uuid = session.execute(
            select(Member.uuid, Group.uuid)
            .join(Membership, Membership.member_id == Member.id)
            .join(Group, Group.id == Membership.group_id)
            .where(Membership.ended_on.is_(None), Member.archived_at.is_(None))
            .order_by(Member.id)
        ).first()
    return member_uuid, group_uuid


def test_archiving_a_member_refreshes_every_view_that_shows_members(
    qtbot, main_window, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *a, **k: True)
    qtbot.waitUntil(lambda: _figure(main_window, "figureMembersP") != "…", timeout=10_000)
    women_before = _figure(main_window, "figureMembersP")
    men_before = _figure(main_window, "figureMembersL")
    member_uuid, group_uuid = _member_in_a_group(main_window)
    groups_tab = tab_of(main_window, GROUPS)
    assert groups_tab.select_uuid(group_uuid)
    in_group_before = groups_tab.current_row().member_count
    members_tab = tab_of(main_window, MEMBERS)
    assert members_tab.select_uuid(member_uuid)
    assert "300 anggota" in _status(main_window)

    main_window.findChild(QAction, "memberArchive").trigger()

    assert members_tab.model.row_of(member_uuid) is None  # the list itself
    assert "299 anggota" in _status(main_window)  # the status bar
    tab_of(main_window, GROUPS)  # the group list, refreshed when shown: one member fewer
    assert groups_tab.select_uuid(group_uuid)
    assert groups_tab.current_row().member_count == in_group_before - 1
    qtbot.waitUntil(  # the dashboard's counters
        lambda: (
            (_figure(main_window, "figureMembersP"), _figure(main_window, "figureMembersL"))
            != (women_before, men_before)
        ),
        timeout=10_000,
    )


def test_a_save_in_the_form_refreshes_the_open_detail_pane(qtbot, main_window, monkeypatch) -> None:
    tab = tab_of(main_window, GROUPS)
    tab.select_row(0)
    uuid = tab.current_uuid()
    heading = tab.detail.heading
    assert "KUBE Berganti Nama" not in heading.text()

    def fill_and_save(dialog: GroupDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name.setText("KUBE Berganti Nama")
        assert dialog.save()
        return True

    monkeypatch.setattr(base, "exec_dialog", fill_and_save)
    main_window.findChild(QAction, "groupEdit").trigger()

    assert tab.current_uuid() == uuid
    assert "KUBE Berganti Nama" in tab.detail.heading.text()
    assert tab.current_row().name == "KUBE Berganti Nama"


def test_a_version_conflict_on_archive_shows_the_indonesian_message(
    main_window, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *a, **k: True)
    shown: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _parent, text, *a: shown.append(text))
    tab = tab_of(main_window, GROUPS)
    tab.select_row(0)
    row = tab.current_row()
    with main_window.database.session(operator="Operator Lain") as session:
        changed = GroupInput(row.name, row.type, row.sector, phone="0812345678")
        update_group(session, row.uuid, changed)

    main_window.findChild(QAction, "groupArchive").trigger()

    [message] = shown
    assert "sudah diubah oleh Operator Lain" in message and "kelompok" in message
    assert tab.model.row_of(row.uuid) is not None  # still in the list: nothing was archived


def test_a_change_in_another_database_leaves_this_window_alone(
    qtbot, main_window, tmp_path
) -> None:
    other = open_database(tmp_path / "lain.db", operator="Penguji")
    changed: list[bool] = []
    main_window.data_changed.connect(lambda: changed.append(True))
    before = _status(main_window)
    with other.session() as session:
        uuid = create_group(session, GroupInput("KUBE Lain", "KUBE", "Ekonomi Produktif")).uuid
    group_ops.archive_group(None, other, uuid, 1)
    other.dispose()
    assert changed == [] and _status(main_window) == before
