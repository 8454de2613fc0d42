"""One run of the application: its lock, its database file, and the window it serves."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.health import mark_clean_exit
from wksbm_desktop.core.restore import RestoreResult
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety.backup_actions import BackupActions, restore_summary
from wksbm_desktop.ui.safety.single_instance import SingleInstance, bring_forward

if TYPE_CHECKING:
    from wksbm_desktop.core.db import Database
    from wksbm_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


class SafetyRun:
    """Made by start-up (or by ``attach`` in tests); follows the window across a restore."""

    def __init__(
        self, db_path: Path | None, instance: SingleInstance | None = None, notice: str = ""
    ) -> None:
        self.db_path = db_path
        self.instance = instance
        self.notice = notice
        self.window: MainWindow | None = None
        self.backups: BackupActions | None = None
        self._extra_databases: list[Database] = []
        if instance is not None:
            instance.on_request(lambda: bring_forward(self.window))

    def attach(self, window: MainWindow) -> None:
        """Add the backup and audit menus, the timer and the status text to ``window``."""
        self.window = window
        self._add_audit_action(window)
        if self.db_path is not None:
            self.backups = BackupActions(window, self.db_path, self.reopen)
        if self.notice:
            window.statusBar().showMessage(self.notice, 15000)
            self.notice = ""

    def start_daily_backup(self) -> bool:
        """Called once the window shows: the start-up backup runs in the background."""
        return self.backups.start_daily_backup() if self.backups is not None else False

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
        from wksbm_desktop.app import create_main_window

        old.save_settings()
        try:
            window = create_main_window(old.database.target, old.settings)
        except WksbmError as error:
            message = t("ui_safety.restore.reopen_failed", message=error.message)
            dialogs_util.show_error(old, message)
            return None
        self._extra_databases.append(window.database)
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
        for database in self._extra_databases:
            database.dispose()
        self._extra_databases.clear()
        if clean and self.db_path is not None:
            mark_clean_exit(self.db_path)
        if self.instance is not None:
            self.instance.release()


def attach(window: MainWindow, run: SafetyRun | None = None) -> SafetyRun:
    """Give a main window its safety features; without a start-up run, one is made for it."""
    run = run or SafetyRun(window.database.path)
    run.attach(window)
    return run
