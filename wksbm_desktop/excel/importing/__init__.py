"""Importing workbooks: which kind, the column mapping, checks, one all-or-nothing run."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.excel.importing.importer import detect_kind, import_workbook, preview_import
    from wksbm_desktop.excel.importing.template import write_template

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "preview_import": "importer",
    "import_workbook": "importer",
    "detect_kind": "importer",
    "write_template": "template",
}
__all__ = ["detect_kind", "import_workbook", "preview_import", "write_template"]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
