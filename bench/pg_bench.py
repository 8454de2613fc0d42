"""Search and import figures on PostgreSQL next to SQLite, for the same demo data.

Run ``python -m bench.pg_bench --db-url postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
[--members 20000]``. The URL is an administrator login: a scratch database is created on that
server (and dropped afterwards). Both engines get the same demo seed; then it times
- search: the member list and count queries for ~30 real search words (median and p95, ms),
- sort: the member list sorted by each column (median, ms),
- import: a report workbook exported from the SQLite side, imported into an empty database.
``.ci/pg_cluster.sh start`` prints a suitable URL. Prints a table and writes JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESULTS = Path(__file__).resolve().parent / "results"
KELURAHAN = "36.71.05.1008"


class Scratch:
    """Throwaway databases on the server, made and dropped through the admin login."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(admin_url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def create(self) -> str:
        from sqlalchemy import text

        name = f"wksbm_bench_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"))
        self.names.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            for name in self.names:
                connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        self.admin.dispose()


def fill(target: str, members: int) -> float:
    from wksbm_desktop.core.demo_data import synthetic as demo
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    started = time.perf_counter()
    database = open_database(target, operator="bench")
    with database.session() as session:
        save_office(session, OfficeInput(KELURAHAN, lurah_name="Lurah Uji"))
        demo.generate(session, members=members, seed=42)
    database.dispose()
    return time.perf_counter() - started


def search_words(target: str, count: int = 30) -> list[str]:
    """First names, surname starts, NIK fragments and RT numbers spread over the list."""
    from wksbm_desktop.core.queries.common import ListRequest
    from wksbm_desktop.core.queries.members import list_members
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(target)
    with database.read_session() as session:
        rows = list_members(session, ListRequest(), 0, 100_000)
    database.dispose()
    step = max(len(rows) // count, 1)
    picks = rows[::step][:count]
    makers: list[Callable[[Any], str]] = [
        lambda r: r.full_name.split()[0], lambda r: r.full_name.split()[-1][:4],
        lambda r: r.nik[6:12], lambda r: r.rt or "001",
    ]  # fmt: skip
    return [makers[i % len(makers)](row) for i, row in enumerate(picks)]


def time_queries(target: str, words: list[str]) -> dict[str, float]:
    from wksbm_desktop.core.queries.common import ListRequest
    from wksbm_desktop.core.queries.members import SORT_KEYS, count_members, list_members
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(target)
    search, sort = [], []
    with database.read_session() as session:
        for word in [*words[:3], *words]:  # the first three warm the caches
            request = ListRequest(search=word)
            started = time.perf_counter()
            count_members(session, request)
            list_members(session, request, 0, 200)
            search.append((time.perf_counter() - started) * 1000)
        for key in SORT_KEYS:
            started = time.perf_counter()
            list_members(session, ListRequest(sort=key), 0, 200)
            sort.append((time.perf_counter() - started) * 1000)
    database.dispose()
    search = search[3:]
    return {"search_median_ms": statistics.median(search),
            "search_p95_ms": sorted(search)[int(len(search) * 0.95) - 1],
            "sort_median_ms": statistics.median(sort)}  # fmt: skip


def time_import(target: str, workbook: Path) -> float:
    from wksbm_desktop.cli import main as wksbm
    from wksbm_desktop.excel.importing.importer import import_workbook

    assert wksbm(["--db", target, "init", "--kelurahan", KELURAHAN]) == 0
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(target)
    started = time.perf_counter()
    report = import_workbook(database, workbook)
    elapsed = time.perf_counter() - started
    database.dispose()
    if not report.ok:
        raise SystemExit(report.summary())
    return elapsed


def run(db_url: str, members: int) -> dict[str, Any]:
    from wksbm_desktop.cli import main as wksbm

    scratch = Scratch(db_url)
    folder = Path(tempfile.mkdtemp(prefix="wksbm-pgbench-"))
    try:
        targets = {"sqlite": str(folder / "bench.db"), "postgresql": scratch.create()}
        report: dict[str, Any] = {"members": members, "when": datetime.now().isoformat()}
        for engine, target in targets.items():
            report[engine] = {"fill_s": fill(target, members)}
        words = search_words(targets["sqlite"])
        workbook = folder / "laporan.xlsx"
        assert wksbm(["--db", targets["sqlite"], "export", "--out", str(workbook), "--full-nik",
                      "--from", "2000-01-01", "--to", "2100-12-31"]) == 0  # fmt: skip
        empty = {"sqlite": str(folder / "impor.db"), "postgresql": scratch.create()}
        for engine, target in targets.items():
            report[engine].update(time_queries(target, words))
            report[engine]["import_s"] = time_import(empty[engine], workbook)
        return report
    finally:
        scratch.drop_all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", required=True, help="admin login to a PostgreSQL server")
    parser.add_argument("--members", type=int, default=20_000)
    args = parser.parse_args()
    report = run(args.db_url, args.members)
    print(f"{'':24}{'SQLite':>12}{'PostgreSQL':>12}")
    for key in ("fill_s", "search_median_ms", "search_p95_ms", "sort_median_ms", "import_s"):
        print(f"{key:24}{report['sqlite'][key]:>12.1f}{report['postgresql'][key]:>12.1f}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"pg_bench-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
