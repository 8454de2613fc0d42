"""Berkas → Cadangkan sekarang / Pulihkan / Salin ke flashdisk, the 30-minute timer, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction

from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage.backup import (
    REASON_AUTO,
    REASON_MANUAL,
    BackupInfo,
    BackupPolicy,
    backup_now,
    list_backups,
    needs_startup_backup,
)
from wksbm_desktop.core.storage.restore import RestoreResult, restore
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety import restore_dialog
from wksbm_desktop.ui.safety.restore_dialog import when_text
from wksbm_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)
TICK_MS = 60_000


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """Quiet background work (automatic backups): no dialog, results by signal."""

    def __init__(self, work: Callable[[], object], signals: _JobSignals) -> None:
        super().__init__()
        self._work, self._signals = work, signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._tell(self._signals.failed, error)
        else:
            self._tell(self._signals.done, result)

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window closed while the copy ran: the file is written, nobody needs telling.
            _log.info("backup finished after its window closed")


class BackupActions(QObject):
    """Owns the backup menu entries, the policy and its timer for one main window."""

    def __init__(
        self,
        window: MainWindow,
        db_path: Path,
        on_restored: Callable[[MainWindow, RestoreResult | None], object],
    ) -> None:
        super().__init__(window)
        self.window, self.db_path, self._on_restored = window, Path(db_path), on_restored
        self.busy = False
        self.policy = BackupPolicy(self.db_path)
        self._signals = _JobSignals(self)
        self._signals.done.connect(self._auto_done)
        self._signals.failed.connect(self._auto_failed)
        self._add("backupNow", "ui_safety.backup.action", self.backup_now)
        self.restore_action = self._add(
            "restoreBackup", "ui_safety.restore.action", self.restore_from_backup
        )
        from wksbm_desktop.ui.safety.offsite import OffsiteActions

        self.offsite = OffsiteActions(window, self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        window.data_changed.connect(self.policy.note_change)
        self.show_last_backup()

    def _add(self, name: str, key: str, slot: Callable[[], None]) -> QAction:
        action = QAction(t(key), self.window)
        action.setObjectName(name)
        action.setToolTip(t(key + "_tip"))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.add_file_action(action, "backup")
        return action

    # The status bar and the policy's clock follow the newest backup on disk.
    def show_last_backup(self) -> None:
        backups = list_backups(self.db_path, with_counts=False)
        if backups:
            self.policy.last_backup_at = max(self.policy.last_backup_at, backups[0].taken_at)
        text = when_text(backups[0]) if backups else t("ui_safety.backup.none")
        self.window.set_last_backup(text)

    # Quiet backups: the daily one at start-up and the 30-minute one while changes happen.
    def start_daily_backup(self) -> bool:
        if self.busy or not needs_startup_backup(self.db_path):
            return False
        self.window.statusBar().showMessage(t("ui_safety.startup.daily_backup"), 5000)
        return self._run_quietly()

    @Slot()
    def tick(self) -> None:
        self.offsite.show_reminder()  # the window may stay open for days
        if not self.busy and self.policy.due():
            self._run_quietly()

    def _run_quietly(self) -> bool:
        self.busy = True
        # Cleared first: a change saved while the copy runs must count towards the next one.
        self.policy.mark_backed_up()
        path = self.db_path
        job = _Job(lambda: backup_now(path, REASON_AUTO), self._signals)
        QThreadPool.globalInstance().start(job)
        return True

    @Slot(object)
    def _auto_done(self, info: BackupInfo) -> None:
        self.busy = False
        _log.info("automatic backup written: %s", info.path.name)
        self.show_last_backup()
        self.record(info.path.name, REASON_AUTO)

    def record(self, file_name: str, reason: str, folder: str = "") -> None:
        """Name the backup in the history, once the database is open (the start-up copy can be
        ready before the data layer is)."""
        opening = self.window.opening
        if opening.is_open:
            record_backup_by(opening.get(), file_name, reason, folder)
            return
        self.window.opened.connect(
            lambda: record_backup_by(opening.get(), file_name, reason, folder),
            Qt.ConnectionType.SingleShotConnection,
        )

    @Slot(object)
    def _auto_failed(self, error: BaseException) -> None:
        self.busy = False
        self.policy.changed_since_backup = True
        # Retry in a few minutes rather than at once; a full disk must not spin.
        self.policy.last_backup_at = utcnow() - self.policy.interval + timedelta(minutes=5)
        _log.error("automatic backup failed", exc_info=error)
        self.window.statusBar().showMessage(t("ui_safety.backup.auto_failed"), 15000)

    # Berkas → Cadangkan sekarang
    def backup_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        path = self.db_path
        run_task(
            self.window,
            t("ui_safety.backup.running"),
            lambda _ctx: backup_now(path, REASON_MANUAL),
            on_success=self._manual_done,
            on_failure=self._manual_failed,
            on_cancel=self._not_busy,
        )

    def _manual_done(self, info: BackupInfo) -> None:
        self.busy = False
        self.policy.mark_backed_up()
        self.show_last_backup()
        self.record(info.path.name, REASON_MANUAL)
        dialogs_util.show_info(
            self.window,
            t("ui_safety.backup.done", name=info.path.name, folder=str(info.path.parent)),
            t("ui_safety.backup.done_title"),
        )

    def _manual_failed(self, error: BaseException) -> None:
        self.busy = False
        from wksbm_desktop.ui.tasks import failure_message

        dialogs_util.show_error(self.window, failure_message(error))

    def _not_busy(self) -> None:
        self.busy = False

    # Berkas → Pulihkan dari cadangan…
    def restore_from_backup(self) -> None:
        if self.busy:
            return
        chosen = restore_dialog.choose_backup(self.window, self.db_path)
        if chosen is None:
            return
        question = t("ui_safety.restore.confirm", name=chosen.name)
        if not dialogs_util.ask_confirmation(
            self.window, question, t("ui_safety.restore.confirm_title")
        ):
            return
        self.busy = True
        self.timer.stop()
        database, path = self.window.database, self.db_path
        run_task(
            self.window,
            t("ui_safety.restore.running"),
            lambda _ctx: restore(path, chosen, database=database, operator=database.operator),
            on_success=self._restored,
            on_failure=self._restore_failed,
            on_cancel=self._restore_cancelled,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.busy = False
        self._on_restored(self.window, result)

    def _restore_failed(self, error: BaseException) -> None:
        from wksbm_desktop.ui.tasks import failure_message

        self.busy = False
        self.timer.start()
        dialogs_util.show_error(self.window, failure_message(error))
        # The database was perhaps disposed: its next session reconnects to the same file.
        self.window.on_data_changed()

    def _restore_cancelled(self) -> None:
        # Batal is reported only when the restore had already finished: open the restored data.
        self.busy = False
        self._on_restored(self.window, None)


def restore_summary(result: RestoreResult) -> str:
    parts = [t("ui_safety.restore.done", name=result.restored_from.name)]
    if result.safety_backup is not None:
        parts.append(t("ui_safety.restore.safety", name=result.safety_backup.name))
    if result.damaged_copy is not None:
        parts.append(t("safety.restore.damaged_copy", path=str(result.damaged_copy)))
    return "\n\n".join(parts)


def record_backup_by(database: Database, file_name: str, reason: str, folder: str = "") -> None:
    """Every backup goes into the change history with who made it (core/services/audit.py).

    The copy is made whatever happens here: a history line that cannot be written (a locked
    or damaged file) is logged, not shown as if the backup had failed.
    """
    from wksbm_desktop.core.errors import WksbmError
    from wksbm_desktop.ui.operations.accounts import record_backup

    try:
        record_backup(None, database, file_name, reason, folder)
    except WksbmError:
        _log.warning("backup %s not recorded in the history", file_name, exc_info=True)
