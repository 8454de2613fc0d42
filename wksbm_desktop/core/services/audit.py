"""Audit entries: who changed which record, when, and each field's old → new value."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from wksbm_desktop.core.models import AuditEntry, utcnow
from wksbm_desktop.core.services.access import accounts_exist, signed_in
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

SYSTEM_OPERATOR = "sistem"
# json.dumps with these options, built once: bulk writes encode tens of thousands of entries.
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def operator_of(session: Session) -> str:
    return str(session.info.get("operator") or SYSTEM_OPERATOR)


def _plain(value: Any) -> Any:
    # datetime is a date too: both become ISO text.
    return value.isoformat() if isinstance(value, date) else value


def created(values: Mapping[str, Any], fields: Iterable[str]) -> dict[str, list[Any]]:
    """``diff({}, ...)`` of a new record's ``fields``, straight from its column values."""
    return {name: [None, _plain(value)] for name in fields if (value := values[name]) is not None}


def snapshot(record: object, fields: Iterable[str]) -> dict[str, Any]:
    """The plain values of ``fields`` on ``record``, for diffing before and after a change."""
    return {name: _plain(getattr(record, name)) for name in fields}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Fields whose value changed, as ``{field: [old, new]}``."""
    return {
        name: [before.get(name), after.get(name)]
        for name in after
        if before.get(name) != after.get(name)
    }


def record(
    session: Session,
    entity: str,
    entity_uuid: str,
    action: str,
    changes: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the session's transaction; it commits or rolls back with the change."""
    entry = AuditEntry(**entry_values(operator_of(session), entity, entity_uuid, action, changes))
    session.add(entry)
    return entry


def entry_values(
    operator: str,
    entity: str,
    entity_uuid: str,
    action: str,
    changes: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The columns of the entry :func:`record` adds, for bulk writes with one executemany."""
    return {
        "at": at if at is not None else utcnow(),
        "operator": operator,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "action": action,
        "changes": _JSON.encode(dict(changes or {})),
    }


def record_backup(
    session: Session, file_name: str, reason: str = "manual", folder: str = ""
) -> AuditEntry:
    """Every backup in the history: which file, why (``manual``, ``otomatis``, ``impor``,
    ``flashdisk``, ``server``), where it went when it left the PC, and who made it.

    The signed-in account is named, also for the automatic copies taken while someone works
    (their session, their data). The start-up copy is taken before anyone has signed in: an
    auditor reading "who made this copy" must not find a person who was not there, nor the
    first name of the office's list, so it is named as what it is, ``otomatis (sebelum
    masuk)``. Naming whoever signs in next would be a guess: the window may be closed at the
    sign-in, or opened by someone else than the one who started the PC.
    """
    changes: dict[str, list[str | None]] = {"file": [None, file_name], "reason": [None, reason]}
    if folder:
        changes["folder"] = [None, folder]
    entry = record(session, "database", "", "backup", changes)
    if signed_in(session) is None and accounts_exist(session):
        entry.operator = _before_sign_in()
    return entry


@written_in(DEFAULT_LANGUAGE)  # the office's history reads in Indonesian whatever the screen
def _before_sign_in() -> str:
    return t("viewer.audit.before_sign_in")
