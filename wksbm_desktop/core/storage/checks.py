"""Health checks: SQLite's own integrity checks and the domain invariants, on any engine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from wksbm_desktop.i18n import t


@dataclass(frozen=True)
class Problem:
    key: str
    count: int
    example: str = ""

    @property
    def message(self) -> str:
        return t(self.key, count=self.count, example=self.example)


# Each invariant is a query returning the offending rows; an empty result means healthy.
# Plain SQL that SQLite and PostgreSQL both understand.
INVARIANTS: dict[str, str] = {
    "check.duplicate_live_nik": """
        SELECT nik FROM members WHERE archived_at IS NULL
        GROUP BY nik HAVING COUNT(*) > 1""",
    "check.two_ketua": """
        SELECT group_id FROM memberships WHERE ended_on IS NULL AND role = 'ketua'
        GROUP BY group_id HAVING COUNT(*) > 1""",
    "check.duplicate_membership": """
        SELECT member_id FROM memberships WHERE ended_on IS NULL
        GROUP BY member_id, group_id HAVING COUNT(*) > 1""",
    "check.end_before_start": """
        SELECT uuid FROM memberships WHERE ended_on IS NOT NULL AND ended_on < started_on""",
    "check.negative_amount": "SELECT uuid FROM activities WHERE amount < 0",
    "check.nested_too_deep": """
        SELECT child.uuid FROM groups child JOIN groups parent ON parent.id = child.parent_id
        WHERE parent.parent_id IS NOT NULL""",
    "check.archived_member_current": """
        SELECT ms.uuid FROM memberships ms JOIN members m ON m.id = ms.member_id
        WHERE m.archived_at IS NOT NULL AND ms.ended_on IS NULL""",
    "check.bad_nik_shape": """
        SELECT uuid FROM members WHERE anonymised_at IS NULL AND LENGTH(nik) <> 16""",
    "check.bad_rt_rw": """
        SELECT uuid FROM members
        WHERE (rt <> '' AND LENGTH(rt) <> 3) OR (rw <> '' AND LENGTH(rw) <> 3)""",
    "check.missing_office": "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM office)",
}


def sqlite_problems(session: Session) -> list[Problem]:
    """SQLite's integrity_check and foreign_key_check; nothing to do on other engines."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    problems = []
    rows = session.execute(text("PRAGMA integrity_check")).all()
    if rows != [("ok",)]:
        problems.append(Problem("check.integrity", len(rows), str(rows[0][0])))
    fk_rows = session.execute(text("PRAGMA foreign_key_check")).all()
    if fk_rows:
        problems.append(Problem("check.foreign_keys", len(fk_rows), str(fk_rows[0][0])))
    return problems


_SCHEMA_KEYS = {
    "schema.unexpected_trigger": "check.unexpected_trigger",
    "schema.unexpected_view": "check.unexpected_view",
    "schema.view_not_table": "check.unexpected_view",
}


def schema_problems(session: Session) -> list[Problem]:
    """Triggers, views and other objects that the schema of this revision does not have."""
    if session.get_bind().dialect.name != "sqlite":
        from wksbm_desktop.core.storage.pg_schema import foreign_objects

        return [
            Problem(key, len(names), ", ".join(names)) for key, names in foreign_objects(session)
        ]
    from wksbm_desktop.core.storage.db import HEAD_REVISION
    from wksbm_desktop.core.storage.schema_check import differences, expected_schema, read_schema

    connection = session.connection().connection.driver_connection
    found = differences(read_schema(connection), expected_schema(HEAD_REVISION))  # type: ignore[arg-type]
    return [
        Problem(_SCHEMA_KEYS[d.key], len(d.names), ", ".join(d.names))
        if d.key in _SCHEMA_KEYS
        else Problem("check.schema_differs", len(d.names), d.message)
        for d in found
    ]


def invariant_problems(session: Session) -> list[Problem]:
    from wksbm_desktop.core.services.access import ids_on_screen

    problems = []
    for key, sql in INVARIANTS.items():
        rows = session.execute(text(sql)).all()
        if rows:
            example = str(rows[0][0])
            if key == "check.duplicate_live_nik":  # a Pemantau reads it masked, as everywhere
                example = ids_on_screen(session)(example)
            problems.append(Problem(key, len(rows), example))
    return problems


def all_problems(session: Session, progress: Callable[[str], None] | None = None) -> list[Problem]:
    if progress:
        progress("sqlite")
    problems = sqlite_problems(session) + schema_problems(session)
    if progress:
        progress("invariants")
    return problems + invariant_problems(session)
