"""What every command needs: the database named by ``--db`` / ``WKSBM_DB``, and who is acting
(``--user``, signed in by cli/sign_in.py once the database has accounts).

This is the one place that decides whether a command may use the database it names: only
``init`` creates one; every other command refuses a path with no database, a file of another
application and a damaged file, with a plain message and exit code 1, before anything opens it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wksbm_desktop.cli.sign_in import require, sign_in_for_command
from wksbm_desktop.core.domain.roles import Permission, SignedIn
from wksbm_desktop.core.storage.db import Database, is_url, open_database
from wksbm_desktop.core.storage.db_file import require_healthy_file
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import ENV_DB, resolve_db_target


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database the command works on, checked first; ``create`` only for ``init``."""
    target = resolve_db_target(args.db)
    if not is_url(target):
        require_healthy_file(local_path(target), allow_missing=create)
    operator = args.operator or t("cli.operator_default")
    database = open_database(target, operator=operator, create=create)
    try:
        sign_in_for_command(database, args)
    except BaseException:
        database.dispose()
        raise
    return database


def acting_on_file(args: argparse.Namespace, permission: Permission) -> SignedIn | None:
    """For commands that work on the database file itself (backup, restore): sign ``--user``
    in and check the role; the account acting, or None on a database without accounts.

    The file is opened without upgrading it; one from before accounts existed, or too damaged
    to open (restore is how it gets mended), has no accounts to check.
    """
    from wksbm_desktop.core.errors import DatabaseProblem

    try:
        database = open_database(resolve_db_target(args.db), migrate=False, create=False)
    except DatabaseProblem:
        return None
    try:
        sign_in_for_command(database, args)
        require(database, permission)
        return database.account
    finally:
        database.dispose()


def operator_name(args: argparse.Namespace, account: SignedIn | None) -> str:
    """The name the history records: the account's, else ``--operator`` as before accounts."""
    return account.full_name if account else args.operator or t("cli.operator_default")


def record_backup(
    args: argparse.Namespace,
    account: SignedIn | None,
    file_name: str,
    reason: str,
    folder: str = "",
) -> None:
    """A backup made from the command line goes into the history naming who made it: the
    ``--user`` account, or ``--operator`` on a database without accounts."""
    from wksbm_desktop.core.services.audit import record_backup as record

    with _acting_database(args, account) as database, database.session() as session:
        record(session, file_name, reason, folder)


def record_restore(args: argparse.Namespace, account: SignedIn | None, changes: dict) -> None:
    """A server restore (pg_restore) into the restored database's history, naming who did it
    (a file's restore records itself: core/storage/restore.py)."""
    from wksbm_desktop.core.services import audit

    with _acting_database(args, account) as database, database.session() as session:
        audit.record(session, "database", "", "restore", changes)


@contextmanager
def _acting_database(args: argparse.Namespace, account: SignedIn | None) -> Iterator[Database]:
    database = open_database(resolve_db_target(args.db), migrate=False, create=False)
    try:
        database.operator = operator_name(args, account)
        database.sign_in(account)
        yield database
    finally:
        database.dispose()


def optional_db(args: argparse.Namespace) -> Database | None:
    """The database for a command that can also work without one (template, consolidate).

    None when this PC has no database at the default place yet; a database named with --db or
    WKSBM_DB must exist all the same, so that a typo does not pass unnoticed.
    """
    target = resolve_db_target(args.db)
    named = bool(args.db or os.environ.get(ENV_DB))
    if not named and not is_url(target) and not local_path(target).exists():
        return None
    return open_db(args)


def database_file(args: argparse.Namespace, *, full_check: bool = False) -> Path:
    """The healthy database file named by ``--db`` / ``WKSBM_DB`` / the default (not a URL)."""
    path = local_path(resolve_db_target(args.db))
    require_healthy_file(path, full=full_check)
    return path


def local_path(target: str) -> Path:
    return Path(target).expanduser().resolve()


def emit(text: str) -> None:
    """Print to stdout when there is one (a windowed build has none)."""
    import sys

    if sys.stdout is not None:
        print(text)


def workbook_paths(arguments: list[str]) -> list[str]:
    """The files named, with Windows in mind: its command prompt passes ``laporan\\*.xlsx`` as
    written (no shell expands it), so a pattern is expanded here, and a folder stands for the
    workbooks in it. A pattern that matches nothing stays as written: the reader then says the
    file does not exist."""
    found: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found += sorted(str(p) for p in path.iterdir() if p.suffix.lower() == ".xlsx")
        elif not path.exists() and any(mark in argument for mark in "*?["):
            matches = sorted(str(p) for p in path.parent.glob(path.name) if p.is_file())
            found += matches or [argument]
        else:
            found.append(argument)
    return found
