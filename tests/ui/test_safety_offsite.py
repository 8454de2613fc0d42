"""Berkas → Salin cadangan ke flashdisk…, its reminder, and asking before a new database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.test_safety_startup import Dialogs
from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage import offsite
from wksbm_desktop.core.storage.backup import backup_now, list_backups
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety import attach, startup


@pytest.fixture
def said(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": messages.append(text))
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": messages.append(text))
    return messages


@pytest.fixture
def drive(tmp_path: Path, monkeypatch) -> Path:
    """The folder the operator picks in the folder chooser."""
    folder = tmp_path / "FLASHDISK (E)"
    folder.mkdir()
    monkeypatch.setattr(dialogs_util, "get_folder", lambda _p, _title, _start: str(folder))
    return folder


def test_the_action_sits_in_the_backup_section_of_berkas(main_window):
    attach(main_window)
    names = [action.objectName() for action in main_window.file_menu.actions()]
    assert names.index("restoreBackup") < names.index("copyBackupOutside")
    assert names.index("copyBackupOutside") < names.index("officeSettings")
    action = main_window.findChild(QAction, "copyBackupOutside")
    assert action.text() == "Salin cadangan ke flashdisk…"


def test_copying_to_a_flashdisk_checks_the_copy_and_says_so(qtbot, main_window, said, drive):
    run = attach(main_window)
    db_path = main_window.database.path
    main_window.findChild(QAction, "copyBackupOutside").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    [copy] = drive.glob("*.db")
    [backup] = list_backups(db_path)
    assert offsite.file_checksum(copy) == offsite.file_checksum(backup.path)
    assert copy.name in said[0] and "sudah diperiksa" in said[0] and str(drive) in said[0]
    assert offsite.last_offsite_copy(db_path).path == str(copy)
    assert not run.backups.busy
    # The status bar's last-backup text follows the backup made for the copy.
    assert "belum ada" not in main_window.backup_label.text()


def test_cancelling_the_folder_chooser_copies_nothing(qtbot, main_window, said, monkeypatch):
    attach(main_window)
    monkeypatch.setattr(dialogs_util, "get_folder", lambda *_args: None)
    main_window.findChild(QAction, "copyBackupOutside").trigger()
    assert said == [] and list_backups(main_window.database.path) == []


def test_a_refused_folder_gets_a_plain_message(qtbot, main_window, said, monkeypatch):
    attach(main_window)
    inside = main_window.database.path.parent
    monkeypatch.setattr(dialogs_util, "get_folder", lambda *_args: str(inside))
    main_window.findChild(QAction, "copyBackupOutside").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "flashdisk atau hard disk eksternal" in said[0]


def test_a_week_without_an_outside_copy_shows_a_gentle_reminder(
    qtbot, demo_db, said, drive, monkeypatch
):
    backup_now(demo_db, "otomatis", now=utcnow() - timedelta(days=9))
    from wksbm_desktop.ui.main_window import create_main_window

    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.opening.is_open)
    try:
        attach(window)
        reminder = window.statusBar().findChild(type(window.backup_label), "offsiteReminder")
        assert reminder.isVisible()
        assert "9 hari tanpa salinan di flashdisk" in reminder.text()
        assert "Salin sekarang" in reminder.text()
        qtbot.wait(100)
        window.grab().save("/tmp/storage-reminder.png")
        reminder.linkActivated.emit("copy")  # the link in the status bar starts the copy
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
        assert list(drive.glob("*.db")) and not reminder.isVisible()
    finally:
        window.close()
        window.database.dispose()


def test_no_reminder_right_after_a_copy(qtbot, main_window, drive, said):
    backup_now(main_window.database.path, "otomatis", now=utcnow() - timedelta(days=30))
    offsite.copy_outside(main_window.database.path, drive)
    run = attach(main_window)
    assert not run.backups.offsite.reminder.isVisible()


# --- the GUI creates a database only after asking --------------------------------------------


def test_a_missing_database_is_created_only_after_asking(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "baru" / "wksbm.db"
    dialogs = Dialogs(monkeypatch, answer=False)
    outcome = startup.begin(str(path))
    assert outcome.exit_code == 1 and not outcome.may_open
    [question] = dialogs.questions
    assert str(path) in question and "Buat database baru" in question
    assert not path.exists()
    dialogs.answer = True
    outcome = startup.begin(str(path))
    try:
        assert outcome.may_open
    finally:
        outcome.run.finish()


def test_an_existing_database_opens_without_a_question(qtbot, demo_db, monkeypatch):
    dialogs = Dialogs(monkeypatch, answer=False)
    outcome = startup.begin(str(demo_db))
    try:
        assert outcome.may_open and dialogs.questions == []
    finally:
        outcome.run.finish()
