"""Bulk writes for imports: the rules of the record services, written with one executemany.

A :class:`BulkWriter` checks each new group, member and membership the moment it is added, with
the same validation functions as ``create_group``, ``create_member`` and ``add_membership``, so
the caller gets the same errors in the same order; the checks that need the database read it
once per batch (NIK uniqueness with one ``IN`` query) or once per record it names. The rows
and their audit entries are queued and written by :meth:`BulkWriter.flush` with Core ``insert``
executemany (SQLAlchemy's insertmanyvalues on SQLite and PostgreSQL), inside the caller's
transaction: an error that ends the import still rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.domain.rules import clean_text
from wksbm_desktop.core.errors import (
    NotFoundError,
    ValidationCollector,
    ValidationError,
    ValidationFailed,
)
from wksbm_desktop.core.models import (
    OWN_KELURAHAN_CODE,
    AuditEntry,
    Group,
    Member,
    Membership,
    ReferenceItem,
    new_uuid,
    utcnow,
)
from wksbm_desktop.core.services import audit, groups, members, memberships, reference

# Rows per IN query and per executemany statement: far below SQLite's 32,766 and PostgreSQL's
# 65,535 bound parameters even for the widest table (members, 25 columns).
BATCH_SIZE = 500


@dataclass(slots=True)
class _Record:
    """A group or member a membership may name: queued here (``id`` None until written) or
    already in the database. ``known_current``: its current memberships are all in memory."""

    name: str
    live: bool
    id: int | None = None
    known_current: bool = False


@dataclass
class _Queue:
    groups: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    audits: list[dict[str, Any]] = field(default_factory=list)


class BulkWriter:
    """Validates new records one by one and writes them in batches, in the caller's session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.operator = audit.operator_of(session)
        self._queue = _Queue()
        self._nik_owners: dict[str, str | None] = {}  # NIK → full name of its live member
        self._members: dict[str, _Record] = {}  # uuid → member
        self._groups: dict[str, _Record] = {}  # uuid → group
        self._current: set[tuple[str, str]] = set()  # (member uuid, group uuid), not ended
        self._ketua: dict[str, str | None] = {}  # group uuid → name of its current Ketua
        self._references: dict[tuple[str, str, str], _Resolved] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], _Plan | None] = {}
        # One time for every record of the write: they are created in one transaction, and a
        # shared timestamp is converted for the driver once instead of for every row.
        self.now = utcnow()

    # --- NIK uniqueness, one query per batch -----------------------------------------------

    def prefetch_niks(self, niks: Iterable[str]) -> None:
        """Look up which of these NIKs live members hold, in one query per batch."""
        wanted = sorted({nik for nik in niks if nik and nik not in self._nik_owners})
        for start in range(0, len(wanted), BATCH_SIZE):
            chunk = wanted[start : start + BATCH_SIZE]
            query = select(Member.nik, Member.full_name).where(
                Member.nik.in_(chunk),
                Member.archived_at.is_(None),
                Member.kelurahan_code == OWN_KELURAHAN_CODE,
            )
            found = {nik: name for nik, name in self.session.execute(query)}
            for nik in chunk:
                self._nik_owners[nik] = found.get(nik)

    def _nik_owner(self, nik: str) -> str | None:
        if nik not in self._nik_owners:
            self.prefetch_niks([nik])  # a NIK the caller did not announce: still checked
        return self._nik_owners[nik]

    # --- adding records ------------------------------------------------------------------

    def add_group(self, data: GroupInput) -> str:
        """Queue a new group under the rules of ``groups.create_group``; returns its uuid."""
        values = groups.validated_new_group(self.session, data, self._resolve)
        uuid, now = new_uuid(), self.now
        self._queue.groups.append(_stamped(values, uuid, now))
        self._groups[uuid] = _Record(str(values["name"]), live=True)
        self._ketua[uuid] = None
        self._audit("group", uuid, groups.created_changes(values), now)
        return uuid

    def _resolve(
        self, session: Session, errors: ValidationCollector, field: str, kind: str, label: str
    ) -> ReferenceItem | None:
        """reference.resolve, asked once per label: a list names the same few types a
        thousand times, and nothing here adds reference items."""
        key = (field, kind, clean_text(label).lower())
        if key not in self._references:
            found = ValidationCollector()
            item = reference.resolve(session, found, field, kind, label)
            self._references[key] = _Resolved(item, found.errors)
        resolved = self._references[key]
        for error in resolved.errors:
            errors.capture(error)
        return resolved.item

    def add_member(self, data: MemberInput) -> str:
        """Queue a new member under the rules of ``members.create_member``; returns its uuid."""
        values = members.validated_new_member(self.session, data, self._nik_owner)
        uuid, now = new_uuid(), self.now
        self._queue.members.append(_stamped(values, uuid, now))
        name = str(values["full_name"])
        self._nik_owners[str(values["nik"])] = name
        self._members[uuid] = _Record(name, live=True, known_current=True)  # none yet
        self._audit("member", uuid, members.created_changes(values), now)
        return uuid

    def check_member(self, data: MemberInput) -> None:
        """The rules of :meth:`add_member` without queueing anything (a row that cannot be
        written still has all its problems reported)."""
        members.validated_new_member(self.session, data, self._nik_owner)

    def add_membership(
        self, member_uuid: str, group_uuid: str, role: str, started_on: date | None
    ) -> str:
        """Queue a membership under the rules of ``memberships.add_membership``."""
        member = self._member(member_uuid)
        group = self._group(group_uuid)
        errors = memberships.check_role_and_start(role, started_on)
        if self._is_current(member_uuid, group_uuid):
            errors.add("group_uuid", "membership.duplicate", name=member.name, group=group.name)
        if role == "ketua" and (ketua := self._current_ketua(group_uuid, group)) is not None:
            errors.add("role", "membership.ketua_taken", group=group.name, name=ketua)
        errors.raise_if_any()
        assert started_on is not None
        uuid, now = new_uuid(), self.now
        self._queue.memberships.append({
            "uuid": uuid, "member_uuid": member_uuid, "group_uuid": group_uuid, "role": role,
            "started_on": started_on, "ended_on": None, "created_at": now, "updated_at": now,
        })  # fmt: skip
        self._current.add((member_uuid, group_uuid))
        if role == "ketua":
            self._ketua[group_uuid] = member.name
        changes = memberships.created_changes(member_uuid, group_uuid, role, started_on)
        self._audit("membership", uuid, changes, now)
        return uuid

    def _audit(self, entity: str, uuid: str, changes: dict[str, Any], now: Any) -> None:
        entry = audit.entry_values(self.operator, entity, uuid, "create", changes, now)
        self._queue.audits.append(entry)

    # --- what add_membership reads from the database, once per record ---------------------

    def _member(self, uuid: str) -> _Record:
        record = self._members.get(uuid)
        if record is None:
            row = self.session.execute(
                select(Member.id, Member.full_name, Member.archived_at).where(Member.uuid == uuid)
            ).first()
            if row is None:
                raise NotFoundError("record.not_found", entity="anggota", uuid=uuid)
            record = _Record(row.full_name, live=row.archived_at is None, id=row.id)
            self._members[uuid] = record
        if not record.live:
            raise ValidationFailed([ValidationError("member_uuid", "membership.member_archived")])
        return record

    def _group(self, uuid: str) -> _Record:
        record = self._groups.get(uuid)
        if record is None:
            row = self.session.execute(
                select(Group.id, Group.name, Group.archived_at).where(Group.uuid == uuid)
            ).first()
            live = row is not None and row.archived_at is None
            record = _Record(row.name if row else "", live=live, id=row.id if row else None)
            self._groups[uuid] = record
        if not record.live:
            raise ValidationFailed([ValidationError("group_uuid", "group.missing_or_archived")])
        return record

    def _is_current(self, member_uuid: str, group_uuid: str) -> bool:
        member = self._members[member_uuid]
        if not member.known_current:
            query = (
                select(Group.uuid)
                .join(Membership, Membership.group_id == Group.id)
                .where(Membership.member_id == member.id, Membership.ended_on.is_(None))
            )
            self._current.update((member_uuid, g) for g in self.session.scalars(query))
            member.known_current = True
        return (member_uuid, group_uuid) in self._current

    def _current_ketua(self, group_uuid: str, group: _Record) -> str | None:
        if group_uuid not in self._ketua:
            query = (
                select(Member.full_name)
                .join(Membership, Membership.member_id == Member.id)
                .where(
                    Membership.group_id == group.id,
                    Membership.role == "ketua",
                    Membership.ended_on.is_(None),
                )
            )
            self._ketua[group_uuid] = self.session.scalars(query).first()
        return self._ketua[group_uuid]

    # --- writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything queued: groups and members first, as memberships need their ids."""
        queue, self._queue = self._queue, _Queue()
        self._write_ids(Group.__table__, queue.groups, self._groups)
        self._write_ids(Member.__table__, queue.members, self._members)
        rows = [self._membership_row(row) for row in queue.memberships]
        self._write(Membership.__table__, rows)
        self._write(AuditEntry.__table__, queue.audits)

    def _membership_row(self, row: dict[str, Any]) -> dict[str, Any]:
        values = dict(row)
        values["member_id"] = self._members[values.pop("member_uuid")].id
        values["group_id"] = self._groups[values.pop("group_uuid")].id
        return values

    def _write_ids(self, table: Any, rows: list[dict[str, Any]], known: dict[str, _Record]) -> None:
        """Insert ``rows`` and note the id each one got."""
        for start in range(0, len(rows), BATCH_SIZE):
            chunk = rows[start : start + BATCH_SIZE]
            self._insert(table, chunk)
            # Not RETURNING: in the order of the rows it makes SQLite insert one row at a time.
            uuids = [row["uuid"] for row in chunk]
            query = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(uuids))
            for uuid, record_id in self.session.execute(query):
                known[uuid].id = record_id

    def _write(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        for start in range(0, len(rows), BATCH_SIZE):
            self._insert(table, list(rows[start : start + BATCH_SIZE]))

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """One executemany. On SQLite the rows go to the driver with the values SQLAlchemy
        would bind (its own type processors), without its per-row bookkeeping, which costs
        more than SQLite's insert; elsewhere Core's insertmanyvalues batches them."""
        self.session.flush()  # anything the ORM holds goes first, as session.execute would
        connection = self.session.connection()
        plan = self._plan(table, connection.dialect, tuple(rows[0]))
        if plan is None:
            connection.execute(insert(table), rows)
            return
        connection.exec_driver_sql(plan.sql, [plan.values(row) for row in rows])

    def _plan(self, table: Any, dialect: Any, keys: tuple[str, ...]) -> _Plan | None:
        key = (table.name, keys)
        if key not in self._plans:
            self._plans[key] = _driver_plan(table, dialect, keys)
        return self._plans[key]


@dataclass(frozen=True)
class _Plan:
    """The INSERT as the driver takes it, and how to turn a row into its parameters."""

    sql: str
    keys: Callable[[dict[str, Any]], tuple[Any, ...]]  # the row's values in parameter order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, bind processor)

    def values(self, row: dict[str, Any]) -> tuple[Any, ...]:
        # itemgetter picks every value in C; only the few typed columns (dates, timestamps,
        # booleans) go through SQLAlchemy's processors: most of the cost per row otherwise.
        converted = list(self.keys(row))
        for position, process in self.processors:
            converted[position] = process(converted[position])
        return tuple(converted)  # the driver call takes tuples or dicts only


def _remembering_last(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` that returns its last answer again for the same value (the shared ``now``)."""
    last: list[Any] = [object(), None]

    def remembering(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return remembering


def _driver_plan(table: Any, dialect: Any, keys: tuple[str, ...]) -> _Plan | None:
    if dialect.name != "sqlite":
        return None
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = compiled.positiontup
    if order is None or not set(order) <= set(keys):
        return None  # a column only Core knows how to fill
    processors = []
    for position, name in enumerate(order):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((position, _remembering_last(process)))
    getter = itemgetter(*order)
    pick = getter if len(order) > 1 else (lambda row: (getter(row),))
    return _Plan(str(compiled), pick, tuple(processors))


@dataclass(frozen=True)
class _Resolved:
    item: ReferenceItem | None
    errors: list[ValidationError]


def _stamped(values: dict[str, object], uuid: str, now: Any) -> dict[str, Any]:
    """The columns the ORM fills on insert: identity, first version and both time stamps."""
    return {**values, "uuid": uuid, "version": 1, "created_at": now, "updated_at": now}


# SQLite's default page cache is 2 MB. A city-sized import inserts into member indexes
# (NIK, name, UUID, ...) much larger than that in random order, so with the default most inserts
# read an index page back from disk: at 100,000 rows a 32 MB cache saves about 2 s of 24 s
# (docs/performance.md). The memory is given back when the import ends.
BULK_CACHE_KIB = 32 * 1024


@contextmanager
def larger_page_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache on this session's connection for the length of a bulk write."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield  # PostgreSQL sizes its own shared buffers
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        # On a broken connection the import's own error says what happened.
        with suppress(DBAPIError):
            connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")
