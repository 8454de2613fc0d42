"""The Rekap Kota's grid: its columns, fills and a row writer that plans the page breaks."""

from __future__ import annotations

import math
from typing import Any

from wksbm_desktop.excel.consolidate.layout import HEADER_HEIGHT
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.print_fit import wrapped_lines
from wksbm_desktop.excel.writing.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

WIDTHS = [5.0, 14.0, 24.0, 14.0, 10.0, 12.0, 10.0, 10.0, 12.0, 12.0, 12.0, 10.0, 21.0]
LAST = len(WIDTHS) - 1  # 0-based: M
SIGNATURE_COLUMN = 9  # 0-based: J
Props = dict[str, Any]
ROW_POINTS = 15.0  # the default row height
MISSING_FILL: Props = {"pattern": 1, "bg_color": "#FCE4D6"}
KECAMATAN_FILL: Props = {"pattern": 1, "bg_color": "#F2F2F2"}
TOTAL_FILL: Props = {"pattern": 1, "bg_color": "#DDEBF7"}
BOX: Props = {"border": 1, "border_color": "#A6A6A6"}
CENTRE: Props = {"align": "center", "valign": "vcenter"}
WRAP: Props = {"text_wrap": True, "valign": "top"}


def print_scale() -> int:
    """The fixed print scale that puts the columns across A4 landscape (a fixed scale, not
    "fit to page": Excel ignores manual page breaks when fitting)."""
    width, _height = styles.printable_points(landscape=True)
    needed = sum(map(styles.column_points, WIDTHS)) * styles.CALC_WIDER
    return min(100, math.floor(100 * width / needed))


class CityWriter:
    """Appends rows to Rekap Kota and keeps count of the page they land on."""

    def __init__(self, sheet: Sheet, scale: int = 100) -> None:
        self.sheet = sheet
        _width, height = styles.printable_points(landscape=True)
        self.page = height * 100 / scale  # unscaled points one page holds
        self.used = 0.0  # of the current page
        self.breaks: list[int] = []
        self.repeated = 0.0  # height of the heading rows repeated atop each page

    def keep_together(self, rows: int, extra: float = 0.0) -> None:
        """Start a new page unless the next ``rows`` rows (plus ``extra`` points) fit on this
        one: a table is never split (the long per-kelurahan table excepted)."""
        needed = rows * ROW_POINTS + extra
        if self.used and self.used + needed > self.page:
            self.breaks.append(self.row)
            self.sheet.ws.set_h_pagebreaks(self.breaks)
            self.used = self.repeated

    def new_page(self) -> None:
        self.breaks.append(self.row)
        self.sheet.ws.set_h_pagebreaks(self.breaks)
        self.used = 0.0

    @property
    def row(self) -> int:
        return self.sheet.row

    def append(self, cells: list[Any], height: float = 0.0) -> int:
        if height:
            self.sheet.set_height(self.row + 1, height)
        self.used += height or ROW_POINTS
        return self.sheet.append(cells)

    def merged(
        self,
        value: str,
        font: Props | None = None,
        first: int = 0,
        last: int = LAST,
        alignment: Props = CENTRE,
    ) -> None:
        self.used += ROW_POINTS
        self.sheet.merged_row((styled(value, "text", **(font or {}), **alignment), first, last))

    def headings(self, texts: list[str]) -> None:
        lines = max(wrapped_lines(text, WIDTHS[i], bold=True) for i, text in enumerate(texts))
        height = max(HEADER_HEIGHT, ROW_POINTS * lines)
        self.append([styled(text, "header") for text in texts], height)

    def cell(
        self, value: Any, kind: str = "text", fill: Props | None = None, bold: bool = False
    ) -> Styled:
        return styled(value, kind, **BOX, **(fill or {}), **({"bold": True} if bold else {}))


def moved_up_heading(rule: str) -> str:
    """The "naik kelas" column's heading, saying what it counts."""
    return t(f"reports.city.col_moved_up_{rule}")
