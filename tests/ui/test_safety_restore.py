"""Berkas → Pulihkan dari cadangan: the list of backups, and a restore that brings the data back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction
from sqlalchemy import select

from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.services.members import archive_member
from wksbm_desktop.core.storage.backup import backup_now, list_backups
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import create_main_window
from wksbm_desktop.ui.safety import attach, restore_dialog
from wksbm_desktop.ui.safety.restore_dialog import RestoreDialog


def counts_of(path: Path) -> dict[str, int]:
    database = open_database(path)
    try:
        with database.read_session() as session:
            return stats.counts(session)
    finally:
        database.dispose()


def archive_some_members(database, how_many: int = 5) -> None:
    with database.session() as session:
        for member in session.scalars(select(Member).limit(how_many)):
            archive_member(session, member.uuid, member.version)


def test_the_dialog_lists_backups_with_time_reason_size_and_counts(qtbot, demo_db, monkeypatch):
    older = backup_now(demo_db, "manual", now=datetime(2025, 6, 14, 1, 0, 0))
    newer = backup_now(demo_db, "impor", now=datetime(2025, 6, 15, 1, 0, 0))
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert cells[0][0] == restore_dialog.when_text(newer)  # newest first, local time
    assert cells[0][1] == "Sebelum impor" and cells[1][1] == "Dicadangkan manual"
    assert cells[0][2].endswith(("KB", "MB"))
    assert cells[1][4] == f"{older.counts['members']}"
    assert dialog.selected_backup().path == newer.path
    dialog.restore_button.click()
    assert dialog.chosen == newer.path


def test_other_file_takes_a_path_from_the_open_dialog(qtbot, demo_db, tmp_path, monkeypatch):
    elsewhere = tmp_path / "flashdisk.db"
    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *a: str(elsewhere))
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # no backups yet
    assert not dialog.empty_label.isHidden()
    dialog.other_button.click()
    assert dialog.chosen == elsewhere


def test_restoring_brings_back_the_earlier_data_and_keeps_the_current_state(
    qtbot, demo_db, monkeypatch
):
    # Its own window: the restore replaces it, so the shared fixture must not close it again.
    main_window = create_main_window(demo_db)
    main_window.show()
    db_path = main_window.database.path
    earlier = backup_now(db_path, "manual", now=datetime(2025, 6, 14, 1, 0, 0))
    before = counts_of(earlier.path)
    archive_some_members(main_window.database)
    main_window.on_data_changed()
    assert counts_of(db_path) != before
    run = attach(main_window)
    said: list[str] = []
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _parent, _db: earlier.path)
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": said.append(text))
    main_window.findChild(QAction, "restoreBackup").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    try:
        assert run.window is not main_window
        assert counts_of(db_path) == before
        with run.window.database.read_session() as session:
            assert stats.counts(session) == before
        assert f"{before['members']:,}".replace(",", ".") in run.window.counts_label.text()
        safety = [b for b in list_backups(db_path) if b.reason == "sebelum-pulih"]
        assert len(safety) == 1 and safety[0].counts["members"] == before["members"] - 5
        assert earlier.path.name in said[0] and safety[0].path.name in said[0]
        assert run.window.findChild(QAction, "restoreBackup") is not None
    finally:
        run.window.close()
        run.finish(clean=True)
        main_window.database.dispose()


def test_declining_the_confirmation_changes_nothing(qtbot, main_window, monkeypatch):
    db_path = main_window.database.path
    earlier = backup_now(db_path, "manual", now=datetime(2025, 6, 14, 1, 0, 0))
    archive_some_members(main_window.database)
    now = counts_of(db_path)
    run = attach(main_window)
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _parent, _db: earlier.path)
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: False)
    main_window.findChild(QAction, "restoreBackup").trigger()
    assert counts_of(db_path) == now and run.window is main_window
    assert [b.reason for b in list_backups(db_path)] == ["manual"]


def test_a_file_that_is_no_database_is_refused_in_words(qtbot, main_window, tmp_path, monkeypatch):
    junk = tmp_path / "bukan.db"
    junk.write_bytes(b"bukan database" * 100)
    run = attach(main_window)
    errors: list[str] = []
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _parent, _db: junk)
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": errors.append(text))
    main_window.findChild(QAction, "restoreBackup").trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "bukan database WKSBM" in errors[0]
    assert run.window is main_window and not run.backups.busy
    assert main_window.group_tab.model.rowCount() > 0  # the window still works on its data
