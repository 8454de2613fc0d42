"""Berkas → Salin cadangan ke flashdisk…, and the gentle reminder when no such copy is recent."""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from wksbm_desktop.core.storage.backup import REASON_OFFSITE
from wksbm_desktop.core.storage.offsite import (
    OffsiteCopy,
    copy_outside,
    last_offsite_copy,
    offsite_overdue,
)
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.tasks import failure_message, run_task

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.safety.backup_actions import BackupActions


class OffsiteActions(QObject):
    """The menu entry that copies a verified backup to a drive, and the status-bar reminder."""

    def __init__(self, window: MainWindow, backups: BackupActions) -> None:
        super().__init__(window)
        self.window, self.backups = window, backups
        self.db_path = backups.db_path
        self.action = QAction(t("storage.ui.offsite.action"), window)
        self.action.setObjectName("copyBackupOutside")
        self.action.setToolTip(t("storage.ui.offsite.action_tip"))
        self.action.triggered.connect(lambda _checked=False: self.copy_outside())
        window.add_file_action(self.action, "backup")
        self.reminder = QLabel(window)
        self.reminder.setObjectName("offsiteReminder")
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        self.reminder.setToolTip(t("storage.ui.offsite.reminder_tip"))
        self.reminder.linkActivated.connect(lambda _link: self.copy_outside())
        self.reminder.setVisible(False)
        window.statusBar().addWidget(self.reminder)
        self.show_reminder()

    def show_reminder(self) -> None:
        """A quiet line in the status bar once a week has passed without an outside copy."""
        overdue = offsite_overdue(self.db_path)
        if overdue is None:
            self.reminder.setVisible(False)
            return
        text = t("storage.ui.offsite.reminder", days=max(overdue // timedelta(days=1), 7))
        link = t("storage.ui.offsite.reminder_link")
        self.reminder.setText(f'{text} <a href="copy">{link}</a>')
        # Never cut: the long database path beside it gives way instead.
        self.reminder.setMinimumWidth(self.reminder.sizeHint().width())
        self.reminder.setVisible(True)

    # Berkas → Salin cadangan ke flashdisk…
    def copy_outside(self) -> None:
        if self.backups.busy:
            return
        folder = dialogs_util.get_folder(
            self.window, t("storage.ui.offsite.choose_title"), str(suggested_start(self.db_path))
        )
        if folder is None:
            return
        self.backups.busy = True
        path, database = self.db_path, self.window.database
        run_task(
            self.window,
            t("storage.ui.offsite.running"),
            lambda _ctx: copy_outside(path, folder, database=database),
            on_success=self._copied,
            on_failure=self._failed,
            on_cancel=self._cancelled,
        )

    def _copied(self, copy: OffsiteCopy) -> None:
        self.backups.busy = False
        self.backups.show_last_backup()  # a fresh backup may have been taken for the copy
        self.show_reminder()
        # The whole database has left the PC: the history says who took it, and where.
        self.backups.record(copy.path.name, REASON_OFFSITE, str(copy.path.parent))
        dialogs_util.show_info(self.window, result_text(copy), t("storage.ui.offsite.done_title"))

    def _failed(self, error: BaseException) -> None:
        self.backups.busy = False
        dialogs_util.show_error(self.window, failure_message(error))

    def _cancelled(self) -> None:
        # Batal comes after the copy already finished: it is made and recorded all the same.
        self.backups.busy = False
        self.show_reminder()


def result_text(copy: OffsiteCopy) -> str:
    """The plain result: where the copy is, which backup it holds, and that it was checked."""
    when = copy.source.taken_at_local.strftime("%d-%m-%Y %H:%M")
    parts = [t("storage.ui.offsite.done", name=copy.path.name, folder=str(copy.path.parent))]
    parts.append(t("storage.offsite.source", name=copy.source.path.name, when=when))
    if copy.already_there:
        parts.append(t("storage.offsite.already"))
    parts.append(t("storage.ui.offsite.keep_safe"))
    return "\n\n".join(parts)


def suggested_start(db_path: Path) -> Path:
    """Where the folder chooser opens: the last outside copy, a plugged-in drive, or home."""
    record = last_offsite_copy(db_path)
    if record is not None and Path(record.path).parent.is_dir():
        return Path(record.path).parent
    for drive in removable_drives():
        return drive
    return Path.home()


def removable_drives() -> list[Path]:
    """Flashdisks and other removable drives plugged in now (Windows letters, Linux mounts)."""
    if sys.platform == "win32":
        import ctypes
        import string

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = kernel.GetLogicalDrives()
        letters = [c for i, c in enumerate(string.ascii_uppercase) if mask >> i & 1]
        return [Path(f"{c}:\\") for c in letters if kernel.GetDriveTypeW(f"{c}:\\") == 2]
    user = os.environ.get("USER", "")
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    for root in roots:
        if root.is_dir():
            found = sorted(p for p in root.iterdir() if p.is_dir() and os.path.ismount(p))
            if found:
                return found
    return []
