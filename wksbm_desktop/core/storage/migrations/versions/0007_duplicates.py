"""Duplicates: pairs dismissed as different people, merges with their undo, merged_into.

Revision ID: 0007_duplicates
Revises: 0006_accounts
Create Date: 2026-12-02

Issue 18: the duplicate finder leaves out the pairs an officer said are "bukan orang yang
sama" (``dismissed_pairs``, the two member uuids in sorted order); a merge of one member into
another is kept with what its undo needs (``member_merges``), and the merged-away record points
at the survivor (``members.merged_into``). The at-entry check looks members up by No. KK
(``ix_members_kk``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_duplicates"
down_revision: str | None = "0006_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("members", sa.Column("merged_into", sa.String(36), nullable=True))
    op.create_index("ix_members_kk", "members", ["kk"])
    op.create_table(
        "dismissed_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("low_uuid", sa.String(36), nullable=False),
        sa.Column("high_uuid", sa.String(36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.Column("dismissed_by", sa.String(150), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_dismissed_pairs"),
        sa.UniqueConstraint("low_uuid", "high_uuid", name="uq_dismissed_pairs_low_uuid_high_uuid"),
    )
    op.create_table(
        "member_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keep_uuid", sa.String(36), nullable=False),
        sa.Column("other_uuid", sa.String(36), nullable=False),
        sa.Column("undo_data", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(150), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(150), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_member_merges"),
    )
    op.create_index("ix_member_merges_keep_uuid", "member_merges", ["keep_uuid"])
    op.create_index("ix_member_merges_other_uuid", "member_merges", ["other_uuid"])


def downgrade() -> None:
    op.drop_table("member_merges")
    op.drop_table("dismissed_pairs")
    op.drop_index("ix_members_kk", table_name="members")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("merged_into")
