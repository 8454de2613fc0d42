"""The schema a WKSBM database must hold, compared object by object with what a file holds.

A backup is a file from outside: it may carry triggers that erase the audit trail on every
insert, or views where tables belong. Its tables, columns, indexes, triggers and views are
compared with those of a database freshly created at the same schema revision (by the same
migrations), before the file replaces anything; ``wksbm check`` runs the same comparison.
"""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wksbm_desktop.core.storage.db_file import connect_read_only
from wksbm_desktop.i18n import t

_LIST_LIMIT = 5  # objects named in one message; the count covers the rest


@dataclass(frozen=True)
class Schema:
    """The user-visible schema objects of one SQLite file (SQLite's own sqlite_* left aside)."""

    tables: dict[str, tuple[tuple[object, ...], ...]]  # name → (column, type, notnull, pk)...
    indexes: dict[str, tuple[object, ...]]  # name → (table, unique, partial, columns)
    triggers: dict[str, str]  # name → its SQL, whitespace folded
    views: dict[str, str]


def read_schema(connection: sqlite3.Connection) -> Schema:
    """Read the schema through sqlite_master and PRAGMAs; nothing in the file is executed."""
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite^_%' "
        "ESCAPE '^'"
    ).fetchall()
    tables, indexes, triggers, views = {}, {}, {}, {}
    for kind, name, table, sql in rows:
        if kind == "table":
            tables[name] = _columns(connection, name)
        elif kind == "index":
            indexes[name] = _index(connection, table, name)
        elif kind == "trigger":
            triggers[name] = _folded(sql)
        elif kind == "view":
            views[name] = _folded(sql)
    return Schema(tables, indexes, triggers, views)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(connection: sqlite3.Connection, table: str) -> tuple[tuple[object, ...], ...]:
    try:
        info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    except sqlite3.DatabaseError:  # e.g. a virtual table of a module this SQLite lacks
        return (("?", "?", 0, 0),)  # unreadable: never equal to an expected table
    return tuple((name, kind.upper(), notnull, pk) for _, name, kind, notnull, _, pk in info)


def _index(connection: sqlite3.Connection, table: str, name: str) -> tuple[object, ...]:
    listed = connection.execute(f"PRAGMA index_list({_quoted(table)})").fetchall()
    unique, partial = next(((row[2], row[4]) for row in listed if row[1] == name), (None, None))
    columns = connection.execute(f"PRAGMA index_xinfo({_quoted(name)})").fetchall()
    return table, unique, partial, tuple((c[2], c[3], c[5]) for c in columns if c[5])


def _folded(sql: str | None) -> str:
    return " ".join((sql or "").split())


_EXPECTED: dict[str, Schema] = {}
_LOCK = threading.Lock()


def expected_schema(revision: str) -> Schema:
    """The schema of a new database brought to ``revision`` by the migrations (kept per run)."""
    with _LOCK:
        if revision not in _EXPECTED:
            _EXPECTED[revision] = _fresh_schema(revision)
        return _EXPECTED[revision]


def _fresh_schema(revision: str) -> Schema:
    from wksbm_desktop.core.storage.db import make_engine
    from wksbm_desktop.core.storage.migrate import upgrade_to

    with tempfile.TemporaryDirectory(prefix="wksbm-skema-") as folder:
        path = Path(folder) / "baru.db"
        engine = make_engine(path)
        try:
            upgrade_to(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return read_schema(connection)
        finally:
            connection.close()


@dataclass(frozen=True)
class SchemaDifference:
    """One kind of difference (an i18n key) and the objects it concerns."""

    key: str
    names: tuple[str, ...]

    @property
    def message(self) -> str:
        shown = ", ".join(self.names[:_LIST_LIMIT])
        if len(self.names) > _LIST_LIMIT:
            shown += " " + t("schema.and_more", count=len(self.names) - _LIST_LIMIT)
        return t(self.key, names=shown)


def differences(found: Schema, expected: Schema) -> list[SchemaDifference]:
    """What ``found`` has that ``expected`` lacks, or lacks, or holds differently."""
    checks = (
        ("schema.view_not_table", sorted(set(expected.tables) & set(found.views))),
        ("schema.unexpected_trigger", _unexpected(found.triggers, expected.triggers)),
        ("schema.unexpected_view", _unexpected(found.views, expected.views)),
        ("schema.missing_table", sorted(set(expected.tables) - set(found.tables))),
        ("schema.unexpected_table", sorted(set(found.tables) - set(expected.tables))),
        ("schema.changed_table", _changed(found.tables, expected.tables)),
        ("schema.missing_index", sorted(set(expected.indexes) - set(found.indexes))),
        ("schema.unexpected_index", _unexpected(found.indexes, expected.indexes)),
        ("schema.missing_trigger", sorted(set(expected.triggers) - set(found.triggers))),
    )
    view_tables = set(expected.tables) & set(found.views)
    result = []
    for key, names in checks:
        if key == "schema.missing_table":
            names = [name for name in names if name not in view_tables]
        if names:
            result.append(SchemaDifference(key, tuple(names)))
    return result


def _unexpected(found: Mapping[str, object], expected: Mapping[str, object]) -> list[str]:
    """Objects not in the expected schema, or there under the same name but defined otherwise."""
    return sorted(name for name, value in found.items() if expected.get(name) != value)


def _changed(found: Mapping[str, object], expected: Mapping[str, object]) -> list[str]:
    return sorted(name for name in found.keys() & expected.keys() if found[name] != expected[name])


def file_differences(path: Path, revision: str) -> list[SchemaDifference]:
    """The differences of the SQLite file at ``path`` (opened read-only) from ``revision``."""
    connection = connect_read_only(path)  # an escaped URI: "#", "%", "?" in folder names
    try:
        found = read_schema(connection)
    finally:
        connection.close()
    return differences(found, expected_schema(revision))
