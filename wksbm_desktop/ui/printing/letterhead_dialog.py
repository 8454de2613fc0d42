"""Berkas → Kop surat dan kertas: letterhead lines, logo, paper, letter template and number."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.letter_template import (
    DEFAULT_NUMBER_PATTERN,
    DEFAULT_TEMPLATE,
    NUMBER_FIELDS,
    TEMPLATE_FIELDS,
)
from wksbm_desktop.core.errors import ValidationFailed, WksbmError
from wksbm_desktop.core.services.letterhead import (
    MAX_LOGO_FILE_BYTES,
    LetterheadInput,
    prepare_logo,
)
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.documents.page import Letterhead
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.operations import office as office_ops

LOGO_PREVIEW_PX = 72


class LetterheadDialog(QDialog):
    """Edits one ``LetterheadInput``; no database access (``edit_letterhead`` does that)."""

    def __init__(self, office_head: Letterhead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(t("ui_print.letterhead.title"))
        self.office_head = office_head  # what the office record says today (for the preview)
        self.logo: bytes | None = None
        self.lines = QPlainTextEdit(self)
        self.lines.setObjectName("letterheadLines")
        self.lines.setPlaceholderText("\n".join(office_head.lines))
        self.lines.setFixedHeight(80)
        self.paper = QComboBox(self)
        self.paper.setObjectName("letterheadPaper")
        self.paper.addItem(t("ui_print.letterhead.a4"), "A4")
        self.paper.addItem(t("ui_print.letterhead.f4"), "F4")
        self.number = QLineEdit(self)
        self.number.setObjectName("letterheadNumber")
        self.number.setPlaceholderText(DEFAULT_NUMBER_PATTERN)
        self.template = QPlainTextEdit(self)
        self.template.setObjectName("letterheadTemplate")
        self.template.setMinimumHeight(170)
        self.error = QLabel(self)
        self.error.setObjectName("letterheadError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self.resize(720, 640)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(t("ui_print.letterhead.lines"), self.lines)
        form.addRow("", _hint(t("ui_print.letterhead.lines_hint"), self))
        form.addRow(t("ui_print.letterhead.logo"), self._logo_row())
        form.addRow(t("ui_print.letterhead.paper"), self.paper)
        form.addRow(t("ui_print.letterhead.number"), self.number)
        fields = ", ".join("{" + f + "}" for f in NUMBER_FIELDS)
        form.addRow("", _hint(t("ui_print.letterhead.fields", fields=fields), self))
        form.addRow(t("ui_print.letterhead.template"), self.template)
        fields = ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
        form.addRow("", _hint(t("ui_print.letterhead.template_hint", fields=fields), self))
        return form

    def _logo_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel(row)
        self.logo_label.setObjectName("letterheadLogo")
        self.logo_label.setFixedSize(LOGO_PREVIEW_PX, LOGO_PREVIEW_PX)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setWordWrap(True)
        self.logo_label.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(t("ui_print.letterhead.choose_logo"), row)
        choose.setObjectName("letterheadChooseLogo")
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(t("ui_print.letterhead.remove_logo"), row)
        self.remove_logo.setObjectName("letterheadRemoveLogo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        layout.addWidget(self.logo_label)
        layout.addWidget(choose)
        layout.addWidget(self.remove_logo)
        layout.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton(
            t("ui_print.letterhead.preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("letterheadPreview")
        self.preview_button.clicked.connect(self.preview)
        save = buttons.addButton(
            t("ui_print.letterhead.save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("letterheadSave")
        cancel = buttons.addButton(t("ui_print.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("letterheadCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # load / values -----------------------------------------------------------------------

    def load(self, data: LetterheadInput) -> None:
        self.lines.setPlainText(data.lines)
        self.paper.setCurrentIndex(max(0, self.paper.findData(data.paper_size)))
        self.number.setText(data.number_pattern)
        self.template.setPlainText(data.letter_template or DEFAULT_TEMPLATE)
        self.set_logo(data.logo_png)

    def values(self) -> LetterheadInput:
        template = self.template.toPlainText()
        return LetterheadInput(
            lines=self.lines.toPlainText(),
            paper_size=str(self.paper.currentData()),
            letter_template="" if template.strip() == DEFAULT_TEMPLATE else template,
            number_pattern=self.number.text(),
            logo_png=self.logo,
        )

    def set_logo(self, png: bytes | None) -> None:
        self.logo = png
        self.remove_logo.setEnabled(png is not None)
        if png is None:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(t("ui_print.letterhead.no_logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        size = LOGO_PREVIEW_PX - 4
        self.logo_label.setPixmap(
            pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip

    def choose_logo(self) -> None:
        path = dialogs_util.get_open_path(
            self,
            t("ui_print.letterhead.choose_logo"),
            str(Path.home()),
            t("ui_print.letterhead.filter"),
        )
        if path is None:
            return
        try:
            if Path(path).stat().st_size > MAX_LOGO_FILE_BYTES:
                raise WksbmError("letterhead.logo_too_big", mb=MAX_LOGO_FILE_BYTES // 1048576)
            self.set_logo(prepare_logo(Path(path).read_bytes()))
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        except OSError:
            dialogs_util.show_error(self, t("ui_print.letterhead.unreadable", path=path))

    def show_errors(self, error: ValidationFailed) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)

    def preview(self) -> None:
        """The registration letter of a sample group, with what is typed now (nothing saved)."""
        from wksbm_desktop.core.domain.letter_template import TemplateError, check_fields
        from wksbm_desktop.documents.sample import sample_letter
        from wksbm_desktop.ui.printing import preview

        values = self.values()
        try:
            check_fields(values.letter_template, TEMPLATE_FIELDS, t("letter.what_template"))
            check_fields(values.number_pattern, NUMBER_FIELDS, t("letter.what_number"))
        except TemplateError as error:
            self.error.setText(error.message)
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        data = sample_letter(self.office_head, values, date.today())
        preview.show_preview(self, data, t("ui_print.letterhead.preview_title"), "ContohSurat.pdf")


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


def edit_letterhead(parent: QWidget, database: Database) -> bool:
    """Open the dialog on the office's settings; save when accepted. True when saved."""
    from wksbm_desktop.core.services.office import get_office
    from wksbm_desktop.documents.letterhead import letterhead_of

    with database.read_session() as session:
        office = get_office(session)
        if office is None:
            dialogs_util.show_error(parent, t("letterhead.no_office"))
            return False
        head = letterhead_of(session)
        current = LetterheadInput(
            office.letterhead_lines,
            office.paper_size or "A4",
            office.letter_template,
            office.letter_number_pattern,
            office.logo_png,
        )
    dialog = LetterheadDialog(replace(head), parent)
    dialog.load(current)
    try:
        while run_dialog(dialog):
            try:
                office_ops.save_letterhead(parent, database, dialog.values())
                return True
            except ValidationFailed as error:
                dialog.show_errors(error)
        return False
    finally:
        dialog.deleteLater()


def run_dialog(dialog: QDialog) -> bool:
    """Show the dialog modally; tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted
