"""The command-line shell (``wksbm``) over the core; it never imports Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from wksbm_desktop import __version__
from wksbm_desktop.cli import argparse_texts, commands
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import LANGUAGES, choose_language, t

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2

_log = logging.getLogger(__name__)


class IndonesianArgumentParser(argparse.ArgumentParser):
    """argparse with Indonesian help headings and usage errors, exiting with code 2."""

    def __init__(self, **kwargs: Any) -> None:
        # argparse's own "-h" help text is English; add it ourselves in Indonesian.
        # Keywords only, as add_subparsers passes them: add_help can then only come as one.
        wants_help = kwargs.pop("add_help", True)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = t("cli.heading.positionals")
        self._optionals.title = t("cli.heading.options")
        if wants_help:
            self.add_argument("-h", "--help", action="help", help=t("cli.help.help"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, t("cli.usage_error", detail=message, prog=self.prog) + "\n")


def build_parser() -> argparse.ArgumentParser:
    argparse_texts.install()
    parser = IndonesianArgumentParser(
        prog="wksbm", description=t("cli.description"), allow_abbrev=False
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"WKSBM Desktop {__version__}",
        help=t("cli.help.version"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.help.lang"))
    parser.add_argument("--db", metavar="PATH", help=t("cli.help.db"))
    parser.add_argument(
        "--operator", metavar=t("cli.metavar.name"), default="", help=t("cli.help.operator")
    )
    parser.add_argument(
        "--user", metavar=t("cli.metavar.name"), default="", help=t("accounts.cli.help_user")
    )
    subparsers = parser.add_subparsers(dest="command", metavar=t("cli.metavar.command"))
    subparsers.required = True
    for command in commands.ALL:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    choose_language(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    from wksbm_desktop.logs import setup_logging
    from wksbm_desktop.private_files import sweep_private_folders

    setup_logging()
    sweep_private_folders()  # plaintext left by a run that was killed mid-export
    try:
        return int(args.run(args) or EXIT_OK)
    except WksbmError as error:
        _print_error(error.message)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _print_error(t("cli.interrupted"))
        return EXIT_USER_ERROR
    except Exception as error:
        _log.exception("unexpected error in command %s", args.command)
        damaged = _damage_found_while_working(args, error)
        if damaged is not None:
            _print_error(damaged)
            return EXIT_USER_ERROR
        from wksbm_desktop.logs import log_file_path

        _print_error(t("cli.unexpected", log=str(log_file_path())))
        return EXIT_USER_ERROR


def _damage_found_while_working(args: argparse.Namespace, error: BaseException) -> str | None:
    """SQLite finding damage the check before opening missed: still a plain sentence."""
    import sqlite3

    original = getattr(error, "orig", None) or error
    text = str(original)
    if type(original) is not sqlite3.DatabaseError or args.command == "consolidate":
        return None  # only "disk image is malformed", "file is not a database" and the like
    from wksbm_desktop.core.storage.db import is_url
    from wksbm_desktop.core.storage.db_file import damaged_problem
    from wksbm_desktop.paths import resolve_db_target

    target = resolve_db_target(getattr(args, "db", None))
    if is_url(target):
        return None
    from pathlib import Path

    return str(damaged_problem(Path(target).expanduser().resolve(), text))


def _print_error(message: str) -> None:
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def run() -> NoReturn:
    """Console-script entry point."""
    sys.exit(main())
