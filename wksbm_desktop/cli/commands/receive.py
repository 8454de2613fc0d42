"""``wksbm receive``: kelurahan report workbooks into Dinas Sosial's city database."""

from __future__ import annotations

import argparse
import json

from wksbm_desktop.cli.context import emit, open_db, workbook_paths
from wksbm_desktop.core.domain.incoming_report import RECEIVED, REFUSED, Receipt
from wksbm_desktop.excel.receiving.action import receive_files, statuses
from wksbm_desktop.excel.receiving.text import counts_text, period_label, status_label
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "receive", help=t("receiving.cli.help"), description=t("receiving.cli.help")
    )
    parser.add_argument(
        "files", nargs="+", metavar=t("cli.metavar.xlsx"), help=t("receiving.cli.files")
    )
    parser.add_argument("--json", action="store_true", help=t("receiving.cli.json"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        receipts = receive_files(database, workbook_paths(args.files))
    finally:
        database.dispose()
    if args.json:
        emit(json.dumps([receipt.as_dict() for receipt in receipts], indent=2, ensure_ascii=False))
    else:
        for receipt in receipts:
            _print_receipt(receipt)
        emit(t("receiving.cli.summary", **statuses(receipts)))
    return 1 if any(receipt.status == REFUSED for receipt in receipts) else 0


def _print_receipt(receipt: Receipt) -> None:
    emit(t("receiving.cli.line", file=receipt.file_name, status=status_label(receipt.status),
           kelurahan=receipt.kelurahan_name or receipt.kelurahan_code or "-",
           period=period_label(receipt), message=receipt.message))  # fmt: skip
    if receipt.status != RECEIVED:
        return
    emit(t("receiving.cli.counts", counts=counts_text(receipt)))
    for refusal in receipt.refusals:
        where = (
            t("receiving.cli.where", sheet=refusal.sheet, row=refusal.row) if refusal.row else ""
        )
        emit(t("receiving.cli.refusal", where=where, reason=refusal.reason))
    for line in receipt.lines:
        emit(t("receiving.cli.note", line=line))
