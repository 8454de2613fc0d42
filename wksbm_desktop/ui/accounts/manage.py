"""Akun → Kelola akun (administrator): the accounts, adding, disabling, changing a role,
resetting a password, and how long the window waits before it locks itself on this PC."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.accounts.fields import (
    error_label,
    password_field,
    same_twice,
    show_problem,
    text_field,
)
from wksbm_desktop.ui.operations import accounts as account_ops
from wksbm_desktop.ui.settings import Setting, Settings

IDLE_LOCK_MINUTES = Setting("accounts/idle_lock_minutes", 15)
LAST_USER = Setting("accounts/last_user", "")  # the user name only, never a password
COLUMNS = ("user_name", "full_name", "role", "state", "last_sign_in")


class _SaveDialog(QDialog):
    """A small dialog that confirms one core call (``save``, set by the window): Simpan runs
    it, and a refusal shows in the dialog, which stays open with what was typed."""

    def _end_with_buttons(self, layout: QVBoxLayout, name: str, width: int) -> None:
        self.error = error_label(self, f"{name}Error")
        layout.addWidget(self.error)
        box = QDialogButtonBox(self)
        ok = box.addButton(t("accounts.ui.save"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName(f"{name}Ok")
        box.addButton(t("accounts.ui.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self._on_ok)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(width)
        self.save: Callable[[], None] = lambda: None

    def check(self) -> None:
        """What the dialog itself refuses before the core is asked (raises WksbmError)."""

    def _on_ok(self) -> None:
        try:
            self.check()
            self.save()
        except WksbmError as error:
            show_problem(self.error, error)
            return
        self.accept()


class AccountDialog(_SaveDialog):
    """A new account, or (``user_name`` given) a new password for an existing one."""

    def __init__(self, parent: QWidget | None = None, user_name: str = "") -> None:
        super().__init__(parent)
        self.resetting = bool(user_name)
        self.setObjectName("resetPasswordDialog" if self.resetting else "addAccountDialog")
        title = "accounts.ui.reset_title" if self.resetting else "accounts.ui.add_title"
        self.setWindowTitle(t(title, user=user_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = text_field(self, "accountUser", "accounts.ui.user_name_hint")
        self.user.setText(user_name)
        self.full_name = text_field(self, "accountFullName", "accounts.ui.full_name_hint")
        self.role = QComboBox(self)
        self.role.setObjectName("accountRole")
        for role in Role:
            self.role.addItem(t(f"accounts.role.{role.value}"), role.value)
        self.password = password_field(self, "accountPassword")
        self.again = password_field(self, "accountAgain")
        if not self.resetting:
            form.addRow(t("accounts.ui.user_name"), self.user)
            form.addRow(t("accounts.ui.full_name"), self.full_name)
            form.addRow(t("accounts.ui.role"), self.role)
        form.addRow(t("accounts.ui.new_password"), self.password)
        form.addRow(t("accounts.ui.again"), self.again)
        layout.addLayout(form)
        self._end_with_buttons(layout, "account", 440)

    def check(self) -> None:
        same_twice(self.password, self.again)


class RoleDialog(_SaveDialog):
    """The new role of one account, chosen from the four the application knows."""

    def __init__(self, parent: QWidget | None, user_name: str, role: Role) -> None:
        super().__init__(parent)
        self.setObjectName("setRoleDialog")
        self.setWindowTitle(t("accounts.ui.set_role_title", user=user_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.role = QComboBox(self)
        self.role.setObjectName("newAccountRole")
        for choice in Role:
            self.role.addItem(t(f"accounts.role.{choice.value}"), choice.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        form.addRow(t("accounts.ui.set_role_label"), self.role)
        layout.addLayout(form)
        note = QLabel(t("accounts.ui.set_role_note"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self._end_with_buttons(layout, "setRole", 420)


class AccountsWindow(QDialog):
    """The list of accounts with what an administrator does to them."""

    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountsWindow")
        self.setWindowTitle(t("accounts.ui.manage_title"))
        self.database, self.settings = database, settings
        self._roles: dict[str, Role] = {}  # user name -> role, as the list shows them
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([t(f"accounts.ui.col.{c}") for c in COLUMNS])
        self._build()
        self.reload()
        self.resize(820, 460)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for name, key, slot in (
            ("addAccount", "accounts.ui.add", self.add_account),
            ("setAccountRole", "accounts.ui.set_role", self.set_role),
            ("resetAccountPassword", "accounts.ui.reset", self.reset_password),
            ("disableAccount", "accounts.ui.disable", self.disable),
            ("enableAccount", "accounts.ui.enable", self.enable),
        ):
            button = QPushButton(t(key), self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addLayout(self._idle_row())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(t("accounts.ui.close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _idle_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(t("accounts.ui.idle_label"), self))
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleLockMinutes")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(t("accounts.ui.minutes_suffix"))
        self.idle.setValue(int(self.settings.get(IDLE_LOCK_MINUTES)))
        self.idle.valueChanged.connect(lambda v: self.settings.set(IDLE_LOCK_MINUTES, v))
        row.addWidget(self.idle)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        with self.database.read_session() as session:
            rows = accounts.list_accounts(session)
        self.model.removeRows(0, self.model.rowCount())
        self._roles = {row.user_name: row.role for row in rows}
        for row in rows:
            last = row.last_sign_in_at.strftime("%d-%m-%Y %H:%M") if row.last_sign_in_at else "-"
            state = t("accounts.cli.active" if row.active else "accounts.cli.inactive")
            cells = (
                row.user_name,
                row.full_name,
                t(f"accounts.role.{row.role.value}"),
                state,
                last,
            )
            self.model.appendRow([QStandardItem(text) for text in cells])

    def selected_user(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.item(indexes[0].row(), 0).text() if indexes else None

    def add_account(self) -> None:
        dialog = AccountDialog(self)

        def save() -> None:
            account_ops.add_account(self, self.database, dialog.user.text(),
                                    dialog.full_name.text(), dialog.role.currentData(),
                                    dialog.password.text())  # fmt: skip

        dialog.save = save
        if run_dialog(dialog):
            self.reload()

    def reset_password(self) -> None:
        user = self._chosen()
        if user is None:
            return
        dialog = AccountDialog(self, user)

        def save() -> None:
            account_ops.reset_password(self, self.database, user, dialog.password.text())

        dialog.save = save
        if run_dialog(dialog):
            dialogs_util.show_info(self, t("accounts.cli.reset", user=user))

    def set_role(self) -> None:
        user = self._chosen()
        if user is None:
            return
        dialog = RoleDialog(self, user, self._roles[user])

        def save() -> None:
            account_ops.set_role(self, self.database, user, dialog.role.currentData())

        dialog.save = save
        if run_dialog(dialog):
            self.reload()

    def disable(self) -> None:
        self._change(accounts.disable_account, "accounts.ui.confirm_disable")

    def enable(self) -> None:
        self._change(accounts.enable_account, "")

    def _change(self, change: Callable[[Session, str], object], confirm_key: str) -> None:
        user = self._chosen()
        if user is None:
            return
        if confirm_key and not dialogs_util.ask_confirmation(self, t(confirm_key, user=user)):
            return
        try:
            account_ops.change_account(self, self.database, change, user)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.reload()

    def _chosen(self) -> str | None:
        user = self.selected_user()
        if user is None:
            dialogs_util.show_info(self, t("accounts.ui.choose_first"))
        return user


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; tests replace this to fill it in."""
    return dialog.exec() == QDialog.DialogCode.Accepted
