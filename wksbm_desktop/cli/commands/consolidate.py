"""``wksbm consolidate``: many kelurahan report workbooks into one city workbook (Dinas Sosial).

Unusable files do not stop the consolidation: they are listed in the Status laporan sheet and
in a warning here, and the command still exits 0. It exits 1 only when no file can be used or the
city workbook cannot be written.
"""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import emit
from wksbm_desktop.excel.consolidate import ConsolidationResult, consolidate
from wksbm_desktop.excel.consolidate_scan import ReportFile
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "consolidate", help=t("consolidate.help"), description=t("consolidate.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.city_xlsx"), help=t("consolidate.arg.out")
    )
    parser.add_argument(
        "files", nargs="+", metavar=t("cli.metavar.xlsx"), help=t("consolidate.arg.files")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # The city workbook needs no database: --db, if given, is accepted and left alone.
    result = consolidate(args.files, args.out)
    totals = result.totals
    emit(t("consolidate.done", path=str(result.path), reported=result.reported,
           total=len(result.board), missing=result.missing))  # fmt: skip
    emit(t("consolidate.done_counts", groups=totals.groups, members=totals.members,
           memberships=totals.memberships, activities=totals.activities))  # fmt: skip
    emit(t("consolidate.done_nik", count=result.nik_duplicates))
    if result.masked_reports:
        emit(t("consolidate.done_nik_masked", count=result.masked_reports))
    _warn(result)
    return 0


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
