"""Seed the default reference lists (group types, sectors, activity types, funding, education).

Revision ID: 0002_reference_seed
Revises: 0001_initial
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reference_seed"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the lists as of this revision: later edits to the defaults must not change
# what this migration did on databases that already ran it.
_LISTS = {
    "group_type": [
        "WKSBM", "KSM", "KUBE", "Karang Taruna", "PKK/Dasawisma", "Majelis Taklim", "Posyandu",
        "Kelompok Tani", "Kelompok Ternak", "Bank Sampah", "Koperasi", "Rukun Kematian", "Lainnya",
    ],
    "sector": [
        "Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah", "Sosial",
        "Keagamaan", "Kesehatan", "Pendidikan", "Lainnya",
    ],
    "activity_type": [
        "Pembinaan", "Pelatihan", "Rapat", "Usaha Produktif", "Bakti Sosial", "Penyuluhan",
        "Monitoring/Evaluasi", "Lainnya",
    ],
    "funding_source": [
        "Swadaya/Iuran", "APBD Kota", "APBN/Kemensos", "CSR/Donatur", "Hasil Usaha", "Lainnya",
    ],
    "education": [
        "Tidak/Belum Sekolah", "SD/Sederajat", "SMP/Sederajat", "SMA/SMK/Sederajat",
        "Diploma (D1-D3)", "Sarjana (S1/D4)", "Pascasarjana (S2/S3)",
    ],
}

_items = sa.table(
    "reference_items",
    sa.column("kind", sa.String),
    sa.column("label", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)


def upgrade() -> None:
    # A database from an older release may already hold some of these labels (added by hand);
    # the unique (kind, label) constraint would abort the whole upgrade, so skip those.
    existing = {
        (kind, label.casefold())
        for kind, label in op.get_bind().execute(sa.select(_items.c.kind, _items.c.label))
    }
    rows = [
        {"kind": kind, "label": label, "sort_order": order, "active": True}
        for kind, labels in _LISTS.items()
        for order, label in enumerate(labels, start=1)
        if (kind, label.casefold()) not in existing
    ]
    if rows:
        op.bulk_insert(_items, rows)


def downgrade() -> None:
    op.execute(_items.delete().where(_items.c.kind.in_(list(_LISTS))))
