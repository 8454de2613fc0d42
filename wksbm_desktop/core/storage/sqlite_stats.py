"""Planner statistics for SQLite files: kept roughly current so the planner picks good plans."""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

_log = logging.getLogger(__name__)

# ANALYZE reads about this many rows per index: enough for the planner, a few tens of ms.
ANALYSIS_LIMIT = 1000
# Statistics are refreshed once the members table grew or shrank by this factor.
DRIFT = 2
_SMALL = 1000  # below this many members any plan is fast: no statistics needed


def refresh_if_stale(engine: Engine) -> bool:
    """Run a sampled ANALYZE when the statistics are missing or far from the data (SQLite only).

    Without statistics SQLite takes every partial index for a selective one and walks e.g.
    ``ix_members_live_sex_birth`` to sort 150.000 members, seeking each table row in turn.
    Returns whether it analysed. PostgreSQL keeps its statistics itself (autovacuum).
    """
    if engine.dialect.name != "sqlite":
        return False
    try:
        return _refresh(engine)
    except SQLAlchemyError:
        # A read-only or busy file: plans are slower, nothing is wrong. Never block opening.
        _log.warning("could not refresh planner statistics", exc_info=True)
        return False


def _refresh(engine: Engine) -> bool:
    with engine.connect() as connection:
        rows = int(
            connection.execute(text("SELECT coalesce(max(id), 0) FROM members")).scalar() or 0
        )
        known = _known_rows(connection)
        if not _is_stale(known, rows):
            return False
        connection.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    _log.info("planner statistics refreshed (%s members, known %s)", rows, known)
    return True


def _known_rows(connection: object) -> int | None:
    has_stats = connection.execute(  # type: ignore[attr-defined]
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    if has_stats is None:
        return None
    stats = connection.execute(  # type: ignore[attr-defined]
        text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'members'")
    ).scalars()
    counts = [int(stat.split()[0]) for stat in stats if stat and stat.split()[0].isdigit()]
    return max(counts, default=0)


def _is_stale(known: int | None, rows: int) -> bool:
    if known is None:
        return rows >= _SMALL
    if max(known, rows) < _SMALL:
        return False
    return rows > known * DRIFT or known > rows * DRIFT
