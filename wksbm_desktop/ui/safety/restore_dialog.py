"""The list of backups to restore from: when, why, size and what each holds; or another file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.storage.backup import BackupInfo, backup_dir_for, list_backups
from wksbm_desktop.i18n import has_key, t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.models.simple import TextTableModel

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.health import HealthReport

_log = logging.getLogger(__name__)

COUNT_KEYS = ("groups", "members", "activities")


def when_text(info: BackupInfo) -> str:
    """Local date and time the way the office reads it: 15-06-2025 08.00."""
    return info.taken_at_local.strftime("%d-%m-%Y %H.%M")


def reason_text(reason: str) -> str:
    key = f"safety.reason.{reason}"
    return t(key) if has_key(key) else reason


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return t("ui_safety.size.kb", value=thousands(max(1, round(size / 1024))))
    megabytes = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return t("ui_safety.size.mb", value=megabytes)


def backup_row(info: BackupInfo) -> tuple[str, ...]:
    counts = info.counts
    numbers = (
        tuple(thousands(counts.get(key, 0)) for key in COUNT_KEYS)
        if counts is not None
        else (t("ui_safety.restore.unreadable"), "", "")
    )
    return (when_text(info), reason_text(info.reason), size_text(info.size), *numbers)


class RestoreDialog(QDialog):
    """Pick a backup; ``chosen`` is the file to restore once the dialog is accepted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(t("ui_safety.restore.title"))
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.backups = list_backups(self.db_path)
        self._build()
        self.resize(760, 420)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(t("ui_safety.restore.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            t("ui_safety.restore.empty", folder=str(backup_dir_for(self.db_path))), self
        )
        self.empty_label.setObjectName("restoreEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.backups)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._make_buttons())
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        headers = [
            t(f"ui_safety.restore.col.{name}") for name in ("when", "reason", "size", *COUNT_KEYS)
        ]
        self.model = TextTableModel(headers, [backup_row(b) for b in self.backups], self)
        self.model.align_right(2, 3, 4, 5)
        table = QTableView(self)
        table.setObjectName("restoreTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self._on_restore())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return table

    def _make_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.restore_button = QPushButton(t("ui_safety.restore.restore"), self)
        self.restore_button.setObjectName("restoreChosen")
        self.other_button = QPushButton(t("ui_safety.restore.other"), self)
        self.other_button.setObjectName("restoreOtherFile")
        cancel = QPushButton(t("ui_safety.restore.cancel"), self)
        cancel.setObjectName("restoreCancel")
        box.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._on_restore)
        self.other_button.clicked.connect(self._on_other)
        cancel.clicked.connect(self.reject)
        self.restore_button.setDefault(True)
        return box

    def selected_backup(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.backups[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _on_restore(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.chosen = backup.path
            self.accept()

    def _on_other(self) -> None:
        path = dialogs_util.get_open_path(
            self,
            t("ui_safety.restore.open_title"),
            str(backup_dir_for(self.db_path)),
            t("ui_safety.restore.open_filter"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()


def choose_backup(parent: QWidget | None, db_path: Path) -> Path | None:
    """Show the dialog; the chosen file, or None when the operator cancels. Tests replace this."""
    dialog = RestoreDialog(db_path, parent)
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def recover(report: HealthReport) -> bool:
    """Offer the newest good backup for a damaged file; True once it is restored and healthy."""
    from wksbm_desktop.core.storage.health import check_on_open
    from wksbm_desktop.core.storage.restore import restore

    title = t("ui_safety.startup.damaged_title")
    backup = report.newest_good_backup
    if backup is None:
        dialogs_util.show_error(None, report.message, title)
        return False
    question = f"{report.message}\n\n{t('ui_safety.startup.restore_question')}"
    if not dialogs_util.ask_confirmation(None, question, title):
        dialogs_util.show_info(None, t("ui_safety.startup.declined"), title)
        return False
    try:
        restore(report.path, backup.path)
    except WksbmError as error:
        _log.error("start-up restore from %s failed: %s", backup.path.name, error.message)
        dialogs_util.show_error(None, t("ui_safety.startup.restore_failed", message=error.message))
        return False
    copy = str(report.damaged_copy or report.path)
    dialogs_util.show_info(None, t("ui_safety.startup.restored", when=when_text(backup), copy=copy))
    return check_on_open(report.path, full=True).ok
