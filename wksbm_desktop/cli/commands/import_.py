"""``wksbm import``: members, activities and report workbooks from Excel, after a backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.cli.sign_in import require
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.audit import record_backup
from wksbm_desktop.core.storage.backup import REASON_BEFORE_IMPORT
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.errors_out import check_error_copy_target, write_error_copy
from wksbm_desktop.excel.importing.importer import backup_before_import, import_workbook
from wksbm_desktop.excel.importing.problems import ImportReport
from wksbm_desktop.excel.reading.reader import check_container
from wksbm_desktop.i18n import t

MAX_LINES = 200  # the rest is in the --errors-out copy


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help=t("cli.import.help"), description=t("cli.import.help")
    )
    parser.add_argument("file", metavar=t("cli.metavar.xlsx"), help=t("cli.import.file"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.import.dry_run"))
    parser.add_argument("--valid-only", action="store_true", help=t("import_more.cli.valid_only"))
    parser.add_argument(
        "--errors-out", metavar=t("cli.metavar.xlsx"), help=t("cli.import.errors_out")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    # A file that is not a workbook, or an error workbook that could not be written, gets its
    # plain message before any database is opened: nothing is saved that the output denies.
    check_container(source)
    if args.errors_out:
        check_error_copy_target(source, args.errors_out)
    database = open_db(args)
    try:
        require(database, Permission.IMPORT)  # a role that may not import makes no backup either
        if not args.dry_run:
            _backup(database)
        report = import_workbook(database, source, dry_run=args.dry_run, valid_only=args.valid_only)
    finally:
        database.dispose()
    for problem in report.problems[:MAX_LINES]:
        emit(problem.line())
    if len(report.problems) > MAX_LINES:
        emit(t("cli.import.more", count=len(report.problems) - MAX_LINES))
    emit(report.summary())
    copy_ok = _error_copy(source, args.errors_out, report) if args.errors_out else True
    return 0 if report.ok and copy_ok else 1


def _backup(database: Database) -> None:
    info = backup_before_import(database)
    if info is not None:
        with database.session() as session:
            record_backup(session, info.path.name, REASON_BEFORE_IMPORT)
        emit(t("import_more.cli.backup_done", path=str(info.path)))
    elif database.path is None:
        emit(t("import_more.cli.backup_server"))


def _error_copy(source: Path, target: str, report: ImportReport) -> bool:
    """Write the error workbook after the import; its failure is told apart from the data."""
    try:
        write_error_copy(source, target, report)
    except WksbmError as error:
        key = (
            "import_more.cli.copy_failed_saved" if report.written else "import_more.cli.copy_failed"
        )
        emit(t(key, reason=error.message))
        return False
    emit(t("cli.import.errors_written", path=target))
    return True
