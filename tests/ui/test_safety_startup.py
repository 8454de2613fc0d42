"""Start-up: damaged files never written, network shares refused, the run marked and unmarked."""

from __future__ import annotations

import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from wksbm_desktop import app
from wksbm_desktop.core import stats
from wksbm_desktop.core.backup import backup_now
from wksbm_desktop.core.db import open_database
from wksbm_desktop.core.health import LocationVerdict, running_marker, was_unclean
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
