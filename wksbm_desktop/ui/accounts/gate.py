"""Who uses the window: the first administrator or sign-in at start, the Akun menu, and the
lock after a time without keyboard or mouse that keeps every open form as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget

from wksbm_desktop.core.domain.roles import Permission, SignedIn
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import account_now
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.accounts.cover import Cover, cover_all, uncover
from wksbm_desktop.ui.accounts.manage import IDLE_LOCK_MINUTES, LAST_USER, AccountsWindow
from wksbm_desktop.ui.accounts.password_dialogs import (
    ChangePasswordDialog,
    FirstAdminDialog,
    RecoverDialog,
    RecoveryCodeDialog,
)
from wksbm_desktop.ui.accounts.role_menus import apply_role
from wksbm_desktop.ui.accounts.sign_in_dialog import SignInDialog
from wksbm_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
_SETTLE_POLL_MS = 100


# --- the modal steps, as small functions tests replace ------------------------------------------


def ask_first_administrator(parent: QWidget, database: Database) -> SignedIn | None:
    dialog = FirstAdminDialog(database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.made is None:
        return None
    RecoveryCodeDialog(database, dialog.made.account, dialog.made.recovery_code, parent).exec()
    return dialog.made.account


def ask_sign_in(parent: QWidget, database: Database, last_user: str) -> SignedIn | None:
    while True:
        dialog = SignInDialog(database, last_user, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.account
        if not dialog.wants_recovery:
            return None
        recover(parent, database, dialog.user.text())


def recover(parent: QWidget, database: Database, user: str) -> None:
    dialog = RecoverDialog(database, user, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    with database.read_session() as session:
        account = accounts.find_account(session, dialog.user.text())
        who = accounts.identity(account) if account is not None else None
    if who is not None:
        RecoveryCodeDialog(database, who, dialog.new_code, parent).exec()


def tell_disabled(parent: QWidget) -> None:
    from wksbm_desktop.ui.dialogs_util import show_info

    show_info(parent, t("accounts.ui.disabled_sign_in"), t("accounts.ui.disabled_title"))


def ask_unlock(parent: QWidget, database: Database, account: SignedIn) -> None:
    """Returns once the signed-in person has given their password again."""
    SignInDialog(database, account.user_name, parent, locked=account).exec()


# --- the gate ------------------------------------------------------------------------------------


class AccountGate(QObject):
    """Covers the window until someone is signed in (or the database has no account and the
    first administrator is made), then shows what their role may do and watches for idleness."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.account: SignedIn | None = None
        self.covers: list[Cover] = [Cover(window)]
        self.locked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._install_menu()
        window.tabs.currentChanged.connect(lambda _i: apply_role(window, self.account))
        from wksbm_desktop.ui.operations import changes

        changes.account_disabled.connect(self._disabled)
        # A role an administrator changed since sign-in: checked after every committed change
        # and whenever the window comes back to the front (another PC, on the city server).
        changes.changed.connect(self._on_changed)  # a bound slot: it goes with the window
        window.installEventFilter(self)
        if window.opening.is_open:
            QTimer.singleShot(0, self.admit)
        else:
            window.opened.connect(lambda: QTimer.singleShot(0, self.admit))

    # Start: first administrator or sign-in
    def admit(self) -> None:
        hold = self.window.opening.write_hold
        if hold is not None and not hold.settled:
            QTimer.singleShot(_SETTLE_POLL_MS, self.admit)  # sign-in writes: after the check
            return
        if hold is not None and not hold.passed:
            return  # a damaged file: the start-up check explains it and closes the window
        database = self.window.database
        with database.read_session() as session:
            first = accounts.needs_first_administrator(session)
        if first:
            account = ask_first_administrator(self.window, database)
        else:
            account = ask_sign_in(self.window, database, str(self.settings.get(LAST_USER) or ""))
        if account is None:
            self.window.close()
            return
        self.signed_in(account)

    def signed_in(self, account: SignedIn) -> None:
        self.account = account
        self.window.database.sign_in(account)
        # What showed before sign-in (the quick first page too) was read for nobody, with
        # NIKs masked: read it again for this person's role (roles.sees_full_nik).
        self.window.refresh_all()
        self.settings.set(LAST_USER, account.user_name)
        uncover(self.covers)
        self.covers = []
        apply_role(self.window, account)
        self.status.setText(t("accounts.ui.status", name=account.full_name,
                              role=t(f"accounts.role.{account.role.value}")))  # fmt: skip
        self.menu.menuAction().setVisible(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart_idle()

    # The idle lock
    def idle_ms(self) -> int:
        return max(1, int(self.settings.get(IDLE_LOCK_MINUTES))) * 60_000

    def restart_idle(self) -> None:
        if self.account is not None and not self.locked:
            self.idle.start(self.idle_ms())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self.idle.start(self.idle_ms())
        if event.type() == QEvent.Type.WindowActivate and watched is self.window:
            QTimer.singleShot(0, self.follow_role)
        return False

    # A role changed by an administrator while this window was signed in
    def _on_changed(self, database: object, _changes: object, _origin: object) -> None:
        if database is self.window.database:
            self.follow_role()

    def follow_role(self) -> None:
        """Menus, the NIKs on screen and the status bar follow the account's role as its row
        stands now (the core already acts on it). A disabled account is left to the next
        action, which says so (``_disabled``)."""
        if self.account is None or self.locked:
            return
        with self.window.database.read_session() as session:
            now = account_now(session, self.account)
        if isinstance(now, SignedIn) and now.role != self.account.role:
            self.signed_in(now)

    def lock(self) -> None:
        """Cover every window (open forms too) and ask the same person's password again."""
        if self.account is None or self.locked:
            return
        self.locked = True
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.covers = cover_all(windows, "accounts.ui.locked_cover")
        try:
            ask_unlock(self.window, self.window.database, self.account)
        finally:
            uncover(self.covers)
            self.covers = []
            self.locked = False
            self.restart_idle()

    # An account disabled by an administrator while this window was signed in as it
    def _disabled(self, database: object) -> None:
        if database is self.window.database and self.account is not None:
            QTimer.singleShot(0, self.sign_in_again)

    def sign_in_again(self) -> None:
        """Cover every window, say the account was disabled, and let someone else sign in;
        nobody: the window closes. Waits for the form's own message to be read first."""
        if self.account is None or self.locked:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(_SETTLE_POLL_MS, self.sign_in_again)
            return
        self.locked = True
        self.idle.stop()
        self.account = None
        self.window.database.sign_in(None)
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.covers = cover_all(windows, "accounts.ui.cover")
        try:
            tell_disabled(self.window)
            account = ask_sign_in(self.window, self.window.database, "")
        finally:
            self.locked = False
        if account is None:
            self.window.close()
            return
        self.signed_in(account)

    # The Akun menu and the status bar
    def _install_menu(self) -> None:
        self.menu = QMenu(t("accounts.ui.menu"), self.window)
        self.menu.setObjectName("accountMenu")
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), self.menu)
        for name, key, slot in (
            ("changePassword", "accounts.ui.change_action", self.change_password),
            ("manageAccounts", "accounts.ui.manage_action", self.manage_accounts),
            ("lockNow", "accounts.ui.lock_action", self.lock),
        ):
            action = QAction(t(key), self.window)
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, run=slot: run())
            self.menu.addAction(action)
        self.menu.menuAction().setVisible(False)
        self.status = QLabel("", self.window)
        self.status.setObjectName("statusAccount")
        self.window.statusBar().addPermanentWidget(self.status)

    def change_password(self) -> None:
        ChangePasswordDialog(self.window.database, self.window).exec()

    def manage_accounts(self) -> None:
        if self.account is not None and self.account.may(Permission.ACCOUNTS):
            AccountsWindow(self.window.database, self.settings, self.window).exec()
            self.restart_idle()


def install_account_gate(window: MainWindow, settings: Settings) -> AccountGate:
    gate = AccountGate(window, settings)
    window.account_gate = gate  # type: ignore[attr-defined]
    return gate
