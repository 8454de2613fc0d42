"""An attacker who holds a masked workbook and tries to rebuild every masked NIK and No. KK.

The attacker reads every sheet, links rows of one person (same row, "UUID Warga" → the Warga
row, or the name), takes birth date and sex from wherever they appear, assumes the kecamatan
code of the office (``_meta``) or of any kecamatan named in the file, and counts the NIKs that
fit what is visible. A masked value that leaves fewer than a thousand candidates is rebuildable.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from wksbm_desktop.core.domain.wilayah import kota_tangerang

MASKED = re.compile(r"^[0-9*]{16}$")
CLEAR_RUN = re.compile(r"(?<!\d)\d{16}(?!\d)")  # a NIP has 18 digits and is public
NAME, SEX, BORN = "Nama Lengkap", "JK", "Tanggal Lahir"
UUID_COLUMNS = ("UUID Warga", "UUID")


@dataclass(frozen=True)
class Facts:
    born: date | None = None
    sex: str | None = None

    def merged(self, other: Facts | None) -> Facts:
        if other is None:
            return self
        return Facts(self.born or other.born, self.sex or other.sex)


@dataclass(frozen=True)
class MaskedCell:
    sheet: str
    row: int
    header: str  # "NIK" or "No. KK"
    value: str
    facts: Facts


def _rows(path: Path) -> Iterator[tuple[str, list[str], list[list[Any]]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        for sheet in workbook.worksheets:
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            headers = [str(h or "") for h in rows[0]] if rows else []
            yield sheet.title, headers, rows[1:]
    finally:
        workbook.close()


def all_text(path: Path) -> Iterator[str]:
    for _, headers, rows in _rows(path):
        yield from headers
        for row in rows:
            yield from (str(v) for v in row if v is not None)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _row_facts(headers: list[str], row: list[Any]) -> Facts:
    def cell(name: str) -> Any:
        index = headers.index(name) if name in headers else len(row)
        return row[index] if index < len(row) else None

    sex = cell(SEX)
    return Facts(_as_date(cell(BORN)), str(sex) if sex in ("L", "P") else None)


def _known_people(path: Path) -> tuple[dict[str, Facts], dict[str, Facts]]:
    """Facts per member UUID and per name, from every row that shows a birth date or sex."""
    by_uuid: dict[str, Facts] = {}
    by_name: dict[str, Facts] = {}
    for _, headers, rows in _rows(path):
        if SEX not in headers and BORN not in headers:
            continue
        for row in rows:
            facts = _row_facts(headers, row)
            for column in UUID_COLUMNS:
                if column in headers and row[headers.index(column)]:
                    key = str(row[headers.index(column)])
                    by_uuid[key] = facts.merged(by_uuid.get(key))
            if NAME in headers and row[headers.index(NAME)]:
                key = str(row[headers.index(NAME)])
                by_name[key] = facts.merged(by_name.get(key))
    return by_uuid, by_name


def masked_cells(path: Path) -> list[MaskedCell]:
    by_uuid, by_name = _known_people(path)
    found = []
    for title, headers, rows in _rows(path):
        for number, row in enumerate(rows, start=2):
            facts = _row_facts(headers, row)
            for column in ("UUID Warga",) + (("UUID",) if BORN in headers else ()):
                if column in headers and row[headers.index(column)]:
                    facts = facts.merged(by_uuid.get(str(row[headers.index(column)])))
            if NAME in headers and row[headers.index(NAME)]:
                facts = facts.merged(by_name.get(str(row[headers.index(NAME)])))
            for index, value in enumerate(row):
                text = str(value or "")
                if "*" in text and MASKED.match(text):
                    header = headers[index] if index < len(headers) else ""
                    found.append(MaskedCell(title, number, header, text, facts))
    return found


def kecamatan_guesses(path: Path) -> set[str]:
    """Kecamatan codes (6 digits) the file names: ``_meta`` codes and kecamatan names."""
    city = kota_tangerang()
    names = {k.kecamatan_name: k.kecamatan_code for k in city.kelurahan_list()}
    codes: set[str] = set()
    for text in all_text(path):
        for match in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{2})\b", text):
            codes.add("".join(match.groups()))
        if text in names:
            codes.add(names[text].replace(".", ""))
    return codes


def _fits(pattern: str, digits: str) -> bool:
    return all(p == "*" or p == d for p, d in zip(pattern, digits, strict=True))


def _date_codes(facts: Facts, kk: bool) -> Iterable[str]:
    if not kk and facts.born is not None and facts.sex is not None:
        born = facts.born
        day = born.day + (40 if facts.sex == "P" else 0)
        yield f"{day:02d}{born.month:02d}{born.year % 100:02d}"
        return
    sexes = ("L",) if kk else ((facts.sex,) if facts.sex else ("L", "P"))
    for year in range(100):
        for month in range(1, 13):
            # Both centuries: take the larger month length (29 February in 2000 but not 1900).
            days = max(monthrange(1900 + year, month)[1], monthrange(2000 + year, month)[1])
            for day in range(1, days + 1):
                for sex in sexes:
                    yield f"{day + (40 if sex == 'P' else 0):02d}{month:02d}{year:02d}"


def candidates(cell: MaskedCell, kecamatan: set[str]) -> int:
    """How many numbers fit the masked value when the attacker guesses the kecamatan right."""
    pattern, kk = cell.value, cell.header == "No. KK"
    return (
        _regions(pattern[:6], kecamatan)
        * _dates(pattern[6:12], cell.facts, kk)
        * _serials(pattern[12:])
    )


def _regions(pattern: str, kecamatan: set[str]) -> int:
    if any(code[:4] == pattern[:4] and _fits(pattern, code) for code in kecamatan):
        return 1  # the office's (or a named) kecamatan: the likeliest place of issue
    return sum(1 for n in range(100) if _fits(pattern, pattern[:4] + f"{n:02d}"))


def _dates(pattern: str, facts: Facts, kk: bool) -> int:
    if kk or facts.born is None:  # a KK carries its issue date, which no sheet shows
        return _any_dates(pattern, None if kk else facts.sex, kk)
    fitting = sum(1 for code in _date_codes(facts, kk) if _fits(pattern, code))
    # Facts that contradict what is visible are wrong facts: fall back to every date.
    return fitting or _any_dates(pattern, None, kk)


@lru_cache(maxsize=256)
def _any_dates(pattern: str, sex: str | None, kk: bool) -> int:
    return sum(1 for code in _date_codes(Facts(None, sex), kk) if _fits(pattern, code))


@lru_cache(maxsize=256)
def _serials(pattern: str) -> int:
    return sum(1 for n in range(1, 10_000) if _fits(pattern, f"{n:04d}"))
