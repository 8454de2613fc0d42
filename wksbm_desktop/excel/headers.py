"""Finding the header row of an ordinary office spreadsheet and what each heading means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

SCAN_ROWS = 30  # title blocks above the header are rarely longer than this
REQUIRED = ("nik", "full_name")

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
_LOOKUP = {heading: key for key, headings in SYNONYMS.items() for heading in headings}
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]")


def normalise_heading(value: object) -> str:
    """ "No. KTP", "NO KTP:" and "no_ktp" all become "no ktp"; "L/P" becomes "l p"."""
    text = "" if value is None else str(value).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def field_of(value: object) -> str | None:
    """The field a heading names, or None."""
    heading = normalise_heading(value)
    if heading in _LOOKUP:
        return _LOOKUP[heading]
    bare = normalise_heading(_BRACKETS.sub(" ", "" if value is None else str(value).lower()))
    return _LOOKUP.get(bare)


@dataclass(frozen=True)
class SheetMapping:
    """Where the data of one sheet is: header row, first data row, and field → column index."""

    sheet: str
    header_row: int
    first_data_row: int
    columns: dict[str, int]
    headings: tuple[str, ...] = field(default=())

    def missing_required(self) -> list[str]:
        have = set(self.columns)
        if "birth_place_date" in have:
            have.add("birth_date")
        return [key for key in REQUIRED if key not in have]

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


def find_mapping(sheet: str, rows: Sequence[tuple[int, tuple[Any, ...]]]) -> SheetMapping | None:
    """The best header row among the first rows of a sheet, or None when none is plausible."""
    best: tuple[int, int, dict[str, int]] | None = None
    for position, (_number, values) in enumerate(rows[:SCAN_ROWS]):
        columns: dict[str, int] = {}
        for index, value in enumerate(values):
            key = field_of(value)
            if key is not None and key not in columns:
                columns[key] = index
        score = len(columns)
        plausible = score >= 2 and ("nik" in columns or "full_name" in columns)
        if plausible and (best is None or score > best[1]):
            best = (position, score, columns)
    if best is None:
        return None
    position, _score, columns = best
    header_number, header_values = rows[position]
    first = header_number + 1
    if position + 1 < len(rows) and is_numbering_row(rows[position + 1][1]):
        first += 1
    headings = tuple("" if v is None else str(v).strip() for v in header_values)
    return SheetMapping(sheet, header_number, first, columns, headings)


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
