"""Operations on the Dinas Sosial key: installing it at a kelurahan, saving its file at the city."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik_seal import write_key_file
from wksbm_desktop.core.services import city_key
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

OFFICE = OpChanges(office=True)  # the key lives in the office row


def install_city_key(parent: QWidget | None, database: Database, content: bytes) -> str:
    """Install the key file's content (checked again by the service); its key_id."""

    def op(session: Session) -> str:
        return city_key.install_city_key(session, content)

    return CollectionOp(parent, database, op, OFFICE, t("op.saving")).run()


def save_city_key_file(parent: QWidget | None, database: Database, target: Path) -> dict[str, Any]:
    """Write the key file for the kelurahan (the key is made on first use); its content.

    The file is written inside the session: the key and the audit entry are kept only with it.
    """

    def op(session: Session) -> dict[str, Any]:
        data = city_key.city_key_file(session)
        write_key_file(target, data)
        return data

    return CollectionOp(parent, database, op, OFFICE, t("op.saving")).run()
