"""Letterhead, paper size and the registration letter's template and numbering on the office.

Revision ID: 0004_letterhead
Revises: 0003_list_indexes
Create Date: 2026-12-02

Printed documents (daftar hadir, group profile, registration letter, Rekap PDF) carry the
office's letterhead: its name lines and logo, on A4 or F4 paper. The registration letter is
written from a template the office edits and numbered from a yearly counter.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_letterhead"
down_revision: str | None = "0003_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _columns() -> list[sa.Column]:
    return [
        sa.Column("letterhead_lines", sa.Text(), nullable=False, server_default=""),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("paper_size", sa.String(2), nullable=False, server_default="A4"),
        sa.Column("letter_template", sa.Text(), nullable=False, server_default=""),
        sa.Column("letter_number_pattern", sa.String(200), nullable=False, server_default=""),
        sa.Column("letter_last_number", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("letter_number_year", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    for column in _columns():
        op.add_column("office", column)


def downgrade() -> None:
    # SQLite drops columns only by copying the table; batch mode does that on both engines.
    with op.batch_alter_table("office") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
