"""Loading the build helpers under packaging/ (a folder of scripts, not an installed package)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"


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
