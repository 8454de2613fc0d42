"""The combined data sheets of the city workbook: every kelurahan's rows, its names in front."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from wksbm_desktop.core.wilayah import Kelurahan
from wksbm_desktop.excel import styles
from wksbm_desktop.excel.cells import CellMaker
from wksbm_desktop.excel.schema import DATA_SHEETS, Column, SheetSpec

# Headings of the columns the city workbook adds in front of each data sheet (file format words).
PREFIX = (Column("kecamatan", "Kecamatan"), Column("kelurahan", "Kelurahan"))
WIDTH_SAMPLE = 300  # rows held back to fit column widths before the first row is written


class CombinedSheet:
    """One data sheet of the city workbook, written in write-only mode.

    Write-only sheets take their column widths before the first row, so the first few hundred
    rows (from whichever kelurahan come first) are held back to measure, then streamed.
    """

    def __init__(self, workbook: Any, spec: SheetSpec) -> None:
        self.spec = spec
        self.columns = PREFIX + spec.columns
        self.sheet = workbook.create_sheet(spec.name)
        self.maker = CellMaker(self.sheet)
        self.pending: list[tuple[Kelurahan, dict[str, Any]]] | None = []
        self.written = 0

    def add(self, kelurahan: Kelurahan, values: dict[str, Any]) -> None:
        if self.pending is None:
            self._append(kelurahan, values)
            return
        self.pending.append((kelurahan, values))
        if len(self.pending) >= WIDTH_SAMPLE:
            self._start()

    def close(self) -> None:
        if self.pending is not None:
            self._start()
        last = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{self.written + 1}"

    def _start(self) -> None:
        held, self.pending = self.pending or [], None
        widths = [
            styles.fitted_width(c.header, c.kind, [_sample(c, k, v) for k, v in held], c.width)
            for c in self.columns
        ]
        styles.set_widths(self.sheet, widths)
        for index, column in enumerate(self.columns, start=1):
            if column.kind == "uuid":
                # Kept for machines (lossless), hidden so the sheet reads and prints for people.
                self.sheet.column_dimensions[get_column_letter(index)].hidden = True
        styles.setup_data_sheet(self.sheet, len(self.columns))
        self.sheet.append([self.maker.bold(c.header) for c in self.columns])
        for kelurahan, values in held:
            self._append(kelurahan, values)

    def _append(self, kelurahan: Kelurahan, values: dict[str, Any]) -> None:
        maker = self.maker
        cells = [maker.text(kelurahan.kecamatan_name), maker.text(kelurahan.name)]
        cells.extend(maker.value(c, values.get(c.key)) for c in self.spec.columns)
        self.sheet.append(cells)
        self.written += 1


def _sample(column: Column, kelurahan: Kelurahan, values: dict[str, Any]) -> str:
    if column.key == "kecamatan":
        return kelurahan.kecamatan_name
    if column.key == "kelurahan":
        return kelurahan.name
    value = values.get(column.key)
    if column.kind == "code":
        return column.label_of(value)
    return "" if value is None else str(value)


class CombinedSheets:
    """All data sheets of the format, in the format's order, keyed like schema.DATA_SHEETS."""

    def __init__(self, workbook: Any) -> None:
        self.sheets = {spec.key: CombinedSheet(workbook, spec) for spec in DATA_SHEETS}

    def add(self, key: str, kelurahan: Kelurahan, values: dict[str, Any]) -> None:
        self.sheets[key].add(kelurahan, values)

    def close(self) -> dict[str, int]:
        """Finish every sheet; returns the rows written per sheet key."""
        for sheet in self.sheets.values():
            sheet.close()
        return {key: sheet.written for key, sheet in self.sheets.items()}
