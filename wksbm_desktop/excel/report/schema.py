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
# reader would silently keep them. Version 5 carries the programme (issue 19): Bantuan,
# Penyaluran Bantuan, LPJ Bantuan, Indikator, Ukuran Indikator, Kunjungan, Jawaban Rubrik and
# Lampiran, and their tombstones in "_hapus"; a version-4 reader would miss their deletions and
# take the new tombstone words for errors. This app reads 1 to 5.
FORMAT_VERSION = 5  # the newest version this app reads, and the one it writes
PROGRAMME_VERSION = 5  # from this version on, the programme's sheets and columns are expected
LOCAL_STAMPS_VERSION = 3  # from this version on, stamps are local time (_meta utc_offset)
TEMPLATE_FORMAT_NAME = "wksbm-template-impor"
TEMPLATE_FORMAT_VERSION = 2  # 2: Kegiatan and Daftar Hadir sheets, example rows
META_SHEET = "_meta"
REKAP_SHEET = "Rekap"

# "count": a whole number shown with thousands separators (a measure such as 726.786).
Kind = Literal["text", "id", "uuid", "date", "datetime", "money", "int", "count", "bool", "code"]

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
    # format 5: the programme's records
    "aid": "Bantuan",
    "disbursements": "Penyaluran Bantuan",
    "aid_reports": "LPJ Bantuan",
    "indicators": "Indikator",
    "visits": "Kunjungan",
}
REMOVED_STATE_LABELS = {"archived": "Diarsipkan", "anonymised": "Dianonimkan"}
DECISION_LABELS = {"menunggu": "Menunggu", "disetujui": "Disetujui", "ditolak": "Ditolak"}
FORM_LABELS = {"uang": "Uang", "barang": "Barang"}
LPJ_LABELS = {
    "belum": "Belum diserahkan",
    "diserahkan": "Diserahkan",
    "diterima": "Diterima",
    "dikembalikan": "Dikembalikan",
}
PERIOD_KIND_LABELS = {"bulan": "Bulan", "triwulan": "Triwulan"}
FOLLOW_UP_LABELS = {"belum": "Belum", "proses": "Proses", "selesai": "Selesai"}
OWNER_KIND_LABELS = {
    "group": "Kelompok",
    "activity": "Kegiatan",
    "aid": "Bantuan",
    "visit": "Kunjungan",
}
DOCUMENT_KIND_LABELS = {
    "sk": "SK",
    "lpj": "LPJ",
    "daftar_hadir": "Daftar hadir bertanda tangan",
    "foto_kegiatan": "Foto kegiatan",
    "foto_kunjungan": "Foto kunjungan",
    "lainnya": "Lainnya",
}
ATTACHMENT_COUNT_LABELS = {"owner": "Pemilik lampiran", "document": "Jenis dokumen"}
YES, NO = "Ya", "Tidak"
CODES: dict[str, dict[str, str]] = {
    "status": STATUS_LABELS,
    "role": ROLE_LABELS,
    "level": LEVEL_LABELS,
    "sex": SEX_LABELS,
    "removed_entity": REMOVED_ENTITY_LABELS,
    "removed_state": REMOVED_STATE_LABELS,
    "decision": DECISION_LABELS,
    "form": FORM_LABELS,
    "lpj": LPJ_LABELS,
    "period_kind": PERIOD_KIND_LABELS,
    "follow_up": FOLLOW_UP_LABELS,
    "attachment_count": ATTACHMENT_COUNT_LABELS,
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
    # An empty cell reads as None ("not recorded"), not 0: the indicator figures.
    optional: bool = False
    # The format version that added the column to an existing sheet: older files lack it.
    since: int = 1


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
    # Format 5: what the level rubric suggested beside the level chosen (issue 19, point 5).
    _c("suggested_level", "Saran Rubrik", "code", codes="level", since=5),
    _c("suggestion_reasons", "Alasan Saran", printed=False, since=5),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)

# --- the programme (format 5, issue 19 point 7; docs/programme.md) ---------------------------

AID = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("proposed_on", "Tanggal Usulan", "date"),
    _c("purpose", "Tujuan Bantuan"),
    _c("amount_requested", "Jumlah Diusulkan", "money"),
    _c("decision", "Keputusan", "code", codes="decision", width=10),
    _c("decided_on", "Tanggal Keputusan", "date"),
    _c("source", "Sumber Bantuan"),
    _c("amount_approved", "Jumlah Disetujui", "money"),
    _c("disbursed", "Sudah Disalurkan", "money", derived=True),
    _c("notes", "Keterangan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)

DISBURSEMENTS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("purpose", "Tujuan Bantuan", derived=True),
    _c("disbursed_on", "Tanggal Penyaluran", "date"),
    _c("form", "Bentuk", "code", codes="form", width=8),
    _c("amount", "Jumlah/Nilai", "money"),
    _c("goods", "Uraian Barang"),
    _c("notes", "Catatan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("aid_uuid", "UUID Bantuan", "uuid", printed=False),
)

AID_REPORTS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("purpose", "Tujuan Bantuan", derived=True),
    _c("due_on", "Batas Waktu LPJ", "date"),
    _c("status", "Status LPJ", "code", codes="lpj"),
    _c("submitted_on", "Tanggal Diserahkan", "date"),
    _c("overdue", "Terlambat", "bool", width=10, derived=True),
    _c("remarks", "Keterangan"),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("aid_uuid", "UUID Bantuan", "uuid", printed=False),
)

INDICATORS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("sector", "Bidang", derived=True),
    _c("period_kind", "Jenis Periode", "code", codes="period_kind", width=9),
    _c("period_start", "Awal Periode", "date"),
    _c("period_label", "Periode", width=10, derived=True),
    _c("cash", "Kas/Tabungan", "money", optional=True),
    _c("turnover", "Omzet", "money", optional=True),
    _c("assets", "Aset", "money", optional=True),
    _c("active_members", "Anggota Aktif", "int"),
    _c("measures", "Ukuran Sektor", "int", width=9, derived=True),
    _c("notes", "Catatan", printed=False),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)

# One row per sector measure of an indicator record (long form: any number of measures, each
# named with its sector and unit, so the receiving database can add a measure it lacks).
INDICATOR_VALUES = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("period_label", "Periode", width=10, derived=True),
    _c("measure", "Ukuran"),
    _c("value", "Nilai", "count"),
    _c("unit", "Satuan", width=8),
    _c("measure_sector", "Bidang Ukuran"),  # empty: a measure of every sector
    _c("indicator_uuid", "UUID Indikator", "uuid", printed=False),
)

VISITS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("visited_on", "Tanggal Kunjungan", "date"),
    _c("facilitator", "Pendamping"),
    _c("findings", "Temuan"),
    _c("recommendations", "Rekomendasi"),
    _c("follow_up", "Tindak Lanjut"),
    _c("follow_up_status", "Status Tindak Lanjut", "code", codes="follow_up", width=12),
    _UPDATED,
    _c("uuid", "UUID", "uuid", printed=False),
    _c("group_uuid", "UUID Kelompok", "uuid", printed=False),
)

# The answers of an assessment made with the level rubric: the criterion's level and words as
# they were asked (copied), met or not, the operator's note.
RUBRIC_ANSWERS = (
    _c("group_name", "Nama Kelompok", derived=True),
    _c("assessed_on", "Tanggal Penilaian", "date", derived=True),
    _c("level", "Tingkat Kriteria", "code", codes="level"),
    _c("criterion_text", "Kriteria"),
    _c("met", "Terpenuhi", "bool", width=10),
    _c("note", "Catatan"),
    _c("assessment_uuid", "UUID Penilaian", "uuid", printed=False),
    _c("criterion_uuid", "UUID Kriteria", "uuid", printed=False),
)

# How many photos and scanned documents the kelurahan keeps, not the files (issue 19, point 4).
# Two blocks: by the kind of record they belong to, then by kind of document.
ATTACHMENT_COUNTS = (
    _c("counted_by", "Dihitung Menurut", "code", codes="attachment_count"),
    _c("kind", "Jenis"),
    _c("count", "Jumlah Berkas", "int"),
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
# Format 5: the programme's sheets, written after the data sheets above. Kept apart from
# DATA_SHEETS, which the city workbook consolidates sheet by sheet.
PROGRAMME_SHEETS = (
    SheetSpec("aid", "Bantuan", AID),
    SheetSpec("disbursements", "Penyaluran Bantuan", DISBURSEMENTS),
    SheetSpec("aid_reports", "LPJ Bantuan", AID_REPORTS),
    SheetSpec("indicators", "Indikator", INDICATORS),
    SheetSpec("indicator_values", "Ukuran Indikator", INDICATOR_VALUES),
    SheetSpec("visits", "Kunjungan", VISITS),
    SheetSpec("rubric_answers", "Jawaban Rubrik", RUBRIC_ANSWERS),
    SheetSpec("attachments", "Lampiran", ATTACHMENT_COUNTS),
)
SHEETS_BY_KEY = {spec.key: spec for spec in (*DATA_SHEETS, *PROGRAMME_SHEETS)}

# Tombstones (format 4): every archived group, member and activity and every anonymised member
# the kelurahan holds (format 5: and every archived aid, disbursement, LPJ, indicator record and
# visit), whatever the period, so the city archives or anonymises its copy too.
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
