"""The combined data sheets of the city workbook: every kelurahan's rows, its names in front."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.domain.wilayah import Kelurahan
from wksbm_desktop.excel.report.schema import DATA_SHEETS, Column, SheetSpec
from wksbm_desktop.excel.writing.data_sheet import DataSheet, parts_for
from wksbm_desktop.excel.writing.xlsx_out import Book

# Headings of the columns the city workbook adds in front of each data sheet (file format words).
PREFIX = (
    Column("kelurahan_code", "Kode Kelurahan", "id"),
    Column("kecamatan", "Kecamatan"),
    Column("kelurahan", "Kelurahan"),
)
MASKED_KEYS = ("nik", "kk")


class CombinedSheet:
    """One data sheet of the city workbook (and its continuation parts), streamed row by row.

    UUID columns are kept for machines (lossless) but hidden, so the sheet reads and prints
    for people.
    """

    def __init__(
        self, book: Book, spec: SheetSpec, expected_rows: int, masked: bool = True
    ) -> None:
        self.spec = spec
        self.columns = PREFIX + spec.columns
        self.keys = [c.key for c in spec.columns]
        # Positions of NIK and No. KK among the row's cells (after the prefix columns).
        self.masked_at = [
            i + len(PREFIX) for i, key in enumerate(self.keys) if masked and key in MASKED_KEYS
        ]
        printed = len(PREFIX) + spec.printed_columns
        self.sheet = DataSheet(
            book, spec.name, self.columns, parts_for(expected_rows), printed, hidden_uuids=True
        )

    @property
    def written(self) -> int:
        return self.sheet.written

    def add(self, kelurahan: Kelurahan, values: dict[str, Any]) -> None:
        get = values.get
        place = (kelurahan.code, kelurahan.kecamatan_name, kelurahan.name)
        cells = [*place, *[get(k) for k in self.keys]]
        for index in self.masked_at:
            if cells[index]:
                cells[index] = mask_id_for_file(str(cells[index]))
        self.sheet.append(cells)

    def close(self) -> None:
        self.sheet.finish()


class CombinedSheets:
    """All data sheets of the format, in the format's order, keyed like schema.DATA_SHEETS.

    ``expected`` rows per sheet key (from the reports' ``_meta``) decide how many parts each
    sheet gets up front, so that "Kehadiran (2)" sits next to "Kehadiran".
    """

    def __init__(
        self, book: Book, expected: Mapping[str, int] | None = None, masked: bool = True
    ) -> None:
        counts = expected or {}
        self.sheets = {
            spec.key: CombinedSheet(book, spec, counts.get(spec.key, 0), masked)
            for spec in DATA_SHEETS
        }

    def add(self, key: str, kelurahan: Kelurahan, values: dict[str, Any]) -> None:
        self.sheets[key].add(kelurahan, values)

    def close(self) -> dict[str, int]:
        """Finish every sheet; returns the rows written per sheet key."""
        for sheet in self.sheets.values():
            sheet.close()
        return {key: sheet.written for key, sheet in self.sheets.items()}
