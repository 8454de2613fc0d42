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
    "aid": "Bantuan",
    "disbursements": "Penyaluran",
    "aid_reports": "LPJ",
    "indicators": "Indikator",
    "visits": "Kunjungan",
    "rubric_answers": "Rubrik",
    "": "Kelurahan",
}
# Fixed widths (characters): the text wraps inside them, so the sheet prints on A4 landscape.
COLUMNS = (
    Column("kind", "Jenis", width=13),
    Column("entity", "Data", width=10),
    Column("name", "Nama", width=22),
    Column("nik", "NIK", "id", width=18, digits=True),
    Column("other", "Kelurahan Lain", width=26),
    Column("decision", "Keputusan Dinas", width=18),
    Column("message", "Keterangan", width=56),
    Column("entity_uuid", "UUID Data", "uuid", width=37, printed=False),
    Column("uuid", "UUID", "uuid", width=37, printed=False),
)
PRINTED_COLUMNS = 7
HEADING_ROW = 4  # below the title block; the reader looks for it in the first rows


def code_of(labels: dict[str, str], word: str) -> str | None:
    """The code of a label as written in the file (or of the code itself); None when unknown."""
    wanted = word.strip().lower()
    for code, label in labels.items():
        if wanted in (label.lower(), code):
            return code
    return None
