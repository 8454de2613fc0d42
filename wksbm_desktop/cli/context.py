"""What every command needs: the database named by ``--db`` / ``WKSBM_DB``, and who is acting.

This is the one place that decides whether a command may use the database it names: only
``init`` creates one; every other command refuses a path with no database, a file of another
application and a damaged file, with a plain message and exit code 1, before anything opens it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

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
    return open_database(target, operator=operator, create=create)


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
