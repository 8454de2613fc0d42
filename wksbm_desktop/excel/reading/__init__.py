"""Opening untrusted workbooks safely and reading the values people typed into them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.excel.reading.reader import WorkbookProblem, iter_values, open_workbook

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "open_workbook": "reader",
    "iter_values": "reader",
    "WorkbookProblem": "reader",
}
__all__ = ["WorkbookProblem", "iter_values", "open_workbook"]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
