"""CollectionOp: the write runs in a worker thread, commits, and announces what changed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from wksbm_desktop.core.domain.inputs import GroupInput, OfficeInput
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui import operations
from wksbm_desktop.ui.operations import RECORDS, CollectionOp, OpChanges
from wksbm_desktop.ui.operations import groups as group_ops


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "ops.db", operator="Penguji")
    with db.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
    yield db
    db.dispose()


@pytest.fixture
def announced() -> Iterator[list[tuple[object, OpChanges, object]]]:
    seen: list[tuple[object, OpChanges, object]] = []

    def note(database: object, changes: OpChanges, origin: object) -> None:
        seen.append((database, changes, origin))

    operations.changes.changed.connect(note)
    yield seen
    operations.changes.changed.disconnect(note)


def test_the_write_runs_off_the_gui_thread_and_is_announced(qtbot, database, announced) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[int] = []

    def op(session) -> str:
        threads.append(threading.get_ident())
        return create_group(session, GroupInput("KUBE Melati", "KUBE", "Ekonomi Produktif")).uuid

    uuid = CollectionOp(parent, database, op, OpChanges(groups=True), "Menyimpan…").run()
    assert threads and threads[0] != threading.get_ident()
    with database.read_session() as session:  # committed: another session sees it
        assert session.scalars(select(Group.name).where(Group.uuid == uuid)).one() == "KUBE Melati"
    assert announced == [(database, OpChanges(groups=True), parent)]


def test_a_window_closed_mid_write_still_commits_and_announces(qtbot, database, announced) -> None:
    parent = QWidget()
    started, closed = threading.Event(), threading.Event()

    def op(session) -> str:
        started.set()
        assert closed.wait(5)  # the window goes while the write is under way
        return create_group(session, GroupInput("KUBE Mawar", "KUBE", "Ekonomi Produktif")).uuid

    def close_window() -> None:
        assert started.wait(5)
        parent.deleteLater()
        qtbot.wait(20)  # deleteLater runs here: the progress dialog dies with its window
        closed.set()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, close_window)
    uuid = CollectionOp(parent, database, op, OpChanges(groups=True), "Menyimpan…").run()
    with database.read_session() as session:
        assert session.scalars(select(Group.name).where(Group.uuid == uuid)).one() == "KUBE Mawar"
    assert announced == [(database, OpChanges(groups=True), None)]  # no dead window as origin


def test_a_refused_write_raises_here_commits_nothing_and_announces_nothing(
    qtbot, database, announced
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        group_ops.save_group(None, database, None, None, _values(""))
    assert "name" in refused.value.by_field()
    assert announced == []
    with database.read_session() as session:
        assert session.scalars(select(Group)).first() is None


def test_a_group_save_names_what_it_changed(qtbot, database, announced) -> None:
    group_ops.save_group(None, database, None, None, _values("KUBE Mawar"))
    [(_db, changes, _origin)] = announced
    assert changes == OpChanges(groups=True)
    assert changes.touches(RECORDS) and not changes.touches(OpChanges(members=True))


def test_changes_combine_and_compare() -> None:
    both = OpChanges(members=True) | OpChanges(memberships=True)
    assert both == OpChanges(members=True, memberships=True)
    assert both.touches(OpChanges(groups=True, memberships=True))
    assert not both.touches(OpChanges(activities=True, office=True))
    assert not OpChanges().any and OpChanges(office=True).any
    assert not OpChanges(office=True).touches(RECORDS)  # a letter number moves no counts


def _values(name: str):
    from wksbm_desktop.ui.forms.values import GroupValues

    return GroupValues(GroupInput(name, "KUBE", "Ekonomi Produktif"))
