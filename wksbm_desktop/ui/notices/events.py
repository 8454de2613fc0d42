"""One signal for "notices were read or added": the status bar, the menu and open windows follow."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class NoticeEvents(QObject):
    changed = Signal()


_events: NoticeEvents | None = None


def notice_events() -> NoticeEvents:
    """The application's one notifier (created on the GUI thread at first use)."""
    global _events
    if _events is None:
        _events = NoticeEvents()
    return _events
