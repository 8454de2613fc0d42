"""Anggota → Anonimkan: a strong confirmation, then the member's personal data is gone for good."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import select

from tests.ui.conftest import tab_of
from wksbm_desktop.core.models import AuditEntry, Member
from wksbm_desktop.core.queries import stats
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import MEMBERS


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs_util, "ask_confirmation", lambda _p, text, _t="": asked.append(text)
    )
    return asked


def counts(window) -> dict[str, int]:
    with window.database.read_session() as session:
        return stats.counts(session)


def test_anonimkan_is_in_the_row_menu_not_on_the_toolbar(qtbot, main_window):
    """Irreversible: away from Arsip on the toolbar, in the row's own menu (issue 12, 9)."""
    tab = tab_of(main_window, MEMBERS)
    assert tab.anonymise_action.objectName() == "memberAnonymise"
    assert tab.anonymise_action not in tab.toolbar.actions()
    tab.select_row(0)
    menu = tab.row_menu()
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == ["memberEdit", "memberArchive", "memberAnonymise"]
    assert menu.actions()[-2].isSeparator()  # set apart from the everyday entries
    tab.table.setCurrentIndex(QModelIndex())
    assert not tab.anonymise_action.isEnabled()  # nothing selected
    tab.select_row(0)
    assert tab.anonymise_action.isEnabled()


def test_declining_keeps_everything(qtbot, main_window, questions):
    tab = tab_of(main_window, MEMBERS)
    tab.select_row(0)
    name = tab.current_row().full_name
    tab.anonymise_action.trigger()
    [question] = questions
    assert name in question and "TIDAK BISA DIBATALKAN" in question and "UU PDP" in question
    assert tab.current_row().full_name == name


def test_anonymising_keeps_counts_and_shows_anonim(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    tab = tab_of(main_window, MEMBERS)
    tab.select_row(0)
    row = tab.current_row()
    before = counts(main_window)
    changed: list[bool] = []
    tab.changed.connect(lambda: changed.append(True))
    tab.anonymise_action.trigger()
    after_row = tab.current_row()
    assert after_row.uuid == row.uuid and after_row.full_name == "Anonim"
    assert row.nik not in after_row.nik and not after_row.nik.isdigit()
    assert counts(main_window) == before and changed == [True]
    assert not tab.anonymise_action.isEnabled()  # a second time makes no sense
    with main_window.database.read_session() as session:
        member = session.scalars(select(Member).where(Member.uuid == row.uuid)).one()
        assert member.anonymised_at is not None and member.full_name == "Anonim"
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_uuid == row.uuid)
        ).all()
    assert "anonymise" in actions
    history = tab.detail.history.model
    assert history.index(0, 2).data() == "Anonimkan"
    assert row.nik not in " ".join(history.index(r, 3).data() for r in range(history.rowCount()))
