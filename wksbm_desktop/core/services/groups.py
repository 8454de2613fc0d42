"""Groups (Kelompok / Lembaga) and their level assessments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import (
    ValidationCollector,
    ValidationError,
    ValidationFailed,
)
from wksbm_desktop.core.models import (
    ASSESSMENT_LEVELS,
    GROUP_STATUSES,
    Assessment,
    Group,
    ReferenceItem,
)
from wksbm_desktop.core.services import audit, lifecycle, reference
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import today
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "name", "type_id", "sector_id", "parent_id", "rw", "rt", "address", "founded_on",
    "sk_number", "sk_date", "sk_issuer", "status", "phone", "notes",
)  # fmt: skip
KIND = lifecycle.Kind(Group, "kelompok", "group", AUDITED_FIELDS)


def get_group(session: Session, uuid: str) -> Group:
    return KIND.get(session, uuid)


# reference.resolve, or a memo of it for bulk writes (core/services/bulk.py).
Resolve = Callable[[Session, ValidationCollector, str, str, str], ReferenceItem | None]


def _validated_values(
    session: Session, data: GroupInput, own_id: int | None, resolve: Resolve | None = None
) -> dict[str, object]:
    errors = ValidationCollector()
    now = today()
    resolve = resolve or reference.resolve
    type_item = resolve(session, errors, "type", "group_type", data.type)
    sector_item = resolve(session, errors, "sector", "sector", data.sector)
    values: dict[str, object] = {
        "name": rules.require_text(errors, "name", data.name, t("label.group_name"), 200),
        "type_id": type_item.id if type_item else None,
        "sector_id": sector_item.id if sector_item else None,
        "parent_id": _parent_id(session, errors, data.parent_uuid, own_id),
        "rw": rules.neighbourhood_code(errors, "rw", data.rw, t("label.rw")),
        "rt": rules.neighbourhood_code(errors, "rt", data.rt, t("label.rt")),
        "address": rules.optional_text(errors, "address", data.address, t("label.address"), 500),
        "founded_on": rules.past_date(
            errors, "founded_on", data.founded_on, t("label.founded_on"), now
        ),
        "sk_number": rules.optional_text(
            errors, "sk_number", data.sk_number, t("label.sk_number"), 100
        ),
        "sk_date": rules.past_date(errors, "sk_date", data.sk_date, t("label.sk_date"), now),
        "sk_issuer": rules.optional_text(
            errors, "sk_issuer", data.sk_issuer, t("label.sk_issuer"), 150
        ),
        "status": rules.one_of(errors, "status", data.status, GROUP_STATUSES, t("label.status")),
        "phone": rules.phone_number(errors, "phone", data.phone),
        "notes": rules.optional_text(errors, "notes", data.notes, t("label.notes"), 5000),
    }
    if data.sk_date and data.founded_on and data.sk_date < data.founded_on:
        errors.add("sk_date", "group.sk_before_founded")
    errors.raise_if_any()
    return values


def _parent_id(
    session: Session, errors: ValidationCollector, parent_uuid: str | None, own_id: int | None
) -> int | None:
    """A parent is a live group that is not itself a child: WKSBM networks nest one level."""
    if not parent_uuid:
        return None
    parent = session.scalars(select(Group).where(Group.uuid == parent_uuid)).first()
    if parent is None or parent.archived_at is not None:
        errors.add("parent_uuid", "group.parent_missing")
        return None
    if own_id is not None and parent.id == own_id:
        errors.add("parent_uuid", "group.parent_self")
    elif parent.parent_id is not None:
        errors.add("parent_uuid", "group.parent_nested", parent=parent.name)
    elif own_id is not None and _has_children(session, own_id):
        errors.add("parent_uuid", "group.parent_has_children")
    return parent.id


def _has_children(session: Session, group_id: int) -> bool:
    query = select(Group.id).where(Group.parent_id == group_id, Group.archived_at.is_(None))
    return session.scalars(query).first() is not None


@requires(Permission.RECORD)
def create_group(session: Session, data: GroupInput, uuid: str | None = None) -> Group:
    """Create a group; ``uuid`` keeps the identity of a record imported from a workbook."""
    values = _validated_values(session, data, own_id=None)
    group = Group(**values, **({"uuid": uuid} if uuid else {}))
    session.add(group)
    session.flush()
    audit.record(session, "group", group.uuid, "create", audit.diff({}, _snapshot(group)))
    return group


def validated_new_group(
    session: Session, data: GroupInput, resolve: Resolve | None = None
) -> dict[str, object]:
    """The column values of a new group after every rule of :func:`create_group`; no write."""
    return _validated_values(session, data, own_id=None, resolve=resolve)


def created_changes(values: dict[str, object]) -> dict[str, list[object]]:
    """The audit changes :func:`create_group` records for a group with these values."""
    return audit.created(values, AUDITED_FIELDS)


@requires(Permission.RECORD)
def update_group(
    session: Session, uuid: str, data: GroupInput, expected_version: int | None = None
) -> Group:
    return lifecycle.update(
        session, KIND, uuid, expected_version,
        lambda group: _validated_values(session, data, own_id=group.id),
    )  # fmt: skip


def _snapshot(group: Group) -> dict[str, object]:
    return KIND.snapshot(group)


@requires(Permission.RECORD)
def archive_group(session: Session, uuid: str, expected_version: int | None = None) -> Group:
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_group(session: Session, uuid: str) -> Group:
    return lifecycle.restore(session, KIND, uuid)


@requires(Permission.RECORD)
def add_assessment(
    session: Session,
    group_uuid: str,
    assessed_on: date | None,
    level: str,
    notes: str = "",
    uuid: str | None = None,
) -> Assessment:
    """Record a group's level on a date; the history shows which groups "naik kelas"."""
    group = get_group(session, group_uuid)
    errors = ValidationCollector()
    rules.plausible_date(errors, "assessed_on", assessed_on, t("label.assessed_on"))
    rules.past_date(errors, "assessed_on", assessed_on, t("label.assessed_on"), today())
    rules.one_of(errors, "level", level, ASSESSMENT_LEVELS, t("label.level"))
    text = rules.optional_text(errors, "notes", notes, t("label.notes"), 2000)
    errors.raise_if_any()
    assert assessed_on is not None
    assessment = Assessment(group_id=group.id, assessed_on=assessed_on, level=level, notes=text,
                            **({"uuid": uuid} if uuid else {}))  # fmt: skip
    session.add(assessment)
    session.flush()
    changes = {"group": [None, group.uuid], "assessed_on": [None, assessed_on.isoformat()],
               "level": [None, level]}  # fmt: skip
    audit.record(session, "assessment", assessment.uuid, "create", changes)
    return assessment


def require_live_group(session: Session, uuid: str, field: str = "group_uuid") -> Group:
    """A group that can take new members or activities; archived groups cannot."""
    group = session.scalars(select(Group).where(Group.uuid == uuid)).first()
    if group is None or group.archived_at is not None:
        raise ValidationFailed([ValidationError(field, "group.missing_or_archived")])
    return group
