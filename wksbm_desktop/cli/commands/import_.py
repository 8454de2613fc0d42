"""``wksbm import``: members and report workbooks from Excel, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.excel.errors_out import write_error_copy
from wksbm_desktop.excel.importer import import_workbook
from wksbm_desktop.excel.reader import check_container
from wksbm_desktop.i18n import t

MAX_LINES = 200  # the rest is in the --errors-out copy


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help=t("cli.import.help"), description=t("cli.import.help")
    )
    parser.add_argument("file", metavar=t("cli.metavar.xlsx"), help=t("cli.import.file"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.import.dry_run"))
    parser.add_argument(
        "--errors-out", metavar=t("cli.metavar.xlsx"), help=t("cli.import.errors_out")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    # A file that is not a workbook gets its plain message before any database is opened.
    check_container(source)
    database = open_db(args)
    try:
        report = import_workbook(database, source, dry_run=args.dry_run)
    finally:
        database.dispose()
    for problem in report.problems[:MAX_LINES]:
        emit(problem.line())
    if len(report.problems) > MAX_LINES:
        emit(t("cli.import.more", count=len(report.problems) - MAX_LINES))
    if args.errors_out:
        write_error_copy(source, args.errors_out, report)
        emit(t("cli.import.errors_written", path=args.errors_out))
    emit(report.summary())
    return 0 if report.ok else 1
