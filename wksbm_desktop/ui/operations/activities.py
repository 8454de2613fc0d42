"""Operations on activities: save a form (with its attendance list), archive, restore."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.services import activities
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

ACTIVITIES = OpChanges(activities=True)


def save_activity(
    parent: QWidget | None,
    database: Database,
    uuid: str | None,
    version: int | None,
    values: ActivityInput,
) -> str:
    def op(session: Session) -> str:
        if uuid is None:
            return activities.create_activity(session, values).uuid
        return activities.update_activity(session, uuid, values, expected_version=version).uuid

    return CollectionOp(parent, database, op, ACTIVITIES, t("op.saving")).run()


def archive_activity(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    def op(session: Session) -> None:
        activities.archive_activity(session, uuid, version)

    CollectionOp(parent, database, op, ACTIVITIES, t("op.archiving")).run()


def restore_activity(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        activities.restore_activity(session, uuid)

    CollectionOp(parent, database, op, ACTIVITIES, t("op.restoring")).run()
