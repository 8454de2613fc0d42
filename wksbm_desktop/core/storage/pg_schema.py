"""Objects on a PostgreSQL database, or in a pg_dump archive, that are not WKSBM's own.

WKSBM's schema on a server is tables, their sequences, defaults, constraints and indexes, and
nothing else: a trigger, function, view, rule or policy came from someone else. A dump holding
one is refused before pg_restore touches the server; ``wksbm check`` names those on a server.
"""

from __future__ import annotations

import re
import subprocess

from sqlalchemy import text
from sqlalchemy.orm import Session

# pg_restore --list entry kinds a WKSBM dump holds (pg_dump of our tables, --no-owner).
ALLOWED_KINDS = (
    "TABLE DATA", "TABLE", "SEQUENCE OWNED BY", "SEQUENCE SET", "SEQUENCE", "DEFAULT",
    "FK CONSTRAINT", "CONSTRAINT", "INDEX",
)  # fmt: skip
# Every kind pg_dump writes, longest first, so "TABLE DATA" is not read as "TABLE".
_KINDS = sorted(
    (*ALLOWED_KINDS, "MATERIALIZED VIEW DATA", "MATERIALIZED VIEW", "EVENT TRIGGER", "TRIGGER",
     "FUNCTION", "PROCEDURE", "AGGREGATE", "VIEW", "RULE", "POLICY", "ROW SECURITY", "EXTENSION",
     "SCHEMA", "COMMENT", "ACL", "DEFAULT ACL", "TYPE", "DOMAIN", "CAST", "OPERATOR",
     "FOREIGN TABLE", "SERVER", "USER MAPPING", "PUBLICATION", "SUBSCRIPTION", "LARGE OBJECT",
     "BLOB", "BLOBS", "COLLATION", "CONVERSION", "TEXT SEARCH", "STATISTICS", "ACCESS METHOD"),
    key=len, reverse=True,
)  # fmt: skip
_ENTRY = re.compile(r"^\d+; \d+ \d+ (?P<rest>.+)$")
LIST_TIMEOUT_S = 120


def expected_tables() -> frozenset[str]:
    from wksbm_desktop.core.models import Base

    return frozenset({*Base.metadata.tables, "alembic_version"})


def foreign_entries(listing: str) -> list[str]:
    """The entries of a ``pg_restore --list`` listing that are not WKSBM's (as listed)."""
    tables = expected_tables()
    foreign = []
    for line in listing.splitlines():
        match = _ENTRY.match(line.strip())
        if match is None:
            continue  # comments (";") and blank lines
        rest = match.group("rest")
        kind = next((k for k in _KINDS if rest.startswith(k + " ")), rest.split(" ", 1)[0])
        words = rest[len(kind) :].split()
        if kind not in ALLOWED_KINDS:
            # The public schema itself and its comment are in every plain dump.
            if kind in ("SCHEMA", "COMMENT") and words[:2] in (["-", "public"], ["-", "SCHEMA"]):
                continue
            foreign.append(f"{kind} {' '.join(words[:-1]) or ' '.join(words)}".strip())
        elif kind in ("TABLE", "TABLE DATA") and len(words) >= 2 and words[1] not in tables:
            foreign.append(f"{kind} {words[1]}")
    return foreign


def dump_listing(tool: str, dump: str) -> str:
    """``pg_restore --list`` of a dump: its table of contents, read without any server."""
    result = subprocess.run(
        [tool, "--list", dump], capture_output=True, text=True, timeout=LIST_TIMEOUT_S,
        check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise OSError((result.stderr or result.stdout).strip() or str(result.returncode))
    return result.stdout


_TRIGGERS = """
    SELECT c.relname || '.' || t.tgname FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY 1"""
_VIEWS = """
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND n.nspname = current_schema()
    UNION SELECT tablename || '.' || rulename FROM pg_rules WHERE schemaname = current_schema()
    ORDER BY 1"""


def foreign_objects(session: Session) -> list[tuple[str, list[str]]]:
    """(check key, names) for triggers and views (with rules) on the server's WKSBM schema."""
    found = []
    for key, sql in (("check.unexpected_trigger", _TRIGGERS), ("check.unexpected_view", _VIEWS)):
        names = [str(row[0]) for row in session.execute(text(sql))]
        if names:
            found.append((key, names))
    return found
