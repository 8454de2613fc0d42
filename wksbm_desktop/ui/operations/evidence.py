"""Operations on the programme's evidence: attachments, rubric assessments, the rubric itself.

One function per user change (issue 19, points 4 and 5; docs/programme-evidence.md). Opening an
attachment is a read and is not here: the panel reads it in a read session (the core still
checks the role).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services import attachments, rubric
from wksbm_desktop.core.services.rubric import Answer
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

EVIDENCE = OpChanges(evidence=True)
# A new assessment changes the group's level in the lists and the figures.
ASSESSED = OpChanges(assessments=True, evidence=True)


# --- attachments ---------------------------------------------------------------------------------


def add_attachment_file(
    parent: QWidget | None,
    database: Database,
    owner_kind: str,
    owner_uuid: str,
    document_kind: str,
    path: Path,
    title: str = "",
) -> str:
    """Attach one file to a record; the new attachment's UUID. A refused file raises the
    service's AttachmentRefused (its message says why) and stores nothing."""

    def op(session: Session) -> str:
        added = attachments.add_attachment_file(
            session, owner_kind, owner_uuid, document_kind, path, title
        )
        return added.uuid

    return CollectionOp(parent, database, op, EVIDENCE, t("evidence_ui.op.adding")).run()


def describe_attachment(
    parent: QWidget | None, database: Database, uuid: str, title: str, document_kind: str
) -> None:
    def op(session: Session) -> None:
        attachments.describe_attachment(session, uuid, title, document_kind)

    CollectionOp(parent, database, op, EVIDENCE, t("op.saving")).run()


def archive_attachment(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        attachments.archive_attachment(session, uuid)

    CollectionOp(parent, database, op, EVIDENCE, t("op.archiving")).run()


def restore_attachment(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        attachments.restore_attachment(session, uuid)

    CollectionOp(parent, database, op, EVIDENCE, t("op.restoring")).run()


# --- assessing a group with the rubric -----------------------------------------------------------


def record_assessment(
    parent: QWidget | None,
    database: Database,
    group_uuid: str,
    assessed_on: date | None,
    level: str,
    answers: Mapping[str, Answer],
    notes: str = "",
) -> str:
    """Record the operator's level with the rubric's answers; the assessment's UUID. The
    suggestion stored beside it weighs the group's own latest indicators."""

    def op(session: Session) -> str:
        made = rubric.record_assessment(
            session, group_uuid, assessed_on, level, answers, notes=notes
        )
        return made.uuid

    return CollectionOp(parent, database, op, ASSESSED, t("op.saving")).run()


# --- editing the rubric (Lurah / Admin) ----------------------------------------------------------


def add_criterion(parent: QWidget | None, database: Database, level: str, text: str) -> str:
    def op(session: Session) -> str:
        return rubric.add_criterion(session, level, text).uuid

    return CollectionOp(parent, database, op, EVIDENCE, t("op.saving")).run()


def reword_criterion(parent: QWidget | None, database: Database, uuid: str, text: str) -> None:
    def op(session: Session) -> None:
        rubric.reword_criterion(session, uuid, text)

    CollectionOp(parent, database, op, EVIDENCE, t("op.saving")).run()


def reorder_criteria(
    parent: QWidget | None, database: Database, level: str, ordered_uuids: Sequence[str]
) -> None:
    def op(session: Session) -> None:
        rubric.reorder_criteria(session, level, list(ordered_uuids))

    CollectionOp(parent, database, op, EVIDENCE, t("op.saving")).run()


def set_criterion_active(
    parent: QWidget | None, database: Database, uuid: str, active: bool
) -> None:
    def op(session: Session) -> None:
        rubric.set_criterion_active(session, uuid, active)

    CollectionOp(parent, database, op, EVIDENCE, t("op.saving")).run()
