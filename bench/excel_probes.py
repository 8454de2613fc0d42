"""Excel measurements, each side in its own process (``bench.probe``) so each has its own peak.

"ours" runs the application's function; "plain" does the same work the plainest way: openpyxl
write-only writing the same cells, openpyxl read-only plus sqlite3 executemany, and so on.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="wksbm-bench-xl-"))


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = work()
    return (time.perf_counter() - started) * 1000, value


def _period(days: int | None) -> Any:
    from datetime import date, timedelta

    from wksbm_desktop.excel.report.rows import Period

    return Period() if days is None else Period(start=date.today() - timedelta(days=days))


def export_ours(db: str, days: int | None = None) -> dict[str, Any]:
    """``export_report`` of the whole database, or of the last ``days`` days (NIK masked)."""
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.excel.report.export import ExportOptions, export_report

    database = open_database(db)
    target = _scratch() / "laporan.xlsx"
    options = ExportOptions(period=_period(days))
    ms, result = _timed(lambda: export_report(database, target, options))
    database.dispose()
    return {"ms": ms, "rows": sum(result.rows.values()), "file_mb": _mb(target)}


def export_plain(db: str, days: int | None = None) -> dict[str, Any]:
    """openpyxl write-only appending the same rows as plain values (bench.excel_bench)."""
    from bench.excel_bench import plain_export
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(db)
    target = _scratch() / "plain.xlsx"
    ms, cells = _timed(lambda: plain_export(database, target, _period(days)))
    database.dispose()
    return {"ms": ms, "cells": cells, "file_mb": _mb(target)}


def import_ours(db: str, workbook: str) -> dict[str, Any]:
    """``import_workbook`` of a member list into ``db`` (a database with only the office)."""
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.excel.importing.importer import import_workbook

    database = open_database(db)
    ms, report = _timed(lambda: import_workbook(database, workbook))
    database.dispose()
    if not report.ok:
        raise RuntimeError(f"the benchmark import failed: {report.summary()}")
    return {"ms": ms, "rows": report.rows_read}


def import_plain(workbook: str) -> dict[str, Any]:
    """openpyxl read-only reading plus sqlite3 executemany of the same cells (bench.excel_bench)."""
    from bench.excel_bench import plain_import

    target = _scratch() / "plain.db"
    ms, cells = _timed(lambda: plain_import(Path(workbook), target))
    return {"ms": ms, "cells": cells}


def consolidate_ours(folder: str) -> dict[str, Any]:
    from wksbm_desktop.excel.consolidate.city import consolidate

    files = sorted(Path(folder).glob("*.xlsx"))
    target = _scratch() / "kota.xlsx"
    ms, result = _timed(lambda: consolidate(files, target))
    return {"ms": ms, "files": len(files), "rows": result.totals.rows, "file_mb": _mb(target)}


def consolidate_plain(folder: str) -> dict[str, Any]:
    from bench.consolidate_bench import plain_openpyxl

    files = sorted(Path(folder).glob("*.xlsx"))
    target = _scratch() / "plain.xlsx"
    ms, cells = _timed(lambda: plain_openpyxl(files, target))
    return {"ms": ms, "files": len(files), "cells": cells}


def writer_input(db: str, folder: str) -> dict[str, Any]:
    """Read every data sheet's rows once (timed: sql) and make their finished cells (timed:
    prepare), saved in ``folder`` for the writer probes (bench/writer_bench.py)."""
    from bench import writer_bench as wb
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(db)
    sql_ms, sheets = _timed(lambda: wb.read_rows(database))
    database.dispose()
    prepare_ms, prepared = _timed(lambda: [wb.prepare(s) for s in sheets])
    wb.dump(sheets, Path(folder) / "rows.pickle")
    wb.dump(prepared, Path(folder) / "cells.pickle")
    return {
        "sql_ms": sql_ms,
        "prepare_ms": prepare_ms,
        "rows": {s.key: len(s.rows) for s in sheets},
        "cells": wb.cell_count(prepared),
        "cells_with_own_format": wb.odd_cells(prepared),
    }


def writer_side(side: str, folder: str) -> dict[str, Any]:
    """One writer (app, xlsxwriter or native) writing the saved data sheets; only the writing
    is timed, not loading the saved input."""
    from bench import writer_bench as wb

    source = Path(folder) / ("rows.pickle" if side == "app" else "cells.pickle")
    sheets = wb.load(source)
    loaded_mb = _rss_now_mb()
    target = Path(folder) / f"{side}.xlsx"
    writers: dict[str, Callable[[Any, Path], None]] = {
        "app": wb.write_app,
        "xlsxwriter": wb.write_xlsxwriter,
        "native": wb.write_native,
    }
    ms, _ = _timed(lambda: writers[side](sheets, target))
    result: dict[str, Any] = {"ms": ms, "file_mb": _mb(target), "input_rss_mb": loaded_mb}
    if side == "native":
        result["dicts_ms"] = wb.dict_building_ms(sheets)
        result["version"] = wb.native_version()
    return result


def writer_compare(folder: str) -> dict[str, Any]:
    """Cell by cell, the app's and the native writer's files against bare XlsxWriter's."""
    from bench.writer_bench import differences

    sides: dict[str, Any] = {}
    base = Path(folder) / "xlsxwriter.xlsx"
    for side in ("app", "native"):
        path = Path(folder) / f"{side}.xlsx"
        if path.exists():
            compared, differing, examples = differences(base, path)
            sides[side] = {"compared": compared, "differing": differing, "examples": examples}
    return {"sides": sides}


def writer_capabilities() -> dict[str, Any]:
    from dataclasses import asdict

    from bench.writer_capabilities import capabilities

    return {"capabilities": [asdict(c) for c in capabilities()]}


def _rss_now_mb() -> float:
    """Resident memory now (VmRSS), to tell the loaded input from the writer's own peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def _mb(path: Path) -> float:
    return round(path.stat().st_size / 1e6, 1)


PROBES: dict[str, Callable[..., dict[str, Any]]] = {
    "export_ours": export_ours,
    "export_plain": export_plain,
    "import_ours": import_ours,
    "import_plain": import_plain,
    "consolidate_ours": consolidate_ours,
    "consolidate_plain": consolidate_plain,
    "writer_input": writer_input,
    "writer_side": writer_side,
    "writer_compare": writer_compare,
    "writer_capabilities": writer_capabilities,
}
