"""``wksbm city-key``: Dinas Sosial saves its key file; a kelurahan installs it."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.core.domain.nik_seal import key_file_target, read_key_file, write_key_file
from wksbm_desktop.core.services.city_key import city_key_file, install_city_key, installed_key_id
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "city-key", help=t("city_key.cli.help"), description=t("city_key.cli.help")
    )
    actions = parser.add_subparsers(dest="action", metavar=t("city_key.cli.metavar.action"))
    actions.required = True
    export = actions.add_parser(
        "export", help=t("city_key.cli.export_help"), description=t("city_key.cli.export_help")
    )
    export.add_argument(
        "--out", required=True, metavar=t("city_key.cli.metavar.file"), help=t("city_key.cli.out")
    )
    export.set_defaults(run=run_export)
    install = actions.add_parser(
        "import", help=t("city_key.cli.import_help"), description=t("city_key.cli.import_help")
    )
    install.add_argument(
        "file", metavar=t("city_key.cli.metavar.file"), help=t("city_key.cli.file")
    )
    install.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    target = key_file_target(Path(args.out))
    database = open_db(args)
    try:
        with database.session() as session:
            data = city_key_file(session)
            # Inside the session: the key and its audit entry are kept only when the file is.
            write_key_file(target, data)
    finally:
        database.dispose()
    emit(t("city_key.cli.exported", path=str(target), key_id=data["key_id"]))
    return 0


def run_import(args: argparse.Namespace) -> int:
    content = read_key_file(Path(args.file))
    database = open_db(args)
    try:
        with database.session() as session:
            old = installed_key_id(session)
            key_id = install_city_key(session, content)
    finally:
        database.dispose()
    if old == key_id:
        emit(t("city_key.cli.same"))
    emit(t("city_key.cli.installed", key_id=key_id))
    if old and old != key_id:
        emit(t("city_key.cli.replaced", old=old))
    return 0
