"""``wksbm backup``: a verified copy of the database, in the cadangan folder, a file or a drive."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import acting_on_file, database_file, emit, record_backup
from wksbm_desktop.core.domain.roles import Permission, SignedIn
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.storage.backup import (
    REASON_MANUAL,
    REASON_OFFSITE,
    REASON_SERVER,
    BackupInfo,
    backup_now,
    describe,
    verified_copy,
)
from wksbm_desktop.core.storage.db import is_url
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help=t("cli.backup.help"), description=t("cli.backup.help")
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", metavar=t("cli.metavar.file"), help=t("cli.backup.out"))
    where.add_argument("--to", metavar=t("cli.metavar.folder"), help=t("storage.offsite.help_to"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = resolve_db_target(args.db)
    account = acting_on_file(args, Permission.BACKUP)
    if is_url(target):  # a server database: pg_dump does it (core/storage/pg_backup.py)
        if args.to:
            raise DatabaseProblem("storage.offsite.no_server")
        return _server_backup(args, account, target)
    db_path = database_file(args)
    if args.to:
        return _outside(args, account, db_path)
    if args.out:
        info = _to_file(db_path, Path(args.out))
        record_backup(args, account, info.path.name, REASON_MANUAL, str(info.path.parent))
    else:
        info = backup_now(db_path, REASON_MANUAL)
        record_backup(args, account, info.path.name, REASON_MANUAL)
    emit(t("safety.backup.done", path=str(info.path), size=human_size(info.size)))
    if info.counts is not None:
        emit(t("safety.backup.counts", **info.counts))
    return 0


def _outside(args: argparse.Namespace, account: SignedIn | None, db_path: Path) -> int:
    from wksbm_desktop.core.storage.offsite import copy_outside

    copy = copy_outside(db_path, args.to)
    record_backup(args, account, copy.path.name, REASON_OFFSITE, str(copy.path.parent))
    source = copy.source
    when = source.taken_at_local.strftime("%d-%m-%Y %H:%M")
    size = human_size(copy.path.stat().st_size)
    emit(t("storage.offsite.source", name=source.path.name, when=when))
    if copy.already_there:
        emit(t("storage.offsite.already"))
    emit(t("storage.offsite.done", path=str(copy.path), size=size))
    emit(f"SHA-256: {copy.checksum}")
    return 0


def _server_backup(args: argparse.Namespace, account: SignedIn | None, url: str) -> int:
    from wksbm_desktop.core.storage.pg_backup import backup_server

    path = backup_server(url, Path(args.out) if args.out else None)
    record_backup(args, account, path.name, REASON_SERVER, str(path.parent))
    emit(t("server.backup.done", path=str(path), size=human_size(path.stat().st_size)))
    return 0


def _to_file(db_path: Path, out: Path) -> BackupInfo:
    out = out.expanduser().resolve()
    if out == db_path:
        raise DatabaseProblem("safety.backup.out_is_db")
    if out.exists():
        raise DatabaseProblem("safety.backup.out_exists", path=str(out))
    verified_copy(db_path, out)
    return describe(out, db_path)


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
