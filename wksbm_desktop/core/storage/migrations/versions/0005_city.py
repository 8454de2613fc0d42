"""The city in one database: every record knows its kelurahan; receipts, NIK reviews, notices.

Revision ID: 0005_city
Revises: 0004_letterhead
Create Date: 2026-12-02

Groups, members, memberships, assessments, activities and attendance carry the code of the
kelurahan that owns them; an existing kelurahan database stamps its own code on what it holds.
NIK uniqueness becomes per kelurahan (the same NIK in two kelurahan is a NIK ganda for the city
to review). The city installation gets its kelurahan list, the record of received reports and
the officers' NIK ganda decisions; a kelurahan gets the notices Dinas Sosial sends back, and
either side the city's key for NIKs in transit (docs/data-safety.md).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_city"
down_revision: str | None = "0004_letterhead"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNED_TABLES = ("groups", "members", "memberships", "assessments", "activities", "attendance")
_LIVE_NIK = "archived_at IS NULL AND nik NOT LIKE '%*%'"


def _office_columns() -> list[sa.Column]:
    return [
        sa.Column("city_public_key", sa.Text(), nullable=False, server_default=""),
        sa.Column("city_key_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("city_private_key", sa.Text(), nullable=False, server_default=""),
        sa.Column("city_key_installed_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    for column in _office_columns():
        op.add_column("office", column)
    for table in OWNED_TABLES:
        op.add_column(
            table, sa.Column("kelurahan_code", sa.String(13), nullable=False, server_default="")
        )
        # A kelurahan database owns everything it holds; a city one (no code) keeps "".
        op.execute(
            f"UPDATE {table} SET kelurahan_code = COALESCE("
            "(SELECT kelurahan_code FROM office LIMIT 1), '')"
        )
        op.create_index(f"ix_{table}_kelurahan_code", table, ["kelurahan_code"])
    op.drop_index("uq_members_live_nik", table_name="members")
    op.create_index(
        "uq_members_live_nik",
        "members",
        ["kelurahan_code", "nik"],
        unique=True,
        sqlite_where=sa.text(_LIVE_NIK),
        postgresql_where=sa.text(_LIVE_NIK),
    )
    _create_city_tables()
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_uuid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("source", sa.String(150), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_notices"),
        sa.UniqueConstraint("uuid", name="uq_notices_uuid"),
    )
    op.create_index("ix_notices_entity_uuid", "notices", ["entity_uuid"])


def _create_city_tables() -> None:
    op.create_table(
        "city_kelurahan",
        sa.Column("code", sa.String(13), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kecamatan_code", sa.String(8), nullable=False),
        sa.Column("kecamatan_name", sa.String(100), nullable=False),
        sa.Column("last_generated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("code", name="pk_city_kelurahan"),
    )
    op.create_index("ix_city_kelurahan_kecamatan_code", "city_kelurahan", ["kecamatan_code"])
    op.create_table(
        "received_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("kelurahan_code", sa.String(13), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("whole_data", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(150), nullable=False),
        sa.CheckConstraint("status IN ('received', 'refused')", name="ck_received_reports_status"),
        sa.PrimaryKeyConstraint("id", name="pk_received_reports"),
        sa.UniqueConstraint("uuid", name="uq_received_reports_uuid"),
    )
    op.create_index(
        "uq_received_reports_checksum",
        "received_reports",
        ["checksum"],
        unique=True,
        sqlite_where=sa.text("status = 'received'"),
        postgresql_where=sa.text("status = 'received'"),
    )
    op.create_index(
        "ix_received_reports_kelurahan", "received_reports", ["kelurahan_code", "generated_at"]
    )
    op.create_index("ix_received_reports_received_at", "received_reports", ["received_at"])
    op.create_table(
        "nik_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nik", sa.String(16), nullable=False),
        sa.Column("member_uuids", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(150), nullable=False),
        sa.CheckConstraint(
            "decision IN ('same_person', 'different_people')", name="ck_nik_reviews_decision"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_nik_reviews"),
    )
    op.create_index("ix_nik_reviews_nik", "nik_reviews", ["nik"])


def downgrade() -> None:
    for table in ("nik_reviews", "received_reports", "city_kelurahan", "notices"):
        op.drop_table(table)
    op.drop_index("uq_members_live_nik", table_name="members")
    op.create_index(
        "uq_members_live_nik",
        "members",
        ["nik"],
        unique=True,
        sqlite_where=sa.text("archived_at IS NULL"),
        postgresql_where=sa.text("archived_at IS NULL"),
    )
    for table in OWNED_TABLES:
        op.drop_index(f"ix_{table}_kelurahan_code", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("kelurahan_code")
    with op.batch_alter_table("office") as batch:
        for column in reversed(_office_columns()):
            batch.drop_column(column.name)
