"""The rules of the records, without a database: NIK, regions, field rules, input values."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.core.domain.nik import check_nik, mask_nik
    from wksbm_desktop.core.domain.wilayah import load_region

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "check_nik": "nik",
    "mask_nik": "nik",
    "load_region": "wilayah",
}
__all__ = ["check_nik", "load_region", "mask_nik"]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
