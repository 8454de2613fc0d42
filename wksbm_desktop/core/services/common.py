"""Helpers shared by the record services: lookups by UUID, versions, archiving stamps."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ConflictError, NotFoundError
from wksbm_desktop.core.models import (
    Activity,
    AuditEntry,
    Base,
    Group,
    Member,
    ProgrammeRecord,
)

RecordT = TypeVar("RecordT", bound=Base)


def today() -> date:
    return date.today()


def get_by_uuid(session: Session, model: type[RecordT], uuid: str, entity: str) -> RecordT:
    record = session.scalars(select(model).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
    if record is None:
        raise NotFoundError("record.not_found", entity=entity, uuid=uuid)
    return record


def check_version(
    session: Session,
    record: Group | Member | Activity | ProgrammeRecord,
    expected_version: int | None,
    entity: str,
) -> None:
    """Refuse to overwrite a record someone else saved since the caller loaded it."""
    if session.get_bind().dialect.name != "sqlite":
        # On a server, lock the row and read its newest version: a concurrent save waits here
        # and is then refused below by name, instead of failing later at flush. (SQLite allows
        # one writer at a time; a lost race there still ends as a conflict, in Database.session.)
        session.refresh(record, with_for_update=True)
    current = record.version
    if expected_version is None or expected_version == current:
        return
    raise changed_elsewhere(session, record.uuid, entity)


def changed_elsewhere(session: Session, uuid: str, entity: str) -> ConflictError:
    """The conflict naming who last changed the record, when, and which fields."""
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_uuid == uuid)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    ).first()
    fields = ""
    who, when = "", ""
    if last is not None:
        import json

        fields = ", ".join(sorted(json.loads(last.changes or "{}")))
        who, when = last.operator, last.at.strftime("%d-%m-%Y %H:%M")
    return ConflictError(
        "record.changed_elsewhere", entity=entity, who=who, when=when, fields=fields
    )
