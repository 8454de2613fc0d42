"""The first administrator, the recovery code shown once, changing and recovering a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import SignedIn
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.accounts.fields import (
    error_label,
    password_field,
    same_twice,
    show_problem,
    text_field,
)
from wksbm_desktop.ui.operations import accounts as account_ops


def _intro(parent: QWidget, key: str, **params: object) -> QLabel:
    label = QLabel(t(key, **params), parent)
    label.setWordWrap(True)
    return label


def _ok_cancel(dialog: QDialog, ok_key: str, ok_name: str, cancel_key: str) -> QDialogButtonBox:
    box = QDialogButtonBox(dialog)
    ok = box.addButton(t(ok_key), QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName(ok_name)
    ok.setDefault(True)
    cancel = box.addButton(t(cancel_key), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setAutoDefault(False)
    box.rejected.connect(dialog.reject)
    return box


class FirstAdminDialog(QDialog):
    """No account yet: make the Lurah / Admin account before anything else."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(t("accounts.ui.first_title"))
        self.database = database
        self.made: accounts.NewAdministrator | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self, "accounts.ui.first_intro"))
        form = QFormLayout()
        self.full_name = text_field(self, "firstAdminFullName", "accounts.ui.full_name_hint")
        self.user = text_field(self, "firstAdminUser", "accounts.ui.user_name_hint")
        self.password = password_field(self, "firstAdminPassword")
        self.again = password_field(self, "firstAdminAgain")
        for key, field in (("full_name", self.full_name), ("user_name", self.user),
                           ("password", self.password), ("again", self.again)):  # fmt: skip
            form.addRow(t(f"accounts.ui.{key}"), field)
        layout.addLayout(form)
        self.error = error_label(self, "firstAdminError")
        layout.addWidget(self.error)
        box = _ok_cancel(self, "accounts.ui.first_ok", "firstAdminOk", "accounts.ui.quit")
        box.accepted.connect(self._on_ok)
        layout.addWidget(box)
        self.setMinimumWidth(480)

    def _on_ok(self) -> None:
        try:
            same_twice(self.password, self.again)
            made = account_ops.create_first_administrator(
                self, self.database, self.user.text(), self.full_name.text(), self.password.text()
            )
        except WksbmError as error:
            show_problem(self.error, error)
            return
        self.database.sign_in(made.account)
        self.made = made
        self.password.clear()
        self.again.clear()
        self.accept()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown this once: print it or write it down before going on."""

    def __init__(
        self, database: Database, account: SignedIn, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(t("accounts.ui.code_title"))
        self.database, self.account, self.code = database, account, code
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self, "accounts.ui.code_intro", name=account.full_name))
        shown = QLabel(code, self)
        shown.setObjectName("recoveryCode")
        font = QFont(shown.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        font.setFamily("monospace")
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setStyleSheet("border: 1px solid #888; padding: 12px;")
        layout.addWidget(shown)
        self.print_button = QPushButton(t("accounts.ui.code_print"), self)
        self.print_button.setObjectName("printRecoveryCode")
        self.print_button.clicked.connect(self.print_code)
        layout.addWidget(self.print_button)
        self.kept = QCheckBox(t("accounts.ui.code_kept"), self)
        self.kept.setObjectName("recoveryCodeKept")
        layout.addWidget(self.kept)
        box = QDialogButtonBox(self)
        self.done_button = box.addButton(t("accounts.ui.code_done"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.done_button.setObjectName("recoveryCodeDone")
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        self.setMinimumWidth(480)

    def print_code(self) -> bool:
        """The code on one page through the application's print preview (print or PDF)."""
        from wksbm_desktop.documents.recovery_sheet import recovery_sheet
        from wksbm_desktop.ui.printing import preview

        with self.database.read_session() as session:
            data = recovery_sheet(session, self.account.user_name, self.account.full_name,
                                  self.code)  # fmt: skip
        title = t("accounts.sheet.title")
        return preview.show_preview(
            self, data, title, f"kode-pemulihan-{self.account.user_name}.pdf"
        )

    def reject(self) -> None:
        if self.kept.isChecked():  # closing before the code is kept would lose it for good
            super().reject()


class ChangePasswordDialog(QDialog):
    """The signed-in person changes their own password, giving the old one first."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(t("accounts.ui.change_title"))
        self.database = database
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = password_field(self, "oldPassword")
        self.new = password_field(self, "newPassword")
        self.again = password_field(self, "newPasswordAgain")
        for key, field in (("old_password", self.old), ("new_password", self.new),
                           ("again", self.again)):  # fmt: skip
            form.addRow(t(f"accounts.ui.{key}"), field)
        layout.addLayout(form)
        self.error = error_label(self, "changePasswordError")
        layout.addWidget(self.error)
        box = _ok_cancel(self, "accounts.ui.save", "changePasswordOk", "accounts.ui.cancel")
        box.accepted.connect(self._on_ok)
        layout.addWidget(box)
        self.setMinimumWidth(420)

    def _on_ok(self) -> None:
        try:
            same_twice(self.new, self.again)
            account_ops.change_own_password(self, self.database, self.old.text(), self.new.text())
        except WksbmError as error:
            show_problem(self.error, error)
            return
        for field in (self.old, self.new, self.again):
            field.clear()
        self.accept()


class RecoverDialog(QDialog):
    """Forgot the password: an administrator's recovery code sets a new one (once)."""

    def __init__(self, database: Database, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.setWindowTitle(t("accounts.ui.recover_title"))
        self.database = database
        self.new_code = ""
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self, "accounts.ui.recover_intro"))
        form = QFormLayout()
        self.user = text_field(self, "recoverUser")
        self.user.setText(user)
        self.code = text_field(self, "recoverCode", "accounts.ui.code_hint")
        self.new = password_field(self, "recoverPassword")
        self.again = password_field(self, "recoverAgain")
        for key, field in (("user_name", self.user), ("code", self.code),
                           ("new_password", self.new), ("again", self.again)):  # fmt: skip
            form.addRow(t(f"accounts.ui.{key}"), field)
        layout.addLayout(form)
        self.error = error_label(self, "recoverError")
        layout.addWidget(self.error)
        box = _ok_cancel(self, "accounts.ui.save", "recoverOk", "accounts.ui.cancel")
        box.accepted.connect(self._on_ok)
        layout.addWidget(box)
        self.setMinimumWidth(460)

    def _on_ok(self) -> None:
        try:
            same_twice(self.new, self.again)
            self.new_code = accounts.recover_with_code(
                self.database, self.user.text(), self.code.text(), self.new.text()
            )
        except WksbmError as error:
            show_problem(self.error, error)
            return
        self.accept()
