"""Every backup the window makes is in the change history with who made it: by hand, every 30
minutes, to a flashdisk, and the start-up copy taken before anyone signed in (issue 17)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from sqlalchemy import select

from tests.ui.test_account_screens import CLERK_PASSWORD, add_clerk, make_admin
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.models import AuditEntry, utcnow
from wksbm_desktop.core.services import accounts
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety import attach


@pytest.fixture
def said(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": messages.append(text))
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": messages.append(text))
    return messages


def backups_in_history(window) -> list[tuple[str, dict[str, list[str]]]]:  # type: ignore[no-untyped-def]
    """(operator, changes) of each backup entry, oldest first."""
    with window.database.read_session() as session:
        query = select(AuditEntry).where(AuditEntry.action == "backup").order_by(AuditEntry.id)
        return [(entry.operator, json.loads(entry.changes)) for entry in session.scalars(query)]


def test_every_backup_of_the_window_names_the_signed_in_account(
    qtbot, main_window, said, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database, Role.OPERATOR)
    accounts.sign_in(database, "siti", CLERK_PASSWORD)
    run = attach(main_window)
    main_window.findChild(QAction, "backupNow").trigger()  # by hand
    qtbot.waitUntil(lambda: len(backups_in_history(main_window)) == 1, timeout=10_000)
    run.backups.policy.changed_since_backup = True  # a save, then 30 minutes
    run.backups.policy.last_backup_at = utcnow() - timedelta(minutes=31)
    run.backups.tick()
    qtbot.waitUntil(lambda: len(backups_in_history(main_window)) == 2, timeout=10_000)
    drive = tmp_path / "FLASHDISK (E)"
    drive.mkdir()
    monkeypatch.setattr(dialogs_util, "get_folder", lambda *_a: str(drive))
    main_window.findChild(QAction, "copyBackupOutside").trigger()  # to a flashdisk
    qtbot.waitUntil(lambda: len(backups_in_history(main_window)) == 3, timeout=10_000)
    history = backups_in_history(main_window)
    assert [operator for operator, _changes in history] == ["Siti Aminah"] * 3
    assert [changes["reason"][1] for _o, changes in history] == ["manual", "otomatis", "flashdisk"]
    assert history[2][1]["folder"][1] == str(drive)
    assert all(changes["file"][1].endswith(".db") for _o, changes in history)


def test_the_start_up_backup_before_sign_in_is_named_as_the_application(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    database.sign_in(None)  # the window is still covered by the sign-in
    run = attach(main_window)
    assert run.start_daily_backup()
    qtbot.waitUntil(lambda: len(backups_in_history(main_window)) == 1, timeout=10_000)
    [(operator, changes)] = backups_in_history(main_window)
    assert operator == "otomatis (sebelum masuk)"  # not a person who was not there
    assert changes["reason"][1] == "otomatis"


def test_without_accounts_a_backup_names_the_operator_as_before(qtbot, main_window, said) -> None:  # type: ignore[no-untyped-def]
    attach(main_window)
    main_window.findChild(QAction, "backupNow").trigger()
    qtbot.waitUntil(lambda: len(backups_in_history(main_window)) == 1, timeout=10_000)
    [(operator, _changes)] = backups_in_history(main_window)
    assert operator == main_window.database.operator != "otomatis (sebelum masuk)"


def test_a_restore_names_the_admin_and_the_restored_window_asks_to_sign_in_again(
    qtbot, demo_db: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_account_screens import ADMIN_PASSWORD
    from wksbm_desktop.core.storage.backup import backup_now
    from wksbm_desktop.ui.accounts import gate as gate_module
    from wksbm_desktop.ui.accounts.gate import install_account_gate
    from wksbm_desktop.ui.main_window import create_main_window
    from wksbm_desktop.ui.safety import restore_dialog
    from wksbm_desktop.ui.settings import Settings

    window = create_main_window(demo_db, Settings(tmp_path / "ui.ini"))
    make_admin(window.database)
    earlier = backup_now(demo_db, "manual")
    asked: list[str] = []

    def sign_in(_parent, db, _last):  # type: ignore[no-untyped-def]
        asked.append(db.target)
        return accounts.sign_in(db, "lurah", ADMIN_PASSWORD)

    monkeypatch.setattr(gate_module, "ask_sign_in", sign_in)
    install_account_gate(window, window.settings)
    run = attach(window)
    window.show()
    qtbot.waitUntil(lambda: window.account_gate.account is not None)
    said: list[str] = []
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _parent, _db: earlier.path)
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": said.append(text))
    window.findChild(QAction, "restoreBackup").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    try:
        restored = run.window
        assert restored is not window
        qtbot.waitUntil(lambda: restored.account_gate.account is not None, timeout=10_000)
        assert len(asked) == 2  # once at start, once for the restored file
        with restored.database.read_session() as session:
            query = select(AuditEntry.operator).where(AuditEntry.action == "restore")
            assert session.scalars(query).all() == ["Budi Santoso"]
    finally:
        run.window.close()
        run.finish(clean=True)
        window.database.dispose()
