"""``wksbm merge``: merge one member into another after a verified backup, undo a merge, or
list the merges (docs/duplicates.md)."""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.cli.sign_in import require
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.queries.merges import merges
from wksbm_desktop.core.services.merging import (
    check_merge,
    check_undo,
    field_label,
    merge_members,
    undo_merge,
)
from wksbm_desktop.core.storage.backup import backup_before
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge", help=t("duplicates.cli.merge_help"), description=t("duplicates.cli.merge_help")
    )
    parser.add_argument("--keep", metavar="UUID", help=t("duplicates.cli.keep"))
    parser.add_argument("--other", metavar="UUID", help=t("duplicates.cli.other"))
    parser.add_argument(
        "--take",
        default="",
        metavar=t("duplicates.cli.metavar.fields"),
        help=t("duplicates.cli.take"),
    )
    parser.add_argument(
        "--undo",
        type=int,
        metavar=t("duplicates.cli.metavar.number"),
        help=t("duplicates.cli.undo"),
    )
    parser.add_argument("--list", action="store_true", help=t("duplicates.cli.list"))
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    merging = bool(args.keep and args.other) and args.undo is None and not args.list
    undoing = args.undo is not None and not (args.keep or args.other or args.list)
    listing = args.list and args.undo is None and not (args.keep or args.other)
    if not (merging or undoing or listing):
        args.parser.error(t("duplicates.cli.merge_usage"))
    if listing:
        return _list(args)
    database = open_db(args)
    try:
        require(database, Permission.MERGE)
        take = [name.strip() for name in args.take.split(",") if name.strip()]
        with database.read_session() as session:  # refused before any backup is made
            if undoing:
                check_undo(session, args.undo)
            else:
                check_merge(session, args.keep, args.other, take_from_other=take)
        _backup(database)
        if undoing:
            with database.session() as session:
                undo_merge(session, args.undo)
            emit(t("duplicates.cli.undone", merge_id=args.undo))
            return 0
        with database.session() as session:
            result = merge_members(session, args.keep, args.other, take_from_other=take)
    finally:
        database.dispose()
    for note in result.notes:
        emit(note)
    emit(
        t("duplicates.cli.merged", merge_id=result.merge_id, keep=result.keep_uuid,
          memberships=result.memberships_moved + result.memberships_joined,
          attendance=result.attendance_moved, history=result.history_moved)
    )  # fmt: skip
    if result.attendance_dropped:
        emit(t("duplicates.cli.attendance_dropped", count=result.attendance_dropped))
    if result.fields_taken:
        fields = ", ".join(field_label(name) for name in result.fields_taken)
        emit(t("duplicates.cli.fields_taken", fields=fields))
    return 0


def _list(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.read_session() as session:
            found = merges(session)
    finally:
        database.dispose()
    for merge in found:
        undone = (
            t("duplicates.cli.list_undone", when=merge.undone_at.strftime("%d-%m-%Y %H:%M"))
            if merge.undone_at
            else ""
        )
        emit(
            t("duplicates.cli.list_line", merge_id=merge.merge_id, keep=merge.keep_name,
              other=merge.other_name, when=merge.merged_at.strftime("%d-%m-%Y %H:%M"),
              who=merge.merged_by or "-") + undone
        )  # fmt: skip
    emit(t("duplicates.cli.list_count", count=len(found)))
    return 0


def _backup(database: Database) -> None:
    """The verified copy taken before a merge or its undo (as before an import)."""
    if database.path is None:
        emit(t("duplicates.cli.backup_server"))
        return
    info = backup_before(database.path, "gabung")
    if info is not None:
        emit(t("duplicates.cli.backup_done", path=str(info.path)))
