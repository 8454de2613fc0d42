"""``wksbm check``: SQLite integrity and foreign keys, then the domain invariants."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.backup import integrity_problem
from wksbm_desktop.core.checks import all_problems
from wksbm_desktop.core.db import is_url, open_database
from wksbm_desktop.core.errors import DatabaseProblem
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
        _check_file_before_opening(Path(target))
    # Never migrate while checking: a damaged or old file must not be written to.
    database = open_database(target, migrate=False)
    try:
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


def _check_file_before_opening(path: Path) -> None:
    if not path.exists():
        raise DatabaseProblem("cli.check.missing", path=str(path))
    problem = integrity_problem(path)
    if problem is not None:
        from wksbm_desktop.core.health import newest_good_backup

        backup = newest_good_backup(path)
        if backup is not None:
            raise DatabaseProblem(
                "cli.check.damaged_backup", path=str(path), detail=problem, backup=str(backup.path)
            )
        raise DatabaseProblem("cli.check.damaged", path=str(path), detail=problem)
