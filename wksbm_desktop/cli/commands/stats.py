"""``wksbm stats``: counts of live records."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from wksbm_desktop.cli.context import emit, open_db
from wksbm_desktop.core.queries.programme_stats import programme_figures
from wksbm_desktop.core.queries.stats import counts, kelurahan_with_data
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.i18n import t

_LABELS = {
    "groups": "cli.stats.groups",
    "members": "cli.stats.members",
    "memberships": "cli.stats.memberships",
    "activities": "cli.stats.activities",
}

_PROGRAMME_LABELS = {
    ("aid", "count"): "programme.stats.aid",
    ("aid", "lpj_overdue"): "programme.stats.lpj_overdue",
    ("visits", "count"): "programme.stats.visits",
    ("visits", "groups_without_visit_6_months"): "programme.stats.unvisited",
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
            figures: dict[str, Any] = dict(counts(session))
            # The programme's keys (issue 19): ``aid``, ``indicators``, ``visits``.
            figures.update(programme_figures(session, date.today()))
            city = is_city(session)
            if city:  # the same figures summed over the city, and how many kelurahan hold data
                figures["kelurahan"] = kelurahan_with_data(session)
    finally:
        database.dispose()
    if args.json:
        emit(json.dumps(figures, indent=2, sort_keys=True))
        return 0
    lines = {t(label): figures[key] for key, label in _LABELS.items()}
    for (key, part), label in _PROGRAMME_LABELS.items():
        lines[t(label)] = figures[key][part]
    if city:
        lines[t("city_output.stats.kelurahan")] = figures["kelurahan"]
    for label, number in lines.items():
        emit(f"{label:<28} {number:>10,}".replace(",", "."))
    return 0
