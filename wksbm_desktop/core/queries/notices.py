"""Notices from Dinas Sosial as plain rows: the list window, a record's detail pane, the count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import CompoundSelect

from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Group,
    GroupIndicator,
    Member,
    Notice,
    Visit,
)


@dataclass(frozen=True)
class NoticeRow:
    uuid: str
    kind: str
    entity: str
    entity_uuid: str
    # The member's or group's name today; for aid its purpose, for a visit or an indicator record
    # its group's name ("" for the office, or a record this database does not hold).
    record_name: str
    message: str
    source: str
    sent_at: datetime | None
    received_at: datetime
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


def _record_name() -> ColumnElement[str]:
    """The name a notice's record goes by today, whichever kind of record it names."""
    about = Notice.entity_uuid
    names = [
        select(Member.full_name).where(Member.uuid == about),
        select(Group.name).where(Group.uuid == about),
        select(Aid.purpose).where(Aid.uuid == about),
        select(Aid.purpose).join(AidDisbursement, AidDisbursement.aid_id == Aid.id)
        .where(AidDisbursement.uuid == about),
        select(Aid.purpose).join(AidReport, AidReport.aid_id == Aid.id)
        .where(AidReport.uuid == about),
        select(Group.name).join(Visit, Visit.group_id == Group.id).where(Visit.uuid == about),
        select(Group.name).join(GroupIndicator, GroupIndicator.group_id == Group.id)
        .where(GroupIndicator.uuid == about),
    ]  # fmt: skip
    return func.coalesce(*(query.scalar_subquery() for query in names), "")


def _rows(session: Session, *conditions: object) -> list[NoticeRow]:
    query = (
        select(Notice, _record_name())
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
    """The notices about one record (a member, a group...); a group's include those about its
    aid, disbursements, LPJ, indicator records and visits (refused by the city)."""
    if not entity_uuid:
        return []
    about = Notice.entity_uuid
    return _rows(session, or_(about == entity_uuid, about.in_(_programme_records_of(entity_uuid))))


def _programme_records_of(group_uuid: str) -> CompoundSelect:
    """The UUIDs of a group's programme records (none for a member's UUID)."""
    group = select(Group.id).where(Group.uuid == group_uuid).scalar_subquery()
    aid = select(Aid.id).where(Aid.group_id == group)
    return union_all(
        select(Aid.uuid).where(Aid.group_id == group),
        select(AidDisbursement.uuid).where(AidDisbursement.aid_id.in_(aid)),
        select(AidReport.uuid).where(AidReport.aid_id.in_(aid)),
        select(Visit.uuid).where(Visit.group_id == group),
        select(GroupIndicator.uuid).where(GroupIndicator.group_id == group),
    )


def unread_count(session: Session) -> int:
    query = select(func.count()).select_from(Notice).where(Notice.read_at.is_(None))
    return int(session.scalar(query) or 0)
