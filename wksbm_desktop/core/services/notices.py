"""Notices from Dinas Sosial at the kelurahan: imported once from feedback files, marked read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.models import Notice, utcnow
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires


@dataclass(frozen=True)
class NoticeInput:
    uuid: str
    kind: str
    message: str
    entity: str = ""  # a report data sheet key ("members", "groups"...), "" for the office
    entity_uuid: str = ""


@requires(Permission.IMPORT)
def import_notices(
    session: Session, notices: Sequence[NoticeInput], source: str, sent_at: datetime | None
) -> int:
    """Add the notices not known yet (by UUID); returns how many were added."""
    wanted = {notice.uuid: notice for notice in notices}
    known = set(session.scalars(select(Notice.uuid).where(Notice.uuid.in_(list(wanted)))))
    added = [
        Notice(
            uuid=notice.uuid,
            entity=notice.entity[:30],
            entity_uuid=notice.entity_uuid[:36],
            kind=notice.kind[:30],
            message=notice.message,
            source=source[:150],
            sent_at=sent_at,
        )
        for uuid, notice in wanted.items()
        if uuid not in known
    ]
    session.add_all(added)
    session.flush()
    if added:
        changes = {"notices": [None, len(added)], "source": [None, source]}
        audit.record(session, "notice", "", "import", changes)
    return len(added)


@requires(Permission.RECORD)
def mark_read(session: Session, uuids: Iterable[str]) -> int:
    """Mark notices read (those already read keep their first reading time)."""
    chosen = list(uuids)
    if not chosen:
        return 0
    result = session.execute(
        update(Notice)
        .where(Notice.uuid.in_(chosen), Notice.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)
