"""Operations of the duplicate review: not the same person, merge (after a backup), undo."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services.merging import (
    MergeResult,
    check_merge,
    dismiss_pair,
    merge_members,
    undo_merge,
)
from wksbm_desktop.core.storage.backup import backup_before
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

DISMISSED = OpChanges(duplicates=True)
# A merge moves memberships, attendance and assessments to the survivor and archives the other.
MERGED = OpChanges(
    members=True, memberships=True, activities=True, assessments=True, duplicates=True
)


def dismiss(
    parent: QWidget | None, database: Database, a_uuid: str, b_uuid: str, *, note: str = ""
) -> None:
    """Remember that the two records are different people: the pair is not shown again."""

    def op(session: Session) -> None:
        dismiss_pair(session, a_uuid, b_uuid, note=note)

    CollectionOp(parent, database, op, DISMISSED, t("op.saving")).run()


def merge(
    parent: QWidget | None,
    database: Database,
    keep_uuid: str,
    other_uuid: str,
    take_from_other: Sequence[str],
) -> tuple[MergeResult, str]:
    """A verified backup first, then ``other`` merged into ``keep``; the result and the
    backup's file name ("" on a server, whose own backups apply)."""

    taken = tuple(take_from_other)

    def op(session: Session) -> tuple[MergeResult, str]:
        with database.read_session() as reading:  # a refusal comes before any backup
            check_merge(reading, keep_uuid, other_uuid, take_from_other=taken)
        # Before the write session reads anything: the copy holds the data as it was.
        backup = backup_before(database.path, "gabung") if database.path is not None else None
        result = merge_members(session, keep_uuid, other_uuid, take_from_other=taken)
        return result, backup.path.name if backup is not None else ""

    return CollectionOp(parent, database, op, MERGED, t("duplicates_ui.op.merging")).run()


def undo(parent: QWidget | None, database: Database, merge_id: int) -> None:
    """Put both records back as they were before the merge (refused once either changed)."""

    def op(session: Session) -> None:
        undo_merge(session, merge_id)

    CollectionOp(parent, database, op, MERGED, t("duplicates_ui.op.undoing")).run()
