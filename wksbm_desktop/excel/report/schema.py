"""The report workbook format (docs/report-format.md): sheets, columns and coded values.

Headings and coded words are part of the versioned file format, not interface sentences: they
stay fixed whatever the interface language, so they live here and not in the i18n catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FORMAT_NAME = "wksbm-laporan-kelurahan"
# Version 2 is version 1 with continuation sheets ("Kehadiran (2)"...) for data sheets longer
# than one worksheet holds. Version 3 writes the "Diperbarui" stamps in the sender's local time
# (offset in _meta utc_offset) instead of UTC: a version-2 reader would take them for UTC and
# misjudge which copy of a record is newer, so it must refuse them. Version 4 adds the hidden
# "_hapus" sheet of removed records (tombstones): deletions travel to the city, and a version-3
# reader would silently keep them. This app reads 1 to 4.
FORMAT_VERSION = 4  # the newest version this app reads, and the one it writes
LOCAL_STAMPS_VERSION = 3  # from this version on, stamps are local time (_meta utc_offset)
TEMPLATE_FORMAT_NAME = "wksbm-template-impor"
TEMPLATE_FORMAT_VERSION = 2  # 2: Kegiatan and Daftar Hadir sheets, example rows
META_SHEET = "_meta"
REKAP_SHEET = "Rekap"

Kind = Literal["text", "id", "uuid", "date", "datetime", "money", "int", "bool", "code"]

STATUS_LABELS = {"aktif": "Aktif", "kurang_aktif": "Kurang aktif", "tidak_aktif": "Tidak aktif"}
ROLE_LABELS = {
    "ketua": "Ketua",
    "wakil_ketua": "Wakil Ketua",
    "sekretaris": "Sekretaris",
    "bendahara": "Bendahara",
    "anggota": "Anggota",
}
LEVEL_LABELS = {
    "tumbuh": "Tumbuh",
    "berkembang": "Berkembang",
    "maju": "Maju",
    "mandiri": "Mandiri",
}
SEX_LABELS = {"L": "L", "P": "P"}
# The records a tombstone names (the data sheet key) and what happened to them.
REMOVED_ENTITY_LABELS = {
    "groups": "Kelompok",
    "members": "Warga",
    "activities": "Kegiatan",
}
REMOVED_STATE_LABELS = {"archived": "Diarsipkan", "anonymised": "Dianonimkan"}
YES, NO = "Ya", "Tidak"
CODES: dict[str, dict[str, str]] = {
    "status": STATUS_LABELS,
    "role": ROLE_LABELS,
    "level": LEVEL_LABELS,
    "sex": SEX_LABELS,
    "removed_entity": REMOVED_ENTITY_LABELS,
    "removed_state": REMOVED_STATE_LABELS,
}


@dataclass(frozen=True)
class Column:
    """One column of a data sheet. ``derived`` columns help the reader and are ignored on import."""

    key: str
    header: str
    kind: Kind = "text"
    width: int = 0  # 0: fitted to the data
    derived: bool = False
    codes: str = ""  # for kind "code": a key of CODES
    # Left out of the print area (the printed columns come first, these after them).
    printed: bool = True
    # Digits kept as text (NIK, No. KK, phone, RT/RW): Excel's "number stored as text"
    # warning is switched off for the column, its "convert" would destroy them.
    digits: bool = False


def _c(key: str, header: str, kind: Kind = "text", **options: object) -> Column:
    return Column(key, header, kind, **options)  # type: ignore[arg-type]


_UPDATED = _c("updated_at", "Diperbarui", "datetime", width=19, printed=False)

GROUPS = (
    _c("name", "Nama Kelompok"),
    _c("type", "Jenis Kelompok"),
    _c("sector", "Bidang"),
    _c("status", "Status", "code", codes="status"),
    _c("level", "Tingkat Terakhir", "code", codes="level", derived=True),
    _c("current_members", "Anggota Aktif", "int", derived=True),
    _c("parent_name", "Jaringan Induk", derived=True),
    _c("rw", "RW", width=5, digits=True),
    _c("rt", "RT", width=5, digits=True),
    _c("address", "Alamat"),
    _c("founded_on", "Tanggal Berdiri", "date"),
    _c("sk_number", "Nomor SK", printed=False),
    _c("sk_date", "Tanggal SK", "date", printed=False),
    _c("sk_issuer", "Penerbit SK", printed=False),
    _c("phone", "Telepon", printed=False, digits=True),
    _c("notes", "Catatan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("parent_uuid", "UUID Induk", "uuid", printed=False),
)

MEMBERSHIPS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("nik", "NIK", "id", derived=True, digits=True),
    _c("full_name", "Nama Lengkap", derived=True),
    _c("sex", "JK", "code", codes="sex", width=5, derived=True),
    _c("rt", "RT", width=5, derived=True, digits=True),
    _c("rw", "RW", width=5, derived=True, digits=True),
    _c("role", "Jabatan", "code", codes="role"),
    _c("started_on", "Tanggal Mulai", "date"),
    _c("ended_on", "Tanggal Selesai", "date"),
    _c("state", "Keterangan", derived=True),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
    _c("member_uuid", "UUID Warga", "uuid", printed=False),
)

MEMBERS = (
    _c("nik", "NIK", "id", digits=True),
    _c("full_name", "Nama Lengkap"),
    _c("sex", "JK", "code", codes="sex", width=5),
    _c("birth_date", "Tanggal Lahir", "date"),
    _c("address", "Alamat"),
    _c("rt", "RT", width=5, digits=True),
    _c("rw", "RW", width=5, digits=True),
    _c("education", "Pendidikan"),
    _c("occupation", "Pekerjaan"),
    _c("dtsen_registered", "Terdaftar DTSEN", "bool"),
    _c("dtsen_decile", "Desil DTSEN", "int"),
    _c("disability", "Disabilitas", "bool"),
    # Not needed on paper (and personal data better kept off it):
    _c("kk", "No. KK", "id", printed=False, digits=True),
    _c("birth_place", "Tempat Lahir", printed=False),
    _c("phone", "No. HP", printed=False, digits=True),
    _c("dtsen_as_of", "DTSEN per Tanggal", "date", printed=False),
    _c("notes", "Catatan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
)

ACTIVITIES = (
    _c("held_on", "Tanggal", "date"),
    _c("title", "Nama Kegiatan"),
    _c("group_name", "Nama Kelompok", derived=True),
    _c("type", "Jenis Kegiatan"),
    _c("sector", "Bidang"),
    _c("funding", "Sumber Dana"),
    _c("amount", "Jumlah Dana", "money"),
    _c("participants_count", "Jumlah Peserta", "int"),
    _c("beneficiaries_count", "Penerima Manfaat", "int"),
    _c("location", "Lokasi", printed=False),
    _c("facilitator", "Fasilitator/Narasumber", printed=False),
    _c("outcome", "Hasil Kegiatan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)

ATTENDANCE = (
    _c("held_on", "Tanggal Kegiatan", "date", derived=True),
    _c("title", "Nama Kegiatan", derived=True),
    _c("nik", "NIK", "id", derived=True, digits=True),
    _c("full_name", "Nama Lengkap", derived=True),
    _c("activity_uuid", "UUID Kegiatan", "uuid", printed=False),
    _c("member_uuid", "UUID Warga", "uuid", printed=False),
)

ASSESSMENTS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("assessed_on", "Tanggal Penilaian", "date"),
    _c("level", "Tingkat", "code", codes="level"),
    _c("notes", "Catatan"),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)


@dataclass(frozen=True)
class SheetSpec:
    key: str  # machine name used by the reader and the consolidation
    name: str  # sheet title in the workbook
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def printed_columns(self) -> int:
        """How many leading columns go on paper (the rest follow them, out of the print area)."""
        return next((i for i, c in enumerate(self.columns) if not c.printed), len(self.columns))


DATA_SHEETS = (
    SheetSpec("groups", "Kelompok", GROUPS),
    SheetSpec("memberships", "Anggota", MEMBERSHIPS),
    SheetSpec("activities", "Kegiatan", ACTIVITIES),
    SheetSpec("members", "Warga", MEMBERS),
    SheetSpec("attendance", "Kehadiran", ATTENDANCE),
    SheetSpec("assessments", "Penilaian", ASSESSMENTS),
)
SHEETS_BY_KEY = {spec.key: spec for spec in DATA_SHEETS}

# Tombstones (format 4): every archived group, member and activity and every anonymised member
# the kelurahan holds, whatever the period, so the city archives or anonymises its copy too.
# Hidden: it is for the receiving application, not for paper.
REMOVED_SHEET = "_hapus"
REMOVED = SheetSpec(
    "removed",
    REMOVED_SHEET,
    (
        _c("entity", "Jenis Data", "code", codes="removed_entity"),
        _c("removal", "Keadaan", "code", codes="removed_state"),
        _c("at", "Tanggal", "datetime", width=19),
        _c("uuid", "UUID", "uuid"),
    ),
)


def part_name(name: str, part: int) -> str:
    """The title of part ``part`` (1-based) of a data sheet: "Kehadiran", "Kehadiran (2)"..."""
    return name if part == 1 else f"{name} ({part})"


def part_names(name: str, sheetnames: list[str]) -> list[str]:
    """The parts of a data sheet present in a workbook, in order; they stop at the first gap."""
    present = set(sheetnames)
    parts: list[str] = []
    while part_name(name, len(parts) + 1) in present:
        parts.append(part_name(name, len(parts) + 1))
    return parts
