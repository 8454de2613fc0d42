"""Operations on the notices from Dinas Sosial: marking them read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services.notices import mark_read
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.notices.events import notice_events
from wksbm_desktop.ui.operations import CollectionOp, OpChanges


def mark_notices_read(parent: QWidget | None, database: Database, uuids: Sequence[str]) -> None:
    """One committed change for a click, then every view of the notices follows."""
    if not uuids:
        return

    def op(session: Session) -> None:
        mark_read(session, uuids)

    CollectionOp(parent, database, op, OpChanges(notices=True), t("op.saving")).run()
    notice_events().changed.emit()
