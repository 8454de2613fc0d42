"""Attachments as lists and counts, never with their bytes (those are read one at a time)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    ATTACHMENT_DOCUMENT_KINDS,
    ATTACHMENT_OWNER_KINDS,
    Attachment,
)


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as a list shows it."""

    uuid: str
    owner_kind: str
    owner_uuid: str
    document_kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    width: int | None
    height: int | None
    added_by: str
    added_at: datetime
    archived_at: datetime | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class AttachmentCounts:
    """Live attachments of a kelurahan by owner kind and by document kind (every kind listed)."""

    by_owner_kind: dict[str, int]
    by_document_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_owner_kind.values())


_COLUMNS = (
    Attachment.uuid,
    Attachment.owner_kind,
    Attachment.owner_uuid,
    Attachment.document_kind,
    Attachment.title,
    Attachment.file_name,
    Attachment.media_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.width,
    Attachment.height,
    Attachment.added_by,
    Attachment.created_at.label("added_at"),
    Attachment.archived_at,
)


def attachments_of(
    session: Session, owner_kind: str, owner_uuid: str, include_archived: bool = False
) -> list[AttachmentRow]:
    """The attachments of one record, oldest first."""
    query = select(*_COLUMNS).where(
        Attachment.owner_kind == owner_kind, Attachment.owner_uuid == owner_uuid
    )
    if not include_archived:
        query = query.where(Attachment.archived_at.is_(None))
    query = query.order_by(Attachment.created_at, Attachment.id)
    return [AttachmentRow(**row._asdict()) for row in session.execute(query)]


def attachment_counts(session: Session, kelurahan_code: str) -> AttachmentCounts:
    """What the report carries for one kelurahan: counts, not files."""
    query = (
        select(Attachment.owner_kind, Attachment.document_kind, func.count())
        .where(Attachment.kelurahan_code == kelurahan_code, Attachment.archived_at.is_(None))
        .group_by(Attachment.owner_kind, Attachment.document_kind)
    )
    by_owner = dict.fromkeys(ATTACHMENT_OWNER_KINDS, 0)
    by_document = dict.fromkeys(ATTACHMENT_DOCUMENT_KINDS, 0)
    for owner_kind, document_kind, count in session.execute(query):
        by_owner[owner_kind] += count
        by_document[document_kind] += count
    return AttachmentCounts(by_owner, by_document)


def counts_for_owners(
    session: Session, owner_kind: str, owner_uuids: Iterable[str]
) -> dict[str, int]:
    """Live attachments per record, for a column of a list (records without any are left out)."""
    wanted = list(owner_uuids)
    if not wanted:
        return {}
    query = (
        select(Attachment.owner_uuid, func.count())
        .where(
            Attachment.owner_kind == owner_kind,
            Attachment.owner_uuid.in_(wanted),
            Attachment.archived_at.is_(None),
        )
        .group_by(Attachment.owner_uuid)
    )
    return {uuid: count for uuid, count in session.execute(query)}
