"""Attachments of one record: photos and scanned documents with thumbnails (issue 19, point 4).

Usage, for any record that takes attachments (docs/programme-evidence.md)::

    panel = AttachmentsPanel(database, "aid", parent)   # "group", "activity", "aid", "visit"
    panel.set_owner(aid_uuid)                           # None: nothing chosen, nothing to do
    panel.changed.connect(...)                          # the live count after every reload

In a detail panel (ui/details/base.py) ``add_attachments_tab(detail, owner_kind)`` adds the
panel as a "Lampiran (n)" tab before Riwayat and keeps its title counted; ``set_owner`` it in
``fill``.

What the signed-in role may do follows the core: Pemantau sees the list (titles, sizes, who
added what) but no thumbnails and cannot open a file (that hands it out of the application like
an export) nor add, describe, archive or restore.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import ATTACHMENT_DOCUMENT_KINDS
from wksbm_desktop.core.queries.attachments import AttachmentRow, attachments_of
from wksbm_desktop.core.services import attachments
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms.widgets import KeyCombo
from wksbm_desktop.ui.operations import evidence as evidence_ops

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.details.base import DetailPanel

ICON_SIDE = 64
ROW_KEY = Qt.ItemDataRole.UserRole
# The kind a new attachment starts with, by what it is attached to.
DEFAULT_KIND = {"group": "sk", "activity": "foto_kegiatan", "aid": "lpj", "visit": "foto_kunjungan"}
_EXTENSIONS = {
    attachments.JPEG: ".jpg",
    attachments.PNG: ".png",
    attachments.PDF: ".pdf",
}


# --- what tests replace: the file dialog and the hand-over to the system's viewer -------------


def choose_files(parent: QWidget | None) -> list[Path]:
    """Files to attach (several at once), or none when the operator cancels."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, t("evidence_ui.choose_title"), "", t("evidence_ui.choose_filter")
    )
    return [Path(path) for path in paths]


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


# --- private copies handed to the viewer ---------------------------------------------------------

_private_folder: Path | None = None


def private_folder() -> Path:
    """A folder only this user may read (mkdtemp: mode 0700), removed when the program ends."""
    global _private_folder
    if _private_folder is None or not _private_folder.is_dir():
        _private_folder = Path(tempfile.mkdtemp(prefix="wksbm-lampiran-"))
        atexit.register(shutil.rmtree, _private_folder, ignore_errors=True)
    return _private_folder


def safe_file_name(name: str, media_type: str) -> str:
    """The stored name made safe for any file system, with the extension its content has."""
    stem = re.sub(r"[^\w\-. ]+", "_", Path(name).stem).strip(" .") or "lampiran"
    return stem[:80] + _EXTENSIONS.get(media_type, "")


# --- how a row looks -----------------------------------------------------------------------------


def size_text(size: int) -> str:
    """1.234.567 bytes → "1,2 MB"; small files in KB (Indonesian decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def added_text(row: AttachmentRow) -> str:
    local = row.added_at.replace(tzinfo=UTC).astimezone()
    return t("evidence_ui.added", who=row.added_by or "-", when=local.strftime("%d-%m-%Y %H.%M"))


def kind_label(code: str) -> str:
    return t(f"evidence.kind.{code}")


def document_icon(label: str, colour: str) -> QIcon:
    """A page with a coloured label: PDFs, and images a role may not see the thumbnail of."""
    pixmap = QPixmap(ICON_SIDE, ICON_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#8a8a8a"))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(12, 4, 40, 56, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(6, 30, 46, 18, 3, 3)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.drawText(6, 30, 46, 18, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)


def thumbnail_icon(data: bytes) -> QIcon | None:
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    scaled = pixmap.scaled(
        ICON_SIDE,
        ICON_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    # Centred on a square, so portrait and landscape photos keep their titles in one column.
    square = QPixmap(ICON_SIDE, ICON_SIDE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap(
        (ICON_SIDE - scaled.width()) // 2, (ICON_SIDE - scaled.height()) // 2, scaled
    )
    painter.end()
    return QIcon(square)


def _dropped(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files a drag carries (folders and web links are not files to attach)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


# --- the small dialogs ---------------------------------------------------------------------------


class AttachmentDetailsDialog(QDialog):
    """Document kind and title: for new files (``files``) or an attachment being described."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        kind: str,
        title: str = "",
        files: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentDetailsDialog")
        adding = files is not None
        self.setWindowTitle(t("evidence_ui.add_title" if adding else "evidence_ui.describe_title"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        if files:
            names = QLabel("\n".join(path.name for path in files), self)
            names.setObjectName("attachmentFiles")
            names.setWordWrap(True)
            form.addRow(t("evidence_ui.files", count=len(files)), names)
        self.kind = KeyCombo(self)
        self.kind.setObjectName("attachmentKind")
        self.kind.set_items([(code, kind_label(code)) for code in ATTACHMENT_DOCUMENT_KINDS])
        self.kind.set_key(kind)
        form.addRow(t("evidence.document_kind") + ":", self.kind)
        self.title = QLineEdit(title, self)
        self.title.setObjectName("attachmentTitle")
        self.title.setMaxLength(200)
        if adding:
            placeholder = "evidence_ui.title_placeholder"
            if files and len(files) > 1:
                placeholder = "evidence_ui.title_placeholder_many"
            self.title.setPlaceholderText(t(placeholder))
        form.addRow(t("evidence.title") + ":", self.title)
        layout.addLayout(form)
        if adding:
            limits = QLabel(t("evidence_ui.limits"), self)
            limits.setObjectName("attachmentLimits")
            limits.setWordWrap(True)
            limits.setStyleSheet("color: #555;")
            layout.addWidget(limits)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            t("evidence_ui.attach" if adding else "evidence_ui.save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setDefault(True)
        buttons.addButton(t("evidence_ui.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


def ask_details(
    parent: QWidget | None, *, kind: str, title: str = "", files: list[Path] | None = None
) -> tuple[str, str] | None:
    """(document kind, title) from the operator, or None when cancelled (tests replace it)."""
    dialog = AttachmentDetailsDialog(parent, kind=kind, title=title, files=files)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.kind.key(), dialog.title.text().strip()


# --- the panel -----------------------------------------------------------------------------------


class AttachmentsPanel(QWidget):
    """The attachments of one record of ``owner_kind``; ``set_owner(uuid)`` chooses it."""

    changed = Signal(int)  # the number of live attachments, after every reload

    def __init__(self, database: Database, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.owner_kind = owner_kind
        self.owner_uuid: str | None = None
        self.owner_archived = False
        self.count = 0
        self.setObjectName(f"{owner_kind}Attachments")
        self.setAcceptDrops(True)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        # A double click or Enter opens the file, as in a file manager.
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.empty = QLabel(self)
        self.empty.setObjectName("attachmentEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.add_button = self._button("Add", "evidence_ui.add", self.add_files)
        self.open_button = self._button("Open", "evidence_ui.open", self.open_current)
        self.describe_button = self._button(
            "Describe", "evidence_ui.describe", self.describe_current
        )
        self.archive_button = self._button("Archive", "evidence_ui.archive", self.archive_current)
        self.restore_button = self._button("Restore", "evidence_ui.restore", self.restore_current)
        self.show_archived = QCheckBox(t("evidence_ui.show_archived"), self)
        self.show_archived.setObjectName("attachmentShowArchived")
        self.show_archived.toggled.connect(lambda _on: self.reload())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.add_button,
            self.open_button,
            self.describe_button,
            self.archive_button,
            self.restore_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

    # Files dropped from the file manager (or a phone's folder) are attached like chosen ones.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.add_button.isVisible() and self.add_button.isEnabled() and _dropped(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _dropped(event)
        if files and self.may_record and not self.owner_archived:
            event.acceptProposedAction()
            self.attach(files)

    def _button(self, name: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(t(key), self)
        button.setObjectName(f"attachment{name}")
        button.setToolTip(t(f"{key}_tip"))
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    # What the role may do (the core refuses the rest anyway).
    def _may(self, permission: Permission) -> bool:
        account = self.database.account
        return account is None or account.may(permission)

    @property
    def may_record(self) -> bool:
        return self._may(Permission.RECORD)

    @property
    def may_open_files(self) -> bool:
        return self._may(Permission.EXPORT_MASKED)

    # Showing a record.
    def set_owner(self, uuid: str | None, archived: bool = False) -> None:
        """Show the attachments of this record (None: none chosen). An archived record's
        attachments can be read and opened but not changed (restore the record first)."""
        self.owner_uuid = uuid
        self.owner_archived = archived
        self.reload()

    def reload(self) -> None:
        current = self.current_row()
        keep = current.uuid if current else None
        self.list.clear()
        rows: list[AttachmentRow] = []
        icons: dict[str, QIcon] = {}
        if self.owner_uuid is not None:
            with self.database.read_session() as session:
                rows = attachments_of(
                    session,
                    self.owner_kind,
                    self.owner_uuid,
                    include_archived=self.show_archived.isChecked(),
                )
                if self.may_open_files:
                    icons = self._thumbnails(session, rows)
        for row in rows:
            self.list.addItem(self._item(row, icons.get(row.uuid)))
            if row.uuid == keep:
                self.list.setCurrentRow(self.list.count() - 1)
        self.count = sum(1 for row in rows if row.archived_at is None)
        may_add = self.may_record and not self.owner_archived
        empty = t("evidence_ui.empty" if may_add else "evidence_ui.empty_read")
        self.empty.setText(empty if self.owner_uuid else "")
        self.empty.setVisible(not rows)
        self._update_buttons()
        self.changed.emit(self.count)

    def _thumbnails(self, session: Session, rows: list[AttachmentRow]) -> dict[str, QIcon]:
        icons: dict[str, QIcon] = {}
        for row in rows:
            if not row.is_image:
                continue
            data = attachments.read_thumbnail(session, row.uuid)
            icon = thumbnail_icon(data) if data else None
            if icon is not None:
                icons[row.uuid] = icon
        return icons

    def _item(self, row: AttachmentRow, icon: QIcon | None) -> QListWidgetItem:
        if icon is None:
            is_pdf = row.media_type == attachments.PDF
            label = "PDF" if is_pdf else row.media_type.split("/")[-1].replace("jpeg", "JPG")
            icon = document_icon(label.upper(), "#c0392b" if is_pdf else "#2e6da4")
        title = row.title
        if row.archived_at is not None:
            title += " " + t("evidence_ui.archived_mark")
        facts = [kind_label(row.document_kind), size_text(row.size)]
        if row.width and row.height:
            facts.append(f"{row.width}×{row.height} px")
        text = "\n".join((title, " · ".join(facts), added_text(row)))
        item = QListWidgetItem(icon, text)
        item.setData(ROW_KEY, row)
        item.setToolTip(row.file_name)
        if row.archived_at is not None:
            item.setForeground(QColor("#888888"))
        return item

    def current_row(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ROW_KEY)

    def _update_buttons(self) -> None:
        row = self.current_row()
        records = self.may_record
        has_owner = self.owner_uuid is not None
        changeable = has_owner and not self.owner_archived
        archived = row is not None and row.archived_at is not None
        self.add_button.setVisible(records)
        self.describe_button.setVisible(records)
        self.archive_button.setVisible(records and not archived)
        self.restore_button.setVisible(records and archived)
        self.show_archived.setVisible(records)
        self.add_button.setEnabled(changeable)
        self.describe_button.setEnabled(changeable and row is not None and not archived)
        self.archive_button.setEnabled(changeable and row is not None)
        self.restore_button.setEnabled(changeable and row is not None)
        self.open_button.setEnabled(row is not None and self.may_open_files)
        if not self.may_open_files:
            self.open_button.setToolTip(t("evidence_ui.open_refused"))

    # Actions.
    def add_files(self) -> None:
        """Choose files, their kind and title, and attach each; refused files are named with
        the service's reason and nothing of them is stored."""
        if self.owner_uuid is None or not self.may_record or self.owner_archived:
            return
        self.attach(choose_files(self))

    def attach(self, files: list[Path]) -> None:
        """Ask the kind and title of ``files`` and attach each (the file dialog and a drop)."""
        if not files or self.owner_uuid is None:
            return
        answer = ask_details(self, kind=DEFAULT_KIND.get(self.owner_kind, "lainnya"), files=files)
        if answer is None:
            return
        kind, title = answer
        refused: list[str] = []
        added: str | None = None
        for number, path in enumerate(files, start=1):
            caption = title
            if title and len(files) > 1:
                caption = f"{title} ({number}/{len(files)})"
            try:
                added = evidence_ops.add_attachment_file(
                    self, self.database, self.owner_kind, self.owner_uuid, kind, path, caption
                )
            except WksbmError as error:
                refused.append(error.message)
        self.reload()
        if added is not None:
            self.select(added)
        if refused:
            dialogs_util.show_error(self, "\n\n".join(refused), t("evidence_ui.refused_title"))

    def select(self, uuid: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(ROW_KEY).uuid == uuid:
                self.list.setCurrentRow(index)
                return

    def open_current(self) -> Path | None:
        """Write the file to a private temporary folder and hand it to the system's viewer."""
        row = self.current_row()
        if row is None or not self.may_open_files:
            return None
        try:
            with self.database.read_session() as session:
                found = attachments.read_attachment(session, row.uuid)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            return None
        folder = Path(tempfile.mkdtemp(prefix="buka-", dir=private_folder()))
        path = folder / safe_file_name(found.file_name, found.media_type)
        path.write_bytes(found.data)
        if not open_url(QUrl.fromLocalFile(str(path))):
            dialogs_util.show_error(self, t("evidence_ui.no_viewer", path=str(path)))
        return path

    def describe_current(self) -> None:
        row = self.current_row()
        if row is None or row.archived_at is not None:
            return
        answer = ask_details(self, kind=row.document_kind, title=row.title)
        if answer is None:
            return
        kind, title = answer
        try:
            evidence_ops.describe_attachment(self, self.database, row.uuid, title, kind)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.reload()

    def archive_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        question = t("evidence_ui.archive_confirm", title=row.title)
        if not dialogs_util.ask_confirmation(self, question):
            return
        self._run(evidence_ops.archive_attachment, row.uuid)

    def restore_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._run(evidence_ops.restore_attachment, row.uuid)

    def _run(self, operation: object, uuid: str) -> None:
        try:
            operation(self, self.database, uuid)  # type: ignore[operator]
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.reload()


def add_attachments_tab(detail: DetailPanel, owner_kind: str) -> AttachmentsPanel:
    """Add a "Lampiran (n)" tab to a detail panel's sections; call ``set_owner`` in ``fill``."""
    panel = AttachmentsPanel(detail.database, owner_kind, detail.sections)
    detail.sections.addTab(panel, t("evidence_ui.tab", count=0))

    def retitle(count: int) -> None:
        index = detail.sections.indexOf(panel)
        title = t("evidence_ui.tab", count=count)
        detail.sections.setTabText(index, title)
        detail.sections.setTabToolTip(index, title)

    panel.changed.connect(retitle)
    return panel
