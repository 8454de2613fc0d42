"""Berkas → Cadangkan sekarang, the 30-minute timer and the status bar, on the real main window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import tab_of
from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage.backup import integrity_problem, list_backups
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import MEMBERS
from wksbm_desktop.ui.safety import attach
from wksbm_desktop.ui.safety.restore_dialog import when_text


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """Everything the info and error dialogs would have shown."""
    messages: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": messages.append(text))
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": messages.append(text))
    return messages


def test_backup_now_writes_a_verified_copy_and_updates_the_status_bar(qtbot, main_window, said):
    run = attach(main_window)
    db_path = main_window.database.path
    assert main_window.backup_label.text() == "Cadangan terakhir: belum ada"
    main_window.findChild(QAction, "backupNow").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    [backup] = list_backups(db_path)
    assert backup.reason == "manual"
    assert integrity_problem(backup.path) is None
    assert backup.counts is not None and backup.counts["members"] > 0
    assert backup.path.name in said[0]
    assert main_window.backup_label.text() == f"Cadangan terakhir: {when_text(backup)}"
    assert not run.backups.policy.changed_since_backup and not run.backups.busy


def test_the_actions_sit_in_the_backup_section_of_berkas(main_window):
    attach(main_window)
    names = [action.objectName() for action in main_window.file_menu.actions()]
    assert names.index("backupNow") < names.index("restoreBackup") < names.index("officeSettings")
    assert names.index("fileSection_backup") < names.index("backupNow")


def test_a_saved_change_makes_the_timer_take_a_backup_after_30_minutes(qtbot, main_window, said):
    run = attach(main_window)
    policy = run.backups.policy
    tab = tab_of(main_window, MEMBERS)
    tab.select_row(0)
    main_window.refresh_all()  # F5 reloads but changes nothing
    assert not policy.changed_since_backup
    tab.changed.emit()  # what every save, archive and restore in a tab emits
    assert policy.changed_since_backup
    run.backups.tick()
    assert list_backups(main_window.database.path) == []  # not yet: 30 minutes must pass
    policy.last_backup_at = utcnow() - timedelta(minutes=31)
    run.backups.tick()
    qtbot.waitUntil(lambda: not run.backups.busy, timeout=10_000)
    [backup] = list_backups(main_window.database.path)
    assert backup.reason == "otomatis"
    assert "Cadangan terakhir" in main_window.backup_label.text()
    assert not policy.changed_since_backup
    assert said == []  # automatic backups never interrupt the operator


def test_the_daily_backup_runs_only_when_the_last_is_old(qtbot, main_window):
    run = attach(main_window)
    assert run.start_daily_backup()
    qtbot.waitUntil(lambda: not run.backups.busy, timeout=10_000)
    assert len(list_backups(main_window.database.path)) == 1
    assert not run.start_daily_backup()  # the one just taken is less than a day old


def test_a_failed_backup_says_so_in_words(qtbot, main_window, said, monkeypatch):
    run = attach(main_window)
    main_window.database.path.with_name("cadangan").write_text("a file where the folder goes")
    main_window.findChild(QAction, "backupNow").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "Traceback" not in said[0] and said[0].strip()
    assert not run.backups.busy
