"""Loading the build helpers under packaging/ (scripts, not a package), and the one real build."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
NPM_ISCC = PACKAGING / "windows" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
# CI installs wine and the compiler (packaging/windows/install_tools.sh) and sets this, so a
# missing tool fails the installer tests instead of skipping them.
REQUIRE_INSTALLER_TOOLS = "WKSBM_REQUIRE_INSTALLER_TOOLS"


def _load(relative: str) -> ModuleType:
    path = PACKAGING / relative
    name = "wksbm_packaging_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def packaging_module() -> Callable[[str], ModuleType]:
    """``packaging_module("bundle_filter.py")`` -> the module, loaded from its file."""
    return _load


def installer_tools_missing() -> str | None:
    """Why the Windows installer cannot be compiled and run here, or None when it can."""
    if sys.platform == "win32":
        return "the installer tests run the setup program under wine, on Linux"
    missing = [name for name in ("wine", "wineserver", "xvfb-run") if shutil.which(name) is None]
    if not NPM_ISCC.is_file():
        missing.append(str(NPM_ISCC.relative_to(ROOT)))
    if not missing:
        return None
    return f"missing {', '.join(missing)}; install with packaging/windows/install_tools.sh"


def require_installer_tools() -> None:
    """Skip the calling test without wine and ISCC; in CI (the variable set) fail instead."""
    reason = installer_tools_missing()
    if reason is None:
        return
    if os.environ.get(REQUIRE_INSTALLER_TOOLS):
        pytest.fail(f"{REQUIRE_INSTALLER_TOOLS} is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def built_program() -> dict[str, object]:
    """``python packaging/build.py`` once per session (with ``--installer`` where it can run).

    Returns the build report plus ``installer``: the setup program's path, or None.
    """
    command = [sys.executable, str(PACKAGING / "build.py")]
    with_installer = installer_tools_missing() is None
    if with_installer:
        command.append("--installer")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=2400)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "one-folder build:" in result.stdout
    report = json.loads((DIST / "build-report.json").read_text(encoding="utf-8"))
    installer = DIST / f"wksbm-desktop-{report['version']}-setup.exe"
    if with_installer:
        assert f"Installer: {installer}" in result.stdout
        assert installer.is_file()
    return {**report, "installer": str(installer) if with_installer else None}
