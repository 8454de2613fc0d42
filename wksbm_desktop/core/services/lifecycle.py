"""Update, archive and restore written once for every record kind (group, member, activity,
and the programme's aid, disbursements, LPJ, indicators and visits), and creation for the
programme's kinds.

Each service names its kind and passes what is particular to it as small callables: a
member's archive ends its memberships, its restore checks the NIK and reopens them, an
activity's update replaces its attendance list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    Activity,
    Aid,
    AidDisbursement,
    AidReport,
    Group,
    GroupIndicator,
    Member,
    Visit,
    utcnow,
)
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.common import check_version, get_by_uuid

RecordT = TypeVar(
    "RecordT", Group, Member, Activity, Aid, AidDisbursement, AidReport, GroupIndicator, Visit
)
Changes = dict[str, Any]


@dataclass(frozen=True)
class Kind(Generic[RecordT]):
    """A record kind: its model, its name in messages, its name in the audit, its fields."""

    model: type[RecordT]
    entity: str  # as users read it in "not found" and conflict messages ("kelompok")
    audit_kind: str  # as the audit log stores it ("group")
    audited_fields: tuple[str, ...]

    def get(self, session: Session, uuid: str) -> RecordT:
        return get_by_uuid(session, self.model, uuid, self.entity)

    def current(self, session: Session, uuid: str, expected_version: int | None) -> RecordT:
        """The record, refused when someone else saved it since the caller loaded it."""
        record = self.get(session, uuid)
        check_version(session, record, expected_version, self.entity)
        return record

    def snapshot(self, record: RecordT) -> dict[str, object]:
        return audit.snapshot(record, self.audited_fields)


def create(
    session: Session,
    kind: Kind[RecordT],
    values: dict[str, object],
    uuid: str | None = None,
    also: Callable[[RecordT], Changes] | None = None,
) -> RecordT:
    """Add a record of validated ``values`` (``uuid`` keeps an imported identity), audit it.

    ``also`` writes what lives beside the record once it has its id (an indicator's
    measures) and returns its own audit changes.
    """
    record = kind.model(**values, **({"uuid": uuid} if uuid else {}))
    session.add(record)
    session.flush()
    changes = audit.created(values, kind.audited_fields)
    if also is not None:
        changes |= also(record)
    audit.record(session, kind.audit_kind, record.uuid, "create", changes)
    return record


def update(
    session: Session,
    kind: Kind[RecordT],
    uuid: str,
    expected_version: int | None,
    values_for: Callable[[RecordT], dict[str, object]],
    also: Callable[[RecordT], Changes] | None = None,
) -> RecordT:
    """Check the version, validate (``values_for`` raises), set the values, audit what changed.

    ``also`` writes what lives beside the record (an activity's attendance) and returns its
    own audit changes; it runs after the values are set, and the record is flushed before it.
    """
    record = kind.current(session, uuid, expected_version)
    values = values_for(record)
    before = kind.snapshot(record)
    for name, value in values.items():
        setattr(record, name, value)
    if also is not None:
        session.flush()
        extra = also(record)
        changes = audit.diff(before, kind.snapshot(record)) | extra
    else:
        changes = audit.diff(before, kind.snapshot(record))
    if changes:
        session.flush()
        audit.record(session, kind.audit_kind, record.uuid, "update", changes)
    return record


def archive(
    session: Session,
    kind: Kind[RecordT],
    uuid: str,
    expected_version: int | None,
    before: Callable[[RecordT], Changes] | None = None,
) -> RecordT:
    """Stamp the record archived (once: archiving again changes nothing) and audit it.

    ``before`` does what archiving this kind also means and returns it for the audit entry.
    """
    record = kind.current(session, uuid, expected_version)
    if record.archived_at is not None:
        return record
    changes = before(record) if before is not None else None
    record.archived_at = utcnow()
    audit.record(session, kind.audit_kind, record.uuid, "archive", changes)
    return record


def restore(
    session: Session,
    kind: Kind[RecordT],
    uuid: str,
    check: Callable[[RecordT], None] | None = None,
    after: Callable[[RecordT], Changes] | None = None,
) -> RecordT:
    """Bring an archived record back (a live one is left as it is) and audit it.

    ``check`` raises when the record cannot come back; ``after`` runs once it is live again
    (flushed) and returns what it did for the audit entry.
    """
    record = kind.get(session, uuid)
    if record.archived_at is None:
        return record
    if check is not None:
        check(record)
    record.archived_at = None
    changes = None
    if after is not None:
        session.flush()
        changes = after(record)
    audit.record(session, kind.audit_kind, record.uuid, "restore", changes)
    return record
