"""The programme's records: aid with disbursements and LPJ, group indicators, monitoring visits.

Revision ID: 0008_programme
Revises: 0007_duplicates
Create Date: 2026-12-02

Issue 19, points 1-3 (docs/programme.md). Seven new tables, every record owned by a kelurahan
like the others: ``aid`` (proposal and decision), ``aid_disbursements``, ``aid_reports`` (LPJ),
``group_indicators`` with their ``group_indicator_values``, the editable list of sector
measures ``indicator_measures``, and ``visits``. Seeds the editable list of aid sources
(reference kind ``aid_source``) and default measures for the programme's priority sectors.
Nothing existing changes, so this revision only needs its ``down_revision`` re-pointed when
another one lands before it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision: str = "0008_programme"
down_revision: str | None = "0007_duplicates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the defaults as of this revision (see 0002_reference_seed).
_AID_SOURCES = ("Kemensos/APBN", "APBD Kota", "CSR", "Baznas", "Swadaya", "Lainnya")
# Sector label (as seeded by 0002) → (measure, unit); sectors renamed or removed are skipped.
_MEASURES = {
    "Pertanian": (
        ("Hasil panen", "kg"), ("Nilai penjualan hasil panen", "Rp"), ("Luas lahan garapan", "m²"),
    ),
    "Peternakan": (
        ("Jumlah ternak", "ekor"), ("Ternak lahir", "ekor"), ("Ternak terjual", "ekor"),
    ),
    "Ekonomi Produktif": (
        ("Produk terjual", "unit"), ("Pelanggan tetap", "orang"),
    ),
    "Pengelolaan Sampah": (
        ("Sampah terkumpul", "kg"), ("Nilai sampah", "Rp"), ("Nasabah aktif", "orang"),
    ),
}  # fmt: skip

_items = sa.table(
    "reference_items",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("label", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)
_measures = sa.table(
    "indicator_measures",
    sa.column("sector_id", sa.Integer),
    sa.column("label", sa.String),
    sa.column("unit", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)


def _owned(*columns: sa.Column) -> list[sa.Column]:
    """The columns every owned, versioned, archivable record of this revision ends with."""
    return [
        *columns,
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kelurahan_code", sa.String(length=13), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _identity(table: str) -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid"),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in (*columns, "kelurahan_code"):
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def _archived_index(table: str) -> None:
    where = sa.text("archived_at IS NOT NULL")
    op.create_index(
        f"ix_{table}_archived", table, ["archived_at"], unique=False,
        sqlite_where=where, postgresql_where=where,
    )  # fmt: skip


def _fk(column: str, target: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    _create_measures()
    _create_aid()
    _create_indicators()
    _create_visits()
    _seed()


def _create_measures() -> None:
    op.create_table(
        "indicator_measures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _fk("sector_id", "reference_items", "indicator_measures"),
        sa.PrimaryKeyConstraint("id", name="pk_indicator_measures"),
        sa.UniqueConstraint("sector_id", "label", name="uq_indicator_measures_sector_label"),
    )
    op.create_index(
        "ix_indicator_measures_sector_id", "indicator_measures", ["sector_id"], unique=False
    )


def _create_aid() -> None:
    op.create_table(
        "aid",
        *_identity("aid"),
        *_owned(
            sa.Column("group_id", sa.Integer(), nullable=False),
            sa.Column("proposed_on", sa.Date(), nullable=False),
            sa.Column("purpose", sa.String(length=500), nullable=False),
            sa.Column("amount_requested", sa.BigInteger(), nullable=False),
            sa.Column("decision", sa.String(length=20), nullable=False),
            sa.Column("decided_on", sa.Date(), nullable=True),
            sa.Column("amount_approved", sa.BigInteger(), nullable=False),
            sa.Column("source_id", sa.Integer(), nullable=True),
            sa.Column("notes", sa.Text(), nullable=False),
        ),
        sa.CheckConstraint(
            "decision IN ('menunggu', 'disetujui', 'ditolak')", name="ck_aid_decision"
        ),
        sa.CheckConstraint("amount_requested >= 0 AND amount_approved >= 0", name="ck_aid_amounts"),
        _fk("group_id", "groups", "aid"),
        _fk("source_id", "reference_items", "aid"),
    )
    _indexes("aid", "group_id", "source_id")
    _archived_index("aid")
    op.create_table(
        "aid_disbursements",
        *_identity("aid_disbursements"),
        *_owned(
            sa.Column("aid_id", sa.Integer(), nullable=False),
            sa.Column("disbursed_on", sa.Date(), nullable=False),
            sa.Column("amount", sa.BigInteger(), nullable=False),
            sa.Column("form", sa.String(length=10), nullable=False),
            sa.Column("goods", sa.String(length=500), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
        ),
        sa.CheckConstraint("form IN ('uang', 'barang')", name="ck_aid_disbursements_form"),
        sa.CheckConstraint("amount >= 0", name="ck_aid_disbursements_amount"),
        _fk("aid_id", "aid", "aid_disbursements"),
    )
    _indexes("aid_disbursements", "aid_id")
    op.create_table(
        "aid_reports",
        *_identity("aid_reports"),
        *_owned(
            sa.Column("aid_id", sa.Integer(), nullable=False),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("submitted_on", sa.Date(), nullable=True),
            sa.Column("status", sa.String(length=20), nullable=False),
            sa.Column("remarks", sa.Text(), nullable=False),
        ),
        sa.CheckConstraint(
            "status IN ('belum', 'diserahkan', 'diterima', 'dikembalikan')",
            name="ck_aid_reports_status",
        ),
        _fk("aid_id", "aid", "aid_reports"),
    )
    _indexes("aid_reports", "aid_id", "due_on")


def _create_indicators() -> None:
    op.create_table(
        "group_indicators",
        *_identity("group_indicators"),
        *_owned(
            sa.Column("group_id", sa.Integer(), nullable=False),
            sa.Column("period_kind", sa.String(length=10), nullable=False),
            sa.Column("period_start", sa.Date(), nullable=False),
            sa.Column("cash", sa.BigInteger(), nullable=True),
            sa.Column("turnover", sa.BigInteger(), nullable=True),
            sa.Column("assets", sa.BigInteger(), nullable=True),
            sa.Column("active_members", sa.Integer(), nullable=True),
            sa.Column("notes", sa.Text(), nullable=False),
        ),
        sa.CheckConstraint(
            "period_kind IN ('bulan', 'triwulan')", name="ck_group_indicators_period_kind"
        ),
        sa.CheckConstraint(
            "(cash IS NULL OR cash >= 0) AND (turnover IS NULL OR turnover >= 0) "
            "AND (assets IS NULL OR assets >= 0) "
            "AND (active_members IS NULL OR active_members >= 0)",
            name="ck_group_indicators_figures",
        ),
        _fk("group_id", "groups", "group_indicators"),
    )
    _indexes("group_indicators", "group_id", "period_start")
    live = sa.text("archived_at IS NULL")
    op.create_index(
        "uq_group_indicators_live_period", "group_indicators",
        ["group_id", "period_kind", "period_start"], unique=True,
        sqlite_where=live, postgresql_where=live,
    )  # fmt: skip
    op.create_table(
        "group_indicator_values",
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("kelurahan_code", sa.String(length=13), server_default="", nullable=False),
        sa.CheckConstraint("value >= 0", name="ck_group_indicator_values_value"),
        _fk("indicator_id", "group_indicators", "group_indicator_values"),
        _fk("measure_id", "indicator_measures", "group_indicator_values"),
        sa.PrimaryKeyConstraint("indicator_id", "measure_id", name="pk_group_indicator_values"),
    )
    _indexes("group_indicator_values", "measure_id")


def _create_visits() -> None:
    op.create_table(
        "visits",
        *_identity("visits"),
        *_owned(
            sa.Column("group_id", sa.Integer(), nullable=False),
            sa.Column("visited_on", sa.Date(), nullable=False),
            sa.Column("facilitator", sa.String(length=200), nullable=False),
            sa.Column("findings", sa.Text(), nullable=False),
            sa.Column("recommendations", sa.Text(), nullable=False),
            sa.Column("follow_up", sa.Text(), nullable=False),
            sa.Column("follow_up_status", sa.String(length=20), nullable=False),
        ),
        sa.CheckConstraint(
            "follow_up_status IN ('belum', 'proses', 'selesai')",
            name="ck_visits_follow_up_status",
        ),
        _fk("group_id", "groups", "visits"),
    )
    _indexes("visits", "group_id", "visited_on")
    _archived_index("visits")


def _seed() -> None:
    connection = op.get_bind()
    existing = {
        label.casefold()
        for (label,) in connection.execute(
            sa.select(_items.c.label).where(_items.c.kind == "aid_source")
        )
    }
    sources = [
        {"kind": "aid_source", "label": label, "sort_order": order, "active": True}
        for order, label in enumerate(_AID_SOURCES, start=1)
        if label.casefold() not in existing
    ]
    if sources:
        op.bulk_insert(_items, sources)
    sectors = {
        label.casefold(): item_id
        for item_id, label in connection.execute(
            sa.select(_items.c.id, _items.c.label).where(_items.c.kind == "sector")
        )
    }
    measures = [
        {"sector_id": sectors[sector.casefold()], "label": label, "unit": unit,
         "sort_order": order, "active": True}
        for sector, entries in _MEASURES.items() if sector.casefold() in sectors
        for order, (label, unit) in enumerate(entries, start=1)
    ]  # fmt: skip
    if measures:
        op.bulk_insert(_measures, measures)


def downgrade() -> None:
    for table in (
        "visits", "group_indicator_values", "group_indicators", "aid_reports",
        "aid_disbursements", "aid", "indicator_measures",
    ):  # fmt: skip
        op.drop_table(table)
    op.execute(_items.delete().where(_items.c.kind == "aid_source"))
