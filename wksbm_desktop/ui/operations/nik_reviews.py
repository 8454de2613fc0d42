"""Operations of the city's NIK ganda review: recording an officer's decision."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services.nik_reviews import record_decision
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges


def decide(
    parent: QWidget | None,
    database: Database,
    nik: str,
    member_uuids: tuple[str, ...],
    decision: str,
    note: str,
) -> None:
    """Same person or different people, about the records that hold ``nik`` now."""

    def op(session: Session) -> None:
        record_decision(session, nik, member_uuids, decision, note)

    CollectionOp(parent, database, op, OpChanges(nik_reviews=True), t("op.saving")).run()
