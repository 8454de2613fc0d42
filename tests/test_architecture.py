"""Architecture guards: the core and the command line never import Qt; packaging lists all."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import wksbm_desktop

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(wksbm_desktop.__file__).resolve().parent

# Any attempt to import Qt fails loudly, so a hidden import cannot slip through a lazy path.
_BLOCK_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt imported from the Qt-free side: " + name)
        return None
sys.meta_path.insert(0, _NoQt())
"""


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCK_QT + script],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
    )  # fmt: skip


def _core_modules() -> list[str]:
    core = PACKAGE_DIR / "core"
    names = [
        info.name
        for info in pkgutil.walk_packages([str(core)], prefix="wksbm_desktop.core.")
        if ".migrations" not in info.name  # Alembic scripts run only inside Alembic
    ]
    assert "wksbm_desktop.core.services.members" in names
    return sorted(names)


def _document_modules() -> list[str]:
    found = pkgutil.walk_packages([str(PACKAGE_DIR / "documents")], "wksbm_desktop.documents.")
    names = sorted(info.name for info in found)
    assert "wksbm_desktop.documents.daftar_hadir" in names
    return names


def test_core_and_cli_modules_import_without_qt() -> None:
    modules = [
        *_core_modules(),
        *_document_modules(),
        "wksbm_desktop.cli",
        "wksbm_desktop.cli.commands.print_",
        "wksbm_desktop.core.storage.migrate",
    ]
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(json.dumps(qt))\n"
    )
    result = _run(script)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_running_every_cli_command_never_imports_qt(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    commands = [
        ["--db", str(db), "init", "--kelurahan", "36.71.05.1008"],
        ["--db", str(db), "demo", "--members", "40"],
        ["--db", str(db), "stats", "--json"],
        ["--db", str(db), "check"],
        ["--db", str(db), "--help"],
    ]
    script = (
        "import json, sys\n"
        "from wksbm_desktop.cli import main\n"
        "codes = []\n"
        f"for argv in {commands!r}:\n"
        "    try:\n"
        "        codes.append(main(argv))\n"
        "    except SystemExit as stop:\n"
        "        codes.append(stop.code)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(json.dumps({'codes': codes, 'qt': qt}))\n"
    )
    result = _run(script)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"codes": [0, 0, 0, 0, 0], "qt": []}


def test_the_console_entry_point_runs_without_qt(tmp_path: Path) -> None:
    db = tmp_path / "y.db"
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['wksbm', '--db', {str(db)!r}, 'init', '--kelurahan', '36.71.05.1008']\n"
        "try:\n"
        "    runpy.run_module('wksbm_desktop', run_name='__main__')\n"
        "except SystemExit as stop:\n"
        "    assert stop.code in (0, None), stop.code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = _run(script)
    assert result.returncode == 0, result.stderr
    assert db.exists()


def _package_dirs() -> set[str]:
    found = set()
    for init in PACKAGE_DIR.rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        relative = init.parent.relative_to(PACKAGE_DIR.parent)
        found.add(".".join(relative.parts))
    return found


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    missing = sorted(_package_dirs() - listed)
    assert missing == [], f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert "wksbm_desktop._resources" in listed


def test_migration_scripts_ship_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert (
        "wksbm_desktop.core.storage.migrations.versions" in config["tool"]["setuptools"]["packages"]
    )
    assert (
        "script.py.mako"
        in config["tool"]["setuptools"]["package-data"]["wksbm_desktop.core.storage.migrations"]
    )
