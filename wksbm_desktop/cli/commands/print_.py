"""``wksbm print``: daftar hadir, group profile and letter, and the Rekap as PDF files."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from wksbm_desktop.cli.commands.export import iso_date
from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "print", help=t("cli.print.help"), description=t("cli.print.description")
    )
    documents = parser.add_subparsers(dest="document", metavar=t("cli.print.metavar.document"))
    documents.required = True
    hadir = _document(documents, "daftar-hadir", _run_attendance)
    hadir.add_argument("--activity", required=True, metavar="UUID", help=t("cli.print.activity"))
    hadir.add_argument("--terisi", action="store_true", help=t("cli.print.filled"))
    profile = _document(documents, "profil", _run_profile)
    profile.add_argument("--group", required=True, metavar="UUID", help=t("cli.print.group"))
    letter = _document(documents, "surat", _run_letter)
    letter.add_argument("--group", required=True, metavar="UUID", help=t("cli.print.group"))
    letter.add_argument(
        "--nomor", metavar=t("cli.print.metavar.number"), help=t("cli.print.number")
    )
    letter.add_argument(
        "--tanggal", type=iso_date, metavar="YYYY-MM-DD", help=t("cli.print.letter_date")
    )
    rekap = _document(documents, "rekap", _run_rekap)
    rekap.add_argument(
        "--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help=t("cli.export.from")
    )
    rekap.add_argument(
        "--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help=t("cli.export.to")
    )
    _add_city(documents)


def _add_city(documents: argparse._SubParsersAction) -> None:
    city = _document(documents, "rekap-kota", _run_city)
    city.add_argument(
        "files", nargs="+", metavar=t("cli.metavar.xlsx"), help=t("cli.print.city_files")
    )


def _document(
    documents: argparse._SubParsersAction, name: str, run: object
) -> argparse.ArgumentParser:
    parser = documents.add_parser(
        name, help=t(f"cli.print.{name}"), description=t(f"cli.print.{name}")
    )
    parser.add_argument(
        "--out", required=True, metavar=t("cli.print.metavar.pdf"), help=t("cli.print.out")
    )
    parser.set_defaults(run=run)
    return parser


def _write(args: argparse.Namespace, make: object) -> int:
    from wksbm_desktop.documents.build import checked_pdf_target, save_pdf

    checked_pdf_target(args.out)  # before any work: a wrong name costs nothing
    database = open_db(args)
    try:
        with database.session() as session:
            data = make(session)  # type: ignore[operator]
            # Inside the session: a letter number is kept only when its PDF was written.
            path = save_pdf(data, args.out)
    finally:
        database.dispose()
    emit(t("cli.print.done", path=str(Path(path))))
    return 0


def _run_attendance(args: argparse.Namespace) -> int:
    from wksbm_desktop.documents.build import attendance_pdf

    return _write(args, lambda s: attendance_pdf(s, args.activity.strip(), filled=args.terisi))


def _run_profile(args: argparse.Namespace) -> int:
    from wksbm_desktop.documents.build import profile_pdf

    return _write(args, lambda s: profile_pdf(s, args.group.strip()))


def _run_letter(args: argparse.Namespace) -> int:
    from wksbm_desktop.documents.build import letter_pdf

    day = args.tanggal or date.today()
    return _write(args, lambda s: letter_pdf(s, args.group.strip(), day, args.nomor))


def _run_rekap(args: argparse.Namespace) -> int:
    from wksbm_desktop.documents.build import rekap_pdf

    return _write(args, lambda s: rekap_pdf(s, Period(args.start, args.end)))


def _run_city(args: argparse.Namespace) -> int:
    """Rekap Kota from report files; the database, when there is one, gives only the paper."""
    from wksbm_desktop.core.errors import WksbmError
    from wksbm_desktop.documents.build import checked_pdf_target, save_pdf
    from wksbm_desktop.documents.letterhead import letterhead_of, office_lines
    from wksbm_desktop.documents.page import Letterhead
    from wksbm_desktop.documents.rekap_kota import city_sheet, render_city_rekap

    checked_pdf_target(args.out)
    try:
        database = open_db(args)
    except WksbmError:  # a Dinas Sosial PC may consolidate without a database of its own
        head = Letterhead(office_lines(None), "", None, "A4", "Tangerang", "", "", "", "")
    else:
        try:
            with database.session() as session:
                head = letterhead_of(session)
        finally:
            database.dispose()
    path = save_pdf(render_city_rekap(city_sheet(args.files), head), args.out)
    emit(t("cli.print.done", path=str(path)))
    return 0
