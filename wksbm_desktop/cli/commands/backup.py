"""``wksbm backup``: a verified copy of the database, in the cadangan folder or a chosen file."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit
from wksbm_desktop.core.backup import BackupInfo, backup_now, describe, verified_copy
from wksbm_desktop.core.db import is_url
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import resolve_db_target


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help=t("cli.backup.help"), description=t("cli.backup.help")
    )
    parser.add_argument("--out", metavar=t("cli.metavar.file"), help=t("cli.backup.out"))
    parser.set_defaults(run=run)


def database_file(args: argparse.Namespace) -> Path:
    """The database file named by --db / WKSBM_DB / the default; refuses server URLs."""
    target = resolve_db_target(args.db)
    if is_url(target):
        raise DatabaseProblem("safety.backup.not_a_file", target=target)
    path = Path(target).expanduser().resolve()
    if not path.is_file():
        raise DatabaseProblem("safety.backup.missing", path=str(path))
    return path


def run(args: argparse.Namespace) -> int:
    target = resolve_db_target(args.db)
    if is_url(target):  # a server database: pg_dump does it (core/pg_backup.py)
        return _server_backup(target, args.out)
    db_path = database_file(args)
    info = _to_file(db_path, Path(args.out)) if args.out else backup_now(db_path, "manual")
    emit(t("safety.backup.done", path=str(info.path), size=human_size(info.size)))
    if info.counts is not None:
        emit(t("safety.backup.counts", **info.counts))
    return 0


def _server_backup(url: str, out: str | None) -> int:
    from wksbm_desktop.core.pg_backup import backup_server

    path = backup_server(url, Path(out) if out else None)
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
