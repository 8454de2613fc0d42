"""Data safety in the GUI: start-up checks, one copy at a time, backups, restore, crash dialog."""

from wksbm_desktop.ui.safety.controller import SafetyRun, attach

__all__ = ["SafetyRun", "attach"]
