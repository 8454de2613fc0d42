"""One run of the application: its lock, its database file, and the window it serves."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.storage.db import WriteHold
from wksbm_desktop.core.storage.health import QuickCheck, mark_clean_exit
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety.single_instance import SingleInstance, bring_forward

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.restore import RestoreResult
    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.opening import DatabaseOpening
    from wksbm_desktop.ui.safety.backup_actions import BackupActions

_log = logging.getLogger(__name__)
EXIT_DAMAGED = 1


class _CheckAnswer(QObject):
    """Carries the background check's verdict to the GUI thread."""

    done = Signal(object)  # None (healthy), "" (stopped) or SQLite's complaint


class SafetyRun:
    """Made by start-up (or by ``attach`` in tests); follows the window across a restore.

    With a ``write_hold`` the file's ``quick_check`` runs in the background once the window
    shows (``window_shown``); until it passes, saves wait (core.db.WriteHold), and if it fails
    the window closes and the damaged-file flow of start-up takes over.
    """

    def __init__(
        self,
        db_path: Path | None,
        instance: SingleInstance | None = None,
        notice: str = "",
        write_hold: WriteHold | None = None,
    ) -> None:
        self.db_path = db_path
        self.instance = instance
        self.notice = notice
        self.write_hold = write_hold
        self.window: MainWindow | None = None
        self.backups: BackupActions | None = None
        self.exit_code = 0
        self._daily_backup_due = False
        self._extra_openings: list[DatabaseOpening] = []
        self._check: QuickCheck | None = None
        self._check_thread: threading.Thread | None = None
        self._answer = _CheckAnswer()
        self._answer.done.connect(self._on_checked)
        if instance is not None:
            instance.on_request(lambda: bring_forward(self.window))

    def attach(self, window: MainWindow) -> None:
        """Add the backup and audit menus, the timer and the status text to ``window``.

        The backup menu (which imports the data layer) is added once the window has opened
        its database: right after its first paint when it started quickly.
        """
        self.window = window
        self.backups = None
        self._add_audit_action(window)
        if self.db_path is not None:
            if window.opening.is_open:
                self._add_backups(window)
            else:
                window.opened.connect(lambda: self._add_backups(window))
        if self.notice:
            window.statusBar().showMessage(self.notice, 15000)
            self.notice = ""

    def window_shown(self) -> None:
        """Once the window has painted: check the file if that waited, then the daily backup."""
        if self.window is None or self.window.painted:
            self._after_paint()
        else:
            self.window.first_painted.connect(self._after_paint)

    def _after_paint(self) -> None:
        if self.write_hold is not None and not self.write_hold.settled:
            self.start_check()
        else:
            self.start_daily_backup()

    def start_check(self) -> None:
        """``PRAGMA quick_check`` in a background thread; the verdict arrives on the GUI thread."""
        if self.db_path is None or self._check is not None:
            return
        check = QuickCheck(self.db_path)
        self._check = check
        if self.window is not None:
            self.window.statusBar().showMessage(t("ui_safety.startup.checking"))

        def work() -> None:
            self._answer.done.emit(check.run())

        self._check_thread = threading.Thread(target=work, name="wksbm-quick-check", daemon=True)
        self._check_thread.start()

    def _stop_check(self) -> None:
        if self._check is not None:
            self._check.stop()
        if self._check_thread is not None:
            self._check_thread.join(timeout=10)
        self._check = self._check_thread = None

    def _on_checked(self, problem: str | None) -> None:
        if self._check is None or problem == "":
            return  # stopped: the application is closing, or the file was replaced
        self._check = None
        if problem is None:
            self._on_healthy()
        else:
            self._on_damaged(problem)

    def _on_healthy(self) -> None:
        if self.write_hold is not None:
            self.write_hold.release()
        window = self.window
        if window is not None:
            window.statusBar().clearMessage()
            if window.opening.is_open:
                _refresh_statistics(window.opening)
            else:
                window.opened.connect(lambda: _refresh_statistics(window.opening))
        self.start_daily_backup()

    def _on_damaged(self, problem: str) -> None:
        """As at start-up: nothing is written, a copy is kept, the newest good backup offered."""
        from wksbm_desktop.core.storage.health import damaged_report
        from wksbm_desktop.ui.safety.restore_dialog import recover

        _log.error("database failed its background start-up check: %s", problem)
        if self.write_hold is not None:
            self.write_hold.refuse(problem)
        old = self.window
        if old is not None:
            old.abandon()  # no connection left on the file before it is copied
            dialogs_util.show_error(
                None, t("ui_safety.startup.damaged_closing"), t("ui_safety.startup.damaged_title")
            )
        assert self.db_path is not None
        if old is not None and recover(damaged_report(self.db_path, problem)):
            self.write_hold = None
            self.reopen(old, None)
            return
        self.exit_code = EXIT_DAMAGED
        if old is not None:
            old.close()  # the last window: the application ends, with exit_code

    def _add_backups(self, window: MainWindow) -> None:
        from wksbm_desktop.ui.safety.backup_actions import BackupActions

        if self.window is not window or self.db_path is None or self.backups is not None:
            return
        self.backups = BackupActions(window, self.db_path, self.reopen)
        if self._daily_backup_due:
            self._daily_backup_due = False
            self.backups.start_daily_backup()

    def start_daily_backup(self) -> bool:
        """Called once the window shows: the start-up backup runs in the background.

        Before the backup menu is there (the window opens its database a moment after its
        first paint) the backup is remembered and starts with the menu.
        """
        if self.backups is None:
            self._daily_backup_due = self.db_path is not None
            return False
        return self.backups.start_daily_backup()

    def _add_audit_action(self, window: MainWindow) -> None:
        window.data_menu.addSeparator()
        action = QAction(t("ui_safety.audit.action"), window)
        action.setObjectName("auditView")
        action.triggered.connect(lambda _checked=False: self.show_audit())
        window.data_menu.addAction(action)

    def show_audit(self) -> None:
        from wksbm_desktop.ui.audit_view import open_audit_view

        if self.window is not None:
            open_audit_view(self.window)

    def reopen(self, old: MainWindow, result: RestoreResult | None) -> MainWindow | None:
        """After a restore: a new window over the restored file, then the old one closes."""
        from wksbm_desktop.ui.main_window import create_main_window
        from wksbm_desktop.ui.safety.backup_actions import restore_summary

        # The restored file was checked before it went in; a check of the old one is moot.
        self._stop_check()
        if self.write_hold is not None and not self.write_hold.settled:
            self.write_hold.release()
        old.save_settings()
        try:
            window = create_main_window(old.opening.target, old.settings)
        except WksbmError as error:
            message = t("ui_safety.restore.reopen_failed", message=error.message)
            dialogs_util.show_error(old, message)
            return None
        self._extra_openings.append(window.opening)
        if getattr(old, "account_gate", None) is not None:
            from wksbm_desktop.ui.accounts.gate import install_account_gate

            # The restored file holds its own accounts (perhaps older ones, other passwords):
            # the window stays covered until someone signs in to it, as at start-up.
            install_account_gate(window, old.settings)
        self.attach(window)
        window.show()
        old.close()
        old.deleteLater()
        if result is not None:
            title = t("ui_safety.restore.done_title")
            dialogs_util.show_info(window, restore_summary(result), title)
        return window

    def finish(self, clean: bool = True) -> None:
        """At the end of the run: close reopened databases, clear the marker, drop the lock."""
        self._stop_check()
        for opening in self._extra_openings:
            opening.dispose()
        self._extra_openings.clear()
        if clean and self.db_path is not None:
            mark_clean_exit(self.db_path)
        if self.instance is not None:
            self.instance.release()


def _refresh_statistics(opening: DatabaseOpening) -> None:
    """Planner statistics wait for the check (ANALYZE writes): refreshed once it passed."""
    from wksbm_desktop.core.storage.sqlite_stats import refresh_if_stale

    if opening.is_open:
        refresh_if_stale(opening.get().engine)


def attach(window: MainWindow, run: SafetyRun | None = None) -> SafetyRun:
    """Give a main window its safety features; without a start-up run, one is made for it."""
    run = run or SafetyRun(window.database.path)
    run.attach(window)
    return run
