"""Evidence: attachments kept in the database, and the level rubric with its default criteria.

Revision ID: 0009_evidence
Revises: 0008_programme
Create Date: 2026-12-02

Photos and scanned documents (SK, LPJ, signed attendance sheets, visit photos) are stored in the
database itself, their bytes in a table of their own, so that backups, restore and the
PostgreSQL server carry them without extra files (docs/programme-evidence.md). The level rubric
is a checklist of criteria per level, seeded with a default the office can edit; an assessment
records its answers and the level the rubric suggested beside the level the operator chose.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009_evidence"
down_revision: str | None = "0008_programme"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = "level IN ('tumbuh', 'berkembang', 'maju', 'mandiri')"

# The default rubric, in the words a Dinas Sosial officer uses when visiting a KUBE. Frozen
# here: a later change of the default is a new migration, never an edit of this one.
DEFAULT_CRITERIA: dict[str, tuple[str, ...]] = {
    "tumbuh": (
        "Kelompok punya pengurus (ketua, sekretaris, bendahara) dan daftar anggota yang jelas.",
        "Kegiatan kelompok dicatat di buku administrasi (buku kegiatan atau notulen).",
        "Kelompok mengadakan pertemuan rutin, paling sedikit sebulan sekali.",
        "Kelompok sudah menjalankan usaha atau kegiatan bersama.",
    ),
    "berkembang": (
        "Buku administrasi lengkap dan terisi rutin (anggota, kas, kegiatan, inventaris).",
        "Kelompok punya kas atau tabungan kelompok dari iuran anggota sendiri.",
        "Usaha bersama berjalan terus dan menghasilkan pendapatan.",
        "Bantuan yang diterima dipertanggungjawabkan dengan LPJ tepat waktu.",
        "Lebih dari separuh anggota hadir dalam pertemuan rutin.",
    ),
    "maju": (
        "Omzet usaha kelompok naik dibanding periode sebelumnya.",
        "Kas atau tabungan kelompok bertambah dan dipakai untuk modal usaha atau simpan pinjam.",
        "Pembukuan keuangan kelompok terpisah dari uang pribadi pengurus dan dilaporkan "
        "kepada anggota.",
        "Kelompok punya mitra atau jaringan pemasaran tetap (toko, koperasi, pengepul, "
        "bank sampah induk).",
        "Semua bantuan yang pernah diterima sudah dilaporkan dengan LPJ.",
    ),
    "mandiri": (
        "Usaha kelompok membiayai kegiatannya sendiri tanpa bergantung pada bantuan pemerintah.",
        "Anggota mendapat penghasilan tetap dari usaha kelompok.",
        "Kelompok punya badan hukum, izin usaha (misalnya NIB) atau perjanjian kemitraan tertulis.",
        "Kelompok mendapat modal dari lembaga keuangan atau mitra tanpa jaminan pemerintah.",
        "Kelompok membina kelompok atau warga lain untuk memulai usaha serupa.",
    ),
}


def upgrade() -> None:
    _attachments()
    _rubric()
    op.add_column(
        "assessments",
        sa.Column("suggested_level", sa.String(20), nullable=False, server_default=""),
    )
    op.add_column(
        "assessments",
        sa.Column("suggestion_reasons", sa.Text(), nullable=False, server_default=""),
    )
    _seed_criteria()


def _attachments() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("owner_kind", sa.String(20), nullable=False),
        sa.Column("owner_uuid", sa.String(36), nullable=False),
        sa.Column("document_kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("added_by", sa.String(150), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("kelurahan_code", sa.String(13), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "owner_kind IN ('group', 'activity', 'aid', 'visit')",
            name="ck_attachments_owner_kind",
        ),
        sa.CheckConstraint(
            "document_kind IN ('sk', 'lpj', 'daftar_hadir', 'foto_kegiatan', "
            "'foto_kunjungan', 'lainnya')",
            name="ck_attachments_document_kind",
        ),
        sa.CheckConstraint("size >= 0", name="ck_attachments_size"),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
        sa.UniqueConstraint("uuid", name="uq_attachments_uuid"),
    )
    op.create_index("ix_attachments_owner", "attachments", ["owner_kind", "owner_uuid"])
    op.create_index("ix_attachments_kelurahan_code", "attachments", ["kelurahan_code"])
    archived = sa.text("archived_at IS NOT NULL")
    op.create_index(
        "ix_attachments_archived",
        "attachments",
        ["archived_at"],
        sqlite_where=archived,
        postgresql_where=archived,
    )
    op.create_table(
        "attachment_contents",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name="fk_attachment_contents_attachment_id_attachments",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name="pk_attachment_contents"),
    )


def _rubric() -> None:
    op.create_table(
        "rubric_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_LEVELS, name="ck_rubric_criteria_level"),
        sa.PrimaryKeyConstraint("id", name="pk_rubric_criteria"),
        sa.UniqueConstraint("uuid", name="uq_rubric_criteria_uuid"),
    )
    op.create_index("ix_rubric_criteria_level", "rubric_criteria", ["level", "sort_order"])
    op.create_table(
        "rubric_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("criterion_text", sa.String(300), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("kelurahan_code", sa.String(13), nullable=False, server_default=""),
        sa.CheckConstraint(_LEVELS, name="ck_rubric_answers_level"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name="fk_rubric_answers_assessment_id_assessments",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["rubric_criteria.id"],
            name="fk_rubric_answers_criterion_id_rubric_criteria",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_rubric_answers"),
        sa.UniqueConstraint("assessment_id", "criterion_id", name="uq_rubric_answers_criterion"),
    )
    op.create_index("ix_rubric_answers_assessment_id", "rubric_answers", ["assessment_id"])
    op.create_index("ix_rubric_answers_criterion_id", "rubric_answers", ["criterion_id"])
    op.create_index("ix_rubric_answers_kelurahan_code", "rubric_answers", ["kelurahan_code"])


def _seed_criteria() -> None:
    import uuid

    table = sa.table(
        "rubric_criteria",
        sa.column("uuid", sa.String()),
        sa.column("level", sa.String()),
        sa.column("text", sa.String()),
        sa.column("sort_order", sa.Integer()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "uuid": str(uuid.uuid4()),
            "level": level,
            "text": text,
            "sort_order": order,
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for level, texts in DEFAULT_CRITERIA.items()
        for order, text in enumerate(texts, start=1)
    ]
    op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.drop_column("suggestion_reasons")
        batch.drop_column("suggested_level")
    op.drop_table("rubric_answers")
    op.drop_table("rubric_criteria")
    op.drop_table("attachment_contents")
    op.drop_table("attachments")
