"""Data safety in the GUI: start-up checks, one copy at a time, backups, restore, crash dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wksbm_desktop.ui.safety.controller import SafetyRun, attach

__all__ = ["SafetyRun", "attach"]


def __getattr__(name: str) -> Any:
    # The controller brings the backup menu (and SQLAlchemy with it): imported when asked for,
    # so that start-up and the anonymise button need not load it before the window shows.
    if name in __all__:
        from wksbm_desktop.ui.safety import controller

        return getattr(controller, name)
    raise AttributeError(name)
