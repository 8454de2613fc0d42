"""Benchmark: consolidating the reports of all 104 kelurahan against plain openpyxl, same cells.

    python bench/consolidate_bench.py [--members 150] [--folder DIR]

Generates one demo database and full-NIK export per kelurahan of Kota Tangerang (reused from
``--folder`` when they are already there), then times in the same run:
  * ``consolidate()``: the city workbook (Rekap Kota, Status laporan, NIK ganda, data sheets);
  * a baseline: openpyxl read-only reading of every data sheet of every report and write-only
    writing of the same cells (plus the two place columns) into one workbook, nothing else.
Prints a table and writes bench/results/consolidate.json. Peak memory of the consolidation is
measured in a fresh subprocess so that the generation step does not count.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results" / "consolidate.json"


def generate_exports(folder: Path, members: int) -> list[Path]:
    from wksbm_desktop.core.demo_data.synthetic import generate
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.domain.wilayah import kota_tangerang
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.excel.report.export import ExportOptions, export_report

    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for seed, kelurahan in enumerate(kota_tangerang().kelurahan_list(), start=1):
        target = folder / f"laporan-{kelurahan.code}.xlsx"
        files.append(target)
        if target.exists():
            continue
        database = open_database(folder / f"{kelurahan.code}.db", operator="bench")
        try:
            with database.session() as session:
                save_office(session, OfficeInput(kelurahan_code=kelurahan.code))
                generate(session, members=members, seed=seed)
            export_report(database, target, ExportOptions(full_nik=True))
        finally:
            database.dispose()
        (folder / f"{kelurahan.code}.db").unlink(missing_ok=True)
        print(f"  {seed:3d}/104 {kelurahan.name}", flush=True)
    return files


def plain_openpyxl(files: list[Path], out: Path) -> int:
    """Read every data sheet read-only and write the same cells write-only; returns cells copied."""
    from openpyxl import Workbook, load_workbook

    from wksbm_desktop.excel.report.schema import DATA_SHEETS

    target = Workbook(write_only=True)
    sheets = {spec.name: target.create_sheet(spec.name) for spec in DATA_SHEETS}
    cells = 0
    for path in files:
        source = load_workbook(path, read_only=True, data_only=True)
        rows = source["_meta"].iter_rows(min_row=2, values_only=True)
        meta = {row[0]: row[1] if len(row) > 1 else None for row in rows}
        place = [meta.get("kecamatan_name"), meta.get("kelurahan_name")]
        for name, sheet in sheets.items():
            if name not in source.sheetnames:
                continue
            for row in source[name].iter_rows(min_row=2, values_only=True):
                sheet.append(place + list(row))
                cells += len(row) + 2
        source.close()
    target.save(out)
    return cells


def timed(function, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def peak_memory_mib(files: list[Path], out: Path) -> float | None:
    """Peak resident memory of a fresh process that only consolidates (Linux/macOS)."""
    code = (
        "import sys, json\n"
        "from bench.memory import peak_rss_mb\n"
        "from wksbm_desktop.excel.consolidate import consolidate\n"
        "files = json.loads(sys.argv[1])\n"
        "consolidate(files, sys.argv[2])\n"
        "print(peak_rss_mb())\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, json.dumps([str(f) for f in files]), str(out)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
    except (subprocess.CalledProcessError, OSError):
        return None
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=150)
    parser.add_argument("--folder", type=Path, help="where the 104 exports are (re)used")
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory(prefix="wksbm-bench-")
    work = Path(scratch.name)
    os.environ.setdefault("WKSBM_DATA_DIR", str(work / "data"))
    folder = args.folder or work / "laporan"
    print(f"Ekspor {args.members} warga x 104 kelurahan di {folder} ...", flush=True)
    generation, files = timed(generate_exports, folder, args.members)

    from wksbm_desktop.excel.consolidate.city import consolidate

    ours, result = timed(consolidate, files, work / "kota.xlsx")
    plain, cells = timed(plain_openpyxl, files, work / "plain.xlsx")
    memory = peak_memory_mib(files, work / "kota-mem.xlsx")
    report = {
        "kelurahan": len(files),
        "members_per_kelurahan": args.members,
        "rows_merged": result.totals.rows,
        "cells_copied_by_baseline": cells,
        "nik_duplicates": result.nik_duplicates,
        "input_mib": round(sum(f.stat().st_size for f in files) / 2**20, 1),
        "output_mib": round((work / "kota.xlsx").stat().st_size / 2**20, 1),
        "generation_s": round(generation, 2),
        "consolidate_s": round(ours, 2),
        "plain_openpyxl_s": round(plain, 2),
        "ratio": round(ours / plain, 2),
        "consolidate_peak_rss_mib": memory,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
    print_table(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON: {RESULTS}")
    scratch.cleanup()


def print_table(report: dict[str, object]) -> None:
    rows = [
        ("kelurahan / warga each", f"{report['kelurahan']} / {report['members_per_kelurahan']}"),
        ("rows merged", report["rows_merged"]),
        ("input / output MiB", f"{report['input_mib']} / {report['output_mib']}"),
        ("consolidate()", f"{report['consolidate_s']} s"),
        ("plain openpyxl read+write", f"{report['plain_openpyxl_s']} s"),
        ("ratio (ours / plain)", report["ratio"]),
        ("peak RSS of consolidate", f"{report['consolidate_peak_rss_mib']} MiB"),
    ]
    width = max(len(name) for name, _ in rows)
    print()
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
