"""``wksbm stats`` on a city installation: today's keys summed over the city, and ``kelurahan``."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tests.city_fill import copy_kelurahan, new_city
from tests.cli.conftest import RunCli
from tests.excel.conftest import new_database
from wksbm_desktop.core.demo_data.synthetic import generate

KELURAHAN = ("36.71.05.1008", "36.71.01.1001")


def test_city_stats_sum_every_kelurahan(
    cli: RunCli, tmp_path: Path, new_target: Callable[..., str]
) -> None:
    target = new_target("kota.db", at_head=True)
    city = new_city(target)
    singles = []
    try:
        for seed, code in enumerate(KELURAHAN, start=3):
            path = tmp_path / f"{code}.db"
            kelurahan = new_database(path, kelurahan=code)
            with kelurahan.session() as session:
                generate(session, members=25, seed=seed, today=date(2026, 6, 30))
            copy_kelurahan(kelurahan, city, code)
            kelurahan.dispose()
            singles.append(json.loads(cli("--db", str(path), "stats", "--json").out))
    finally:
        city.dispose()

    outcome = cli("--db", target, "stats", "--json")

    assert outcome.code == 0, outcome.err
    figures = json.loads(outcome.out)
    assert figures.pop("kelurahan") == 2
    assert set(figures) == set(singles[0])
    assert figures == _summed(singles[0], singles[1])
    assert figures["members"] > 0 and figures["archived_members"] >= 0
    assert "kelurahan" not in singles[0], "a kelurahan database keeps today's keys"
    text = cli("--db", target, "stats").out
    assert "Kelurahan yang punya data" in text and text.rstrip().endswith("2")


def _summed(first: Any, second: Any) -> Any:
    """Two kelurahan's figures as the city's: numbers add up, nested figures (the programme's
    ``aid``, ``indicators``, ``visits``) add up key by key, the latest period is the later."""
    if isinstance(first, dict):
        return {key: _summed(first.get(key, 0), second.get(key, 0)) for key in first | second}
    if isinstance(first, str) or isinstance(second, str) or None in (first, second):
        return max((value for value in (first, second) if value), default=None)
    return first + second


def test_empty_city_counts_no_kelurahan(cli: RunCli, tmp_path: Path) -> None:
    target = str(tmp_path / "kota.db")
    assert cli("--db", target, "init", "--city").code == 0

    figures = json.loads(cli("--db", target, "stats", "--json").out)

    assert figures["kelurahan"] == 0 and figures["members"] == 0
