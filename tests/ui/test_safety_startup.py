"""Start-up: damaged files never written, network shares refused, the run marked and unmarked."""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from wksbm_desktop import app
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.storage.backup import backup_now
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.core.storage.health import LocationVerdict, running_marker, was_unclean
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety import startup


class Dialogs:
    """Records what the start-up dialogs said; ``answer`` is the reply to the question."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answer = answer
        monkeypatch.setattr(dialogs_util, "show_error", lambda _p, m, _t="": self.errors.append(m))
        monkeypatch.setattr(dialogs_util, "show_info", lambda _p, m, _t="": self.infos.append(m))
        monkeypatch.setattr(dialogs_util, "ask_confirmation", self._ask)

    def _ask(self, _parent: object, text: str, _title: str = "") -> bool:
        self.questions.append(text)
        return self.answer


def corrupt(path: Path) -> bytes:
    """Overwrite the middle of the file (the table pages), as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 100 : offset + 400] = b"\xde\xad" * 150
    path.write_bytes(bytes(data))
    return bytes(data)


def counts_of(path: Path) -> dict[str, int]:
    database = open_database(path)
    try:
        with database.read_session() as session:
            return stats.counts(session)
    finally:
        database.dispose()


@pytest.fixture
def damaged_with_backup(demo_db: Path) -> tuple[Path, Path, bytes]:
    backup = backup_now(demo_db, "otomatis", now=datetime(2025, 6, 14, 1, 0, 0))
    return demo_db, backup.path, corrupt(demo_db)


def test_a_damaged_database_is_refused_and_never_written(qtbot, damaged_with_backup, monkeypatch):
    db_path, backup, damaged = damaged_with_backup
    dialogs = Dialogs(monkeypatch, answer=False)
    outcome = startup.begin(str(db_path))
    assert not outcome.may_open and outcome.exit_code == 1
    assert db_path.read_bytes() == damaged  # not one byte written
    assert not running_marker(db_path).exists()
    [question] = dialogs.questions
    assert "Database rusak" in question and str(backup) in question  # the backup is offered
    assert "wksbm-rusak-" in question
    kept = list(db_path.parent.glob("wksbm-rusak-*.db"))
    assert kept and kept[0].read_bytes() == damaged
    assert "tidak diubah" in dialogs.infos[0]
    # The lock is released: the next start may try again.
    assert startup.begin(str(db_path)).exit_code == 1


def test_consenting_restores_the_newest_backup_and_opens(qtbot, damaged_with_backup, monkeypatch):
    db_path, backup, damaged = damaged_with_backup
    dialogs = Dialogs(monkeypatch, answer=True)
    outcome = startup.begin(str(db_path))
    try:
        assert outcome.may_open
        assert db_path.read_bytes() != damaged
        assert counts_of(db_path) == counts_of(backup)
        assert "dipulihkan dari cadangan" in dialogs.infos[0]
        assert any(p.read_bytes() == damaged for p in db_path.parent.glob("wksbm-rusak-*.db"))
        assert was_unclean(db_path)  # the run is marked from here on
    finally:
        outcome.run.finish(clean=True)
    assert not was_unclean(db_path)


def test_damaged_without_any_backup_says_whom_to_call(qtbot, demo_db, monkeypatch):
    damaged = corrupt(demo_db)
    dialogs = Dialogs(monkeypatch, answer=True)
    assert startup.begin(str(demo_db)).exit_code == 1
    assert dialogs.questions == [] and "Tidak ada cadangan yang sehat" in dialogs.errors[0]
    assert demo_db.read_bytes() == damaged


def test_a_network_share_is_refused_before_anything_opens(qtbot, demo_db, monkeypatch):
    dialogs = Dialogs(monkeypatch, answer=True)
    refusal = "Database tidak boleh disimpan di folder jaringan (\\\\server\\data)."
    monkeypatch.setattr(startup, "check_location", lambda _p: LocationVerdict(refusal=refusal))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before = demo_db.read_bytes()
    assert app.main(["--db", str(demo_db)]) == 1
    assert dialogs.errors == [refusal]
    assert demo_db.read_bytes() == before and not running_marker(demo_db).exists()


def test_removable_and_cloud_folders_are_warned_about_but_open(qtbot, demo_db, monkeypatch):
    dialogs = Dialogs(monkeypatch, answer=True)
    warning = "Database berada di folder yang disinkronkan ke internet (OneDrive)."
    monkeypatch.setattr(startup, "check_location", lambda _p: LocationVerdict(warnings=(warning,)))
    outcome = startup.begin(str(demo_db))
    try:
        assert outcome.may_open and dialogs.errors == [warning]
    finally:
        outcome.run.finish()


def test_after_an_unclean_exit_the_full_check_is_noted(qtbot, demo_db, monkeypatch):
    Dialogs(monkeypatch, answer=True)
    running_marker(demo_db).write_text("123 kemarin\n")
    outcome = startup.begin(str(demo_db))
    try:
        assert outcome.may_open
        assert "tidak ditutup dengan benar" in outcome.run.notice
    finally:
        outcome.run.finish()


# --- The check after the window shows (a clean previous exit) ---------------------------------


def corrupt_members(path: Path) -> bytes:
    """Damage the pages of the member list only: the office and the revision still read."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_members_live_name'"
        ).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xde\xad" * ((page_size - 8) // 2)
    path.write_bytes(bytes(data))
    return bytes(data)


def show_window(qtbot, outcome: startup.StartupOutcome, tmp_path: Path, register: bool = True):
    from wksbm_desktop.ui import settings as ui_settings
    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.opening import DatabaseOpening

    run = outcome.run
    assert run is not None and run.db_path is not None
    settings = ui_settings.Settings(tmp_path / "ui.ini")
    settings.set(ui_settings.CURRENT_TAB, 2)
    opening = DatabaseOpening.for_target(run.db_path, write_hold=run.write_hold)
    window = MainWindow(opening, settings)
    if register:  # a window that a restore replaces is deleted by the run itself
        qtbot.addWidget(window)
    run.attach(window)
    window.show()
    run.window_shown()
    return window


def test_a_clean_start_checks_after_the_window_shows_and_holds_writes_until_then(
    qtbot, demo_db, monkeypatch, tmp_path
):
    Dialogs(monkeypatch, answer=True)
    outcome = startup.begin(str(demo_db))
    run = outcome.run
    try:
        assert outcome.may_open and run.write_hold is not None and not run.write_hold.settled
        assert was_unclean(demo_db)  # the run is marked before the window opens
        window = show_window(qtbot, outcome, tmp_path)
        assert window.member_tab.model.rowCount() > 0
        qtbot.waitUntil(lambda: run.write_hold.passed, timeout=10_000)
        qtbot.waitUntil(lambda: run.backups is not None, timeout=10_000)
        from tests.core.conftest import Make
        from wksbm_desktop.core.services.members import create_member

        with window.database.session() as session:  # writes go ahead once checked
            create_member(session, Make().member(1))
        window.close()
        window.opening.dispose()
    finally:
        run.finish(clean=True)
    assert not was_unclean(demo_db)


def test_an_unclean_exit_still_checks_fully_before_opening(qtbot, demo_db, monkeypatch):
    Dialogs(monkeypatch, answer=True)
    running_marker(demo_db).write_text("123 kemarin\n")
    assert not startup.may_check_later(demo_db)
    outcome = startup.begin(str(demo_db))
    try:
        assert outcome.run.write_hold is None  # checked already: nothing held
    finally:
        outcome.run.finish()


def test_damage_found_after_the_window_shows_closes_it_and_writes_nothing(
    qtbot, demo_db, monkeypatch, tmp_path
):
    damaged = corrupt_members(demo_db)
    dialogs = Dialogs(monkeypatch, answer=False)
    outcome = startup.begin(str(demo_db))
    run = outcome.run
    assert run.write_hold is not None  # office and revision read fine: checked later
    try:
        window = show_window(qtbot, outcome, tmp_path)
        qtbot.waitUntil(lambda: run.exit_code == 1, timeout=10_000)
        assert run.write_hold.settled and not run.write_hold.passed
        assert not window.isVisible()
        assert demo_db.read_bytes() == damaged  # not one byte written
        kept = list(demo_db.parent.glob("wksbm-rusak-*.db"))
        assert kept and kept[0].read_bytes() == damaged
        assert "rusak" in dialogs.errors[0]
        assert any("Tidak ada cadangan yang sehat" in m for m in dialogs.errors[1:])
    finally:
        run.finish(clean=True)


def test_damage_found_later_offers_the_backup_and_reopens_on_it(
    qtbot, demo_db, monkeypatch, tmp_path
):
    backup = backup_now(demo_db, "otomatis", now=datetime(2025, 6, 14, 1, 0, 0))
    damaged = corrupt_members(demo_db)
    dialogs = Dialogs(monkeypatch, answer=True)
    outcome = startup.begin(str(demo_db))
    run = outcome.run
    try:
        first = show_window(qtbot, outcome, tmp_path, register=False)
        qtbot.waitUntil(lambda: run.window is not first, timeout=10_000)
        assert str(backup.path) in dialogs.questions[0]
        assert demo_db.read_bytes() != damaged
        assert counts_of(demo_db) == counts_of(backup.path)
        assert run.window.member_tab.model.rowCount() > 0 and run.exit_code == 0
        assert run.write_hold is None  # the restored file was checked before it went in
        run.window.close()
    finally:
        run.finish(clean=True)


def test_main_ends_with_an_error_code_when_the_later_check_finds_damage(
    qtbot, demo_db, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    damaged = corrupt_members(demo_db)
    dialogs = Dialogs(monkeypatch, answer=False)
    monkeypatch.setattr("wksbm_desktop.logs.setup_logging", lambda *a, **k: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    QTimer.singleShot(20_000, QApplication.instance().quit)  # never hang the suite
    assert app.main(["--db", str(demo_db)]) == 1
    assert demo_db.read_bytes() == damaged
    assert "rusak" in dialogs.errors[0] and not running_marker(demo_db).exists()
