"""Operations on accounts: the first administrator, adding, resetting, (dis)abling, passwords;
and the history entry of a backup made by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

R = TypeVar("R")
ACCOUNTS = OpChanges(accounts=True)


def _run(parent: QWidget | None, database: Database, op: Callable[[Session], R]) -> R:
    return CollectionOp(parent, database, op, ACCOUNTS, t("op.saving")).run()


def create_first_administrator(
    parent: QWidget | None, database: Database, user: str, full_name: str, password: str
) -> accounts.NewAdministrator:
    return _run(
        parent,
        database,
        lambda session: accounts.create_first_administrator(session, user, full_name, password),
    )


def add_account(
    parent: QWidget | None, database: Database, user: str, full_name: str, role: str, password: str
) -> None:
    _run(
        parent,
        database,
        lambda session: accounts.add_account(session, user, full_name, role, password),
    )


def reset_password(parent: QWidget | None, database: Database, user: str, password: str) -> None:
    _run(parent, database, lambda session: accounts.reset_password(session, user, password))


def change_account(
    parent: QWidget | None, database: Database, change: Callable[[Session, str], object], user: str
) -> None:
    """Disable or enable an account (``accounts.disable_account`` / ``enable_account``)."""
    _run(parent, database, lambda session: change(session, user))


def set_role(parent: QWidget | None, database: Database, user: str, role: str) -> None:
    _run(parent, database, lambda session: accounts.set_role(session, user, role))


def change_own_password(parent: QWidget | None, database: Database, old: str, new: str) -> None:
    _run(parent, database, lambda session: accounts.change_own_password(session, old, new))


def record_backup(
    parent: QWidget | None, database: Database, file_name: str, reason: str, folder: str = ""
) -> None:
    """A backup (made by hand, automatic, before an import, to a flashdisk) into the history,
    naming who made it."""
    from wksbm_desktop.core.services.audit import record_backup as record

    CollectionOp(parent, database, lambda s: record(s, file_name, reason, folder), OpChanges(),
                 t("op.saving")).run()  # fmt: skip
