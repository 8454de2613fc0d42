"""Member list at scale: search, sort and start-up of the real window, as ratios to plain SQL.

Run ``python -m bench.search_bench [--members 100000]``. Fills a temporary database with demo
data, then measures in one run (so both sides share the machine's mood):
- search: typing in ``memberSearch`` until the table shows the result, against running the
  same list and count queries directly (median and p95 over ~30 queries);
- sort: a click on the name header until the table is re-filled, against the same query;
- start-up: ``create_main_window`` shown and painted, against a bare ``QMainWindow``.
With ``--city`` the same members belong to the 104 kelurahan of a city installation, and two
more measures follow: a click on the Kelurahan header, and choosing a kecamatan in its filter.
Prints a table and writes JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESULTS = Path(__file__).resolve().parent / "results"


def build_database(path: Path, members: int, city: bool = False) -> float:
    from wksbm_desktop.core.demo_data import synthetic as demo
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    started = time.perf_counter()
    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        demo.generate(session, members=members, seed=42)
        if city:
            spread_over_city(session)
    database.dispose()
    return time.perf_counter() - started


def spread_over_city(session) -> None:
    """Make it a city installation whose records belong to the 104 kelurahan, group by group."""
    from sqlalchemy import text

    from wksbm_desktop.core.services.city import seed_city_kelurahan

    session.execute(
        text(
            "UPDATE office SET kelurahan_code = NULL, kelurahan_name = NULL, "
            "kecamatan_code = NULL, kecamatan_name = NULL"
        )
    )
    seed_city_kelurahan(session)
    codes = list(session.scalars(text("SELECT code FROM city_kelurahan ORDER BY code")))
    by_id = " ".join(f"WHEN {i} THEN '{code}'" for i, code in enumerate(codes))
    owner = f"CASE {{}} % {len(codes)} {by_id} END"
    session.execute(text(f"UPDATE groups SET kelurahan_code = {owner.format('id')}"))
    for table, group in (("activities", "group_id"), ("memberships", "group_id")):
        session.execute(
            text(
                f"UPDATE {table} SET kelurahan_code = "
                f"(SELECT kelurahan_code FROM groups WHERE groups.id = {table}.{group})"
            )
        )
    # A member belongs where their first group is; members of no group are spread by id.
    session.execute(
        text(
            "UPDATE members SET kelurahan_code = coalesce((SELECT min(kelurahan_code) FROM "
            f"memberships WHERE memberships.member_id = members.id), {owner.format('id')})"
        )
    )
    session.execute(
        text(
            "UPDATE attendance SET kelurahan_code = (SELECT kelurahan_code FROM activities "
            "WHERE activities.id = attendance.activity_id)"
        )
    )


def pick_queries(window, count: int) -> list[str]:
    """Real search words: first names, surnames, NIK and RT/RW fragments spread over the list."""
    model = window.member_tab.model
    step = max(model.rowCount() // count, 1)
    rows = [model.row_at(i) for i in range(0, model.rowCount(), step)][:count]
    queries = []
    for index, row in enumerate(rows):
        words = row.full_name.split()
        kind = index % 4
        if kind == 0:
            queries.append(words[0])
        elif kind == 1:
            queries.append(words[-1][:4])
        elif kind == 2:
            queries.append(row.nik[-8:])
        else:
            queries.append(f"{row.rt}/{row.rw}")
    return queries


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def direct_sql(database, request) -> float:
    """The same two queries the table model runs: the first page and the count."""
    from wksbm_desktop.core.queries.members import count_members, list_members

    def run() -> None:
        with database.read_session() as session:
            count_members(session, request)
            list_members(session, request, 0, 200)

    return timed(run)


def settle(app) -> None:
    app.processEvents()


def measure_search(app, window, queries: list[str]) -> dict[str, list[float]]:
    from PySide6.QtTest import QTest

    tab = window.member_tab
    model = tab.model
    ui, ui_with_debounce, sql = [], [], []
    for query in queries:
        tab.search.clear()
        tab.apply_request()
        settle(app)
        # The work itself: the text arrives, the query runs, the table repaints.
        started = time.perf_counter()
        tab.search.setText(query)
        tab.apply_request()
        tab.table.viewport().repaint()
        settle(app)
        ui.append((time.perf_counter() - started) * 1000)
        sql.append(direct_sql(window.database, replace(model.request, search=query)))
        # As an operator feels it: typing, the 150 ms pause, then the result.
        tab.search.clear()
        tab.apply_request()
        settle(app)
        started = time.perf_counter()
        tab.search.setText(query)
        while model.request.search != query:
            QTest.qWait(5)
        tab.table.viewport().repaint()
        ui_with_debounce.append((time.perf_counter() - started) * 1000)
    tab.search.clear()
    tab.apply_request()
    return {"ui": ui, "ui_with_debounce": ui_with_debounce, "sql": sql}


def measure_sort(app, window, rounds: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt

    tab = window.member_tab
    ui, sql = [], []
    for index in range(rounds):
        order = Qt.SortOrder.DescendingOrder if index % 2 == 0 else Qt.SortOrder.AscendingOrder
        started = time.perf_counter()
        tab.table.sortByColumn(0, order)
        tab.table.viewport().repaint()
        settle(app)
        ui.append((time.perf_counter() - started) * 1000)
        sql.append(direct_sql(window.database, tab.model.request))
    return {"ui": ui, "sql": sql}


def measure_city(app, window, rounds: int) -> dict[str, list[float]]:
    """A click on the Kelurahan header, and each kecamatan chosen in its filter in turn."""
    from PySide6.QtCore import Qt

    tab = window.member_tab
    column = tab.model.column_of("kelurahan")
    sort_ui, sort_sql, filter_ui, filter_sql = [], [], [], []
    for index in range(rounds):
        order = Qt.SortOrder.DescendingOrder if index % 2 == 0 else Qt.SortOrder.AscendingOrder
        started = time.perf_counter()
        tab.table.sortByColumn(column, order)
        tab.table.viewport().repaint()
        settle(app)
        sort_ui.append((time.perf_counter() - started) * 1000)
        sort_sql.append(direct_sql(window.database, tab.model.request))
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    combo = tab.filter_combo("kecamatan")
    for index in range(rounds):
        started = time.perf_counter()
        combo.setCurrentIndex(1 + index % (combo.count() - 1))
        tab.table.viewport().repaint()
        settle(app)
        filter_ui.append((time.perf_counter() - started) * 1000)
        filter_sql.append(direct_sql(window.database, tab.model.request))
    combo.setCurrentIndex(0)
    return {
        "sort_kelurahan_ui": sort_ui,
        "sort_kelurahan_sql": sort_sql,
        "filter_kecamatan_ui": filter_ui,
        "filter_kecamatan_sql": filter_sql,
    }


def measure_startup(app, db_path: Path, rounds: int) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QMainWindow

    from wksbm_desktop.ui.main_window import create_main_window
    from wksbm_desktop.ui.settings import Settings

    bare, real = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        plain = QMainWindow()
        plain.resize(1280, 800)
        plain.show()
        settle(app)
        bare.append((time.perf_counter() - started) * 1000)
        plain.close()
        with tempfile.TemporaryDirectory() as scratch:
            started = time.perf_counter()
            window = create_main_window(db_path, Settings(Path(scratch) / "bench.ini"))
            window.show()
            settle(app)
            real.append((time.perf_counter() - started) * 1000)
            window.close()
            window.database.dispose()
            window.deleteLater()
            settle(app)
    return {"bare": bare, "app": real}


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(ordered), "p95_ms": p95}


def report(results: dict) -> str:
    lines = [f"{'measure':<34}{'median ms':>11}{'p95 ms':>10}{'ratio (median)':>16}"]
    for name, (ours, base) in results["pairs"].items():
        a, b = results["summary"][ours], results["summary"][base]
        ratio = a["median_ms"] / b["median_ms"] if b["median_ms"] else float("inf")
        lines.append(f"{ours:<34}{a['median_ms']:>11.1f}{a['p95_ms']:>10.1f}{ratio:>15.1f}x")
        lines.append(f"{'  vs ' + base:<34}{b['median_ms']:>11.1f}{b['p95_ms']:>10.1f}")
        results["ratios"][name] = ratio
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--db", type=Path, help="reuse this database instead of filling a new one")
    parser.add_argument(
        "--city", action="store_true", help="a city installation: members of 104 kelurahan"
    )
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from wksbm_desktop.ui.main_window import create_main_window
    from wksbm_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["WKSBM_DATA_DIR"] = scratch  # never the operator's real settings
        db_path = args.db or Path(scratch) / "bench.db"
        fill_seconds = 0.0 if args.db else build_database(db_path, args.members, args.city)
        print(f"database ready ({fill_seconds:.1f} s to fill {args.members} members): {db_path}")
        window = create_main_window(db_path, Settings(Path(scratch) / "bench.ini"))
        window.resize(1280, 800)
        window.show()
        window.tabs.setCurrentIndex(2)
        settle(app)
        queries = pick_queries(window, args.queries)
        search = measure_search(app, window, queries)
        sort = measure_sort(app, window, 10)
        city = measure_city(app, window, 10) if args.city else {}
        members_total = window.member_tab.model.total
        window.close()
        window.database.dispose()
        startup = measure_startup(app, db_path, 5)

    raw = {
        "search_ui": search["ui"],
        "search_ui_with_debounce": search["ui_with_debounce"],
        "search_sql": search["sql"],
        "sort_ui": sort["ui"],
        "sort_sql": sort["sql"],
        "startup_app": startup["app"],
        "startup_bare_window": startup["bare"],
        **city,
    }
    results = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
        },
        "members": members_total,
        "city": args.city,
        "queries": queries,
        "summary": {name: summary(values) for name, values in raw.items()},
        "pairs": {
            "search": ("search_ui", "search_sql"),
            "search_as_typed": ("search_ui_with_debounce", "search_sql"),
            "sort_by_name": ("sort_ui", "sort_sql"),
            "startup": ("startup_app", "startup_bare_window"),
            **(
                {
                    "sort_by_kelurahan": ("sort_kelurahan_ui", "sort_kelurahan_sql"),
                    "filter_by_kecamatan": ("filter_kecamatan_ui", "filter_kecamatan_sql"),
                }
                if args.city
                else {}
            ),
        },
        "ratios": {},
        "raw_ms": raw,
    }
    print(report(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    kind = "-city" if args.city else ""
    out = RESULTS / f"search_bench{kind}-{members_total}-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
