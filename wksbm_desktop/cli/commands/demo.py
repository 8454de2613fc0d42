"""``wksbm demo``: fill the database with realistic synthetic data."""

from __future__ import annotations

import argparse

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help=t("cli.demo.help"), description=t("cli.demo.help"))
    parser.add_argument("--members", type=_positive, default=300, metavar="N",
                        help=t("cli.demo.members"))  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, metavar="S", help=t("cli.demo.seed"))
    parser.set_defaults(run=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(t("cli.demo.members_positive"))
    return value


def run(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.session() as session:
            result = generate(session, members=args.members, seed=args.seed)
    finally:
        database.dispose()
    emit(t("cli.demo.done", **result.__dict__))
    return 0
