"""Marking notices read: the one place the notice widgets write (main's ui/operations takes it)."""

from __future__ import annotations

from collections.abc import Sequence

from wksbm_desktop.core.services.notices import mark_read
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui.notices.events import notice_events


def mark_notices_read(database: Database, uuids: Sequence[str]) -> None:
    """One committed change for a click, then every view of the notices follows."""
    if not uuids:
        return
    with database.session() as session:
        mark_read(session, uuids)
    notice_events().changed.emit()
