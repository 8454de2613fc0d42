"""Indexes for city-scale lists: live members in name order, archived rows only.

Revision ID: 0003_list_indexes
Revises: 0002_reference_seed
Create Date: 2026-11-28

A full index on ``archived_at`` (NULL for almost every row) led SQLite to walk it for every
live-row query, visiting the table in random order: slower than a plain scan. It becomes a
partial index of archived rows, used by the "Arsip" view only. The member list gets a partial
index in name order that holds every column its search reads, so listing, paging, searching
and counting read the index and touch the table only for the rows shown. The dashboard's
figures by sex and age, and by activity date and funding, get covering indexes of live rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_list_indexes"
down_revision: str | None = "0002_reference_seed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("groups", "members", "activities")
_LIVE = sa.text("archived_at IS NULL")
_ARCHIVED = sa.text("archived_at IS NOT NULL")


def upgrade() -> None:
    for table in _TABLES:
        op.drop_index(f"ix_{table}_archived_at", table_name=table)
        op.create_index(
            f"ix_{table}_archived",
            table,
            ["archived_at"],
            sqlite_where=_ARCHIVED,
            postgresql_where=_ARCHIVED,
        )
    op.create_index(
        "ix_members_live_name",
        "members",
        [sa.text("lower(full_name)"), "id", "full_name", "nik", "kk", "rt", "rw", "archived_at"],
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )
    op.create_index(
        "ix_groups_live_name",
        "groups",
        [sa.text("lower(name)"), "id"],
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )
    op.create_index(
        "ix_members_live_sex_birth",
        "members",
        ["sex", "birth_date", "archived_at"],
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )
    op.create_index(
        "ix_activities_live_held_on",
        "activities",
        ["held_on", "group_id", "funding_id", "amount", "archived_at"],
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )
    if op.get_bind().dialect.name == "sqlite":
        # Sampled statistics for the new indexes (PostgreSQL's autovacuum makes its own).
        op.execute("PRAGMA analysis_limit=1000")
        op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_groups_live_name", table_name="groups")
    op.drop_index("ix_activities_live_held_on", table_name="activities")
    op.drop_index("ix_members_live_sex_birth", table_name="members")
    op.drop_index("ix_members_live_name", table_name="members")
    for table in _TABLES:
        op.drop_index(f"ix_{table}_archived", table_name=table)
        op.create_index(f"ix_{table}_archived_at", table, ["archived_at"])
