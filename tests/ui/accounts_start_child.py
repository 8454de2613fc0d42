"""Run the real application once on a database, answering the account prompts (a child process
of tests/ui/test_accounts.py): the first administrator, or sign-in with the remembered name."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wksbm_desktop import app
from wksbm_desktop.core.services import accounts
from wksbm_desktop.ui.accounts import gate

PASSWORD = "sandi-lurah-poris"


def first(parent, database):  # type: ignore[no-untyped-def]
    print("first", parent.isVisible(), flush=True)
    QTimer.singleShot(300, QApplication.instance().quit)
    with database.session() as session:
        made = accounts.create_first_administrator(session, "lurah", "Budi Santoso", PASSWORD)
    return made.account


def sign_in(_parent, database, last_user):  # type: ignore[no-untyped-def]
    print("sign_in", last_user, flush=True)
    QTimer.singleShot(300, QApplication.instance().quit)
    return accounts.sign_in(database, last_user, PASSWORD)


if __name__ == "__main__":
    gate.ask_first_administrator = first
    gate.ask_sign_in = sign_in
    sys.exit(app.main(["--db", sys.argv[1]]))
