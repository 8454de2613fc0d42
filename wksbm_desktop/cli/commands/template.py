"""``wksbm template``: the Excel template for importing members."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.db import is_url, open_database
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.excel.template import write_template
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template", help=t("cli.template.help"), description=t("cli.template.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.xlsx"), help=t("cli.template.out")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lists, kelurahan = _from_database(args)
    path = write_template(args.out, lists, kelurahan)
    emit(t("cli.template.done", path=str(path)))
    return 0


def _from_database(args: argparse.Namespace) -> tuple[dict[str, list[str]], str]:
    """The database's own reference lists when one exists; the defaults otherwise."""
    target = resolve_db_target(args.db)
    if not is_url(target) and not Path(target).exists():
        return {}, ""
    database = open_database(target, migrate=False)
    try:
        with database.read_session() as session:
            office = get_office(session)
            lists = {kind: reference.labels(session, kind) for kind in ("group_type", "education")}
            return lists, (office.kelurahan_code or "") if office else ""
    finally:
        database.dispose()
