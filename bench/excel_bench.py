"""Excel at scale: export and import of N members, as ratios to plain openpyxl and sqlite3.

Run ``python -m bench.excel_bench [--members 100000]``. Fills a temporary database with demo data,
then measures in one run (so both sides share the machine's mood):
- export: ``export_report`` (Rekap, styled cells, masking off) against openpyxl write-only
  appending the same SQL rows as plain values;
- report import: ``import_workbook`` of that file into an empty database (every row through the
  core services) against openpyxl read-only reading the same sheets plus sqlite3 executemany of
  the raw cells into plain tables;
- list import: a plain member list (NIK, name, sex, birth date, address, RT, RW, group, role) the
  same way.
Prints a table and writes JSON to bench/results/. No assertions: these are measurements.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.memory import peak_rss_mb  # needs the path above

RESULTS = Path(__file__).resolve().parent / "results"
KELURAHAN = "36.71.05.1008"


def new_database(path: Path, members: int = 0) -> Any:
    from wksbm_desktop.core.demo_data import synthetic as demo
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput(KELURAHAN, lurah_name="Lurah Uji"))
        if members:
            demo.generate(session, members=members, seed=42)
    return database


def timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """Seconds of one call, and the process's peak resident memory (MB) after it.

    tracemalloc would slow Python several times over and spoil the ratios, so memory is the
    peak RSS: it only grows, so read it in step order (our side runs first).
    """
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    return seconds, peak_rss_mb(), result


def plain_export(database: Any, path: Path, period: Any = None) -> int:
    """The same rows from the same queries, appended as plain values: the floor for export."""
    from openpyxl import Workbook

    from wksbm_desktop.excel.report import rows
    from wksbm_desktop.excel.report.rows import Period
    from wksbm_desktop.excel.report.schema import DATA_SHEETS

    workbook = Workbook(write_only=True)
    cells = 0
    with database.read_session() as session:
        for spec in DATA_SHEETS:
            sheet = workbook.create_sheet(spec.name)
            keys = [c.key for c in spec.columns]
            sheet.append([c.header for c in spec.columns])
            for row in rows.stream(session, spec.key, period or Period()):
                sheet.append([row.get(k) for k in keys])
                cells += len(keys)
    workbook.save(path)
    return cells


def plain_import(path: Path, target: Path) -> int:
    """Read each sheet read-only and insert the raw cells with executemany: the import floor."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    connection = sqlite3.connect(target)
    cells = 0
    try:
        for index, sheet in enumerate(workbook.worksheets):
            if sheet.title == "Rekap":
                continue  # for people only; the import does not read it either
            values = sheet.iter_rows(values_only=True)
            header = next(values, None)
            if not header:
                continue
            width = len(header)
            columns = ", ".join(f"c{i} TEXT" for i in range(width))
            connection.execute(f"CREATE TABLE t{index} ({columns})")
            marks = ", ".join("?" * width)
            batch = []
            for row in values:
                cells_of_row = [None if v is None else str(v) for v in row[:width]]
                batch.append(cells_of_row + [None] * (width - len(cells_of_row)))
                cells += width
                if len(batch) >= 5_000:
                    connection.executemany(f"INSERT INTO t{index} VALUES ({marks})", batch)
                    batch.clear()
            connection.executemany(f"INSERT INTO t{index} VALUES ({marks})", batch)
        connection.commit()
    finally:
        connection.close()
        workbook.close()
    return cells


def member_list(database: Any, path: Path, limit: int | None = None) -> int:
    """A plain office-style member list of every member with a group (or the first ``limit``)."""
    from openpyxl import Workbook
    from sqlalchemy import select

    from wksbm_desktop.core.models import Group, Member, Membership

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Daftar")
    sheet.append(["NIK", "Nama Lengkap", "L/P", "Tgl. Lahir", "Alamat", "RT", "RW", "Kelompok",
                  "Jabatan"])  # fmt: skip
    query = (
        select(
            Member.nik,
            Member.full_name,
            Member.sex,
            Member.birth_date,
            Member.address,
            Member.rt,
            Member.rw,
            Group.name,
            Group.id,
            Membership.role,
        )
        .join(Membership, Membership.member_id == Member.id)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.ended_on.is_(None))
        .order_by(Member.id, Group.name)
    )
    count = 0
    seen: set[str] = set()
    with database.read_session() as session:
        for nik, name, sex, born, address, rt, rw, group, group_id, role in session.execute(query):
            if nik in seen:
                continue  # one group per member keeps the list like the office files
            if limit is not None and count >= limit:
                break
            seen.add(nik)
            born_text = born.strftime("%d-%m-%Y") if born else ""
            # Demo names repeat across groups; an office list names one group per name.
            group_name = f"{group} #{group_id}"
            sheet.append([nik, name, sex, born_text, address, rt, rw, group_name, role.title()])
            count += 1
    workbook.save(path)
    return count


def run(members: int) -> dict[str, Any]:
    from wksbm_desktop.excel.importing.importer import import_workbook
    from wksbm_desktop.excel.report.export import ExportOptions, export_report

    folder = Path(tempfile.mkdtemp(prefix="wksbm-excel-bench-"))
    print(f"building a database with {members:,} members in {folder} ...", flush=True)
    source = new_database(folder / "source.db", members)
    report_path, plain_path = folder / "report.xlsx", folder / "plain.xlsx"
    results: dict[str, Any] = {}

    export_s, export_mb, _ = timed(
        lambda: export_report(source, report_path, ExportOptions(full_nik=True))
    )
    base_s, base_mb, cells = timed(lambda: plain_export(source, plain_path))
    results["export"] = _line(export_s, base_s, export_mb, base_mb, cells)
    print("export", results["export"], flush=True)

    target = new_database(folder / "target.db")
    import_s, import_mb, report = timed(lambda: import_workbook(target, report_path))
    assert report.ok, report.summary()
    base_s, base_mb, cells = timed(lambda: plain_import(report_path, folder / "plain_import.db"))
    results["import_report"] = _line(import_s, base_s, import_mb, base_mb, cells)
    print("import_report", results["import_report"], flush=True)

    list_path = folder / "daftar.xlsx"
    listed = member_list(source, list_path)
    fresh = new_database(folder / "list.db")
    list_s, list_mb, report = timed(lambda: import_workbook(fresh, list_path))
    assert report.ok, [p.line() for p in report.errors[:5]]
    base_s, base_mb, cells = timed(lambda: plain_import(list_path, folder / "plain_list.db"))
    results["import_list"] = _line(list_s, base_s, list_mb, base_mb, cells) | {"rows": listed}
    for database in (source, target, fresh):
        database.dispose()
    results["file_mb"] = round(report_path.stat().st_size / 1e6, 1)
    return results


def _line(ours: float, base: float, ours_mb: float, base_mb: float, cells: int) -> dict[str, float]:
    return {"seconds": round(ours, 2), "baseline_seconds": round(base, 2),
            "ratio": round(ours / base, 1) if base else 0.0, "peak_mb": round(ours_mb, 1),
            "cells": cells}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    members = parser.parse_args().members
    results = run(members)
    print(f"\n{'step':<16}{'ours s':>10}{'plain s':>10}{'ratio':>8}{'peak RSS MB':>14}")
    for step in ("export", "import_report", "import_list"):
        r = results[step]
        print(f"{step:<16}{r['seconds']:>10}{r['baseline_seconds']:>10}{r['ratio']:>8}"
              f"{r['peak_mb']:>14}")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"excel_bench-{members}-{stamp}.json"
    payload = {"members": members, "python": sys.version.split()[0], "machine": platform.platform(),
               "results": results}  # fmt: skip
    out.write_text(json.dumps(payload, indent=2))
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
