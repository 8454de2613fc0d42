"""Accounts: who signs in, with which role; the operator names recorded so far become accounts.

Revision ID: 0006_accounts
Revises: 0005_city
Create Date: 2026-12-02

Every person who works in the application signs in with an account (user name, full name,
role, Argon2id password hash, recovery code hash, failed attempts). The names the office
recorded before accounts existed (its operator list and every name in the change history)
become inactive accounts without a password, so the history keeps pointing at a person. The
change history keeps naming people by full name (``audit_entries.operator``), which is why an
account's full name is unique.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_accounts"
down_revision: str | None = "0005_city"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Names the application itself wrote in the history: not people.
_NOT_PEOPLE = {"", "sistem", "baris perintah", "command line", "uji mandiri"}


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(60), nullable=False),
        sa.Column("full_name", sa.String(150), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("recovery_hash", sa.Text(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('operator', 'admin', 'dinsos', 'pemantau')", name="ck_accounts_role"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("user_name", name="uq_accounts_user_name"),
    )
    _accounts_from_recorded_names()


def _accounts_from_recorded_names() -> None:
    connection = op.get_bind()
    names: list[str] = []
    for (listed,) in connection.execute(sa.text("SELECT operator_names FROM office")):
        names.extend(part.strip() for part in (listed or "").split(","))
    query = "SELECT DISTINCT operator FROM audit_entries ORDER BY operator"
    names.extend((name or "").strip() for (name,) in connection.execute(sa.text(query)))
    accounts = sa.table(
        "accounts",
        *(sa.column(name) for name in ("user_name", "full_name", "role", "active")),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    rows = _inactive_accounts(names)
    if rows:
        op.bulk_insert(accounts, rows)


def _inactive_accounts(names: list[str]) -> list[dict[str, object]]:
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None)
    seen_names: set[str] = set()
    user_names: set[str] = set()
    rows: list[dict[str, object]] = []
    for name in names:
        if name.lower() in _NOT_PEOPLE or name.lower() in seen_names:
            continue
        seen_names.add(name.lower())
        user_name = _free_user_name(name[:150], user_names)
        user_names.add(user_name)
        rows.append(
            {
                "user_name": user_name,
                "full_name": name[:150],
                "role": "operator",
                "active": False,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _free_user_name(full_name: str, taken: set[str]) -> str:
    """``Siti Aminah`` → ``siti.aminah`` (``siti.aminah2`` when taken)."""
    base = ".".join(re.findall(r"[a-z0-9]+", full_name.lower()))[:50] or "operator"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}{number}"
    return candidate


def downgrade() -> None:
    op.drop_table("accounts")
