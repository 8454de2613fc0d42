"""``wksbm consolidate``: many kelurahan report workbooks into one city workbook (Dinas Sosial).

With no files, on a city installation, the city workbook is written from the city database:
the reports it received, with the same sheets and figures (excel/consolidate/from_database.py).

Unusable files do not stop the consolidation: they are listed in the Status laporan sheet and
in a warning here, and the command still exits 0. It exits 1 only when no file can be used or the
city workbook cannot be written. NIKs are masked unless ``--full-nik``; the password options are
those of ``wksbm export``; every consolidation is audited in the database (``--db``), or only
in the log when this PC has no database yet.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from typing import NoReturn

from wksbm_desktop.cli.context import emit, optional_db, workbook_paths
from wksbm_desktop.cli.passwords import add_password_options, password_from
from wksbm_desktop.excel.consolidate.city import CityOptions, ConsolidationResult, consolidate
from wksbm_desktop.excel.consolidate.scan import ReportFile
from wksbm_desktop.i18n import t

_log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "consolidate", help=t("consolidate.help"), description=t("consolidate.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.city_xlsx"), help=t("consolidate.arg.out")
    )
    parser.add_argument(
        "files", nargs="*", metavar=t("cli.metavar.xlsx"), help=t("city_output.consolidate.arg")
    )
    parser.add_argument("--full-nik", action="store_true", help=t("privacy.cli.city_full_nik"))
    add_password_options(parser)
    parser.set_defaults(run=run, usage_error=parser.error)


def run(args: argparse.Namespace) -> int:
    options = CityOptions(full_nik=args.full_nik, password=password_from(args))
    if not args.files:
        result = _from_city_database(args, options)
        emit(t("city_output.consolidate.from_database"))
        _report(result)
        return 0
    # The reports are the input; the database only receives the audit entry of the consolidation.
    database = optional_db(args)  # the database records the consolidation
    try:
        files = workbook_paths(args.files)
        result = consolidate(files, args.out, options=options, database=database)
    finally:
        if database is not None:
            database.dispose()
    if database is None:
        _log.info("consolidation written to %s without a database to audit it", result.path)
        emit(t("cli.consolidate.no_audit_database"))
    _report(result)
    return 0


def _from_city_database(args: argparse.Namespace, options: CityOptions) -> ConsolidationResult:
    """No files named: the city workbook of what the city database received."""
    from wksbm_desktop.excel.consolidate.from_database import consolidate_database

    database = optional_db(args)
    if database is None:  # no files and no database on this PC: nothing to consolidate
        usage_error: Callable[[str], NoReturn] = args.usage_error
        usage_error(t("city_output.consolidate.no_source"))
    try:
        return consolidate_database(database, args.out, options=options)
    finally:
        database.dispose()


def _report(result: ConsolidationResult) -> None:
    totals = result.totals
    emit(t("consolidate.done", path=str(result.path), reported=result.reported,
           total=len(result.board), missing=result.missing))  # fmt: skip
    emit(t("consolidate.done_counts", groups=totals.groups, members=totals.members,
           memberships=totals.memberships, activities=totals.activities))  # fmt: skip
    emit(t("consolidate.done_nik", count=result.nik_duplicates))
    if result.masked_reports:
        emit(t("consolidate.done_nik_masked", count=result.masked_reports))
    emit(t("privacy.city.masked") if result.masked else t("privacy.city.full"))
    if result.encrypted:
        emit(t("cli.export.encrypted"))
    _warn(result)


def _warn(result: ConsolidationResult) -> None:
    ignored = result.ignored
    if ignored:
        emit(t("consolidate.warn_head", count=len(ignored)))
        for report in ignored:
            emit(t("consolidate.warn_line", name=report.name, reason=_reason(report)))
    flagged = [s.report for s in result.board if s.report is not None and s.report.issues]
    if flagged:
        emit(t("consolidate.warn_issues", count=len(flagged)))
        for report in flagged:
            emit(t("consolidate.warn_line", name=report.name, reason=_reason(report)))


def _reason(report: ReportFile) -> str:
    return " ".join(issue.message for issue in report.issues)
