"""The header row of an office spreadsheet, its kind of list and what each heading means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from openpyxl.utils import get_column_letter

from wksbm_desktop.excel.importing.title_block import activity_of

SCAN_ROWS = 30  # title blocks above the header are rarely longer than this
REQUIRED = ("nik", "full_name")
SheetKind = Literal["members", "activities", "attendance"]

# Headings as offices write them, after normalise_heading(); the first is the display name.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no ktp", "nomor ktp", "no nik", "nomor nik", "nik ktp", "ktp",
            "nomor induk kependudukan", "no induk kependudukan", "nik no ktp"),
    "full_name": ("nama", "nama lengkap", "nama anggota", "nama warga", "nama sesuai ktp",
                  "nama lengkap sesuai ktp", "nama penerima"),
    "sex": ("jenis kelamin", "jk", "l p", "lp", "kelamin", "gender", "j k", "jns kelamin"),
    "birth_place": ("tempat lahir", "tmp lahir", "tempat lhr"),
    "birth_date": ("tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgl lahir dd mm yyyy"),
    "birth_place_date": ("tempat tanggal lahir", "tempat tgl lahir", "ttl", "tempat tgl lhr"),
    "address": ("alamat", "alamat lengkap", "alamat rumah", "alamat domisili"),
    "rt": ("rt",),
    "rw": ("rw",),
    "rt_rw": ("rt rw", "rt dan rw"),
    "phone": ("no hp", "nomor hp", "hp", "telepon", "no telepon", "nomor telepon", "no telp",
              "telp", "no hp wa", "no wa", "nomor wa", "handphone", "no handphone", "kontak"),
    "kk": ("no kk", "nomor kk", "kk", "no kartu keluarga", "nomor kartu keluarga", "nkk"),
    "group": ("kelompok", "nama kelompok", "lembaga", "nama lembaga", "kelompok lembaga"),
    "group_type": ("jenis kelompok", "jenis lembaga", "tipe kelompok"),
    "role": ("jabatan", "peran", "jabatan dalam kelompok", "kedudukan", "posisi", "jabatan peran"),
    "education": ("pendidikan", "pendidikan terakhir"),
    "occupation": ("pekerjaan", "mata pencaharian"),
    "started_on": ("tanggal masuk", "tgl masuk", "tanggal bergabung", "tgl bergabung", "mulai",
                   "tanggal mulai"),
}  # fmt: skip
_GROUP = SYNONYMS["group"]
# An activity sheet (daftar kegiatan): one row per activity of a group.
ACTIVITY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "activity_no": ("no kegiatan", "nomor kegiatan", "kode kegiatan", "no", "nomor", "no urut"),
    "held_on": ("tanggal kegiatan", "tgl kegiatan", "tanggal", "tgl", "hari tanggal",
                "tanggal pelaksanaan", "tgl pelaksanaan", "waktu pelaksanaan"),
    "title": ("nama kegiatan", "kegiatan", "judul kegiatan", "uraian kegiatan", "judul"),
    "group": _GROUP,
    "activity_type": ("jenis kegiatan", "bentuk kegiatan", "tipe kegiatan"),
    "sector": ("bidang", "sektor", "bidang kegiatan"),
    "funding": ("sumber dana", "sumber pendanaan", "pendanaan", "asal dana", "sumber anggaran"),
    "amount": ("jumlah dana", "nominal", "besar dana", "anggaran", "biaya", "dana", "jumlah rp",
               "jumlah dana rp", "nilai", "jumlah uang"),
    "location": ("tempat", "lokasi", "tempat kegiatan", "lokasi kegiatan"),
    "facilitator": ("narasumber", "fasilitator", "pemateri", "fasilitator narasumber"),
    "participants_count": ("jumlah peserta", "jml peserta", "peserta"),
    "beneficiaries_count": ("penerima manfaat", "jumlah penerima manfaat", "jml penerima manfaat"),
    "outcome": ("hasil", "hasil kegiatan"),
}  # fmt: skip
# A daftar hadir: who attended which activity; the activity by its number in the activity
# sheet, or by its date and name; the person by NIK, or by name within the group.
ATTENDANCE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "activity_no": ("no kegiatan", "nomor kegiatan", "kode kegiatan"),
    "activity_date": ("tanggal kegiatan", "tgl kegiatan"),
    "activity_title": ("nama kegiatan", "kegiatan", "judul kegiatan"),
    "nik": SYNONYMS["nik"],
    "full_name": SYNONYMS["full_name"] + ("nama peserta", "nama hadir"),
    "group": _GROUP,
}
SYNONYMS_BY_KIND: dict[SheetKind, dict[str, tuple[str, ...]]] = {
    "members": SYNONYMS,
    "activities": ACTIVITY_SYNONYMS,
    "attendance": ATTENDANCE_SYNONYMS,
}
_LOOKUPS = {
    kind: {heading: key for key, headings in synonyms.items() for heading in headings}
    for kind, synonyms in SYNONYMS_BY_KIND.items()
}
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")


def normalise_heading(value: object) -> str:
    """ "No. KTP", "NO KTP:" and "no_ktp" all become "no ktp"; "L/P" becomes "l p"."""
    text = "" if value is None else str(value).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def field_of(value: object, kind: SheetKind = "members") -> str | None:
    """The field a heading names in a sheet of ``kind``, or None."""
    lookup = _LOOKUPS[kind]
    heading = normalise_heading(value)
    if heading in lookup:
        return lookup[heading]
    bare = normalise_heading(_BRACKETS.sub(" ", "" if value is None else str(value).lower()))
    return lookup.get(bare)


@dataclass(frozen=True)
class SheetMapping:
    """Where the data of one sheet is: header row, first data row, and field → column index."""

    sheet: str
    header_row: int
    first_data_row: int
    columns: dict[str, int]
    headings: tuple[str, ...] = field(default=())
    kind: SheetKind = "members"
    # Values for the whole sheet from its title block (a daftar hadir's activity name and date).
    fixed: dict[str, str] = field(default_factory=dict)

    def missing_required(self) -> list[str]:
        return missing_fields(self.kind, set(self.columns) | set(self.fixed))

    def column_label(self, key: str) -> str:
        """ "C (No. KTP)": the letter and the sheet's own heading, for messages."""
        index = self.columns.get(key)
        if index is None:
            return ""
        heading = self.headings[index] if index < len(self.headings) else ""
        return (
            f"{get_column_letter(index + 1)} ({heading})"
            if heading
            else get_column_letter(index + 1)
        )


def missing_fields(kind: SheetKind, have: set[str]) -> list[str]:
    """The required fields of a sheet of ``kind`` that no column holds."""
    if kind == "activities":
        return [key for key in ("held_on", "title", "group") if key not in have]
    if kind == "attendance":
        missing = [] if have & {"nik", "full_name"} else ["nik"]
        if "activity_no" not in have:
            missing += [key for key in ("activity_date", "activity_title") if key not in have]
        return missing
    if "birth_place_date" in have:
        have = have | {"birth_date"}
    return [key for key in REQUIRED if key not in have]


def _columns(values: Sequence[Any], kind: SheetKind) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(values):
        key = field_of(value, kind)
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def classify(values: Sequence[Any]) -> tuple[SheetKind, dict[str, int]] | None:
    """What a heading row is: a daftar hadir names an activity and a person, a list of
    activities a date and an activity but no person, a member list a person."""
    person = _columns(values, "members")
    names_person = "nik" in person or "full_name" in person
    attendance = _columns(values, "attendance")
    if names_person and attendance.keys() & {"activity_no", "activity_date", "activity_title"}:
        return "attendance", attendance
    activity = _columns(values, "activities")
    if not names_person and {"held_on", "title"} <= activity.keys():
        return "activities", activity
    if len(person) >= 2 and names_person:
        return "members", person
    return None


def find_mapping(sheet: str, rows: Sequence[tuple[int, tuple[Any, ...]]]) -> SheetMapping | None:
    """The best header row among the first rows of a sheet, or None when none is plausible."""
    best: tuple[int, int, SheetKind, dict[str, int]] | None = None
    for position, (_number, values) in enumerate(rows[:SCAN_ROWS]):
        found = classify(values)
        if found is None:
            continue
        kind, columns = found
        if best is None or len(columns) > best[1]:
            best = (position, len(columns), kind, columns)
    if best is None:
        return None
    position, _score, kind, columns = best
    header_number, header_values = rows[position]
    fixed = activity_of(rows[:position]) if kind != "activities" else {}
    if fixed:
        # "Kegiatan : ..." and "Tanggal : ..." above a list of people: one activity's daftar hadir.
        kind, columns = "attendance", _columns(header_values, "attendance")
    first = header_number + 1
    if position + 1 < len(rows) and is_numbering_row(rows[position + 1][1]):
        first += 1
    headings = tuple("" if v is None else str(v).strip() for v in header_values)
    return SheetMapping(sheet, header_number, first, columns, headings, kind, fixed)


def is_numbering_row(values: Sequence[Any]) -> bool:
    """A row of column numbers (1, 2, 3... or "(1)", "(2)"...) that forms print under headers."""
    numbers = []
    for value in values:
        if value is None or value == "":
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        digits = re.sub(r"[()\s.]", "", str(value))
        if not digits.isdigit():
            return False
        numbers.append(int(digits))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
