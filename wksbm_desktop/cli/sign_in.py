"""Who runs a command: ``--user NAME`` and the password from WKSBM_PASSWORD or a prompt.

A database without any account works as before (no sign-in). Once an account exists, every
command that opens the database needs ``--user`` and the right password, or exits 1. The
environment variables serve scheduled jobs; README says why they are a risk.
"""

from __future__ import annotations

import argparse
import os
import sys

from wksbm_desktop.cli import passwords
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.access import refuse_unless
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t

ENV_PASSWORD = "WKSBM_PASSWORD"
ENV_NEW_PASSWORD = "WKSBM_NEW_PASSWORD"


def sign_in_for_command(database: Database, args: argparse.Namespace) -> None:
    """Sign ``--user`` in on ``database`` when it has accounts; refuse a command without one."""
    from wksbm_desktop.core.services.accounts import sign_in

    user = (getattr(args, "user", None) or "").strip()
    if not database.has_accounts():
        if user:
            raise WksbmError("accounts.cli.no_accounts_yet", user=user)
        return
    if not user:
        raise WksbmError("accounts.cli.user_needed", env=ENV_PASSWORD)
    sign_in(database, user, _password(user))


def require(database: Database, permission: Permission) -> None:
    """Refuse now, before any work, what the signed-in role may not do (backups, restores)."""
    if database.account is not None or database.has_accounts():
        refuse_unless(database.account, permission)


def _password(user: str) -> str:
    from_env = os.environ.get(ENV_PASSWORD)
    if from_env:
        return from_env
    return _read_line(t("accounts.cli.prompt_password", user=user), ENV_PASSWORD)


def new_password(for_whom: str) -> str:
    """A new account's password: WKSBM_NEW_PASSWORD, or typed twice without echo."""
    from wksbm_desktop.core.services.accounts import check_new_password

    from_env = os.environ.get(ENV_NEW_PASSWORD)
    if from_env:
        check_new_password(from_env)
        return from_env
    first = _read_line(t("accounts.cli.prompt_new", user=for_whom), ENV_NEW_PASSWORD)
    check_new_password(first)
    typed = sys.stdin is not None and sys.stdin.isatty()
    if typed and passwords.read_secret(t("accounts.cli.prompt_again")) != first:
        raise WksbmError("accounts.cli.mismatch")
    return first


def _read_line(prompt: str, env: str) -> str:
    """Typed without echo on a terminal; the first line of standard input in a script."""
    if sys.stdin is not None and sys.stdin.isatty():
        return passwords.read_secret(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    secret = line.rstrip("\r\n")
    if not secret:
        raise WksbmError("accounts.cli.no_password", env=env)
    return secret
