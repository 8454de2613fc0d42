"""What every command needs: the database named by ``--db`` / ``WKSBM_DB``, and who is acting."""

from __future__ import annotations

import argparse

from wksbm_desktop.core.db import Database, open_database
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def open_db(args: argparse.Namespace) -> Database:
    operator = args.operator or t("cli.operator_default")
    return open_database(resolve_db_target(args.db), operator=operator)


def emit(text: str) -> None:
    """Print to stdout when there is one (a windowed build has none)."""
    import sys

    if sys.stdout is not None:
        print(text)
