"""Issue 15's reshape: packages by job, in one mechanical, idempotent step (run from the repo root).

    python tools/reshape.py [--dry-run]

1. ``git mv`` every module of MOVES (and the tests of TEST_MOVES) to its package by job,
   creating each new package with the ``__init__.py`` of PACKAGES (one-line docstring, entry
   points re-exported lazily so importing a package stays free at start-up).
2. Rewrites every reference to a moved module across the repository: imports (absolute, relative,
   ``from pkg import module``), dotted names anywhere in .py/.spec/.toml files (mock targets,
   ``import_module`` strings, hiddenimports), file paths in docs, README and packaging
   (``wksbm_desktop/core/backup.py``, ``core/backup.py``, ``Path("wksbm_desktop", "core", ...)``),
   the tests' own paths, pyproject's package list (regenerated from the tree) and mypy overrides.
3. Installs README's project layout table (between the markers it writes), then runs
   ``ruff check --fix`` and ``ruff format`` on the files it changed.

A module of the map missing from this tree (renamed on some branch) is reported and skipped; any
module of the package the map does not mention is listed at the end, so what stays flat is seen.
Running it again changes nothing: a done move is recognised (old path gone, new path present) and
its references are still rewritten, so a branch merged after the first run can be fixed by a
second one.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterable
from pathlib import Path

PKG = "wksbm_desktop"

# Old module (or package) → new one. Entries for modules other branches add are kept even when
# missing from the tree: they are reported and skipped.
MOVES: dict[str, str] = {
    # Where the data lives: opening, upgrading, copying, restoring and checking the database.
    "core.db": "core.storage.db",
    "core.db_file": "core.storage.db_file",
    "core.sqlite_file": "core.storage.sqlite_file",
    "core.migrate": "core.storage.migrate",
    "core.migrations": "core.storage.migrations",
    "core.server": "core.storage.server",
    "core.backup": "core.storage.backup",
    "core.offsite": "core.storage.offsite",
    "core.restore": "core.storage.restore",
    "core.pg_backup": "core.storage.pg_backup",
    "core.pg_schema": "core.storage.pg_schema",
    "core.schema_check": "core.storage.schema_check",
    "core.health": "core.storage.health",
    "core.checks": "core.storage.checks",
    "core.sqlite_stats": "core.storage.sqlite_stats",
    "core.quick_read": "core.storage.quick_read",
    "core.concurrency": "core.storage.concurrency",
    # Reading: every query module in one place.
    "core.queries_forms": "core.queries.forms",
    "core.audit_queries": "core.queries.audit",
    "ui.safety.audit_lookup": "core.queries.audit_lookup",
    "core.dashboard": "core.queries.dashboard",
    "core.stats": "core.queries.stats",
    "core.member_row": "core.queries.member_row",
    # The rules of the records, without a database.
    "core.nik": "core.domain.nik",
    "core.wilayah": "core.domain.wilayah",
    "core.rules": "core.domain.rules",
    "core.inputs": "core.domain.inputs",
    "core.period": "core.domain.period",
    "core.local_time": "core.domain.local_time",
    "core.attendance_numbers": "core.domain.attendance_numbers",
    "core.letter_template": "core.domain.letter_template",
    # Writing: the audit trail is written by the services, inside their session.
    "core.audit": "core.services.audit",
    # Synthetic data.
    "core.demo": "core.demo_data.synthetic",
    "core.demo_names": "core.demo_data.names",
    # Excel: opening untrusted workbooks and reading their values.
    "excel.reader": "excel.reading.reader",
    "excel.fast_reader": "excel.reading.fast_reader",
    "excel.container": "excel.reading.container",
    "excel.values": "excel.reading.values",
    "excel.report_reader": "excel.reading.report_reader",
    "excel.report_sources": "excel.reading.report_sources",
    # Excel: writing workbooks at streaming speed.
    "excel.xlsx_out": "excel.writing.xlsx_out",
    "excel.cells": "excel.writing.cells",
    "excel.styles": "excel.writing.styles",
    "excel.protect": "excel.writing.protect",
    "excel.data_sheet": "excel.writing.data_sheet",
    "excel.print_fit": "excel.writing.print_fit",
    # Excel: the kelurahan report workbook, and the other reports that leave the office.
    "excel.audit_export": "excel.report.audit_export",
    "excel.export": "excel.report.export",
    "excel.schema": "excel.report.schema",
    "excel.rows": "excel.report.rows",
    "excel.meta": "excel.report.meta",
    "excel.rekap": "excel.report.rekap",
    "excel.rekap_data": "excel.report.rekap_data",
    "excel.signature": "excel.report.signature",
    "excel.rekap_layout": "excel.report.rekap_layout",
    # Excel: imports.
    "excel.importer": "excel.importing.importer",
    "excel.import_common": "excel.importing.common",
    "excel.import_list": "excel.importing.lists",
    "excel.import_report": "excel.importing.reports",
    "excel.import_activities": "excel.importing.activities",
    "excel.report_inputs": "excel.importing.report_inputs",
    "excel.headers": "excel.importing.headers",
    "excel.problems": "excel.importing.problems",
    "excel.errors_out": "excel.importing.errors_out",
    "excel.table_end": "excel.importing.table_end",
    "excel.title_block": "excel.importing.title_block",
    "excel.template": "excel.importing.template",
    # Excel: the city consolidation.
    "excel.consolidate": "excel.consolidate.city",
    "excel.consolidate_audit": "excel.consolidate.audit",
    "excel.consolidate_layout": "excel.consolidate.layout",
    "excel.consolidate_nik": "excel.consolidate.nik",
    "excel.consolidate_rekap": "excel.consolidate.rekap",
    "excel.consolidate_rows": "excel.consolidate.rows",
    "excel.consolidate_scan": "excel.consolidate.scan",
    "excel.consolidate_sheets": "excel.consolidate.sheets",
    "excel.consolidate_status": "excel.consolidate.status",
    "excel.consolidate_tally": "excel.consolidate.tally",
    "excel.consolidate_grid": "excel.consolidate.grid",
    "excel.consolidate_summary": "excel.consolidate.summary",
    # The Qt shell: tabs together, help together, setup dialogs together.
    "ui.dashboard": "ui.tabs.dashboard_tab",
    "ui.charts": "ui.tabs.charts",
    "ui.guide": "ui.help.guide",
    "ui.shortcuts": "ui.help.shortcuts",
    "ui.setup_dialog": "ui.setup.office_dialog",
    "ui.server_dialog": "ui.setup.server_dialog",
}
MOVES = {f"{PKG}.{old}": f"{PKG}.{new}" for old, new in MOVES.items()}

# Tests follow their modules (tests mirror the package). Unlisted tests stay where they are.
_TEST_GROUPS: dict[str, tuple[str, ...]] = {
    "tests/core/storage": (
        "test_backup", "test_checks", "test_crash_safety", "test_db", "test_db_file",
        "test_health", "test_migrations", "test_offsite", "test_pgpass", "test_quick_read",
        "test_restore_schema",
    ),
    "tests/core/queries": (
        "test_queries", "test_queries_forms", "test_queries_records", "test_audit_queries",
        "test_dashboard", "test_list_speed", "test_queries_nik_owner",
    ),
    "tests/core/domain": (
        "test_nik", "test_rules", "test_wilayah", "test_period", "test_attendance_numbers",
        "test_letter_template",
    ),
    "tests/core/services": (
        "test_services_activities", "test_services_bulk", "test_services_groups",
        "test_services_members", "test_services_memberships", "test_services_office",
        "test_audit", "test_anonymise", "test_services_letterhead",
    ),
    "tests/core/demo_data": ("test_demo",),
    "tests/excel/reading": (
        "test_excel_reader", "test_fast_reader", "test_hostile_files", "test_hostile_properties",
        "test_report_sources", "test_excel_values", "test_formula_payloads",
        "test_hostile_reports",
    ),
    "tests/excel/writing": ("test_continuation_sheets", "test_export_kill"),
    "tests/excel/report": (
        "test_excel_export", "test_report_labels", "test_report_paper", "test_period_figures",
    ),
    "tests/excel/importing": (
        "test_excel_import_bulk", "test_excel_import_list", "test_excel_import_report",
        "test_excel_template", "test_import_activities", "test_import_office_habits",
        "test_masked_nik_rebuild",
    ),
    "tests/excel/consolidate": (
        "test_consolidate", "test_consolidate_parts", "test_consolidate_privacy",
        "test_city_tables",
    ),
}  # fmt: skip
TEST_MOVES: dict[str, str] = {
    f"{Path(folder).parent.as_posix()}/{name}.py": f"{folder}/{name}.py"
    for folder, names in _TEST_GROUPS.items()
    for name in names
}

# Each new package: its one-line docstring and the entry points it re-exports (name → module).
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "core.storage": (
        "Where the data lives: opening, upgrading, copying, restoring and checking the database.",
        {
            "Database": "db", "open_database": "db", "backup_now": "backup",
            "list_backups": "backup", "check_on_open": "health", "all_problems": "checks",
        },
    ),
    "core.domain": (
        "The rules of the records, without a database: NIK, regions, field rules, input values.",
        {"check_nik": "nik", "mask_nik": "nik", "load_region": "wilayah"},
    ),
    "core.demo_data": (
        "Realistic synthetic data for training, screenshots and tests (``wksbm demo``).",
        {"generate": "synthetic", "DemoResult": "synthetic"},
    ),
    "excel.reading": (
        "Opening untrusted workbooks safely and reading the values people typed into them.",
        {"open_workbook": "reader", "iter_values": "reader", "WorkbookProblem": "reader"},
    ),
    "excel.writing": (
        "Writing workbooks at streaming speed: safe cells, shared styles, long sheets, passwords.",
        {"Book": "xlsx_out", "Sheet": "xlsx_out"},
    ),
    "excel.report": (
        "The kelurahan report workbook for Dinas Sosial: its format, data sheets and Rekap.",
        {"export_report": "export", "ExportOptions": "export", "ExportResult": "export"},
    ),
    "excel.importing": (
        "Importing workbooks: which kind, the column mapping, checks, one all-or-nothing run.",
        {
            "preview_import": "importer", "import_workbook": "importer",
            "detect_kind": "importer", "write_template": "template",
        },
    ),
    "excel.consolidate": (
        "The city consolidation: every kelurahan's report into one city workbook for Dinas Sosial.",
        {
            "consolidate": "city", "CityOptions": "city", "ConsolidationResult": "city",
            "report_board": "city",
        },
    ),
    "ui.help": ("Bantuan: the built-in guide and the list of keyboard shortcuts.", {}),
    "ui.setup": ("Setting the office up: first-run setup, Pengaturan kantor, the server.", {}),
}  # fmt: skip
PACKAGES = {f"{PKG}.{name}": value for name, value in PACKAGES.items()}

# Existing packages whose one line must now name their new rooms: (old line, new line).
DOCSTRINGS = {
    "wksbm_desktop/core/__init__.py": (
        "The Qt-free core: models, database, domain rules, reference data, services.",
        "The Qt-free core: models and errors; domain rules, storage, queries and services.",
    ),
    "wksbm_desktop/excel/__init__.py": (
        "Excel in and out: the report workbook, the import template, and imports (Qt-free).",
        "Excel in and out (Qt-free): reading, writing, the report, imports, the city workbook.",
    ),
    "wksbm_desktop/core/queries/audit.py": (
        "Read side of the audit: filtered, paged entries described in Indonesian, and Excel "
        "export.",
        "Read side of the audit: filtered, paged entries in Indonesian (workbook: excel/report).",
    ),
    "wksbm_desktop/ui/tabs/__init__.py": (
        "The list tabs (Kelompok, Anggota, Kegiatan) of the main window.",
        "The tabs of the main window: Ringkasan, and the lists Kelompok, Anggota, Kegiatan.",
    ),
}

# Names that moved between modules before the reshape (kept importable at the old home until
# this step rewrites their importers).
SYMBOL_MOVES = {(f"{PKG}.app", "create_main_window"): f"{PKG}.ui.main_window"}

# Code that sits in a lower layer than its imports (found by tests/test_layers.py on the merged
# main): moved whole into a module of the right layer before the package moves. Each entry: the
# module it leaves, the top-level names that go, the new module and its head (docstring, imports).
SPLITS = [
    (
        f"{PKG}.core.audit_queries",
        ("_NIK_OR_SCREEN_MASK", "export_audit", "_file_masked"),
        f"{PKG}.excel.audit_export",
        '"""The audit list as an .xlsx workbook, NIKs masked as in every file that leaves."""\n\n'
        "from __future__ import annotations\n\n"
        "import re\n"
        "from pathlib import Path\n\n"
        "from sqlalchemy.orm import Session\n\n"
        f"from {PKG}.core.audit_queries import AuditFilter, iter_audit\n"
        f"from {PKG}.core.nik import mask_id_for_file\n"
        f"from {PKG}.i18n import t\n",
    ),
]


LAYOUT_START = "<!-- layout: written by tools/reshape.py -->"
LAYOUT_END = "<!-- /layout -->"
# The table itself is kept beside this script, where Markdown may use long lines.
LAYOUT_TABLE_FILE = Path(__file__).with_name("reshape_layout.md")

LAYERS_NOTE = (
    "- Layers: `core` < `excel` < `documents` < `cli` and `ui` < `app`; a module never imports a\n"
    "  higher layer, not even inside a function, and there are no import circles\n"
    "  (`tests/test_layers.py`).\n"
)

TEXT_SUFFIXES = {".py", ".md", ".toml", ".spec", ".cfg", ".ini", ".txt", ".yml", ".yaml", ".sh"}
SKIP_PARTS = {".git", "__pycache__", "node_modules", ".mypy_cache", ".ruff_cache", "build", "dist"}
# Its own map, its table and its test speak of the old names on purpose.
SELF = (
    Path("tools/reshape.py"),
    Path("tools/reshape_layout.md"),
    Path("tests/test_reshape_tool.py"),
)


def run(command: list[str], dry_run: bool = False) -> str:
    if dry_run:
        print("  would run:", " ".join(command))
        return ""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def module_path(name: str) -> tuple[Path, Path]:
    """The file a module would be and the folder a package would be."""
    base = Path(*name.split("."))
    return base.with_suffix(".py"), base


def existing(name: str, file_only: bool = False) -> Path | None:
    file, folder = module_path(name)
    if file.is_file():
        return file
    if not file_only and (folder / "__init__.py").is_file():
        return folder
    return None


def becomes_package(old: str) -> bool:
    """excel.consolidate (a module) → excel.consolidate.city: the old name is now a package."""
    return MOVES.get(old, "").startswith(old + ".")


def package_modules() -> set[str]:
    found = set()
    for path in Path(PKG).rglob("*.py"):
        if SKIP_PARTS & set(path.parts):
            continue
        parts = list(path.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.add(".".join(parts))
    return found


def _moved_exists(name: str) -> bool:
    return name in MOVES and existing(MOVES[name]) is not None


def split_out(dry_run: bool) -> list[Path]:
    """Move the SPLITS' names into their new modules (once: skipped when already done)."""
    written: list[Path] = []
    for source_name, names, target_name, head in SPLITS:
        source, _ = module_path(source_name)
        target, _ = module_path(target_name)
        if not source.is_file() or target.exists() or _moved_exists(target_name):
            continue
        text = source.read_text(encoding="utf-8")
        tree = ast.parse(text)
        spans = []
        for node in tree.body:
            bound = (
                [node.name]
                if isinstance(node, ast.FunctionDef | ast.ClassDef)
                else [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            )
            if any(name in names for name in bound):
                decorators = getattr(node, "decorator_list", [])
                start = min([node.lineno, *(d.lineno for d in decorators)]) - 1
                lines = text.splitlines(keepends=True)
                while start > 0 and lines[start - 1].lstrip().startswith("#"):
                    start -= 1  # the comment that explains it goes with it
                assert node.end_lineno is not None
                spans.append((start, node.end_lineno))
        found = {n for n in names if re.search(rf"(?m)^(def |class )?{n}\b", text)}
        if len(spans) != len(names) or found != set(names):
            print(f"! {source}: not every one of {names} found; split left to a hand")
            continue
        lines = text.splitlines(keepends=True)
        moved = "\n\n".join("".join(lines[a:b]).rstrip() + "\n" for a, b in sorted(spans))
        kept = [line for i, line in enumerate(lines) if not any(a <= i < b for a, b in spans)]
        if dry_run:
            print(f"  would move {', '.join(names)} from {source} to {target}")
            continue
        target.write_text(head + "\n\n" + moved, encoding="utf-8")
        source.write_text(re.sub(r"\n{4,}", "\n\n\n", "".join(kept)), encoding="utf-8")
        run(["git", "add", str(target)])
        written += [source, target]
    # Importers of the moved names follow them, now and on any later run.
    for source_name, names, target_name, _head in SPLITS:
        if existing(target_name) or _moved_exists(target_name):
            for name in names:
                SYMBOL_MOVES[(source_name, name)] = target_name
                SYMBOL_MOVES[(MOVES.get(source_name, source_name), name)] = target_name
    return written


# -- 1. moves ------------------------------------------------------------------------------------


def plan_moves() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(pending moves, every move whose references are to be rewritten, notes)."""
    pending: dict[str, str] = {}
    active: dict[str, str] = {}
    notes: list[str] = []
    for old, new in MOVES.items():
        source, target = existing(old, file_only=becomes_package(old)), existing(new)
        if source is not None and target is None:
            pending[old] = new
            active[old] = new
        elif source is None and target is not None:
            active[old] = new  # done on an earlier run: late references still get rewritten
        elif source is None:
            notes.append(f"not in this tree, skipped: {old}")
        else:
            notes.append(f"both {old} and {new} exist: left alone, check by hand")
    return pending, active, notes


def ensure_package(name: str, dry_run: bool) -> list[Path]:
    """Create the folders of ``name`` with their ``__init__.py``; returns the files written."""
    written = []
    parts = name.split(".")
    for depth in range(2, len(parts) + 1):
        package = ".".join(parts[:depth])
        init = Path(*parts[:depth]) / "__init__.py"
        if init.exists():
            continue
        if dry_run:
            print(f"  would create {init}")
            continue
        init.parent.mkdir(parents=True, exist_ok=True)
        init.write_text(init_text(package), encoding="utf-8")
        run(["git", "add", str(init)])
        written.append(init)
    return written


def init_text(package: str) -> str:
    doc, exports = PACKAGES.get(package, (f"The {package.rsplit('.', 1)[-1]} package.", {}))
    submodules = {new.rsplit(".", 1)[-1] for new in MOVES.values() if new.startswith(package + ".")}
    # ``from package import name`` must find a module when one has that name, never a function.
    assert not submodules & set(exports), f"{package}: an export shadows a module"
    if not exports:
        return f'"""{doc}"""\n'
    lines = [f'"""{doc}"""', "", "from __future__ import annotations", "", "import importlib"]
    lines += ["from typing import TYPE_CHECKING, Any", "", "if TYPE_CHECKING:"]
    by_module: dict[str, list[str]] = {}
    for name, module in exports.items():
        by_module.setdefault(module, []).append(name)
    for module, names in sorted(by_module.items()):
        lines.append(f"    from {package}.{module} import {', '.join(sorted(names))}")
    lines += [
        "",
        "# The entry points, imported on first use: importing the package costs nothing at",
        "# start-up (tests/ui measure it), and a caller can still say `from package import name`.",
        "_ENTRY_POINTS = {",
        *(f'    "{name}": "{module}",' for name, module in exports.items()),
        "}",
        f"__all__ = [{', '.join(repr(name) for name in sorted(exports))}]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    if name in _ENTRY_POINTS:",
        '        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")',
        "        return getattr(module, name)",
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
    ]
    return "\n".join(lines) + "\n"


def git_mv(source: Path, target: Path, dry_run: bool) -> None:
    if dry_run:
        print(f"  would git mv {source} {target}")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    run(["git", "mv", str(source), str(target)])


_PARENTS = re.compile(r"(Path\(__file__\)(?:\.resolve\(\))?\.parents\[)(\d+)(\])")


def prepare_for_new_home(source: Path, target: Path, dry_run: bool) -> None:
    """What only a moving file needs: relative imports made absolute (from where it was), and
    ``Path(__file__).parents[n]`` counted from its new depth."""
    if source.suffix != ".py":
        return
    text = source.read_text(encoding="utf-8")
    here = list(source.with_suffix("").parts)

    def absolute(match: re.Match[str]) -> str:
        dots, rest = match.group(2), match.group(3)
        base = here[: len(here) - len(dots)]
        name = ".".join([*base, *([rest] if rest else [])])
        return f"{match.group(1)}from {name} import"

    new = re.sub(r"(?m)^(\s*)from (\.+)([\w.]*) import", absolute, text)
    depth = len(target.parts) - len(source.parts)
    new = _PARENTS.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + depth}{m.group(3)}", new)
    if new != text and not dry_run:
        source.write_text(new, encoding="utf-8")


def do_moves(pending: dict[str, str], dry_run: bool) -> list[Path]:
    written: list[Path] = []
    # Packages first, so a module moving into a folder of its own old name finds it ready.
    for new in sorted(set(pending.values())):
        written += ensure_package(new.rsplit(".", 1)[0], dry_run)
    for old, new in sorted(pending.items()):
        source = existing(old, file_only=becomes_package(old))
        assert source is not None
        file, folder = module_path(new)
        target = folder if source.is_dir() else file
        if source.is_file():
            prepare_for_new_home(source, target, dry_run)
        git_mv(source, target, dry_run)
    return written


def do_test_moves(dry_run: bool) -> tuple[dict[str, str], list[str]]:
    """Move the tests; returns every test move (done or pending) and notes."""
    active: dict[str, str] = {}
    notes: list[str] = []
    for old, new in TEST_MOVES.items():
        source, target = Path(old), Path(new)
        if source.exists() and not target.exists():
            # A test folder that is a package (tests/excel) keeps its subfolders packages too.
            if (source.parent / "__init__.py").exists() and not (
                target.parent / "__init__.py"
            ).exists():
                if dry_run:
                    print(f"  would create {target.parent / '__init__.py'}")
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    (target.parent / "__init__.py").write_text("")
                    run(["git", "add", str(target.parent / "__init__.py")])
            prepare_for_new_home(source, target, dry_run)
            git_mv(source, target, dry_run)
            active[old] = new
        elif target.exists():
            active[old] = new
        else:
            notes.append(f"test not in this tree, skipped: {old}")
    return active, notes


# -- 2. references ---------------------------------------------------------------------------------


class Rewriter:
    """Maps old dotted names and paths to new ones, for the moves that apply to this tree."""

    def __init__(
        self, moves: dict[str, str], test_moves: dict[str, str], modules: set[str]
    ) -> None:
        self.moves = moves
        self.modules = modules  # the package's modules after the moves
        self.test_moves = test_moves
        self.new_names = set(moves.values())
        self.dotted = re.compile(
            r"(?<![\w.])" + re.escape(PKG) + r"(?:\.[A-Za-z_]\w*)+"
        )  # fmt: skip

    def module(self, name: str, as_module: bool = False) -> str:
        """The new name of a dotted reference (module, module.attribute, package prefix).

        A module that became a package of its own name (excel.consolidate) is, named alone,
        the package; ``as_module`` (a path ending in .py) means the old module.
        """
        if as_module and name in self.moves:
            return self.moves[name]
        if name in self.moves and becomes_package(name):
            return name
        best = ""
        for old in self.moves:
            if (name == old or name.startswith(old + ".")) and len(old) > len(best):
                best = old
        if not best:
            return name
        # Already a new name (excel.consolidate.city is new; excel.consolidate was a module).
        for new in self.new_names:
            if (name == new or name.startswith(new + ".")) and len(new) > len(best):
                return name
        return self.moves[best] + name[len(best) :]

    def text(self, text: str, suffix: str) -> str:
        text = self.dotted.sub(lambda m: self.module(m.group(0)), text)
        text = self._paths(text)
        text = self._path_parts(text)
        for old, new in self.test_moves.items():
            text = re.sub(r"(?<![\w/])" + re.escape(old) + r"(?![\w])", new, text)
            # A test module imported by another test: tests.excel.test_consolidate
            old_dotted, new_dotted = (name[:-3].replace("/", ".") for name in (old, new))
            text = re.sub(r"(?<![\w.])" + re.escape(old_dotted) + r"(?![\w])", new_dotted, text)
        if suffix == ".py":
            text = self._from_imports(text)
        elif suffix == ".md":  # code samples in the docs: one import statement per line
            text = re.sub(
                r"(?m)^( *)(from " + PKG + r"\S* import [^\n(]+)$",
                lambda m: m.group(1) + self._from_imports(m.group(2)),
                text,
            )
        return text

    # ``wksbm_desktop/core/backup.py``, ``core/backup.py``, ``wksbm_desktop/core/migrations/``
    _PATH = re.compile(
        r"(?<![\w/.-])((?:" + PKG + r"/)?(?:core|excel|ui|cli)(?:/[A-Za-z_]\w*)+)(\.py|/)"
    )

    def _paths(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            path, end = match.group(1), match.group(2)
            full = path if path.startswith(PKG + "/") else f"{PKG}/{path}"
            dotted = full.replace("/", ".")
            moved = self.module(dotted, as_module=end == ".py")
            if moved == dotted:
                return match.group(0)
            new_path = moved.replace(".", "/")
            if not path.startswith(PKG + "/"):
                new_path = new_path[len(PKG) + 1 :]
            return new_path + end

        return self._PATH.sub(swap, text)

    # Path("wksbm_desktop", "core", "migrations") and tmp / "wksbm_desktop" / "core" / "x"
    _PARTS = re.compile(
        r"""(["'])""" + PKG + r"""\1((?:\s*[,/]\s*(["'])[A-Za-z_]\w*(?:\.py)?\3)+)"""
    )

    def _path_parts(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            quote = match.group(1)
            pieces = re.findall(r"""\s*([,/])\s*["']([A-Za-z_]\w*(?:\.py)?)["']""", match.group(2))
            separator = "," if pieces[0][0] == "," else "/"
            names = [PKG, *(name for _, name in pieces)]
            suffix = ".py" if names[-1].endswith(".py") else ""
            names[-1] = names[-1].removesuffix(".py")
            # The longest prefix that names a module decides; what follows it is kept.
            for cut in range(len(names), 1, -1):
                dotted = ".".join(names[:cut])
                moved = self.module(dotted, as_module=bool(suffix) and cut == len(names))
                if moved != dotted:
                    names = moved.split(".") + names[cut:]
                    break
            else:
                return match.group(0)
            names[-1] += suffix
            joiner = ", " if separator == "," else " / "
            return joiner.join(f"{quote}{name}{quote}" for name in names)

        return self._PARTS.sub(swap, text)

    def _from_imports(self, text: str) -> str:
        """``from wksbm_desktop.core import backup, models`` → one statement per new home."""
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return text
        lines = text.splitlines(keepends=True)
        edits: list[tuple[int, int, int, int, str]] = []
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                continue
            if not node.module.startswith(PKG):
                continue
            new_statements = self._split(node)
            if new_statements is None:
                continue
            indent = " " * node.col_offset
            body = ("\n" + indent).join(new_statements)
            assert node.end_lineno is not None and node.end_col_offset is not None
            edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, body))
        for start, col, end, end_col, body in sorted(edits, reverse=True):
            head = lines[start - 1][:col]
            tail = lines[end - 1][end_col:]
            lines[start - 1 : end] = [head + body + tail]
        return "".join(lines)

    def _split(self, node: ast.ImportFrom) -> list[str] | None:
        assert node.module is not None
        groups: dict[str, list[str]] = {}
        changed = False
        for alias in node.names:
            full = f"{node.module}.{alias.name}"
            symbol = SYMBOL_MOVES.get((node.module, alias.name))
            moved = self.module(full)
            if becomes_package(node.module) and full not in self.modules:
                # from excel.consolidate import CityOptions: a name of the old module.
                moved = f"{self.moves[node.module]}.{alias.name}"
            if symbol is not None:
                home, name = self.module(symbol), alias.name
                changed = True
            elif moved != full:
                home, name = moved.rsplit(".", 1)
                changed = True
            else:
                home, name = node.module, alias.name
            bound = alias.asname or alias.name
            groups.setdefault(home, []).append(name if bound == name else f"{name} as {bound}")
        if not changed:
            return None
        return [f"from {home} import {', '.join(names)}" for home, names in groups.items()]


def repository_files() -> list[Path]:
    listed = run(["git", "ls-files", "-co", "--exclude-standard"]).splitlines()
    files = []
    for name in listed:
        path = Path(name)
        if SKIP_PARTS & set(path.parts) or path in SELF or not path.is_file():
            continue
        if path.suffix in TEXT_SUFFIXES or path.name in ("run",):
            if "docs/bench" in path.as_posix():  # records of past runs keep their own words
                continue
            files.append(path)
    return files


def rewrite_references(rewriter: Rewriter, dry_run: bool) -> list[Path]:
    changed = []
    for path in repository_files():
        try:
            before = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        after = rewriter.text(before, path.suffix)
        if after != before:
            changed.append(path)
            if dry_run:
                print(f"  would rewrite {path}")
            else:
                path.write_text(after, encoding="utf-8")
    return changed


# -- 3. pyproject, README, ruff --------------------------------------------------------------------


def update_pyproject(dry_run: bool) -> bool:
    path = Path("pyproject.toml")
    text = path.read_text(encoding="utf-8")
    match = re.search(r"(?ms)^packages = \[\n(.*?)^\]", text)
    if match is None:
        print("! pyproject.toml: no [tool.setuptools] packages list found")
        return False
    listed = re.findall(r'"([^"]+)"', match.group(1))
    on_disk = {
        ".".join(init.parent.parts)
        for init in Path(PKG).rglob("__init__.py")
        if not SKIP_PARTS & set(init.parts)
    }
    keep = {name for name in listed if not name.startswith(PKG + ".") or "_resources" in name}
    packages = sorted(keep | on_disk)
    body = "".join(f'    "{name}",\n' for name in packages)
    new_text = text[: match.start(1)] + body + text[match.end(1) :]
    if new_text == text:
        return False
    if dry_run:
        print("  would update pyproject.toml packages")
    else:
        path.write_text(new_text, encoding="utf-8")
    return True


def update_docstrings(dry_run: bool) -> list[Path]:
    changed = []
    for name, (old, new) in DOCSTRINGS.items():
        path = Path(name)
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith(f'"""{old}"""'):
            changed.append(path)
            if dry_run:
                print(f"  would update the docstring of {path}")
            else:
                path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return changed


def update_readme(dry_run: bool) -> bool:
    path = Path("README.md")
    text = path.read_text(encoding="utf-8")
    rows = LAYOUT_TABLE_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    # A room that no branch has built yet (documents/ before the printing merge) is left out.
    named = [re.match(r"\| `(wksbm_desktop/[^`]*)`", row) for row in rows]
    table = "".join(
        row for row, path in zip(rows, named, strict=True) if path is None or Path(path[1]).exists()
    )
    block = f"{LAYOUT_START}\n{table}{LAYOUT_END}\n"
    if LAYOUT_START in text:
        start = text.index(LAYOUT_START)
        end = text.index(LAYOUT_END, start) + len(LAYOUT_END) + 1
        new_text = text[:start] + block + text[end:]
    else:
        old = re.search(r"(?ms)^Project layout:\n\n(\| Path \| Contents \|\n.*?)(?=^\s*$)", text)
        if old is None:
            print("! README.md: no 'Project layout:' table found; layout table not installed")
            return False
        new_text = text[: old.start(1)] + block + text[old.end(1) :]
    if "tests/test_layers.py" not in new_text.split(LAYOUT_START)[0]:
        anchor = "- Schema changes are Alembic migrations"
        if anchor in new_text:
            new_text = new_text.replace(anchor, LAYERS_NOTE + anchor, 1)
    if new_text == text:
        return False
    if dry_run:
        print("  would install README's layout table")
    else:
        path.write_text(new_text, encoding="utf-8")
    return True


LINE_LIMIT = 100


def wrap_long_text_lines(path: Path) -> bool:
    """Comment and docstring lines that a longer path pushed past the limit, wrapped at a space
    (ruff format leaves text alone; code lines it wraps itself)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if all(len(line.rstrip("\n")) <= LINE_LIMIT for line in lines):
        return False
    kinds: dict[int, str] = {}  # line number → "comment" or "string"
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                kinds[token.start[0]] = "comment"
            elif token.type == tokenize.STRING and token.end[0] > token.start[0]:
                for number in range(token.start[0], token.end[0] + 1):
                    kinds.setdefault(number, "string")
    except (tokenize.TokenError, SyntaxError):
        return False
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        body = line.rstrip("\n")
        kind = kinds.get(number)
        indent = len(body) - len(body.lstrip())
        cut = body.rfind(" ", 0, LINE_LIMIT)
        if len(body) <= LINE_LIMIT or kind is None or cut <= indent + 4:
            out.append(line)
            continue
        if kind == "comment" and not body.lstrip().startswith("#"):
            out.append(line)  # a comment after code: ruff format cannot help, say so below
            continue
        lead = body[:indent] + ("# " if kind == "comment" else "")
        out.append(body[:cut].rstrip() + "\n")
        out.append(lead + body[cut + 1 :] + "\n")
    new = "".join(out)
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def tidy(paths: Iterable[Path], dry_run: bool) -> None:
    python = sorted({str(p) for p in paths if p.suffix == ".py" and p.exists()})
    if not python:
        return
    for name in python:
        wrap_long_text_lines(Path(name))
    # Imports re-sorted and merged; then the layout ruff would give them.
    for chunk in range(0, len(python), 200):
        part = python[chunk : chunk + 200]
        # F401: imports a split left unused (the repository was clean before, so only those).
        run(
            ["ruff", "check", "--fix", "--select", "I,F401", "--exit-zero", "--quiet", *part],
            dry_run,
        )
        formatted = subprocess.run(["ruff", "format", "--quiet", *part], check=False)
        if formatted.returncode != 0:
            print("! ruff format failed on some files (see above); the moves are done")
        long_lines = run(
            ["ruff", "check", "--select", "E501", "--exit-zero", "--output-format", "concise",
             "--quiet", *part]
        )  # fmt: skip
        for line in long_lines.splitlines():
            print("left for a hand:", line)
    # Import sorting once more over all of them together, until it settles: one pass over a
    # chunk has been seen to leave a block that a second pass orders differently.
    for _ in range(3):
        left = run(["ruff", "check", "--select", "I", "--exit-zero", "--quiet", *python])
        if not left.strip():
            break
        run(["ruff", "check", "--fix", "--select", "I", "--exit-zero", "--quiet", *python])
        subprocess.run(["ruff", "format", "--quiet", *python], check=False)


def unmapped() -> list[str]:
    """Modules the map does not mention that sit loose in a layer's top folder (core/, excel/,
    ui/, the package root): either they belong there, or the map should say where they go."""
    mentioned = set(MOVES) | set(MOVES.values())
    tops = {PKG, f"{PKG}.core", f"{PKG}.excel", f"{PKG}.ui"}
    return sorted(
        name
        for name in package_modules()
        if name.rsplit(".", 1)[0] in tops
        and name not in mentioned
        and name not in tops
        and not Path(*name.split(".")).is_dir()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would change, change nothing"
    )
    args = parser.parse_args(argv)
    if not Path(PKG, "__init__.py").is_file():
        parser.error("run from the repository root")
    dry_run = args.dry_run
    unmerged = run(["git", "diff", "--name-only", "--diff-filter=U"]).split()
    if unmerged:
        parser.error("finish the merge first; unmerged: " + ", ".join(unmerged))

    split = split_out(dry_run)
    pending, active, notes = plan_moves()
    print(f"modules: {len(pending)} to move, {len(active) - len(pending)} already moved")
    written = do_moves(pending, dry_run)
    test_moves, test_notes = do_test_moves(dry_run)
    for new in sorted({".".join(name.split(".")[:-1]) for name in MOVES.values()}):
        if existing(new) is not None and not dry_run:
            written += ensure_package(new, dry_run)

    rewriter = Rewriter(active, test_moves, package_modules())
    changed = rewrite_references(rewriter, dry_run) + written + split
    changed += update_docstrings(dry_run)
    if update_pyproject(dry_run):
        changed.append(Path("pyproject.toml"))
    if update_readme(dry_run):
        changed.append(Path("README.md"))
    if not dry_run:
        tidy(changed, dry_run)

    for note in notes + test_notes:
        print("note:", note)
    left = unmapped()
    if left:
        print("left where they are (not in the map):")
        for name in left:
            print("   ", name)
    print(
        f"files changed: {len(set(changed))}" + (" (dry run: nothing written)" if dry_run else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
