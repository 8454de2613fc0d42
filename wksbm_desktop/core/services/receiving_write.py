"""Set-wise reads and writes of one kelurahan's rows for receiving (Core executemany, no ORM)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import BigInteger, Integer, String, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from wksbm_desktop.core.services.bulk import BATCH_SIZE, _driver_plan
from wksbm_desktop.i18n import t

INT_MAX = 2**31 - 1  # PostgreSQL's integer
# Insert plans by (dialect, table, columns): compiling one costs more than inserting a small
# kelurahan's rows, and a city receives 104 files in a row.
_PLANS: dict[tuple[str, str, tuple[str, ...]], Any] = {}


class Refused(Exception):
    """A row the city does not take; ``reason`` is the sentence for the receipt."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def field_label(name: str) -> str:
    return t(f"receiving.field.{name}")


class RowWriter:
    """Inserts, updates and deletes rows of one table in batches, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def insert(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        connection = self.session.connection()
        for start in range(0, len(rows), BATCH_SIZE):
            chunk = list(rows[start : start + BATCH_SIZE])
            keys = tuple(chunk[0])
            plan_key = (connection.dialect.name, table.name, keys)
            if plan_key not in _PLANS:
                # SQLite: straight to the driver with SQLAlchemy's own bind processors (the
                # bulk importer's plan, core/services/bulk.py); elsewhere insertmanyvalues.
                _PLANS[plan_key] = _driver_plan(table, connection.dialect, keys)
            plan = _PLANS[plan_key]
            if plan is None:
                connection.execute(insert(table), chunk)
            else:
                connection.exec_driver_sql(plan.sql, [plan.values(row) for row in chunk])

    def update(self, table: Any, rows: Sequence[dict[str, Any]], bump: bool = True) -> None:
        """``rows`` carry ``_id`` and the columns to set; versioned tables count one more."""
        if not rows:
            return
        statement = update(table).where(table.c.id == bindparam("_id"))
        if bump and "version" in table.c:
            statement = statement.values(version=table.c.version + 1)
        connection = self.session.connection()
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_keys.setdefault(tuple(sorted(row)), []).append(row)
        for group in by_keys.values():
            for start in range(0, len(group), BATCH_SIZE):
                connection.execute(statement, group[start : start + BATCH_SIZE])

    def delete_ids(self, table: Any, ids: Iterable[int]) -> None:
        wanted = list(ids)
        connection = self.session.connection()
        for start in range(0, len(wanted), BATCH_SIZE):
            connection.execute(
                delete(table).where(table.c.id.in_(wanted[start : start + BATCH_SIZE]))
            )

    def delete_pairs(self, table: Any, pairs: Sequence[tuple[int, int]]) -> None:
        """Attendance rows by (activity id, member id)."""
        if not pairs:
            return
        statement = delete(table).where(
            table.c.activity_id == bindparam("_a"), table.c.member_id == bindparam("_m")
        )
        rows = [{"_a": a, "_m": m} for a, m in pairs]
        connection = self.session.connection()
        for start in range(0, len(rows), BATCH_SIZE):
            connection.execute(statement, rows[start : start + BATCH_SIZE])


def load_owned(
    session: Session, table: Any, columns: Sequence[str], code: str
) -> dict[str, dict[str, Any]]:
    """uuid → {"id", *columns} of every row of the kelurahan, archived ones included."""
    wanted = [table.c.id, table.c.uuid, *(table.c[name] for name in columns)]
    query = select(*wanted).where(table.c.kelurahan_code == code)
    return {row.uuid: dict(row._mapping) for row in session.execute(query)}


def owners_elsewhere(
    session: Session, table: Any, uuids: Iterable[str], code: str
) -> dict[str, str]:
    """uuid → kelurahan code of those ``uuids`` that another kelurahan (or the Dinas) owns."""
    wanted = sorted(set(uuids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), BATCH_SIZE):
        query = select(table.c.uuid, table.c.kelurahan_code).where(
            table.c.uuid.in_(wanted[start : start + BATCH_SIZE]), table.c.kelurahan_code != code
        )
        found.update({uuid: owner for uuid, owner in session.execute(query)})
    return found


def ids_by_uuid(session: Session, table: Any, code: str) -> dict[str, int]:
    query = select(table.c.uuid, table.c.id).where(table.c.kelurahan_code == code)
    return {uuid: record_id for uuid, record_id in session.execute(query)}


def column_problem(table: Any, values: dict[str, Any]) -> tuple[str, str, int] | None:
    """(problem, column, limit) for the first value the column cannot hold: text longer than
    its length (PostgreSQL refuses it, SQLite would keep it), a whole number out of range."""
    texts, numbers = _limits(table)
    for name, limit in texts:
        value = values.get(name)
        if type(value) is str and len(value) > limit:
            return "too_long", name, limit
    for name in numbers:
        value = values.get(name)
        if type(value) is int and not 0 <= value <= INT_MAX:
            return "out_of_range", name, INT_MAX
    return None


_LIMITS: dict[str, tuple[list[tuple[str, int]], list[str]]] = {}


def _limits(table: Any) -> tuple[list[tuple[str, int]], list[str]]:
    """The text columns with a length and the whole-number columns of a table, found once."""
    if table.name not in _LIMITS:
        texts = [(c.name, c.type.length) for c in table.c
                 if isinstance(c.type, String) and c.type.length]  # fmt: skip
        # BIGINT columns (the programme's rupiah) have their own bounds (receiving_programme).
        numbers = [c.name for c in table.c if isinstance(c.type, Integer)
                   and not isinstance(c.type, BigInteger) and not c.primary_key]  # fmt: skip
        _LIMITS[table.name] = (texts, numbers)
    return _LIMITS[table.name]
