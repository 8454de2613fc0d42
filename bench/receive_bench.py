"""Benchmark: receiving the 104 kelurahan reports of the city demo into an empty city database.

    python bench/receive_bench.py [--members 150] [--folder DIR] [--pg-url URL]

Generates (or reuses from ``--folder``) one full-NIK export per kelurahan, as
bench/consolidate_bench.py does, then times in the same run:
  * ``receive_files()`` of all 104 into an empty city database (SQLite file; PostgreSQL too when
    ``--pg-url`` or WKSBM_TEST_PG_URL names a server where databases may be created);
  * the plain way: python-calamine reading the same cells and one ``executemany`` per sheet of
    the same rows into the same tables of an empty city database (bench/receive_plain.py);
  * one kelurahan's next report into the full city database (the same records, one day newer:
    every row read and compared, what differs written).
Prints a table and writes bench/results/receive.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.consolidate_bench import generate_exports  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "receive.json"


def receive_all(target: str, files: list[Path]) -> tuple[float, Any]:
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.excel.receiving.action import receive_files

    database = open_database(target, operator="bench")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    start = time.perf_counter()
    receipts = receive_files(database, files)
    elapsed = time.perf_counter() - start
    refused = [r.file_name for r in receipts if r.status != "received"]
    return elapsed, (database, refused)


def empty_city(target: str) -> None:
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(target, operator="bench")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    database.dispose()


def plain_way(files: list[Path], target: str, connect: Any, mark: str) -> float:
    """calamine reading the same cells plus executemany of the same rows (bench/receive_plain)."""
    from bench.receive_plain import land_all

    empty_city(target)
    start = time.perf_counter()
    land_all(files, connect, mark)
    return time.perf_counter() - start


def newer_copy(source: Path, target: Path) -> Path:
    """The same report, one day newer (a kelurahan's next report without edits)."""
    from openpyxl import load_workbook

    book = load_workbook(source)
    for row in book["_meta"].iter_rows(min_row=2):
        if row[0].value == "generated_at":
            stamp = datetime.fromisoformat(str(row[1].value)) + timedelta(days=1)
            row[1].value = stamp.isoformat(timespec="seconds")
    book.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=150)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--pg-url", default=os.environ.get("WKSBM_TEST_PG_URL"))
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="wksbm-receive-")
    work = Path(scratch.name)
    os.environ.setdefault("WKSBM_DATA_DIR", str(work / "data"))
    folder = args.folder or work / "laporan"
    print(f"Ekspor {args.members} warga x 104 kelurahan di {folder} ...", flush=True)
    files = generate_exports(folder, args.members)
    report: dict[str, Any] = {"kelurahan": len(files), "members_per_kelurahan": args.members}

    ours, (database, refused) = receive_all(str(work / "kota.db"), files)
    plain_db = work / "plain.db"
    plain = plain_way(files, str(plain_db), lambda: sqlite3.connect(plain_db), "?")
    monthly_file = newer_copy(files[0], work / "bulan-depan.xlsx")
    start = time.perf_counter()
    from wksbm_desktop.excel.receiving.action import receive_files

    [monthly] = receive_files(database, [monthly_file])
    report["sqlite"] = {
        "receive_s": round(ours, 2), "plain_s": round(plain, 2), "ratio": round(ours / plain, 2),
        "refused": refused, "monthly_s": round(time.perf_counter() - start, 2),
        "monthly_status": monthly.status,
    }  # fmt: skip
    database.dispose()
    if args.pg_url:
        report["postgresql"] = pg_figures(args.pg_url, files)
    print(json.dumps(report, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    scratch.cleanup()


def pg_figures(admin_url: str, files: list[Path]) -> dict[str, Any]:
    import psycopg
    from sqlalchemy.engine import make_url

    from tests.engines import PgServer

    server = PgServer(admin_url)
    try:
        ours, (database, refused) = receive_all(server.create(), files)
        database.dispose()
        plain_url = server.create()
        dsn = make_url(plain_url).set(drivername="postgresql").render_as_string(hide_password=False)
        plain = plain_way(files, plain_url, lambda: psycopg.connect(dsn), "%s")
    finally:
        server.close()
    return {"receive_s": round(ours, 2), "plain_s": round(plain, 2),
            "ratio": round(ours / plain, 2), "refused": refused}  # fmt: skip


if __name__ == "__main__":
    main()
