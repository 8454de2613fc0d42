"""``wksbm template``: the Excel template for importing members."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.db import is_url, open_database
from wksbm_desktop.core.db_file import require_healthy_file
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.excel.template import write_template
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import ENV_DB, resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template", help=t("cli.template.help"), description=t("cli.template.help")
    )
    parser.add_argument("--out", required=True, metavar="BERKAS.xlsx", help=t("cli.template.out"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lists, kelurahan = _from_database(args)
    path = write_template(args.out, lists, kelurahan)
    emit(t("cli.template.done", path=str(path)))
    return 0


def _from_database(args: argparse.Namespace) -> tuple[dict[str, list[str]], str]:
    """The database's own reference lists; the defaults when no database exists yet.

    A database named with --db or WKSBM_DB must exist: a typo must not pass unnoticed.
    """
    target = resolve_db_target(args.db)
    named = bool(args.db or os.environ.get(ENV_DB))
    if not named and not is_url(target) and not Path(target).exists():
        return {}, ""  # no database on this computer yet: the standard lists
    if not is_url(target):
        require_healthy_file(Path(target).expanduser().resolve())
    database = open_database(target, migrate=False, create=False)
    try:
        with database.read_session() as session:
            office = get_office(session)
            lists = {kind: reference.labels(session, kind) for kind in ("group_type", "education")}
            return lists, (office.kelurahan_code or "") if office else ""
    finally:
        database.dispose()
