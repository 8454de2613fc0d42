"""Column widths of the data sheets and the arithmetic that keeps their print at 8 points or more.

A data sheet prints one page wide on A4 landscape, so Excel shrinks it until the printed
columns fit: the printed text size is 11 pt times that scale. Widths come from the data
(every row), headings wrap instead of widening their column, and the columns on paper are
kept within the width that still prints at ``MIN_PRINTED_POINTS``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from wksbm_desktop.excel.report.schema import CODES, Column
from wksbm_desktop.excel.writing import styles

FONT_POINTS = 11.0  # the workbooks' body text (Calibri 11)
MIN_PRINTED_POINTS = 8.2  # 8 pt with a little room for Excel's own rounding of the scale
MIN_TEXT_WIDTH = 14.0  # a long text column is cut to no less than this on paper
FILTER_BUTTON = 2.5  # characters the autofilter arrow covers in the heading cell
BOLD = 1.1  # bold headings are about a tenth wider than body text
LINE_HEIGHT = 15.0  # points per heading line
MAX_HEADING_LINES = 3
KIND_WIDTHS = {
    "date": 11.0,
    "datetime": 19.0,
    "money": 15.0,
    "int": 7.0,
    "count": 11.0,
    "bool": 7.0,
    "id": 17.0,
    "uuid": 37.0,
}


def heading_floor(column: Column) -> float:
    """The narrowest a column may be: its heading's longest word, wrapped, beside the arrow."""
    longest_word = max((len(word) for word in column.header.split()), default=1)
    return math.ceil(longest_word * BOLD + FILTER_BUTTON)


def column_width(column: Column, longest: int) -> float:
    """The width of a column whose longest text is ``longest`` characters."""
    if column.width:
        return float(column.width)
    floor = heading_floor(column)
    if column.kind == "code":
        longest = max((len(label) for label in CODES[column.codes].values()), default=1)
    elif column.kind in KIND_WIDTHS and column.kind != "id":
        return max(floor, KIND_WIDTHS[column.kind])
    elif column.kind == "id" and not longest:
        longest = int(KIND_WIDTHS["id"]) - 1  # an empty NIK column keeps room for one
    return float(min(styles.MAX_WIDTH, max(floor, styles.MIN_WIDTH, longest + 1)))


PLAIN = 0.9  # ordinary text: letters are on average a little narrower than the digits


def wrapped_lines(text: str, width: float, bold: bool = False, reserved: float = 1.0) -> int:
    """Lines ``text`` takes when its words wrap in a column ``width`` characters wide
    (widths count Calibri digits; ``reserved`` is room taken by padding or a filter arrow)."""
    usable = max(width - reserved, 1.0)
    factor = BOLD if bold else PLAIN
    lines = 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0.0
        for word in paragraph.split():
            size = len(word) * factor
            if used and used + factor + size > usable:
                lines, used = lines + 1, 0.0
            used += (factor if used else 0.0) + size
            while used > usable:  # a word longer than the line is broken inside it
                lines, used = lines + 1, used - usable
    return max(lines, 1)


def heading_lines(text: str, width: float) -> int:
    """Lines a bold heading takes beside its filter arrow in a column ``width`` wide."""
    return min(wrapped_lines(text, width, bold=True, reserved=FILTER_BUTTON), MAX_HEADING_LINES)


def heading_height(columns: Sequence[Column]) -> float:
    """Height of the heading row, from the narrowest each column can be (never too short)."""
    lines = max((heading_lines(c.header, c.width or heading_floor(c)) for c in columns), default=1)
    return LINE_HEIGHT * lines


def page_budget() -> float:
    """Unscaled width (points) of the printed columns that still prints at the minimum size."""
    width, _height = styles.printable_points(landscape=True)
    return width * FONT_POINTS / MIN_PRINTED_POINTS / styles.CALC_WIDER


def printed_points(widths: Sequence[float], printed: int) -> float:
    return sum(styles.column_points(w) for w in widths[:printed])


def printed_font_size(widths: Sequence[float], printed: int) -> float:
    """The text size on paper when the first ``printed`` columns are fitted to the width."""
    width, _height = styles.printable_points(landscape=True)
    needed = printed_points(widths, printed) * styles.CALC_WIDER
    return FONT_POINTS * min(1.0, width / needed)


def fit_to_page(
    columns: Sequence[Column], widths: list[float], printed: int
) -> tuple[list[float], int]:
    """Widths and printed column count that print at the minimum size or more.

    Long text columns are cut down first (the cell keeps its whole text; the paper shows its
    beginning), then, if that is not enough, the last printed columns leave the print area.
    """
    budget = page_budget()
    if printed_points(widths, printed) <= budget:
        return widths, printed
    text = [i for i in range(printed) if columns[i].kind == "text" and not columns[i].width]
    cap = max((widths[i] for i in text), default=MIN_TEXT_WIDTH)
    fitted = list(widths)
    while cap > MIN_TEXT_WIDTH and printed_points(fitted, printed) > budget:
        cap -= 1
        for i in text:
            fitted[i] = min(widths[i], max(cap, heading_floor(columns[i])))
    while printed > 1 and printed_points(fitted, printed) > budget:
        printed -= 1
    return fitted, printed
