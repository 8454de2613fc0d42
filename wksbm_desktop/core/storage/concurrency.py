"""Several people at once: database errors caused by another user's write, as plain conflicts."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wksbm_desktop.core.errors import ConflictError
from wksbm_desktop.core.services.common import changed_elsewhere

# SQLSTATE codes PostgreSQL gives when another transaction got in the way.
_RETRY_STATES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available
_UNIQUE_VIOLATION = "23505"

# The unique rules the services check first; the database refusing one anyway means another
# user saved the same thing between the check and the write. PostgreSQL names the constraint,
# SQLite the columns.
_UNIQUE_KEYS = {
    "uq_members_live_nik": "server.conflict.nik",
    "members.kelurahan_code, members.nik": "server.conflict.nik",
    "uq_memberships_current_ketua": "server.conflict.ketua",
    "memberships.group_id": "server.conflict.ketua",
    "uq_memberships_current_member_group": "server.conflict.membership",
    "memberships.member_id, memberships.group_id": "server.conflict.membership",
    "uq_group_indicators_live_period": "programme.conflict.period",
    "group_indicators.group_id, group_indicators.period_kind, group_indicators.period_start": (
        "programme.conflict.period"
    ),
}
_STALE_TABLE = re.compile(r"on table '(\w+)'")
_ENTITIES = {
    "groups": "kelompok", "members": "anggota", "activities": "kegiatan", "aid": "bantuan",
    "aid_disbursements": "penyaluran bantuan", "aid_reports": "LPJ",
    "group_indicators": "indikator", "visits": "kunjungan",
}  # fmt: skip


Candidate = tuple[type[Any], Any]


def stale_candidates(session: Session, error: BaseException) -> list[Candidate]:
    """(model, primary key) of the versioned records the session held; read before rollback."""
    if not isinstance(error, StaleDataError):
        return []
    # A failed flush expires the records and empties session.dirty; their identity stays.
    return [
        (key[0], key[1][0])
        for key in list(session.identity_map.keys())
        if getattr(key[0], "__tablename__", "") in _ENTITIES
    ]


def conflict_for(
    error: BaseException, session: Session, candidates: list[Candidate]
) -> ConflictError | None:
    """The plain conflict behind ``error``, or None when it is not caused by another user.

    ``session`` has been rolled back; it is used to name who changed a stale record and when.
    """
    if isinstance(error, StaleDataError):
        match = _STALE_TABLE.search(str(error))
        table = match.group(1) if match else ""
        held = [(model, pk) for model, pk in candidates if model.__tablename__ == table]
        entity = _ENTITIES.get(table, "ini")
        if len(held) == 1:  # with several, which one went stale is not known: stay general
            uuid = session.scalar(select(held[0][0].uuid).where(held[0][0].id == held[0][1]))
            if uuid is not None:
                return changed_elsewhere(session, uuid, entity)
        return ConflictError("server.conflict.stale", entity=entity)
    if not isinstance(error, DBAPIError):
        return None
    state = getattr(error.orig, "sqlstate", None)
    if state in _RETRY_STATES or "database is locked" in str(error.orig):
        return ConflictError("server.conflict.retry")
    return _unique_conflict(error, state)


def _unique_conflict(error: DBAPIError, state: str | None) -> ConflictError | None:
    if state == _UNIQUE_VIOLATION:
        diag = getattr(error.orig, "diag", None)
        name = getattr(diag, "constraint_name", None) or ""
    else:
        text = str(error.orig)
        if not text.startswith("UNIQUE constraint failed: "):
            return None
        name = text.removeprefix("UNIQUE constraint failed: ").strip()
    key = _UNIQUE_KEYS.get(name)
    if key is None and name.endswith("uuid"):
        key = "server.conflict.same_record"
    return ConflictError(key) if key else None


# One number for pg_advisory_xact_lock: every import into one server database takes turns.
IMPORT_LOCK_KEY = 0x57_4B_53_42  # "WKSB"


def take_turns_importing(session: Session) -> None:
    """Hold the import lock until this transaction ends, so two imports never interleave.

    The second of two imports of the same workbook waits, then finds every UUID present and
    changes nothing. PostgreSQL: a transaction-scoped advisory lock. SQLite: an empty write takes
    the one write lock now instead of at the first insert (busy_timeout bounds the wait).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
    elif dialect == "sqlite":
        session.execute(text("UPDATE office SET id = id WHERE 1 = 0"))
