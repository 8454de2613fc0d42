"""The kelurahan report workbook for Dinas Sosial: its format, data sheets and Rekap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.excel.report.export import ExportOptions, ExportResult, export_report

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "export_report": "export",
    "ExportOptions": "export",
    "ExportResult": "export",
}
__all__ = ["ExportOptions", "ExportResult", "export_report"]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
