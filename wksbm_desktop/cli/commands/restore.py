"""``wksbm restore FILE``: replace the database by a healthy backup, keeping the current state."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import acting_on_file, emit, operator_name, record_restore
from wksbm_desktop.core.domain.roles import Permission, SignedIn
from wksbm_desktop.core.storage.db import is_url
from wksbm_desktop.core.storage.restore import restore, validate_backup_file
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore", help=t("cli.restore.help"), description=t("cli.restore.help")
    )
    parser.add_argument("file", metavar=t("cli.metavar.file"), help=t("cli.restore.file"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = resolve_db_target(args.db)
    if is_url(target):  # a server database: pg_restore does it (core/storage/pg_backup.py)
        account = acting_on_file(args, Permission.RESTORE)
        return _server_restore(args, account, target, Path(args.file).expanduser())
    source = Path(args.file).expanduser()
    operator = operator_name(args, acting_on_file(args, Permission.RESTORE))
    # Check before anything else so a bad file changes nothing at all.
    validate_backup_file(source)
    result = restore(Path(target), source, operator=operator)
    emit(t("safety.restore.done", source=str(result.restored_from)))
    if result.safety_backup is not None:
        emit(t("safety.restore.safety_copy", path=str(result.safety_backup)))
    if result.damaged_copy is not None:
        emit(t("safety.restore.damaged_copy", path=str(result.damaged_copy)))
    return 0


def _server_restore(
    args: argparse.Namespace, account: SignedIn | None, url: str, dump: Path
) -> int:
    from wksbm_desktop.core.storage.pg_backup import restore_server

    safety = restore_server(url, dump)
    record_restore(args, account, {
        "file": [None, dump.name], "safety_backup": [None, safety.name if safety else None],
    })  # fmt: skip
    emit(t("server.restore.done", path=str(dump)))
    if safety is not None:
        emit(t("safety.restore.safety_copy", path=str(safety)))
    return 0
