"""``wksbm template``: the Excel template for importing members, activities and attendance."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.db import is_url, open_database
from wksbm_desktop.excel.template import write_office_template, write_template
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template", help=t("cli.template.help"), description=t("cli.template.help")
    )
    parser.add_argument("--out", required=True, metavar="BERKAS.xlsx", help=t("cli.template.out"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = resolve_db_target(args.db)
    if not is_url(target) and not Path(target).exists():
        path = write_template(args.out)  # no database yet: the default lists
    else:
        database = open_database(target, migrate=False)
        try:
            path = write_office_template(database, args.out)
        finally:
            database.dispose()
    emit(t("cli.template.done", path=str(path)))
    return 0
