"""Writing workbooks at streaming speed: safe cells, shared styles, long sheets, passwords."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.excel.writing.xlsx_out import Book, Sheet

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "Book": "xlsx_out",
    "Sheet": "xlsx_out",
}
__all__ = ["Book", "Sheet"]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
