"""Masuk: user name (remembered on this PC) and password; the same dialog unlocks an idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from wksbm_desktop.ui.accounts.fields import error_label, password_field, show_problem, text_field


class SignInDialog(QDialog):
    """Sign in, or (with ``locked``) give the password again to unlock: nobody else may."""

    def __init__(
        self,
        database: Database,
        last_user: str = "",
        parent: QWidget | None = None,
        locked: SignedIn | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog" if locked else "signInDialog")
        self.setWindowTitle(t("accounts.ui.lock_title" if locked else "accounts.ui.sign_in_title"))
        self.database, self.locked = database, locked
        self.account: SignedIn | None = None
        self.wants_recovery = False
        self._build(locked.user_name if locked else last_user)

    def _build(self, user_name: str) -> None:
        layout = QVBoxLayout(self)
        intro_key = "accounts.ui.lock_intro" if self.locked else "accounts.ui.sign_in_intro"
        name = self.locked.full_name if self.locked else ""
        intro = QLabel(t(intro_key, name=name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.user = text_field(self, "signInUser")
        self.user.setText(user_name)
        self.user.setReadOnly(self.locked is not None)
        self.password = password_field(self, "signInPassword")
        form.addRow(t("accounts.ui.user_name"), self.user)
        form.addRow(t("accounts.ui.password"), self.password)
        layout.addLayout(form)
        self.error = error_label(self, "signInError")
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        # After the first time only the password is left to type: one field and Enter.
        (self.password if user_name else self.user).setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(420)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        ok = box.addButton(t("accounts.ui.sign_in"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("signInButton")
        ok.setDefault(True)
        box.accepted.connect(self._on_sign_in)
        if self.locked is None:
            forgot = QPushButton(t("accounts.ui.forgot"), self)
            forgot.setObjectName("forgotPassword")
            forgot.setAutoDefault(False)
            forgot.clicked.connect(self._on_forgot)
            box.addButton(forgot, QDialogButtonBox.ButtonRole.ResetRole)
            leave = box.addButton(t("accounts.ui.quit"), QDialogButtonBox.ButtonRole.RejectRole)
            leave.setAutoDefault(False)
            box.rejected.connect(self.reject)
        return box

    def _on_sign_in(self) -> None:
        try:
            if self.locked is not None:
                found = accounts.verify_password(self.database, self.locked.user_name,
                                                 self.password.text())  # fmt: skip
            else:
                found = accounts.sign_in(self.database, self.user.text(), self.password.text())
        except WksbmError as error:
            self.password.clear()
            show_problem(self.error, error)
            self.password.setFocus()
            return
        self.account = found
        self.password.clear()  # the password does not outlive the dialog
        self.accept()

    def _on_forgot(self) -> None:
        self.wants_recovery = True
        self.reject()

    def reject(self) -> None:
        if self.locked is None or self.wants_recovery:
            super().reject()
        # Locked: Esc and the close button do nothing; only the password opens the window.
