"""``wksbm stats``: counts of live records."""

from __future__ import annotations

import argparse
import json

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.core.queries.stats import counts, kelurahan_with_data
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.i18n import t

_LABELS = {
    "groups": "cli.stats.groups",
    "members": "cli.stats.members",
    "memberships": "cli.stats.memberships",
    "activities": "cli.stats.activities",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats", help=t("cli.stats.help"), description=t("cli.stats.help")
    )
    parser.add_argument("--json", action="store_true", help=t("cli.stats.json"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        with database.read_session() as session:
            figures = counts(session)
            city = is_city(session)
            if city:  # the same figures summed over the city, and how many kelurahan hold data
                figures["kelurahan"] = kelurahan_with_data(session)
    finally:
        database.dispose()
    if args.json:
        emit(json.dumps(figures, indent=2, sort_keys=True))
        return 0
    labels = {**_LABELS, "kelurahan": "city_output.stats.kelurahan"} if city else _LABELS
    for key, label in labels.items():
        emit(f"{t(label):<28} {figures[key]:>10,}".replace(",", "."))
    return 0
