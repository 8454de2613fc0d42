"""Notices from Dinas Sosial at the kelurahan: imported once each, marked read once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import AuditEntry, Notice
from wksbm_desktop.core.services.notices import NoticeInput, import_notices, mark_read

SENT = datetime(2026, 11, 30, 3, 0)
FIRST = NoticeInput("00000000-0000-4000-8000-000000000001", "note", "Harap periksa data RW 03")
SECOND = NoticeInput(
    "00000000-0000-4000-8000-000000000002", "nik_ganda", "NIK ganda", "members", "m-1"
)


def test_notices_are_imported_once_each(session: Session) -> None:
    assert import_notices(session, [FIRST, SECOND], "Dinas Sosial", SENT) == 2
    assert import_notices(session, [FIRST, SECOND], "Dinas Sosial", SENT) == 0
    stored = {n.uuid: n for n in session.scalars(select(Notice))}
    assert stored[SECOND.uuid].entity_uuid == "m-1" and stored[FIRST.uuid].sent_at == SENT
    imports = session.scalars(select(AuditEntry).where(AuditEntry.entity == "notice")).all()
    assert len(imports) == 1  # the second reading added nothing, so it records nothing


def test_marking_read_keeps_the_first_reading_time(session: Session) -> None:
    import_notices(session, [FIRST, SECOND], "Dinas Sosial", SENT)
    assert mark_read(session, []) == 0
    assert mark_read(session, [FIRST.uuid]) == 1
    first_read = session.scalars(select(Notice.read_at).where(Notice.uuid == FIRST.uuid)).one()
    assert mark_read(session, [FIRST.uuid, SECOND.uuid]) == 1
    again = session.scalars(select(Notice.read_at).where(Notice.uuid == FIRST.uuid)).one()
    assert first_read is not None and again == first_read
