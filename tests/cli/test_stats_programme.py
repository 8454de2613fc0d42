"""``wksbm stats --json`` carries the programme's figures under ``aid``, ``indicators`` and
``visits`` (names other tools read), and the text output names the main ones."""

from __future__ import annotations

import json
from datetime import date

from tests.cli.conftest import RunCli
from wksbm_desktop.core.queries.programme_stats import programme_figures
from wksbm_desktop.core.storage.db import open_database

KELURAHAN = "36.71.05.1008"


def test_stats_json_has_the_programme_keys(cli: RunCli, db_target: str) -> None:
    assert cli("--db", db_target, "init", "--kelurahan", KELURAHAN).code == 0
    assert cli("--db", db_target, "demo", "--members", "900").code == 0

    outcome = cli("--db", db_target, "stats", "--json")

    assert outcome.code == 0, outcome.err
    figures = json.loads(outcome.out)
    assert set(figures["aid"]) == {
        "count", "approved", "pending", "refused", "amount_requested", "amount_approved",
        "disbursed", "by_source", "lpj", "lpj_accepted", "lpj_overdue",
    }  # fmt: skip
    assert set(figures["indicators"]) == {
        "records", "groups", "groups_last_6_months", "latest_period",
    }  # fmt: skip
    assert set(figures["visits"]) == {
        "count", "last_6_months", "follow_up_open", "groups_without_visit_6_months",
    }  # fmt: skip
    assert figures["aid"]["count"] > 0 and figures["visits"]["count"] > 0
    assert date.fromisoformat(figures["indicators"]["latest_period"]) < date.today()
    database = open_database(db_target)
    try:
        with database.read_session() as session:
            assert programme_figures(session, date.today()) == {
                key: figures[key] for key in ("aid", "indicators", "visits")
            }
    finally:
        database.dispose()
    assert figures["members"] == 900, "the record counts stay as they were"


def test_stats_text_names_aid_overdue_lpj_and_visits(cli: RunCli, db_target: str) -> None:
    cli("--db", db_target, "init", "--kelurahan", KELURAHAN)
    result = cli("--db", db_target, "stats")
    assert result.code == 0
    lines = dict(line.rsplit(None, 1) for line in result.out.splitlines())
    assert set(lines) >= {
        "Bantuan", "LPJ terlambat", "Kunjungan pendampingan", "Belum dikunjungi 6 bulan",
    }  # fmt: skip
    assert lines["LPJ terlambat"] == "0"
