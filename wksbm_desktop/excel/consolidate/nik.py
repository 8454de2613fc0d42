"""NIK ganda: the same NIK in more than one kelurahan, or twice in one, found in bounded memory."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.excel.consolidate.layout import HEADER_HEIGHT, row_height
from wksbm_desktop.excel.writing.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

_BATCH = 5_000
_WRAP = {"text_wrap": True, "valign": "top"}
_TOP = {"valign": "top"}
WIDTHS = [6.0, 19.0, 34.0, 46.0, 11.0, 11.0, 30.0]


def is_masked(nik: str) -> bool:
    """A masked NIK (``3671************``) hides digits and cannot be compared with others."""
    return "*" in nik


@dataclass(frozen=True)
class NikDuplicate:
    nik: str
    names: tuple[str, ...]  # distinct, in kelurahan code order
    kelurahan_codes: tuple[str, ...]  # distinct, in code order
    records: int


class NikIndex:
    """Every (NIK, kelurahan, name) seen, kept in a temporary SQLite file rather than in memory.

    A city of 104 kelurahan can hold a few hundred thousand residents; SQLite sorts and groups
    them on disk, so the consolidation's memory does not grow with the city.
    """

    def __init__(self, folder: Path) -> None:
        self._connection = sqlite3.connect(folder / "nik.sqlite3")
        self._connection.execute("PRAGMA journal_mode=OFF")
        self._connection.execute("PRAGMA synchronous=OFF")
        self._connection.execute("CREATE TABLE seen (nik TEXT, kelurahan TEXT, name TEXT)")
        self._pending: list[tuple[str, str, str]] = []

    def add(self, nik: str, kelurahan_code: str, name: str) -> None:
        self._pending.append((nik, kelurahan_code, name))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self._connection.executemany("INSERT INTO seen VALUES (?, ?, ?)", self._pending)
        self._pending.clear()

    def duplicates(self) -> Iterator[NikDuplicate]:
        """Every NIK seen more than once, in NIK order."""
        self._flush()
        self._connection.execute("CREATE INDEX seen_nik ON seen (nik)")
        rows = self._connection.execute(
            "SELECT nik, kelurahan, name FROM seen WHERE nik IN "
            "(SELECT nik FROM seen GROUP BY nik HAVING count(*) > 1) "
            "ORDER BY nik, kelurahan, rowid"
        )
        for nik, group in groupby(rows, key=lambda row: row[0]):
            entries = list(group)
            yield NikDuplicate(
                nik,
                tuple(dict.fromkeys(name for _, _, name in entries if name)),
                tuple(dict.fromkeys(code for _, code, _ in entries)),
                len(entries),
            )

    def close(self) -> None:
        self._connection.close()


def _headers() -> list[str]:
    keys = ("no", "nik", "names", "kelurahan", "kelurahan_count", "records", "note")
    return [t(f"consolidate.nik.col_{key}") for key in keys]


def write_nik_sheet(
    sheet: Sheet, duplicates: Iterator[NikDuplicate], masked: list[str], mask_niks: bool = True
) -> int:
    """Write the NIK ganda sheet; ``masked`` names the kelurahan whose NIKs could not be checked.

    Duplicates are found on full NIKs; with ``mask_niks`` the sheet shows them masked, and the
    names and kelurahan of each row say who to ask.
    """
    sheet.set_widths(WIDTHS)
    sheet.setup_data_sheet(len(WIDTHS))
    sheet.set_height(1, HEADER_HEIGHT)
    sheet.append([styled(h, "header") for h in _headers()])
    count = 0
    for count, duplicate in enumerate(duplicates, start=1):
        cells = _row(count, duplicate, mask_niks)
        height = row_height((str(c.value or ""), WIDTHS[i]) for i, c in enumerate(cells))
        if height:
            sheet.set_height(count + 1, height)
        sheet.append(cells)
    sheet.finish_table(len(WIDTHS))
    if count == 0:
        sheet.append([None, t("consolidate.nik.none")])
    if masked:
        sheet.append([])
        note = t("consolidate.nik.masked_note", names=", ".join(masked))
        sheet.append([None, styled(note, "bold")])
    return count


def _row(number: int, duplicate: NikDuplicate, mask_niks: bool) -> list[Styled]:
    city = kota_tangerang()
    places = []
    for code in duplicate.kelurahan_codes:
        kelurahan = city.kelurahan_by_code(code)
        places.append(f"{kelurahan.name} (Kec. {kelurahan.kecamatan_name})" if kelurahan else code)
    if len(duplicate.kelurahan_codes) > 1:
        note = t("consolidate.nik.many_kelurahan", count=len(duplicate.kelurahan_codes))
    else:
        note = t("consolidate.nik.twice_in_one", count=duplicate.records)
    return [
        styled(number, "count", **_TOP),
        styled(mask_id_for_file(duplicate.nik) if mask_niks else duplicate.nik, "id", **_TOP),
        styled("; ".join(duplicate.names), "text", **_WRAP),
        styled("; ".join(places), "text", **_WRAP),
        styled(len(duplicate.kelurahan_codes), "count", **_TOP),
        styled(duplicate.records, "count", **_TOP),
        styled(note, "text", **_WRAP),
    ]
