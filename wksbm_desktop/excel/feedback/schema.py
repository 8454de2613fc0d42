"""The feedback workbook format ``wksbm-umpan-balik`` (docs/city-workbook.md): its one sheet.

Headings and coded words are file format words, fixed whatever the interface language.
"""

from __future__ import annotations

from wksbm_desktop.excel.report.schema import Column

FORMAT_NAME = "wksbm-umpan-balik"
FORMAT_VERSION = 1
SHEET = "Umpan Balik"
KIND_LABELS = {"nik_ganda": "NIK ganda", "refused": "Data ditolak", "note": "Catatan Dinas"}
ENTITY_LABELS = {
    "groups": "Kelompok",
    "members": "Warga",
    "memberships": "Anggota",
    "activities": "Kegiatan",
    "attendance": "Kehadiran",
    "assessments": "Penilaian",
    "": "Kelurahan",
}
COLUMNS = (
    Column("kind", "Jenis", width=14),
    Column("entity", "Data", width=11),
    Column("name", "Nama"),
    Column("nik", "NIK", "id", digits=True),
    Column("other", "Kelurahan Lain"),
    Column("decision", "Keputusan Dinas"),
    Column("message", "Keterangan", width=60),
    Column("entity_uuid", "UUID Data", "uuid", printed=False),
    Column("uuid", "UUID", "uuid", printed=False),
)
PRINTED_COLUMNS = 7


def code_of(labels: dict[str, str], word: str) -> str | None:
    """The code of a label as written in the file (or of the code itself); None when unknown."""
    wanted = word.strip().lower()
    for code, label in labels.items():
        if wanted in (label.lower(), code):
            return code
    return None
