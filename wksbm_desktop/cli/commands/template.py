"""``wksbm template``: the Excel template for importing members, activities and daftar hadir."""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import emit, optional_db
from wksbm_desktop.excel.importing.template import write_office_template, write_template
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template", help=t("cli.template.help"), description=t("cli.template.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.xlsx"), help=t("cli.template.out")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """The office's own lists and group names; the standard lists when no database exists yet."""
    database = optional_db(args)
    if database is None:
        path = write_template(args.out)
    else:
        try:
            path = write_office_template(database, args.out)
        finally:
            database.dispose()
    emit(t("cli.template.done", path=str(path)))
    return 0
