"""``wksbm check``: SQLite integrity and foreign keys, then the domain invariants."""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import database_file, emit
from wksbm_desktop.cli.sign_in import sign_in_for_command
from wksbm_desktop.core.storage.checks import all_problems
from wksbm_desktop.core.storage.db import is_url, open_database
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help=t("cli.check.help"), description=t("cli.check.help")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = resolve_db_target(args.db)
    if not is_url(target):
        database_file(args, full_check=True)  # integrity_check, before anything opens it
    # Never migrate while checking: a damaged or old file must not be written to.
    database = open_database(target, migrate=False, create=False)
    try:
        sign_in_for_command(database, args)
        with database.read_session() as session:
            problems = all_problems(session)
    finally:
        database.dispose()
    if not problems:
        emit(t("check.healthy"))
        return 0
    emit(t("check.found", count=len(problems)))
    for problem in problems:
        emit(f"- {problem.message}")
    return 1
