"""Accounts in the window: the first administrator, sign-in in one field after the first time,
menus by role, the idle lock that keeps open work, account management (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import tab_of
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.services import accounts
from wksbm_desktop.ui.accounts import gate as gate_module
from wksbm_desktop.ui.accounts.gate import install_account_gate
from wksbm_desktop.ui.accounts.manage import IDLE_LOCK_MINUTES, LAST_USER, AccountsWindow
from wksbm_desktop.ui.accounts.password_dialogs import FirstAdminDialog, RecoveryCodeDialog
from wksbm_desktop.ui.accounts.sign_in_dialog import SignInDialog
from wksbm_desktop.ui.forms import GroupDialog
from wksbm_desktop.ui.settings import Settings

ADMIN_PASSWORD = "sandi-lurah-poris"
CLERK_PASSWORD = "sandi-siti-aminah"


def make_admin(database) -> accounts.NewAdministrator:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return accounts.create_first_administrator(session, "lurah", "Budi Santoso",
                                                   ADMIN_PASSWORD)  # fmt: skip


def add_clerk(database, role: Role = Role.OPERATOR) -> None:  # type: ignore[no-untyped-def]
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", role, CLERK_PASSWORD)
    database.sign_in(None)


def test_first_administrator_dialog_makes_the_account_and_shows_the_code_once(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    dialog = FirstAdminDialog(database)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Budi Santoso")
    dialog.user.setText("lurah")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.again.setText("lain-sendiri")
    dialog._on_ok()
    assert "tidak sama" in dialog.error.text() and dialog.made is None
    dialog.again.setText(ADMIN_PASSWORD)
    dialog._on_ok()
    assert dialog.made is not None and database.account == dialog.made.account
    code = RecoveryCodeDialog(database, dialog.made.account, dialog.made.recovery_code)
    qtbot.addWidget(code)
    assert not code.done_button.isEnabled()  # the code must be kept before going on
    code.kept.setChecked(True)
    assert code.done_button.isEnabled()
    database.sign_in(None)
    fresh = accounts.recover_with_code(database, "lurah", dialog.made.recovery_code, "baru-sekali1")
    assert fresh != dialog.made.recovery_code


def test_recovery_code_prints_through_the_print_preview(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made = make_admin(main_window.database)
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        "wksbm_desktop.ui.printing.preview.show_preview",
        lambda _p, data, title, _f: shown.append((data, title)) or True,
    )
    dialog = RecoveryCodeDialog(main_window.database, made.account, made.recovery_code)
    qtbot.addWidget(dialog)
    assert dialog.print_code()
    from io import BytesIO

    from pypdf import PdfReader

    text = PdfReader(BytesIO(shown[0][0])).pages[0].extract_text()
    assert made.recovery_code in text and "Budi Santoso" in text


def test_after_the_first_time_sign_in_is_one_field_and_enter(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    make_admin(main_window.database)
    dialog = SignInDialog(main_window.database, last_user="lurah")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "salah" in dialog.error.text()
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.full_name == "Budi Santoso"
    assert dialog.password.text() == ""


def test_the_window_stays_covered_until_sign_in_and_shows_what_the_role_may_do(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database)
    settings = Settings(tmp_path / "ui.ini")
    settings.set(LAST_USER, "siti")
    asked: list[str] = []

    def sign_in(_parent, db, last_user):  # type: ignore[no-untyped-def]
        asked.append(last_user)
        assert gate.covers and gate.covers[0].isVisible()  # nothing readable before sign-in
        return accounts.sign_in(db, last_user, CLERK_PASSWORD)

    monkeypatch.setattr(gate_module, "ask_sign_in", sign_in)
    gate = install_account_gate(main_window, settings)
    qtbot.waitUntil(lambda: gate.account is not None)
    assert asked == ["siti"] and gate.covers == []
    assert "Siti Aminah" in gate.status.text()
    visible = {a.objectName(): a.isVisible() for a in main_window.findChildren(QAction)}
    assert visible["newGroup"] and visible["exportReport"] and visible["changePassword"]
    for admin_only in ("manageAccounts", "restoreBackup", "officeSettings", "memberAnonymise"):
        assert visible.get(admin_only) is not True, admin_only
    assert gate.menu.menuAction().isVisible()


def test_a_viewer_sees_no_writing_and_no_export(qtbot, main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database, Role.PEMANTAU)
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "siti", CLERK_PASSWORD)
    )
    gate = install_account_gate(main_window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: gate.account is not None)
    for name in ("newGroup", "exportReport", "importExcel", "exportLastMonth"):
        assert not _action(main_window, name).isVisible(), name
    tab_of(main_window, 1)  # a tab built after sign-in follows the role too
    assert not _action(main_window, "groupAdd").isVisible()
    assert not main_window.findChild(QWidget, "groupPrintButton").isVisible()


def test_menus_follow_a_role_an_administrator_changes_meanwhile(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database)
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "siti", CLERK_PASSWORD)
    )
    gate = install_account_gate(main_window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: gate.account is not None)
    assert not _action(main_window, "manageAccounts").isVisible()
    # The Lurah, at another PC on the same database, makes Siti an administrator (here: the
    # same database object, signed in as the Lurah for the change and back as Siti after).
    siti = gate.account
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.set_role(session, "siti", "admin")
    database.sign_in(siti)
    gate.follow_role()  # what the window coming back to the front does
    assert gate.account.role is Role.ADMIN and "Lurah / Admin" in gate.status.text()
    assert _action(main_window, "manageAccounts").isVisible()


def _action(window, name):  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_no_account_yet_asks_for_the_first_administrator(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def first(_parent, db):  # type: ignore[no-untyped-def]
        asked.append("first")
        return make_admin(db).account

    monkeypatch.setattr(gate_module, "ask_first_administrator", first)
    gate = install_account_gate(main_window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: gate.account is not None)
    assert asked == ["first"] and _action(main_window, "manageAccounts").isVisible()


def test_cancelling_sign_in_closes_the_window(qtbot, main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    make_admin(main_window.database)
    monkeypatch.setattr(gate_module, "ask_sign_in", lambda *_a: None)
    install_account_gate(main_window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_idle_lock_keeps_an_open_forms_unsaved_input(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    settings = Settings(tmp_path / "ui.ini")
    settings.set(IDLE_LOCK_MINUTES, 1)
    monkeypatch.setattr(
        gate_module, "ask_sign_in", lambda _p, db, _u: accounts.sign_in(db, "lurah", ADMIN_PASSWORD)
    )
    gate = install_account_gate(main_window, settings)
    qtbot.waitUntil(lambda: gate.account is not None)
    assert gate.idle.isActive() and gate.idle.interval() == 60_000
    discard_asked: list[bool] = []
    monkeypatch.setattr("wksbm_desktop.ui.forms.base.confirm_discard",
                        lambda _p: discard_asked.append(True) or True)  # fmt: skip
    form = GroupDialog()
    qtbot.addWidget(form)
    form.show()
    form.name.setText("KUBE Belum Disimpan")
    seen: dict[str, object] = {}

    def answer() -> None:
        lock = QApplication.activeModalWidget()
        seen["dialog"] = lock.objectName() if lock else None
        seen["form_covered"] = any(c.parentWidget() is form for c in gate.covers)
        qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Esc does not open the window
        seen["after_escape"] = lock.isVisible()
        lock.password.setText("bukan-sandinya")
        lock._on_sign_in()
        seen["after_wrong"] = lock.isVisible()
        lock.password.setText(ADMIN_PASSWORD)
        lock._on_sign_in()

    QTimer.singleShot(50, answer)
    gate.idle.timeout.emit()  # the idle time is up
    assert seen == {"dialog": "lockDialog", "form_covered": True, "after_escape": True,
                    "after_wrong": True}  # fmt: skip
    assert form.isVisible() and form.name.text() == "KUBE Belum Disimpan"
    assert gate.covers == [] and not gate.locked and gate.idle.isActive()
    assert discard_asked == []  # the lock never tried to close the form


def test_admin_manages_accounts_in_the_window(qtbot, main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    settings = Settings(tmp_path / "ui.ini")
    window = AccountsWindow(database, settings)
    qtbot.addWidget(window)

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        if not dialog.resetting:
            dialog.user.setText("siti")
            dialog.full_name.setText("Siti Aminah")
            dialog.role.setCurrentIndex(dialog.role.findData("operator"))
        dialog.password.setText(CLERK_PASSWORD)
        dialog.again.setText(CLERK_PASSWORD)
        dialog._on_ok()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr("wksbm_desktop.ui.accounts.manage.run_dialog", fill)
    monkeypatch.setattr("wksbm_desktop.ui.dialogs_util.ask_confirmation", lambda *_a: True)
    monkeypatch.setattr("wksbm_desktop.ui.dialogs_util.show_info", lambda *_a: None)
    window.add_account()
    assert window.model.rowCount() == 2
    window.table.selectRow(1)
    assert window.selected_user() == "siti"
    window.reset_password()
    window.disable()
    assert window.model.item(1, 3).text() == "nonaktif"
    window.idle.setValue(5)
    assert settings.get(IDLE_LOCK_MINUTES) == 5


def test_admin_changes_a_role_and_a_refusal_shows_in_the_dialog(
    qtbot, main_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    window = AccountsWindow(database, Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []

    def choose(role: str):  # type: ignore[no-untyped-def]
        def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
            assert dialog.objectName() == "setRoleDialog"
            shown.append((dialog.role.currentData(), dialog.windowTitle()))
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            dialog._on_ok()
            shown.append((dialog.error.text(), ""))
            return dialog.result() == dialog.DialogCode.Accepted

        return fill

    monkeypatch.setattr("wksbm_desktop.ui.accounts.manage.run_dialog", choose("pemantau"))
    window.table.selectRow(1)
    window.findChild(QWidget, "setAccountRole").click()
    assert shown[0] == ("operator", "Ubah peran akun siti")  # starts from the role it has
    assert window.model.item(1, 2).text() == "Pemantau"
    monkeypatch.setattr("wksbm_desktop.ui.accounts.manage.run_dialog", choose("operator"))
    window.table.selectRow(0)  # the administrator's own account: refused in the dialog
    window.findChild(QWidget, "setAccountRole").click()
    assert "sendiri" in shown[-1][0]
    assert window.model.item(0, 2).text() == "Lurah / Admin"


@pytest.mark.slow
def test_the_application_asks_for_the_first_admin_then_signs_in_with_the_remembered_name(
    demo_db,
) -> None:  # type: ignore[no-untyped-def]
    # A child process: app.main runs the whole start-up (single instance, checks, event loop),
    # which must not leave its state behind for the tests that follow.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    child = [sys.executable, str(root / "tests" / "ui" / "accounts_start_child.py"), str(demo_db)]
    runs = [subprocess.run(child, capture_output=True, text=True, env=env, timeout=120)
            for _ in range(2)]  # fmt: skip
    assert [run.returncode for run in runs] == [0, 0], [run.stderr[-2000:] for run in runs]
    assert [run.stdout.strip().splitlines()[-1] for run in runs] == [
        "first True",
        "sign_in lurah",
    ]
    # The real start-up wrote its log, its settings and the database: no password in any.
    from tests.ui.accounts_start_child import PASSWORD
    from wksbm_desktop.paths import data_dir

    written = [
        p for folder in (data_dir(), demo_db.parent) for p in folder.rglob("*") if p.is_file()
    ]
    names = {p.name for p in written}
    assert "wksbm.log" in names and "wksbm-desktop.ini" in names and demo_db in written
    for path in written:
        content = path.read_bytes()
        assert PASSWORD.encode() not in content and PASSWORD.encode("utf-16-le") not in content


def test_only_the_admin_is_offered_full_niks_in_the_export(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.ui.excel.export_dialog import start_export

    database = main_window.database
    make_admin(database)
    add_clerk(database)
    accounts.sign_in(database, "siti", CLERK_PASSWORD)
    dialog = start_export(main_window)
    assert (
        not dialog.full_nik_check.isEnabled() and "Lurah / Admin" in dialog.full_nik_check.toolTip()
    )
    dialog.reject()
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    dialog = start_export(main_window)
    assert dialog.full_nik_check.isEnabled()
    dialog.reject()
