"""``wksbm template``: the Excel template for importing members, activities and daftar hadir."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.storage.db import is_url, open_database
from wksbm_desktop.core.storage.db_file import require_healthy_file
from wksbm_desktop.excel.importing.template import write_office_template, write_template
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import ENV_DB, resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template", help=t("cli.template.help"), description=t("cli.template.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.xlsx"), help=t("cli.template.out")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """The office's own lists and group names; the standard lists when no database exists yet.

    A database named with --db or WKSBM_DB must exist: a typo must not pass unnoticed.
    """
    target = resolve_db_target(args.db)
    named = bool(args.db or os.environ.get(ENV_DB))
    if not named and not is_url(target) and not Path(target).exists():
        path = write_template(args.out)  # no database on this computer yet: the standard lists
    else:
        if not is_url(target):
            require_healthy_file(Path(target).expanduser().resolve())
        database = open_database(target, migrate=False, create=False)
        try:
            path = write_office_template(database, args.out)
        finally:
            database.dispose()
    emit(t("cli.template.done", path=str(path)))
    return 0
