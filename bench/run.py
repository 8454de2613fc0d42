"""The benchmark suite: ``python -m bench`` (city scale) or ``python -m bench --quick``.

Builds (once, cached in bench/.cache/) a demo database of the requested size, then measures each
part of the application against the best plain way of doing the same work, in the same run,
every measurement in a fresh process. Prints a table and writes JSON and Markdown to
bench/results/. No assertion anywhere: these are measurements.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # ``python bench/run.py``
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import data
from bench.child import ProbeFailed, run_probe
from bench.report import Figure, table, write

STEPS = (
    "startup",
    "startup_main",
    "memory",
    "search",
    "sort",
    "scroll",
    "form",
    "dashboard",
    "export",
    "import",
    "consolidate",
    "duplicates",
)
# Steps run only when named in --only: they compare libraries rather than measure the app.
OPTIONAL_STEPS = ("writer",)
WRITER_REPEATS = 3


@dataclass(frozen=True)
class Size:
    members: int
    import_rows: int
    kelurahan_members: int
    scroll_rows: int
    startup_repeats: int
    queries: int


FULL = Size(150_000, 100_000, 1_450, 20_000, 7, 40)
QUICK = Size(15_000, 10_000, 150, 5_000, 5, 25)


def log(message: str) -> None:
    print(message, flush=True)


class Suite:
    def __init__(self, size: Size, seed: int, scratch: Path) -> None:
        self.size, self.seed, self.scratch = size, seed, scratch
        self.data_dir = scratch / "data"
        self.data_dir.mkdir()
        self.db = data.city_database(size.members, seed, log=log)
        self.figures: list[Figure] = []
        self.skipped: dict[str, str] = {}

    def probe(self, name: str, **arguments: Any) -> dict[str, Any]:
        return run_probe(name, self.data_dir, **arguments)

    def startup(self) -> None:
        bare, ours, rss, bare_rss = [], [], [], []
        for _ in range(self.size.startup_repeats):
            first = self.probe("startup_bare")
            second = self.probe("startup_app", db=str(self.db))
            bare.append(first["ready_ms"])
            ours.append(second["ready_ms"])
            rss.append(second["peak_rss_mb"])
            bare_rss.append(first["peak_rss_mb"])
        self.figures.append(
            Figure(
                "start-up: the window",
                ours,
                bare,
                "bare PySide6 window, fresh process",
                "≤ 2.5×",
                statistics.median(rss),
                statistics.median(bare_rss),
            )
        )

    def startup_main(self) -> None:
        bare, ours, rss = [], [], []
        for _ in range(self.size.startup_repeats):
            bare.append(self.probe("startup_bare")["ready_ms"])
            result = self.probe("startup_main", db=str(self.db))
            ours.append(result["ready_ms"])
            rss.append(result["peak_rss_mb"])
        # The first start of the day writes the daily backup (in the background) next to the
        # cached database: benchmark data, not worth keeping.
        shutil.rmtree(self.db.parent / "cadangan", ignore_errors=True)
        self.figures.append(
            Figure(
                "start-up: python main.py",
                ours,
                bare,
                "bare PySide6 window, fresh process",
                "≤ 2.5×",
                statistics.median(rss),
                notes={"includes": "single-instance lock, safety check of the file, window"},
            )
        )

    def memory(self) -> None:
        result = self.probe("startup_app", db=str(self.db), tour=True)
        self.figures.append(
            Figure(
                "memory: all tabs loaded",
                [result["tour_ms"]],
                [],
                "–",
                "< 300 MB",
                result["peak_rss_mb"],
                notes={"members": result["members_shown"]},
            )
        )

    def search(self) -> None:
        result = self.probe("search", db=str(self.db), queries=self.size.queries)
        self.figures.append(
            Figure(
                "search: last key → shown",
                result["ui_ms"],
                result["sql_ms"],
                "its SQL replayed with sqlite3",
                "≤ 2×, p95 < 100 ms",
                result["peak_rss_mb"],
                notes={"queries": result["queries"]},
            )
        )
        stalls = result["stall_ms"]
        self.figures.append(
            Figure(
                "search: longest UI stall",
                stalls,
                [],
                "4 ms heartbeat while typing",
                "no frozen frames",
                result["peak_rss_mb"],
            )
        )

    def _pair(self, probe: str, title: str, baseline: str, target: str, **extra: Any) -> None:
        result = self.probe(probe, db=str(self.db), **extra)
        notes = {k: v for k, v in result.items() if k not in ("ui_ms", "sql_ms", "peak_rss_mb")}
        self.figures.append(
            Figure(
                title,
                result["ui_ms"],
                result["sql_ms"],
                baseline,
                target,
                result["peak_rss_mb"],
                notes=notes,
            )
        )

    def sort(self) -> None:
        self._pair("sort", "sort by name (click)", "its SQL replayed with sqlite3", "≤ 2×")

    def scroll(self) -> None:
        rows = self.size.scroll_rows
        self._pair(
            "scroll",
            f"scroll to row {rows:,}",
            "one sqlite3 query for the same rows",
            "",
            rows=rows,
        )

    def form(self) -> None:
        self._pair("member_form", "open a member's form", "its SQL replayed with sqlite3", "")

    def dashboard(self) -> None:
        self._pair("dashboard", "dashboard refresh", "its SQL aggregates with sqlite3", "")

    def _excel(
        self, title: str, baseline: str, ours: dict[str, Any], plain: dict[str, Any]
    ) -> None:
        notes = {"ours": _strip(ours), "plain": _strip(plain)}
        self.figures.append(
            Figure(
                title,
                [ours["ms"]],
                [plain["ms"]],
                baseline,
                "≤ 1.3×",
                ours["peak_rss_mb"],
                plain["peak_rss_mb"],
                notes,
            )
        )

    def export(self) -> None:
        copy = data.scratch_copy(self.db, self.scratch)
        try:
            ours = self.probe("export_ours", db=str(copy))
            title = "export whole database"
            plain = self.probe("export_plain", db=str(copy))
        except ProbeFailed as error:
            # At city scale a sheet can outgrow Excel (1.048.576 rows): say so, then measure
            # the report of the last half year, which fits.
            self.skipped["export whole database"] = _last_line(error)
            ours = self.probe("export_ours", db=str(copy), days=EXPORT_FALLBACK_DAYS)
            title = f"export last {EXPORT_FALLBACK_DAYS} days"
            plain = self.probe("export_plain", db=str(copy), days=EXPORT_FALLBACK_DAYS)
        self._excel(title, "openpyxl write-only, same rows", ours, plain)
        copy.unlink()

    def import_(self) -> None:
        workbook = data.member_workbook(self.db, self.size.import_rows, log=log)
        folder = self.scratch / "import"
        folder.mkdir()
        target = data.office_database(folder)
        ours = self.probe("import_ours", db=str(target), workbook=str(workbook))
        plain = self.probe("import_plain", workbook=str(workbook))
        self._excel(
            f"import {self.size.import_rows:,}-row list",
            "openpyxl read-only + sqlite3 executemany",
            ours,
            plain,
        )

    def consolidate(self) -> None:
        if importlib.util.find_spec("wksbm_desktop.excel.consolidate") is None:
            self.skipped["consolidate"] = "wksbm_desktop.excel.consolidate does not exist yet"
            return
        folder = data.kelurahan_reports(self.size.kelurahan_members, log=log)
        ours = self.probe("consolidate_ours", folder=str(folder))
        plain = self.probe("consolidate_plain", folder=str(folder))
        self._excel(
            "consolidate 104 kelurahan", "openpyxl read-only → write-only, same cells", ours, plain
        )

    def duplicates(self) -> None:
        """Issue 18: the duplicate finder over the whole city with planted pairs, and the
        at-entry check (bench/duplicates.py), on a scratch copy made a city installation."""
        copy = data.scratch_copy(self.db, self.scratch)
        result = self.probe("duplicates", db=str(copy))
        copy.unlink()
        quality = result["quality"]
        log(
            f"  recall {quality['recall']:.1%}, precision {quality['precision']:.1%} of "
            f"{quality['planted']} planted pairs"
        )
        notes = {k: result[k] for k in ("members", "quality", "all_pairs_estimate_s")}
        self.figures.append(
            Figure(
                "duplicates: city finder",
                result["finder_ms"],
                result["scan_ms"],
                "plain sqlite3 scan of the same columns",
                "< 10 s",
                result["peak_rss_mb"],
                notes=notes,
            )
        )
        self.figures.append(
            Figure(
                "duplicates: at entry",
                result["entry_ms"],
                result["entry_plain_ms"],
                "one indexed NIK lookup with sqlite3",
                "< 100 ms",
                result["peak_rss_mb"],
            )
        )

    def writer(self) -> None:
        """Issue 14: the data sheets' cells by the app's writer, bare XlsxWriter and the native
        writer (bench/writer_bench.py), each in its own process, repeated; medians compared."""
        from bench.writer_bench import NATIVE_PACKAGE, SIDES, native_available

        folder = self.scratch / "writer"
        folder.mkdir()
        given = self.probe("writer_input", db=str(self.db), folder=str(folder))
        log(
            f"  {given['cells']:,} cells in {sum(given['rows'].values()):,} rows; SQL "
            f"{given['sql_ms'] / 1000:.1f} s, preparing the cells "
            f"{given['prepare_ms'] / 1000:.1f} s"
        )
        sides = list(SIDES)
        if not native_available():
            sides.remove("native")
            note = f"{NATIVE_PACKAGE} is not installed (pip install -e .[bench])"
            self.skipped["writer: native"] = note
            log(f"  {note}: measuring the app's writer and bare XlsxWriter only")
        runs: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
        compared: dict[str, Any] = {}
        for repeat in range(WRITER_REPEATS):
            # A different writer goes first each time: the machine's load drifts.
            for side in sides[repeat % len(sides) :] + sides[: repeat % len(sides)]:
                runs[side].append(self.probe("writer_side", side=side, folder=str(folder)))
            log(f"  run {repeat + 1}: {_writer_run(runs)}")
            if repeat == 0:
                compared = self.probe("writer_compare", folder=str(folder))["sides"]
                for side, found in compared.items():
                    log(
                        f"  {side} vs xlsxwriter: {found['differing']:,} of "
                        f"{found['compared']:,} cells differ {found['examples']}"
                    )
        shutil.rmtree(folder, ignore_errors=True)
        self._writer_figures(given, runs, compared)

    def _writer_figures(
        self, given: dict[str, Any], runs: dict[str, list[dict[str, Any]]], compared: dict[str, Any]
    ) -> None:
        def ms(side: str) -> list[float]:
            return [r["ms"] for r in runs[side]]

        def peak(side: str) -> float:
            return statistics.median(r["peak_rss_mb"] for r in runs[side])

        same = "bare XlsxWriter constant-memory, same cells"
        common = {"input": _strip(given), "cells_compared": compared}
        self.figures.append(
            Figure(
                "writer: the app's DataSheet",
                ms("app"),
                ms("xlsxwriter"),
                same,
                "",
                peak("app"),
                peak("xlsxwriter"),
                {**common, "runs": runs["app"], "plain_runs": runs["xlsxwriter"]},
            )
        )
        if "native" not in runs:
            return
        self.figures.append(
            Figure(
                "writer: native, same cells",
                ms("native"),
                ms("xlsxwriter"),
                same,
                "≤ 0.33× (3× faster) to adopt",
                peak("native"),
                peak("xlsxwriter"),
                {"runs": runs["native"], "plain_runs": runs["xlsxwriter"]},
            )
        )
        prepare = given["prepare_ms"]
        self.figures.append(
            Figure(
                "writer: native + preparing",
                [prepare + v for v in ms("native")],
                ms("app"),
                "the app's DataSheet (the export's writing step), same rows",
                "≤ 0.33× (3× faster) to adopt",
                peak("native"),
                peak("app"),
                {"prepare_ms": prepare, "sql_ms": given["sql_ms"]},
            )
        )
        native, bare, app = (statistics.median(ms(s)) for s in ("native", "xlsxwriter", "app"))
        log(
            f"  medians: app {app / 1000:.1f} s, xlsxwriter {bare / 1000:.1f} s, native "
            f"{native / 1000:.1f} s (+ {prepare / 1000:.1f} s preparing the cells): native is "
            f"{bare / native:.2f}× as fast as XlsxWriter, the export's writing step would be "
            f"{app / (native + prepare):.2f}× as fast"
        )
        capabilities = self.probe("writer_capabilities")["capabilities"]
        self.figures[-1].notes["capabilities"] = capabilities
        missing = [c["need"] for c in capabilities if c["supported"] != "yes"]
        log(f"  native writer lacks or only partly has: {'; '.join(missing)}")


EXPORT_FALLBACK_DAYS = 182


def _writer_run(runs: dict[str, list[dict[str, Any]]]) -> str:
    """The last run of each writer, and (the machine is shared) the ratio within that run."""
    last = {side: found[-1] for side, found in runs.items()}
    text = ", ".join(f"{side} {r['ms'] / 1000:.1f} s" for side, r in last.items())
    if "native" in last:
        native = last["native"]
        text += (
            f" (of which {native['dicts_ms'] / 1000:.1f} s building row dicts); XlsxWriter / "
            f"native {last['xlsxwriter']['ms'] / native['ms']:.2f}×"
        )
    return text


def _last_line(error: Exception) -> str:
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[-1] if lines else str(error)


def _strip(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k not in ("ms",)}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"development size: {QUICK.members:,} members instead of {FULL.members:,}",
    )
    parser.add_argument("--members", type=int, help="another number of members")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--only",
        help=f"comma-separated steps out of: {','.join(STEPS)}; and, run only when named here, "
        f"{','.join(OPTIONAL_STEPS)} (the Excel writer comparison of docs/performance.md)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    size = QUICK if args.quick else FULL
    if args.members:
        size = Size(
            args.members,
            min(size.import_rows, args.members * 2 // 3),
            max(args.members // 104, 50),
            min(size.scroll_rows, args.members),
            size.startup_repeats,
            size.queries,
        )
    steps = [s.strip() for s in args.only.split(",")] if args.only else list(STEPS)
    unknown = set(steps) - set(STEPS) - set(OPTIONAL_STEPS)
    if unknown:
        known = ", ".join(STEPS + OPTIONAL_STEPS)
        print(f"unknown step(s): {', '.join(sorted(unknown))}; choose from {known}")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="wksbm-bench-"))
    started = time.perf_counter()
    try:
        suite = Suite(size, args.seed, scratch)
        for step in steps:
            log(f"measuring {step} ...")
            action: Callable[[], None] = getattr(suite, "import_" if step == "import" else step)
            try:
                action()
            except ProbeFailed as error:  # one broken step must not lose the others' figures
                suite.skipped[step] = f"failed: {_last_line(error)}"
                log(f"  {step} failed: {error}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    print(table(suite.figures))
    for name, why in suite.skipped.items():
        print(f"{name}: skipped ({why})")
    settings = {"members": size.members, "seed": args.seed, "steps": steps, **size.__dict__}
    out = write(suite.figures, settings, suite.skipped)
    print(f"\nwritten: {out} (and .md); {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
