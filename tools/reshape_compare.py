"""Behaviour unchanged by the reshape: screenshots and workbooks of two trees, compared.

    python tools/reshape_compare.py BEFORE_TREE AFTER_TREE

Each tree (a checkout before and after ``tools/reshape.py``) runs the same commands on copies of
one demo database, at the same path so the status bar reads alike: a masked and a full export,
the import template, a city consolidation and ``main.py --screenshot``. Screenshots must match
pixel for pixel; workbooks cell for cell, merged ranges and column widths included, except the
moments each file was made (the ``_meta`` creation time and the city's "received" time).
Exit code 0 when everything matches, 1 otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

KELURAHAN = "36.71.05.1008"


def run(tree: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, *args], cwd=tree, env={**env, "PYTHONPATH": str(tree)}, check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def outputs(tree: Path, base_db: Path, work: Path, keep: Path) -> None:
    """Everything ``tree`` writes from ``base_db``, moved to ``keep``."""
    shutil.rmtree(work, ignore_errors=True)
    (work / "data").mkdir(parents=True)
    env = {**os.environ, "WKSBM_DATA_DIR": str(work / "data"), "QT_QPA_PLATFORM": "offscreen"}
    db = work / "k.db"
    shutil.copy(base_db, db)
    cli = ["-m", "wksbm_desktop", "--db", str(db)]
    run(tree, env, *cli, "export", "--out", str(work / "laporan.xlsx"))
    run(tree, env, *cli, "export", "--out", str(work / "laporan-full.xlsx"), "--full-nik")
    run(tree, env, *cli, "template", "--out", str(work / "template.xlsx"))
    # Both trees consolidate the same report file (made by the first tree): a report made a
    # minute later has another checksum and time, which the Status laporan sheet shows.
    shared = work.parent / "laporan-bersama.xlsx"
    if not shared.exists():
        shutil.copy(work / "laporan-full.xlsx", shared)
    run(tree, env, *cli, "consolidate", "--out", str(work / "kota.xlsx"), str(shared))
    run(tree, env, "main.py", "--db", str(db), "--screenshot", str(work / "shots"))
    shutil.move(work, keep)


def compare_images(a: Path, b: Path) -> list[str]:
    from PySide6.QtGui import QImage

    problems = []
    for png in sorted(a.glob("*.png")):
        first, second = QImage(str(png)), QImage(str(b / png.name))
        same = first.size() == second.size() and first == second
        caret = not same and _only_a_caret(png, b / png.name)
        verdict = "identical pixels" if same else "identical but the blinking text caret"
        print(f"{png.name}: {verdict if same or caret else 'DIFFERENT'}")
        same = same or caret
        if not same:
            problems.append(png.name)
    return problems


def _only_a_caret(a: Path, b: Path) -> bool:
    """The pixels differ only in a strip one or two pixels wide and a line high: the text
    cursor of the focused field, caught in another phase of its blinking."""
    from PIL import Image, ImageChops

    with Image.open(a) as first, Image.open(b) as second:
        if first.size != second.size:
            return False
        box = ImageChops.difference(first.convert("RGB"), second.convert("RGB")).getbbox()
    return box is not None and box[2] - box[0] <= 2 and box[3] - box[1] <= 24


def _volatile(value: object) -> bool:
    """A moment of making the file (an ISO time stamp or a datetime of today)."""
    if isinstance(value, datetime):
        return value.date() == datetime.now().date()
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        return value[:10] == datetime.now().date().isoformat()
    return False


def compare_books(a: Path, b: Path) -> list[str]:
    from openpyxl import load_workbook

    problems = []
    for book in sorted(a.glob("*.xlsx")):
        first, second = load_workbook(book), load_workbook(b / book.name)
        found = [] if first.sheetnames == second.sheetnames else ["sheet names"]
        cells = 0
        for name in first.sheetnames:
            x, y = first[name], second[name]
            rows_x = list(x.iter_rows(values_only=True))
            rows_y = list(y.iter_rows(values_only=True))
            if len(rows_x) != len(rows_y):
                found.append(f"{name}: {len(rows_x)} rows against {len(rows_y)}")
            for number, (p, q) in enumerate(zip(rows_x, rows_y, strict=False), start=1):
                cells += len(p)
                if len(p) != len(q) or any(
                    u != v and not (_volatile(u) and _volatile(v))
                    for u, v in zip(p, q, strict=False)
                ):
                    found.append(f"{name}!{number}")
            widths_x = {k: d.width for k, d in x.column_dimensions.items()}
            widths_y = {k: d.width for k, d in y.column_dimensions.items()}
            if set(map(str, x.merged_cells.ranges)) != set(map(str, y.merged_cells.ranges)):
                found.append(f"{name}: merged cells")
            if widths_x != widths_y:
                found.append(f"{name}: column widths")
        print(f"{book.name}: {len(first.sheetnames)} sheets, {cells} cells, "
              f"{'identical' if not found else 'DIFFERENT: ' + ', '.join(found[:5])}")  # fmt: skip
        if found:
            problems.append(book.name)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    before, after = (Path(tree).resolve() for tree in argv)
    scratch = Path(tempfile.mkdtemp(prefix="reshape-compare-"))
    base = scratch / "base.db"
    env = {**os.environ, "WKSBM_DATA_DIR": str(scratch / "data")}
    run(before, env, "-m", "wksbm_desktop", "--db", str(base), "init", "--kelurahan", KELURAHAN,
        "--lurah", "Budi Santoso", "--nip", "197001012000031001")  # fmt: skip
    run(before, env, "-m", "wksbm_desktop", "--db", str(base), "demo", "--members", "200",
        "--seed", "7")  # fmt: skip
    work = scratch / "work"  # one path for both, so the status bar shows the same file
    outputs(before, base, work, scratch / "before")
    outputs(after, base, work, scratch / "after")
    problems = compare_images(scratch / "before" / "shots", scratch / "after" / "shots")
    problems += compare_books(scratch / "before", scratch / "after")
    print(f"outputs kept in {scratch}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
