"""The personal-data choices of a written workbook: full NIK or masked, password or none."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.excel.writing.protect import MIN_PASSWORD_LENGTH
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util

WARNING_STYLE = "color: #9c2b00;"


def indented(label: QLabel) -> QHBoxLayout:
    """A note under its choice. Indented by a layout rather than the label's own margins, which
    its height-for-width leaves out: a wrapped note with margins was cut at the bottom."""
    row = QHBoxLayout()
    row.addSpacing(24)
    row.addWidget(label, 1)
    return row


class PrivacyBox(QGroupBox):
    """Masked by default; a full-NIK choice switches the password on. The export dialog and the
    city board both ask through it.

    ``name`` prefixes the object names of the widgets ("board" → "boardFullNik"...). ``note``
    is shown under the full-NIK warning (the export's sealing note); ``stacked`` puts the two
    password fields one under the other, for a narrow dialog.
    """

    def __init__(
        self,
        name: str,
        warning: str,
        parent: QWidget | None = None,
        note: QLabel | None = None,
        stacked: bool = False,
    ) -> None:
        super().__init__(t("ui_excel.export.privacy"), parent)
        self.setObjectName(f"{name}Privacy")
        layout = QVBoxLayout(self)
        self.full_nik_check = QCheckBox(t("ui_excel.export.full_nik"), self)
        self.full_nik_check.setObjectName(f"{name}FullNik")
        self.full_nik_check.toggled.connect(self._on_full_nik)
        layout.addWidget(self.full_nik_check)
        self.nik_warning = self._note(warning)
        layout.addLayout(indented(self.nik_warning))
        if note is not None:
            note.setParent(self)
            layout.addLayout(indented(note))
        self.password_check = QCheckBox(t("ui_excel.export.protect"), self)
        self.password_check.setObjectName(f"{name}Protect")
        self.password_check.toggled.connect(self._sync)
        layout.addWidget(self.password_check)
        self.password_edit = self._password_field(f"{name}Password")
        self.confirm_edit = self._password_field(f"{name}PasswordAgain")
        layout.addLayout(self._password_form() if stacked else self._password_row())
        self.password_note = self._note(t("ui_excel.export.password_note"))
        layout.addLayout(indented(self.password_note))
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{name}PrivacyError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._sync()

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _password_field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(230)  # the hint fits whole
        edit.setPlaceholderText(t("ui_excel.export.password_hint", min=MIN_PASSWORD_LENGTH))
        edit.textChanged.connect(lambda _text: self.error_label.hide())
        return edit

    def _password_form(self) -> QLayout:
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(t("ui_excel.export.password"), self.password_edit)
        form.addRow(t("ui_excel.export.password_again"), self.confirm_edit)
        return form

    def _password_row(self) -> QGridLayout:
        # Side by side: the board is wide and its table should keep the height.
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        grid.addWidget(QLabel(t("ui_excel.export.password"), self), 0, 0)
        grid.addWidget(self.password_edit, 0, 1)
        grid.addWidget(QLabel(t("ui_excel.export.password_again"), self), 0, 2)
        grid.addWidget(self.confirm_edit, 0, 3)
        grid.setColumnStretch(4, 1)
        return grid

    def _on_full_nik(self, checked: bool) -> None:
        # Full NIK lists are what leaks hurt most: protection is switched on with them.
        if checked:
            self.password_check.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        self.nik_warning.setStyleSheet(WARNING_STYLE if self.full_nik_check.isChecked() else "")
        protect = self.password_check.isChecked()
        for widget in (self.password_edit, self.confirm_edit, self.password_note):
            widget.setEnabled(protect)
        self.error_label.hide()

    # The choices
    def full_nik(self) -> bool:
        return self.full_nik_check.isChecked()

    def password(self) -> str | None:
        return self.password_edit.text() if self.password_check.isChecked() else None

    def problem(self) -> str | None:
        """Why the choices cannot be used yet, in words; None when they can."""
        if not self.password_check.isChecked():
            return None
        if len(self.password_edit.text()) < MIN_PASSWORD_LENGTH:
            return t("ui_excel.export.password_short", min=MIN_PASSWORD_LENGTH)
        if self.password_edit.text() != self.confirm_edit.text():
            return t("ui_excel.export.password_mismatch")
        return None

    def ready(self) -> bool:
        """Show what is wrong, or ask about full NIK without a password; True to go on."""
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return False
        if self.full_nik() and self.password() is None:
            return dialogs_util.ask_confirmation(self, t("ui_excel.export.unprotected_question"))
        return True
