"""Member archiving and restoring twice, restoring without an archive entry, anonymising."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import AuditEntry, Member, utcnow
from wksbm_desktop.core.services.members import (
    REDACTED,
    anonymise_member,
    archive_member,
    restore_member,
)


def _actions(session: Session, member: Member) -> list[str]:
    query = select(AuditEntry.action).where(AuditEntry.entity_uuid == member.uuid)
    return list(session.scalars(query.order_by(AuditEntry.id)))


def test_archiving_or_restoring_twice_records_it_once(session: Session, member: Member) -> None:
    assert restore_member(session, member.uuid) is member  # live already: nothing to do
    archive_member(session, member.uuid)
    archived_at = member.archived_at
    assert archive_member(session, member.uuid).archived_at == archived_at
    restore_member(session, member.uuid)
    assert restore_member(session, member.uuid).archived_at is None
    assert _actions(session, member) == ["create", "archive", "restore"]


def test_a_member_archived_without_an_archive_entry_comes_back_alone(
    session: Session, member: Member
) -> None:
    # An older copy of the program (or a workbook import) archived the row without saying
    # which memberships it ended: restoring reopens none rather than guessing.
    member.archived_at = utcnow()
    session.flush()
    restore_member(session, member.uuid)
    assert member.archived_at is None
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == member.uuid)
        .order_by(AuditEntry.id.desc())
    ).first()  # fmt: skip
    assert entry is not None and entry.action == "restore"
    assert json.loads(entry.changes) == {"reopened_memberships": []}


def test_anonymising_leaves_history_it_cannot_read_as_fields_alone(
    session: Session, member: Member
) -> None:
    odd = AuditEntry(entity="member", entity_uuid=member.uuid, action="note", changes='["x"]')
    session.add(odd)
    session.flush()
    anonymise_member(session, member.uuid)
    assert odd.changes == '["x"]'
    created = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == member.uuid,
                                 AuditEntry.action == "create")
    ).one()  # fmt: skip
    assert json.loads(created.changes)["full_name"] == [REDACTED, REDACTED]
