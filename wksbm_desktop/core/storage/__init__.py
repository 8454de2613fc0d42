"""Where the data lives: opening, upgrading, copying, restoring and checking the database."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.backup import backup_now, list_backups
    from wksbm_desktop.core.storage.checks import all_problems
    from wksbm_desktop.core.storage.db import Database, open_database
    from wksbm_desktop.core.storage.health import check_on_open

# The entry points, imported on first use: importing the package costs nothing at
# start-up (tests/ui measure it), and a caller can still say `from package import name`.
_ENTRY_POINTS = {
    "Database": "db",
    "open_database": "db",
    "backup_now": "backup",
    "list_backups": "backup",
    "check_on_open": "health",
    "all_problems": "checks",
}
__all__ = [
    "Database",
    "all_problems",
    "backup_now",
    "check_on_open",
    "list_backups",
    "open_database",
]


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        module = importlib.import_module(f"{__name__}.{_ENTRY_POINTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
