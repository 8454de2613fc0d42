"""Row heights for wrapped text: write-only sheets get no automatic height from Excel or Calc."""

from __future__ import annotations

import math
from collections.abc import Iterable

LINE_HEIGHT = 15.0  # points per line of 11-point text, with a little air
HEADER_HEIGHT = 30.0  # two lines: headings such as "Kurang Aktif" wrap in narrow columns


def lines_needed(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide (a safe estimate)."""
    usable = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n"))


def row_height(texts: Iterable[tuple[str, float]]) -> float | None:
    """The height for a row of (text, column width) pairs; None when one line is enough."""
    lines = max((lines_needed(text, width) for text, width in texts if text), default=1)
    return LINE_HEIGHT * lines if lines > 1 else None
