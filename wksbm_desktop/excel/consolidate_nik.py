"""NIK ganda: the same NIK in more than one kelurahan, or twice in one, found in bounded memory."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from wksbm_desktop.core.wilayah import kota_tangerang
from wksbm_desktop.excel import styles
from wksbm_desktop.excel.cells import CellMaker
from wksbm_desktop.excel.consolidate_layout import HEADER_HEIGHT, row_height
from wksbm_desktop.i18n import t

_BATCH = 5_000
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
WIDTHS = [6.0, 19.0, 34.0, 46.0, 11.0, 11.0, 30.0]


def is_masked(nik: str) -> bool:
    """A masked NIK (``3671********0001``) hides digits and cannot be compared with others."""
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


def write_nik_sheet(worksheet: Any, duplicates: Iterator[NikDuplicate], masked: list[str]) -> int:
    """Write the NIK ganda sheet; ``masked`` names the kelurahan whose NIKs could not be checked."""
    maker = CellMaker(worksheet)
    styles.set_widths(worksheet, WIDTHS)
    styles.setup_data_sheet(worksheet, len(WIDTHS))
    worksheet.row_dimensions[1].height = HEADER_HEIGHT
    worksheet.append([maker.bold(h) for h in _headers()])
    count = 0
    for count, duplicate in enumerate(duplicates, start=1):
        cells = _row(maker, count, duplicate)
        height = row_height((str(c.value or ""), WIDTHS[i]) for i, c in enumerate(cells))
        if height:
            worksheet.row_dimensions[count + 1].height = height
        worksheet.append(cells)
    worksheet.auto_filter.ref = f"A1:G{count + 1}"
    if count == 0:
        worksheet.append([None, maker.text(t("consolidate.nik.none"))])
    if masked:
        worksheet.append([])
        note = maker.styled(t("consolidate.nik.masked_note", names=", ".join(masked)), "bold")
        worksheet.append([None, note])
    return count


def _row(maker: CellMaker, number: int, duplicate: NikDuplicate) -> list[Any]:
    city = kota_tangerang()
    places = []
    for code in duplicate.kelurahan_codes:
        kelurahan = city.kelurahan_by_code(code)
        places.append(f"{kelurahan.name} (Kec. {kelurahan.kecamatan_name})" if kelurahan else code)
    if len(duplicate.kelurahan_codes) > 1:
        note = t("consolidate.nik.many_kelurahan", count=len(duplicate.kelurahan_codes))
    else:
        note = t("consolidate.nik.twice_in_one", count=duplicate.records)
    cells = [
        maker.styled(number, "count"),
        maker.text(duplicate.nik, "id"),
        maker.styled("; ".join(duplicate.names), "text"),
        maker.styled("; ".join(places), "text"),
        maker.styled(len(duplicate.kelurahan_codes), "count"),
        maker.styled(duplicate.records, "count"),
        maker.styled(note, "text"),
    ]
    for index, cell in enumerate(cells):
        cell.alignment = _WRAP if index in (2, 3, 6) else _TOP
    return cells
