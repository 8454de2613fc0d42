"""Locates the read-only files shipped with the program (reference data, icons, templates)."""

from __future__ import annotations

import sys
from importlib import resources as _importlib_resources
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
# Name under which a wheel carries the top-level resources/ folder inside the package; see
# pyproject.toml ([tool.setuptools.package-dir] maps "wksbm_desktop._resources" = "resources").
_PACKAGED_NAME = "_resources"


def resources_root() -> Path:
    """Return the folder that holds the shipped resources, wherever the program runs from."""
    if getattr(sys, "frozen", False):
        # PyInstaller unpacks (onefile) or places (onedir) bundled data under sys._MEIPASS.
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle if bundle else Path(sys.executable).resolve().parent) / "resources"
    # The in-package copy exists only in a wheel install; checking it first means a stray
    # site-packages/resources folder of some other distribution is never taken for ours.
    packaged = _packaged_root()
    return packaged if packaged is not None else _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("wilayah", "x.csv")``."""
    return resources_root().joinpath(*parts)


def _packaged_root() -> Path | None:
    """The copy installed inside the package by a non-editable ``pip install .``, if any."""
    try:
        candidate = _importlib_resources.files(__package__ or "wksbm_desktop") / _PACKAGED_NAME
    except (ModuleNotFoundError, TypeError):
        return None
    if isinstance(candidate, Path) and candidate.is_dir():
        return candidate
    return None
