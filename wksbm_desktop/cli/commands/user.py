"""``wksbm user add|list|disable|enable|set-role|reset-password``: the accounts of the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from sqlalchemy.orm import Session

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.cli.sign_in import new_password
from wksbm_desktop.core.domain.roles import Permission, Role
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import check
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "user", help=t("accounts.cli.user_help"), description=t("accounts.cli.user_help")
    )
    actions = parser.add_subparsers(dest="action", metavar=t("cli.metavar.command"))
    actions.required = True
    add = actions.add_parser("add", help=t("accounts.cli.add_help"))
    add.add_argument("name", metavar=t("cli.metavar.name"), help=t("accounts.cli.user_name"))
    add.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help=t("accounts.cli.role")
    )
    add.add_argument("--full-name", metavar=t("cli.metavar.name"), help=t("accounts.cli.full_name"))
    add.set_defaults(run=_add)
    actions.add_parser("list", help=t("accounts.cli.list_help")).set_defaults(run=_list)
    for action, run in (
        ("disable", _disable),
        ("enable", _enable),
        ("reset-password", _reset),
    ):
        one = actions.add_parser(action, help=t(f"accounts.cli.{action.replace('-', '_')}_help"))
        one.add_argument("name", metavar=t("cli.metavar.name"), help=t("accounts.cli.user_name"))
        one.set_defaults(run=run)
    set_role = actions.add_parser("set-role", help=t("accounts.cli.set_role_help"))
    set_role.add_argument("name", metavar=t("cli.metavar.name"), help=t("accounts.cli.user_name"))
    set_role.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help=t("accounts.cli.role")
    )
    set_role.set_defaults(run=_set_role)


def _add(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        check(database, Permission.ACCOUNTS)  # before asking for a password in vain
        password = new_password(args.name)
        with database.session() as session:
            row = accounts.add_account(
                session, args.name, args.full_name or args.name, args.role, password
            )
    finally:
        database.dispose()
    emit(t("accounts.cli.added", user=row.user_name, role=t(f"accounts.role.{row.role}")))
    return 0


def _list(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        check(database, Permission.ACCOUNTS)
        with database.read_session() as session:
            rows = accounts.list_accounts(session)
    finally:
        database.dispose()
    if not rows:
        emit(t("accounts.cli.none"))
    for row in rows:
        state = t("accounts.cli.active" if row.active else "accounts.cli.inactive")
        last = row.last_sign_in_at.strftime("%d-%m-%Y %H:%M") if row.last_sign_in_at else "-"
        role = t(f"accounts.role.{row.role}")
        emit(f"{row.user_name}\t{row.full_name}\t{role}\t{state}\t{last}")
    return 0


def _disable(args: argparse.Namespace) -> int:
    return _change(args, accounts.disable_account, "accounts.cli.disabled")


def _enable(args: argparse.Namespace) -> int:
    return _change(args, accounts.enable_account, "accounts.cli.enabled")


def _set_role(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.session() as session:
            row = accounts.set_role(session, args.name, args.role)
    finally:
        database.dispose()
    emit(t("accounts.cli.role_set", user=row.user_name, role=t(f"accounts.role.{row.role}")))
    return 0


def _change(
    args: argparse.Namespace, change: Callable[[Session, str], accounts.AccountRow], done_key: str
) -> int:
    database = open_db(args)
    try:
        with database.session() as session:
            row = change(session, args.name)
    finally:
        database.dispose()
    emit(t(done_key, user=row.user_name))
    return 0


def _reset(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        check(database, Permission.ACCOUNTS)
        password = new_password(args.name)
        with database.session() as session:
            row = accounts.reset_password(session, args.name, password)
    finally:
        database.dispose()
    emit(t("accounts.cli.reset", user=row.user_name))
    return 0
