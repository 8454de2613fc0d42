"""SQLAlchemy 2.x models of the domain (docs/domain.md §3), portable to SQLite and PostgreSQL."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

GROUP_STATUSES = ("aktif", "kurang_aktif", "tidak_aktif")
ASSESSMENT_LEVELS = ("tumbuh", "berkembang", "maju", "mandiri")
ROLES = ("ketua", "wakil_ketua", "sekretaris", "bendahara", "anggota")
SEXES = ("L", "P")
REFERENCE_KINDS = (
    "group_type", "sector", "activity_type", "funding_source", "education", "aid_source",
)  # fmt: skip


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stamp is stored as UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _archived_index(table: str) -> Index:
    """Archived rows only: a full index on a column that is almost always NULL leads the
    planner to walk the whole index for live rows, slower than reading the table."""
    where = text("archived_at IS NOT NULL")
    return Index(f"ix_{table}_archived", "archived_at", sqlite_where=where, postgresql_where=where)


class Stamped:
    """Creation and update stamps shared by every record that the operator edits."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# The kelurahan of this installation, read by the database itself on every insert that does
# not name one: a kelurahan database stamps its own code on every record without any service
# having to pass it, and a city installation (no kelurahan) stamps "" on the Dinas's own entries.
# Records received from a kelurahan report name their kelurahan explicitly.
def _own_kelurahan_code() -> Any:
    office_code = select(text("kelurahan_code")).select_from(text("office")).limit(1)
    return func.coalesce(office_code.scalar_subquery(), "")


OWN_KELURAHAN_CODE = _own_kelurahan_code()


class Owned:
    """A record that belongs to one kelurahan (docs/domain.md §3: the city holds them all)."""

    kelurahan_code: Mapped[str] = mapped_column(
        String(13), default=OWN_KELURAHAN_CODE, server_default="", index=True
    )


class Office(Stamped, Base):
    """The one office this installation belongs to; a city installation has no kelurahan."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    kelurahan_code: Mapped[str | None] = mapped_column(String(13))
    kelurahan_name: Mapped[str | None] = mapped_column(String(100))
    kecamatan_code: Mapped[str | None] = mapped_column(String(8))
    kecamatan_name: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(Text, default="")
    lurah_name: Mapped[str] = mapped_column(String(150), default="")
    lurah_nip: Mapped[str] = mapped_column(String(18), default="")
    operator_names: Mapped[str] = mapped_column(Text, default="")
    # Letterhead and paper for printed documents (core/documents); empty means the default.
    letterhead_lines: Mapped[str] = mapped_column(Text, default="", server_default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper_size: Mapped[str] = mapped_column(String(2), default="A4", server_default="A4")
    letter_template: Mapped[str] = mapped_column(Text, default="", server_default="")
    letter_number_pattern: Mapped[str] = mapped_column(String(200), default="", server_default="")
    letter_last_number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    letter_number_year: Mapped[int | None] = mapped_column(Integer)
    # The city's key for NIKs in transit (docs/data-safety.md): a kelurahan holds the public
    # half sent by Dinas Sosial; the city installation holds both halves (base64 text).
    city_public_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    city_key_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    city_private_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    city_key_installed_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReferenceItem(Base):
    """An entry of an editable reference list (group types, sectors, activity types...)."""

    __tablename__ = "reference_items"
    __table_args__ = (UniqueConstraint("kind", "label", name="uq_reference_items_kind_label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    label: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Group(Owned, Stamped, Base):
    """A community group or institution (Kelompok / Lembaga)."""

    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("status IN ('aktif', 'kurang_aktif', 'tidak_aktif')", name="status"),
        Index("ix_groups_name", "name"),
        _archived_index("groups"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    type_id: Mapped[int] = mapped_column(ForeignKey("reference_items.id"), index=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("reference_items.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    rw: Mapped[str] = mapped_column(String(3), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    founded_on: Mapped[date | None] = mapped_column(Date)
    sk_number: Mapped[str] = mapped_column(String(100), default="")
    sk_date: Mapped[date | None] = mapped_column(Date)
    sk_issuer: Mapped[str] = mapped_column(String(150), default="")
    status: Mapped[str] = mapped_column(String(20), default="aktif")
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    type: Mapped[ReferenceItem] = relationship(foreign_keys=[type_id])
    sector: Mapped[ReferenceItem] = relationship(foreign_keys=[sector_id])
    parent: Mapped[Group | None] = relationship(remote_side=[id])

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Assessment(Owned, Stamped, Base):
    """A dated level of a group, whose history shows which groups "naik kelas"."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("level IN ('tumbuh', 'berkembang', 'maju', 'mandiri')", name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    level: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    # What the level rubric suggested when the answers were recorded (issue 19): the level the
    # operator chose stands beside it. Empty for assessments made without the rubric.
    suggested_level: Mapped[str] = mapped_column(String(20), default="", server_default="")
    suggestion_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")

    group: Mapped[Group] = relationship()


class Member(Owned, Stamped, Base):
    """A resident (Anggota / Warga), identified by NIK."""

    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("sex IN ('L', 'P')", name="sex"),
        # NIK is unique among the live members of one kelurahan: an archived record may share
        # it, and the same NIK in two kelurahan is a NIK ganda for the city to review. A NIK the
        # city received masked ("3671************") identifies nobody and is left out.
        Index(
            "uq_members_live_nik",
            "kelurahan_code",
            "nik",
            unique=True,
            sqlite_where=text("archived_at IS NULL AND nik NOT LIKE '%*%'"),
            postgresql_where=text("archived_at IS NULL AND nik NOT LIKE '%*%'"),
        ),
        Index("ix_members_full_name", "full_name"),
        Index("ix_members_nik", "nik"),
        _archived_index("members"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    nik: Mapped[str] = mapped_column(String(16))
    kk: Mapped[str] = mapped_column(String(16), default="")
    full_name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(Text, default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    education: Mapped[str] = mapped_column(String(50), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    dtsen_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    dtsen_decile: Mapped[int | None] = mapped_column(Integer)
    dtsen_as_of: Mapped[date | None] = mapped_column(Date)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The member this record was merged into (issue 18); the record is archived then.
    merged_into: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# The at-entry duplicate check (core/queries/duplicates.py) looks members up by No. KK.
Index("ix_members_kk", Member.kk)


# The Anggota list (core/queries/members.py): live members in name order, with every column its
# search looks at, so that listing, paging, searching and counting read this index and touch
# the table only for the rows shown. archived_at is included so SQLite can use it alone.
Index(
    "ix_members_live_name",
    func.lower(Member.full_name),
    Member.id,
    Member.full_name,
    Member.nik,
    Member.kk,
    Member.rt,
    Member.rw,
    Member.archived_at,
    sqlite_where=text("archived_at IS NULL"),
    postgresql_where=text("archived_at IS NULL"),
)
# The Kelompok list in name order: the first page computes its member counts and Ketua for
# 200 groups, not for every group before sorting.
Index(
    "ix_groups_live_name",
    func.lower(Group.name),
    Group.id,
    sqlite_where=text("archived_at IS NULL"),
    postgresql_where=text("archived_at IS NULL"),
)
# Dashboard figures by sex and age band read this instead of the whole table.
Index(
    "ix_members_live_sex_birth",
    Member.sex,
    Member.birth_date,
    Member.archived_at,
    sqlite_where=text("archived_at IS NULL"),
    postgresql_where=text("archived_at IS NULL"),
)


class Membership(Owned, Stamped, Base):
    """A member in a group with a role; ending it keeps the history."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint(
            "role IN ('ketua', 'wakil_ketua', 'sekretaris', 'bendahara', 'anggota')", name="role"
        ),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates"),
        # The database itself guards the two membership invariants, not only the services.
        Index(
            "uq_memberships_current_member_group",
            "member_id",
            "group_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
        Index(
            "uq_memberships_current_ketua",
            "group_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL AND role = 'ketua'"),
            postgresql_where=text("ended_on IS NULL AND role = 'ketua'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="anggota")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship()
    group: Mapped[Group] = relationship()


class Activity(Owned, Stamped, Base):
    """Something a group did on a date (Kegiatan)."""

    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount"),
        Index("ix_activities_held_on", "held_on"),
        _archived_index("activities"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    type_id: Mapped[int] = mapped_column(ForeignKey("reference_items.id"), index=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("reference_items.id"), index=True)
    funding_id: Mapped[int] = mapped_column(ForeignKey("reference_items.id"), index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[int] = mapped_column(Integer, default=0)
    participants_count: Mapped[int] = mapped_column(Integer, default=0)
    beneficiaries_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    group: Mapped[Group] = relationship()
    type: Mapped[ReferenceItem] = relationship(foreign_keys=[type_id])
    sector: Mapped[ReferenceItem] = relationship(foreign_keys=[sector_id])
    funding: Mapped[ReferenceItem] = relationship(foreign_keys=[funding_id])

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# Dashboard sums and counts of live activities by date: read from this index alone.
Index(
    "ix_activities_live_held_on",
    Activity.held_on,
    Activity.group_id,
    Activity.funding_id,
    Activity.amount,
    Activity.archived_at,
    sqlite_where=text("archived_at IS NULL"),
    postgresql_where=text("archived_at IS NULL"),
)


class Attendance(Owned, Base):
    """A member who took part in an activity (Daftar hadir)."""

    __tablename__ = "attendance"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, index=True)


class AuditEntry(Base):
    """Who changed what and when; ``changes`` is JSON of field → [old, new]."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity_uuid", "entity_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(150), default="")
    entity: Mapped[str] = mapped_column(String(30))
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(30))
    changes: Mapped[str] = mapped_column(Text, default="{}")


# --- the city database (docs/city.md) --------------------------------------------------------


class CityKelurahan(Base):
    """A kelurahan of the city, one row each: names for the lists, and the row a receive locks
    (SELECT ... FOR UPDATE on PostgreSQL) so two reports of one kelurahan land one after the
    other."""

    __tablename__ = "city_kelurahan"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kecamatan_code: Mapped[str] = mapped_column(String(8), index=True)
    kecamatan_name: Mapped[str] = mapped_column(String(100))
    # The newest report received from it: an older one arriving later is refused.
    last_generated_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReceivedReport(Base):
    """A report workbook the city received or refused, with its receipt."""

    __tablename__ = "received_reports"
    __table_args__ = (
        CheckConstraint("status IN ('received', 'refused')", name="status"),
        # One file lands once, even when two officers receive it at the same moment.
        Index(
            "uq_received_reports_checksum",
            "checksum",
            unique=True,
            sqlite_where=text("status = 'received'"),
            postgresql_where=text("status = 'received'"),
        ),
        Index("ix_received_reports_kelurahan", "kelurahan_code", "generated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    kelurahan_code: Mapped[str] = mapped_column(String(13), default="")
    file_name: Mapped[str] = mapped_column(String(255))
    checksum: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    whole_data: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))
    # JSON: {"added": {...}, "changed": {...}, "archived": {...}, "refused": {...}} by entity.
    counts: Mapped[str] = mapped_column(Text, default="{}")
    # JSON list of receipt lines (what was refused and why, what was archived by absence...).
    receipt: Mapped[str] = mapped_column(Text, default="[]")
    message: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    received_by: Mapped[str] = mapped_column(String(150), default="")


class NikReview(Base):
    """An officer's decision about one NIK held by live members of several kelurahan."""

    __tablename__ = "nik_reviews"
    __table_args__ = (
        CheckConstraint("decision IN ('same_person', 'different_people')", name="decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    # The member UUIDs the decision was made about, sorted and comma-joined: a new record with
    # the same NIK asks for a new decision.
    member_uuids: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(150), default="")


class DismissedPair(Base):
    """Two members an officer said are not the same person ("bukan orang yang sama"): the
    duplicate finder leaves the pair out. The uuids are kept in sorted order (low, high)."""

    __tablename__ = "dismissed_pairs"
    __table_args__ = (
        UniqueConstraint("low_uuid", "high_uuid", name="uq_dismissed_pairs_low_uuid_high_uuid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    low_uuid: Mapped[str] = mapped_column(String(36))
    high_uuid: Mapped[str] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")
    dismissed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    dismissed_by: Mapped[str] = mapped_column(String(150), default="")


class MemberMerge(Base):
    """One merge of a member into another, with what its undo needs (core/services/merging.py).

    ``undo_data`` is JSON: the survivor's replaced values, the moved and ended membership and
    attendance rows, the audit entries pointed at the survivor, and both records' versions
    right after the merge (undo is refused once either has changed since).
    """

    __tablename__ = "member_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    keep_uuid: Mapped[str] = mapped_column(String(36), index=True)
    other_uuid: Mapped[str] = mapped_column(String(36), index=True)
    undo_data: Mapped[str] = mapped_column(Text, default="{}")
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(150), default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str] = mapped_column(String(150), default="")


class Notice(Base):
    """A notice from Dinas Sosial imported at the kelurahan from a feedback file."""

    __tablename__ = "notices"
    __table_args__ = (Index("ix_notices_entity_uuid", "entity_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    entity: Mapped[str] = mapped_column(String(30), default="")  # "" for the whole office
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    kind: Mapped[str] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(150), default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- who signs in (docs/data-safety.md, "Akun dan peran") ------------------------------------


class Account(Stamped, Base):
    """A person who signs in: the user name is kept in lower case, so it is unique whatever
    the case typed; the password and the recovery code are kept only as Argon2id hashes."""

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("role IN ('operator', 'admin', 'dinsos', 'pemantau')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(60), unique=True)
    # The name the change history shows; unique too (checked by the service, case-insensitive),
    # so a name in the history always points at one account.
    full_name: Mapped[str] = mapped_column(String(150))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # None for the accounts made from the names recorded before accounts existed.
    password_hash: Mapped[str | None] = mapped_column(Text)
    recovery_hash: Mapped[str | None] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC


# --- the programme: aid, group indicators, monitoring visits (issue 19, docs/programme.md) ----
# Codes are stored in Indonesian like the other statuses; the shells show them through t().

AID_DECISIONS = ("menunggu", "disetujui", "ditolak")
DISBURSEMENT_FORMS = ("uang", "barang")
LPJ_STATUSES = ("belum", "diserahkan", "diterima", "dikembalikan")
PERIOD_KINDS = ("bulan", "triwulan")
FOLLOW_UP_STATUSES = ("belum", "proses", "selesai")


def _in(column: str, codes: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(code) for code in codes)})"


class Aid(Owned, Stamped, Base):
    """Aid (Bantuan) for a group: the proposal, the decision on it and where it came from."""

    __tablename__ = "aid"
    __table_args__ = (
        CheckConstraint(_in("decision", AID_DECISIONS), name="decision"),
        CheckConstraint("amount_requested >= 0 AND amount_approved >= 0", name="amounts"),
        _archived_index("aid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    proposed_on: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(String(500))
    amount_requested: Mapped[int] = mapped_column(BigInteger, default=0)
    decision: Mapped[str] = mapped_column(String(20), default="menunggu")
    decided_on: Mapped[date | None] = mapped_column(Date)
    amount_approved: Mapped[int] = mapped_column(BigInteger, default=0)
    # An "aid_source" reference item; required once the aid is approved.
    source_id: Mapped[int | None] = mapped_column(ForeignKey("reference_items.id"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    group: Mapped[Group] = relationship()
    source: Mapped[ReferenceItem | None] = relationship()

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AidDisbursement(Owned, Stamped, Base):
    """One handing-over of approved aid: money, or goods with their value and description."""

    __tablename__ = "aid_disbursements"
    __table_args__ = (
        CheckConstraint(_in("form", DISBURSEMENT_FORMS), name="form"),
        CheckConstraint("amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    aid_id: Mapped[int] = mapped_column(ForeignKey("aid.id"), index=True)
    disbursed_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    form: Mapped[str] = mapped_column(String(10), default="uang")
    goods: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    aid: Mapped[Aid] = relationship()

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AidReport(Owned, Stamped, Base):
    """An accountability report (LPJ) the group owes for an aid; overdue rule in
    core/domain/programme.py."""

    __tablename__ = "aid_reports"
    __table_args__ = (
        CheckConstraint(_in("status", LPJ_STATUSES), name="status"),
        Index("ix_aid_reports_due_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    aid_id: Mapped[int] = mapped_column(ForeignKey("aid.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="belum")
    remarks: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    aid: Mapped[Aid] = relationship()

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class IndicatorMeasure(Base):
    """An entry of the editable list of sector measures ("Sampah terkumpul", kg); a measure
    without a sector applies to groups of every sector."""

    __tablename__ = "indicator_measures"
    __table_args__ = (
        UniqueConstraint("sector_id", "label", name="uq_indicator_measures_sector_label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("reference_items.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(30), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    sector: Mapped[ReferenceItem | None] = relationship()


class GroupIndicator(Owned, Stamped, Base):
    """A group's figures for one month or quarter: savings, turnover, assets, active members;
    its sector measures are rows of ``group_indicator_values``. Empty means not recorded."""

    __tablename__ = "group_indicators"
    __table_args__ = (
        CheckConstraint(_in("period_kind", PERIOD_KINDS), name="period_kind"),
        CheckConstraint(
            "(cash IS NULL OR cash >= 0) AND (turnover IS NULL OR turnover >= 0) "
            "AND (assets IS NULL OR assets >= 0) "
            "AND (active_members IS NULL OR active_members >= 0)",
            name="figures",
        ),
        # One live record per group and period: a correction edits it.
        Index(
            "uq_group_indicators_live_period",
            "group_id",
            "period_kind",
            "period_start",
            unique=True,
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
        Index("ix_group_indicators_period_start", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date] = mapped_column(Date)
    cash: Mapped[int | None] = mapped_column(BigInteger)
    turnover: Mapped[int | None] = mapped_column(BigInteger)
    assets: Mapped[int | None] = mapped_column(BigInteger)
    active_members: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    group: Mapped[Group] = relationship()

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class IndicatorValue(Owned, Base):
    """One sector measure of a group indicator record (like Attendance: no identity of its own)."""

    __tablename__ = "group_indicator_values"
    __table_args__ = (CheckConstraint("value >= 0", name="value"),)

    indicator_id: Mapped[int] = mapped_column(ForeignKey("group_indicators.id"), primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("indicator_measures.id"), primary_key=True, index=True
    )
    value: Mapped[int] = mapped_column(BigInteger)


class Visit(Owned, Stamped, Base):
    """A coaching and monitoring visit (monev) to a group, with its follow-up."""

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint(_in("follow_up_status", FOLLOW_UP_STATUSES), name="follow_up_status"),
        Index("ix_visits_visited_on", "visited_on"),
        _archived_index("visits"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    facilitator: Mapped[str] = mapped_column(String(200))
    findings: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_status: Mapped[str] = mapped_column(String(20), default="belum")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    group: Mapped[Group] = relationship()

    # SQLAlchemy reads this mapping once at class creation; it is never mutated.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# The record kinds of the programme that the shared update/archive/restore (lifecycle) handles.
ProgrammeRecord = Aid | AidDisbursement | AidReport | GroupIndicator | Visit


# --- evidence: attachments and the level rubric (issue 19, points 4 and 5) -------------------

# What an attachment may belong to (the owner is named by kind and UUID, without a foreign key,
# so one table serves groups, activities, aid and visits) and what kind of document it is.
ATTACHMENT_OWNER_KINDS = ("group", "activity", "aid", "visit")
ATTACHMENT_DOCUMENT_KINDS = (
    "sk",
    "lpj",
    "daftar_hadir",
    "foto_kegiatan",
    "foto_kunjungan",
    "lainnya",
)


class Attachment(Owned, Stamped, Base):
    """A photo or scanned document kept with a record; its bytes live in attachment_contents,
    so listing attachments never reads a file."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("owner_kind IN ('group', 'activity', 'aid', 'visit')", name="owner_kind"),
        CheckConstraint(
            "document_kind IN ('sk', 'lpj', 'daftar_hadir', 'foto_kegiatan', "
            "'foto_kunjungan', 'lainnya')",
            name="document_kind",
        ),
        CheckConstraint("size >= 0", name="size"),
        Index("ix_attachments_owner", "owner_kind", "owner_uuid"),
        _archived_index("attachments"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_uuid: Mapped[str] = mapped_column(String(36))
    document_kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(50))
    size: Mapped[int] = mapped_column(Integer)  # bytes stored (after shrinking an image)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)  # images only, as stored
    height: Mapped[int | None] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(150), default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)


class AttachmentContent(Base):
    """The bytes of one attachment and its thumbnail, apart from the list columns."""

    __tablename__ = "attachment_contents"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    # Before the file: SQLite reads a row's columns in order, so a thumbnail is read without
    # walking the overflow pages of the file itself.
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)  # JPEG, images only
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RubricCriterion(Stamped, Base):
    """One criterion of a level's checklist, edited by the office (Lurah / Admin)."""

    __tablename__ = "rubric_criteria"
    __table_args__ = (
        CheckConstraint("level IN ('tumbuh', 'berkembang', 'maju', 'mandiri')", name="level"),
        Index("ix_rubric_criteria_level", "level", "sort_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    level: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(300))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RubricAnswer(Owned, Base):
    """A criterion met or not in one assessment. The criterion's level and text are copied, so
    the answer still says what was asked after the office rewords or drops the criterion."""

    __tablename__ = "rubric_answers"
    __table_args__ = (
        CheckConstraint("level IN ('tumbuh', 'berkembang', 'maju', 'mandiri')", name="level"),
        UniqueConstraint("assessment_id", "criterion_id", name="uq_rubric_answers_criterion"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("rubric_criteria.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    criterion_text: Mapped[str] = mapped_column(String(300))
    met: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
