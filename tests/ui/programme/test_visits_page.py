"""The Kunjungan page and its form: a follow-up under way must say what it is, the groups not
visited for six months are listed (and leave the list once visited), archive and restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries.visits import VisitRow, group_visits, groups_without_visit
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.programme import visits_page
from wksbm_desktop.ui.programme.visit_form import VisitDialog
from wksbm_desktop.ui.programme.visits_page import VisitsPage

TODAY = date(2025, 6, 15)  # the demo's day (tests/ui/conftest.py)


@pytest.fixture
def database(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(visits_page, "today", lambda: TODAY)
    db = open_database(demo_db)
    yield db
    db.dispose()


def visits_of(database: Database, uuid: str, archived: bool = False) -> list[VisitRow]:
    with database.read_session() as session:
        return group_visits(session, uuid, archived=archived)


def a_group(database: Database) -> str:
    with database.read_session() as session:
        uuid = session.scalar(
            select(Group.uuid).where(Group.archived_at.is_(None)).order_by(Group.id)
        )
    assert uuid is not None
    return uuid


def answer_form(monkeypatch: pytest.MonkeyPatch, fill: Callable[[VisitDialog], None]) -> list:
    seen: list[VisitDialog] = []

    def run(dialog: VisitDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        return dialog.save()

    monkeypatch.setattr(form_base, "exec_dialog", run)
    return seen


def page_for(qtbot, database: Database, uuid: str | None) -> VisitsPage:
    page = VisitsPage(database)
    qtbot.addWidget(page)
    page.show_group(uuid)
    return page


def test_a_follow_up_under_way_must_say_what_it_is(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = a_group(database)
    page = page_for(qtbot, database, uuid)
    before = len(visits_of(database, uuid))

    refused: list[str] = []

    def fill(dialog: VisitDialog) -> None:
        dialog.visited_on.set_date(date(2025, 6, 10))
        dialog.facilitator.setText("Bu Wati (TKSK)")
        dialog.findings.setPlainText("Pembukuan kas belum rutin.")
        dialog.recommendations.setPlainText("Buku kas diisi setiap pertemuan.")
        dialog.status.set_key("proses")
        assert not dialog.save()  # refused: the form stays open with its message
        message = dialog.errors.label_for("follow_up")
        assert message is not None and message.isVisibleTo(dialog)
        refused.append(message.text())
        assert dialog.findings.toPlainText() == "Pembukuan kas belum rutin."  # input kept
        assert len(visits_of(database, uuid)) == before
        dialog.follow_up_text.setPlainText("Bendahara dilatih mengisi buku kas.")

    seen = answer_form(monkeypatch, fill)
    page.add_button.click()
    assert refused and "Tuliskan tindak lanjutnya" in refused[0]
    assert seen[0].saved_uuid is not None
    saved = visits_of(database, uuid)[0]
    assert (saved.visited_on, saved.facilitator, saved.follow_up_status) == (
        date(2025, 6, 10), "Bu Wati (TKSK)", "proses")  # fmt: skip
    page.reload(select=saved.uuid)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[:3] == ["10-06-2025", "Bu Wati (TKSK)", "Sedang diproses"]
    assert "Bendahara dilatih" in page.full.text()


def test_groups_without_a_visit_are_listed_and_leave_the_list_once_visited(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(qtbot, database, None)
    with database.read_session() as session:
        expected = groups_without_visit(session, TODAY)
    assert expected, "the demo has groups not visited for six months"
    assert [g.uuid for g in page.unvisited] == [g.uuid for g in expected]
    assert page.unvisited_model.rowCount() == len(expected)
    assert f"{len(expected)} kelompok" in page.unvisited_box.title()
    first = expected[0]
    never = "Belum pernah" if first.last_visit is None else first.last_visit.strftime("%d-%m-%Y")
    assert page.unvisited_model.index(0, 1).data() == never
    # Double-clicking asks the window to choose the group; then a visit is recorded for it.
    chosen: list[str] = []
    page.group_requested.connect(chosen.append)
    page._on_unvisited_chosen(page.unvisited_model.index(0, 0))
    assert chosen == [first.uuid]
    page.show_group(first.uuid)

    def fill(dialog: VisitDialog) -> None:
        dialog.facilitator.setText("Pak Darto")
        dialog.findings.setPlainText("Kelompok aktif, pertemuan bulanan berjalan.")

    answer_form(monkeypatch, fill)
    page.add_button.click()
    assert first.uuid not in [g.uuid for g in page.unvisited]
    assert page.unvisited_model.rowCount() == len(expected) - 1


def test_archive_then_restore_a_visit(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.read_session() as session:
        uuid = next(
            u for u in session.scalars(select(Group.uuid).order_by(Group.id))
            if group_visits(session, u)
        )  # fmt: skip
    page = page_for(qtbot, database, uuid)
    target = page.rows[0]
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a, **_k: True)
    page.table.selectRow(0)
    page.archive_button.click()
    assert target.uuid not in [v.uuid for v in visits_of(database, uuid)]
    page.show_archived.setChecked(True)
    assert target.uuid in [r.uuid for r in page.rows]
    page.table.selectRow([r.uuid for r in page.rows].index(target.uuid))
    page.restore_button.click()
    assert target.uuid in [v.uuid for v in visits_of(database, uuid)]
    assert target.uuid not in [v.uuid for v in visits_of(database, uuid, archived=True)]


def test_a_pemantau_sees_visits_and_the_list_but_no_buttons(qtbot, database: Database) -> None:
    database.sign_in(SignedIn(9, "pantau", "Rina Pemantau", Role.PEMANTAU))
    page = page_for(qtbot, database, a_group(database))
    assert page.unvisited  # whom to visit next is for reading too
    for button in (page.add_button, page.edit_button, page.archive_button, page.restore_button):
        assert not button.isVisibleTo(page)
    page.add_record()  # a shortcut or a stray call changes nothing either
    assert page.rows == visits_of(database, page.group_uuid or "")


def test_an_archived_group_s_visits_are_read_only(qtbot, database: Database) -> None:
    from wksbm_desktop.ui.operations.groups import archive_group

    uuid = a_group(database)
    with database.read_session() as session:
        version = session.scalar(select(Group.version).where(Group.uuid == uuid))
    archive_group(None, database, uuid, version or 1)
    page = page_for(qtbot, database, uuid)
    assert "diarsipkan" in page.heading.text()
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
