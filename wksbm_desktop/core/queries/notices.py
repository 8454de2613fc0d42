"""Notices from Dinas Sosial as plain rows: the list window, a record's detail pane, the count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Group, Member, Notice


@dataclass(frozen=True)
class NoticeRow:
    uuid: str
    kind: str
    entity: str
    entity_uuid: str
    record_name: str  # the member's or group's name today ("" for the office, or unknown)
    message: str
    source: str
    sent_at: datetime | None
    received_at: datetime
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


def _rows(session: Session, *conditions: object) -> list[NoticeRow]:
    member = select(Member.full_name).where(Member.uuid == Notice.entity_uuid).scalar_subquery()
    group = select(Group.name).where(Group.uuid == Notice.entity_uuid).scalar_subquery()
    name = func.coalesce(member, group, "")
    query = (
        select(Notice, name)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Notice.read_at.is_not(None), Notice.received_at.desc(), Notice.id.desc())
    )
    return [_row(notice, name or "") for notice, name in session.execute(query)]


def _row(n: Notice, record_name: str) -> NoticeRow:
    return NoticeRow(
        n.uuid, n.kind, n.entity, n.entity_uuid, record_name, n.message, n.source,
        n.sent_at, n.received_at, n.read_at,
    )  # fmt: skip


def all_notices(session: Session) -> list[NoticeRow]:
    """Every notice, unread first, newest first."""
    return _rows(session)


def notices_for(session: Session, entity_uuid: str) -> list[NoticeRow]:
    """The notices about one record (a member, a group...)."""
    if not entity_uuid:
        return []
    return _rows(session, Notice.entity_uuid == entity_uuid)


def unread_count(session: Session) -> int:
    query = select(func.count()).select_from(Notice).where(Notice.read_at.is_(None))
    return int(session.scalar(query) or 0)
