"""Where ``--password`` comes from: the command line, a prompt, or WKSBM_EXPORT_PASSWORD.

A password typed on the command line shows in the process list and the shell history, so
``--ask-password`` asks for it instead (twice, without echo, on a terminal; the first line of
standard input in a script), and the environment variable serves scheduled jobs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t

ENV_PASSWORD = "WKSBM_EXPORT_PASSWORD"


def add_password_options(parser: argparse.ArgumentParser) -> None:
    """``--password P`` or ``--ask-password`` (one of them), as export and consolidate take."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--password", metavar="P", help=t("privacy.cli.password"))
    group.add_argument(
        "--ask-password", action="store_true", help=t("privacy.cli.ask_password", env=ENV_PASSWORD)
    )


def password_from(args: argparse.Namespace) -> str | None:
    """The password chosen: ``--password``, else asked, else the environment; None for none."""
    if args.password is not None:
        return str(args.password)
    if args.ask_password:
        return ask_password()
    return os.environ.get(ENV_PASSWORD) or None


def read_secret(prompt: str) -> str:
    """A line typed without echo; tests replace this."""
    return getpass.getpass(prompt)


def ask_password() -> str:
    if sys.stdin is None or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin is not None else ""
        password = line.rstrip("\r\n")
        if not password:
            raise WksbmError("privacy.password_no_input", env=ENV_PASSWORD)
        return password
    first = read_secret(t("privacy.prompt.password"))
    if read_secret(t("privacy.prompt.password_again")) != first:
        raise WksbmError("privacy.password_mismatch")
    return first
