"""Operations on groups: save a form (with its members and levels), archive, restore."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services import groups
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.values import AddMembership, GroupValues, NewAssessment
from wksbm_desktop.ui.operations import CollectionOp, OpChanges
from wksbm_desktop.ui.operations.memberships import apply_changes, join_group, prefixed

GROUPS = OpChanges(groups=True)


def save_group(
    parent: QWidget | None,
    database: Database,
    uuid: str | None,
    version: int | None,
    values: GroupValues,
) -> str:
    """Create or update a group with the membership changes and new levels of its form."""

    def op(session: Session) -> str:
        if uuid is None:
            group = groups.create_group(session, values.group)
        else:
            group = groups.update_group(session, uuid, values.group, expected_version=version)
        group_uuid = group.uuid

        def join(change: AddMembership) -> None:
            join_group(session, change.other_uuid, change, group_uuid)

        apply_changes(session, values.memberships, join)
        _add_assessments(session, group_uuid, values.assessments)
        return group_uuid

    made = GROUPS | OpChanges(
        memberships=bool(values.memberships), assessments=bool(values.assessments)
    )
    return CollectionOp(parent, database, op, made, t("op.saving")).run()


def _add_assessments(session: Session, group_uuid: str, new: tuple[NewAssessment, ...]) -> None:
    for assessment in new:
        with prefixed("assessment"):
            groups.add_assessment(
                session, group_uuid, assessment.assessed_on, assessment.level, assessment.notes
            )


def archive_group(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    def op(session: Session) -> None:
        groups.archive_group(session, uuid, version)

    CollectionOp(parent, database, op, GROUPS, t("op.archiving")).run()


def restore_group(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        groups.restore_group(session, uuid)

    CollectionOp(parent, database, op, GROUPS, t("op.restoring")).run()
