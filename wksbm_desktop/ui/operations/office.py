"""Operations on the office's settings: the letterhead, and giving back an unused letter number."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services import letterhead
from wksbm_desktop.core.services.letterhead import LetterheadInput
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

OFFICE = OpChanges(office=True)


def save_letterhead(parent: QWidget | None, database: Database, values: LetterheadInput) -> None:
    def op(session: Session) -> None:
        letterhead.save_letterhead(session, values)

    CollectionOp(parent, database, op, OFFICE, t("op.saving")).run()


def release_letter_number(
    parent: QWidget | None, database: Database, number: str, today: date
) -> bool:
    """Give back a number whose letter was neither printed nor saved; True when it went back."""

    def op(session: Session) -> bool:
        return letterhead.release_letter_number(session, number, today)

    return CollectionOp(parent, database, op, OFFICE, t("op.saving")).run()
