"""``wksbm feedback``: Dinas Sosial writes a feedback file for one kelurahan, which reads it.

``feedback write --kelurahan CODE --out FILE [--note TEXT]`` on the city database;
``feedback read FILE`` on a kelurahan database: each item becomes a notice, once.
"""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "feedback", help=t("city_output.cli.feedback_help"),
        description=t("city_output.cli.feedback_help"),
    )  # fmt: skip
    actions = parser.add_subparsers(dest="feedback_action", required=True)
    write = actions.add_parser(
        "write", help=t("city_output.cli.write_help"), description=t("city_output.cli.write_help")
    )
    write.add_argument("--kelurahan", required=True, metavar=t("cli.metavar.code"),
                       help=t("city_output.cli.kelurahan"))  # fmt: skip
    write.add_argument("--out", required=True, metavar=t("cli.metavar.xlsx"),
                       help=t("city_output.cli.out"))  # fmt: skip
    text = t("city_output.cli.metavar_text")
    write.add_argument("--note", action="append", default=[], metavar=text,
                       help=t("city_output.cli.note"))  # fmt: skip
    write.set_defaults(run=run_write)
    read = actions.add_parser(
        "read", help=t("city_output.cli.read_help"), description=t("city_output.cli.read_help")
    )
    read.add_argument("file", metavar=t("cli.metavar.xlsx"), help=t("city_output.cli.file"))
    read.set_defaults(run=run_read)


def run_write(args: argparse.Namespace) -> int:
    from wksbm_desktop.core.queries.feedback import NIK_GANDA, NOTE, REFUSED
    from wksbm_desktop.excel.feedback.write import require_kelurahan, write_feedback

    require_kelurahan(args.kelurahan)  # a typo creates nothing and opens nothing
    database = open_db(args)
    try:
        note = "\n".join(text for text in args.note if text.strip())
        written = write_feedback(database, args.kelurahan, args.out, note)
    finally:
        database.dispose()
    emit(t("city_output.cli.written", name=written.kelurahan.name, path=str(written.path),
           nik=written.count(NIK_GANDA), refused=written.count(REFUSED),
           notes=written.count(NOTE)))  # fmt: skip
    return 0


def run_read(args: argparse.Namespace) -> int:
    from wksbm_desktop.excel.feedback.read import import_feedback

    database = open_db(args)
    try:
        result = import_feedback(database, args.file)
    finally:
        database.dispose()
    emit(t("city_output.cli.read", added=result.added, known=result.known))
    if result.feedback.skipped:
        emit(t("city_output.cli.skipped", count=result.feedback.skipped))
    return 0
