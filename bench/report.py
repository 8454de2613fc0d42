"""The benchmark's output: figures as ratios, a printed table, JSON and Markdown files."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    """One measurement: ours against the plain way, in milliseconds (median and p95)."""

    name: str
    ours_ms: list[float]
    plain_ms: list[float]
    baseline: str
    target: str = ""
    peak_rss_mb: float | None = None
    plain_peak_rss_mb: float | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours_ms) if self.ours_ms else 0.0

    @property
    def plain_median(self) -> float:
        return statistics.median(self.plain_ms) if self.plain_ms else 0.0

    @property
    def ours_p95(self) -> float:
        return percentile(self.ours_ms, 95)

    @property
    def ratio(self) -> float | None:
        return self.ours_median / self.plain_median if self.plain_median else None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            ours_median_ms=round(self.ours_median, 2),
            ours_p95_ms=round(self.ours_p95, 2),
            plain_median_ms=round(self.plain_median, 2),
            plain_p95_ms=round(percentile(self.plain_ms, 95), 2),
            ratio=None if self.ratio is None else round(self.ratio, 2),
        )
        data["ours_ms"] = [round(v, 2) for v in self.ours_ms]
        data["plain_ms"] = [round(v, 2) for v in self.plain_ms]
        return data


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def machine() -> dict[str, Any]:
    import openpyxl
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    info: dict[str, Any] = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "processor": _cpu_name(),
        "cpus": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "openpyxl": openpyxl.__version__,
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "load_average": _load(),
    }
    return info


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _memory_gb() -> float | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return round(pages * size / 1e9, 1)


def _load() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except OSError:
        return None


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def table(figures: list[Figure]) -> str:
    head = (
        f"{'measure':<26}{'ours med':>10}{'ours p95':>10}{'plain med':>11}{'ratio':>8}"
        f"{'peak MB':>9}  target"
    )
    lines = [head, "-" * len(head)]
    for f in figures:
        ratio = "–" if f.ratio is None else f"{f.ratio:.2f}×"
        lines.append(
            f"{f.name:<26}{_num(f.ours_median):>10}{_num(f.ours_p95):>10}"
            f"{_num(f.plain_median):>11}{ratio:>8}{_num(f.peak_rss_mb, 0):>9}  {f.target}"
        )
    lines.append("(milliseconds; ratio = ours median / plain median; peak = RSS high-water mark)")
    return "\n".join(lines)


def markdown(figures: list[Figure]) -> str:
    lines = [
        "| Measure | Ours median (ms) | Ours p95 (ms) | Plain median (ms) | Ratio | Peak RSS (MB) "
        "| Plain peak (MB) | Target | Compared with |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for f in figures:
        ratio = "–" if f.ratio is None else f"{f.ratio:.2f}×"
        lines.append(
            f"| {f.name} | {_num(f.ours_median)} | {_num(f.ours_p95)} | {_num(f.plain_median)} "
            f"| {ratio} | {_num(f.peak_rss_mb, 0)} | {_num(f.plain_peak_rss_mb, 0)} "
            f"| {f.target} | {f.baseline} |"
        )
    return "\n".join(lines)


def write(figures: list[Figure], settings: dict[str, Any], skipped: dict[str, str]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    info = machine()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = RESULTS / f"bench-{settings['members']}-{stamp}"
    payload = {
        "machine": info,
        "settings": settings,
        "figures": [f.as_json() for f in figures],
        "skipped": skipped,
    }
    base.with_suffix(".json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    versions = ", ".join(f"{k} {info[k]}" for k in ("python", "pyside6", "qt", "sqlite"))
    text = (
        f"{info['date']} · {info['processor']} ({info['cpus']} CPUs, {info['memory_gb']} GB) · "
        f"{info['platform']} · {versions} · load {info['load_average']}\n\n"
        f"Settings: {json.dumps(settings)}\n\n{markdown(figures)}\n"
    )
    if skipped:
        text += "\n" + "\n".join(f"- {name}: skipped ({why})" for name, why in skipped.items())
    base.with_suffix(".md").write_text(text, encoding="utf-8")
    return base.with_suffix(".json")
