"""``wksbm export``: the report workbook for Dinas Sosial."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.cli.passwords import add_password_options, password_from
from wksbm_desktop.cli.sign_in import require
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report.export import ExportOptions, export_report, period_text
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.signature import missing_signature, signature_warning
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help=t("cli.export.help"), description=t("cli.export.help")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.metavar.xlsx"), help=t("cli.export.out")
    )
    parser.add_argument(
        "--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help=t("cli.export.from")
    )
    parser.add_argument(
        "--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help=t("cli.export.to")
    )
    parser.add_argument("--full-nik", action="store_true", help=t("cli.export.full_nik"))
    add_password_options(parser)
    parser.set_defaults(run=run)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(t("cli.export.bad_date", value=text)) from error


def warn_signature(database: Database) -> None:
    """A plain warning on stderr when the Rekap would print no Lurah name or NIP."""
    with database.read_session() as session:
        missing = missing_signature(session)
    if missing and sys.stderr is not None:
        print(t("reports.signature.cli", text=signature_warning(missing)), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    options = ExportOptions(
        period=Period(args.start, args.end), full_nik=args.full_nik, password=password_from(args)
    )
    database = open_db(args)
    try:
        require(database, Permission.EXPORT_FULL if args.full_nik else Permission.EXPORT_MASKED)
        warn_signature(database)
        result = export_report(database, args.out, options)
    finally:
        database.dispose()
    counts = result.rows
    emit(
        t(
            "cli.export.done",
            path=str(result.path),
            period=period_text(options.period),
            groups=counts["groups"],
            members=counts["members"],
            memberships=counts["memberships"],
            activities=counts["activities"],
        )
    )
    # The programme's sheets (format 5, issue 19).
    emit(t("report_programme.cli.export", aid=counts.get("aid", 0),
           disbursements=counts.get("disbursements", 0), lpj=counts.get("aid_reports", 0),
           indicators=counts.get("indicators", 0), visits=counts.get("visits", 0)))  # fmt: skip
    emit(t("cli.export.masked") if result.masked else t("cli.export.full"))
    if result.masked:  # what Dinas Sosial can check with this file (city-key)
        key_id = result.nik_key_id
        emit(t("city_key.export.sealed", key_id=key_id) if key_id else t("city_key.cli.no_key"))
    if result.encrypted:
        emit(t("cli.export.encrypted"))
    return 0
