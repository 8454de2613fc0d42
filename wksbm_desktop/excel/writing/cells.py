"""Safe cells: text that never becomes a formula, no illegal characters, typed dates and money.

Every writer fills cells from data through this module: openpyxl writers through
:class:`CellMaker` (appended rows) or :func:`put_text` (cells set in place), XlsxWriter writers
through xlsx_out.Sheet.put and data_sheet's column writers, which call :func:`clean_text` and
test :data:`FORMULA_TRIGGERS` the same way.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

from wksbm_desktop.excel.writing import styles

# A cell starting with one of these is read as a formula by Excel (or by a CSV round trip).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: object) -> str:
    """The text of ``value`` without the control characters that Excel files cannot hold."""
    if value is None:
        return ""
    text = str(value)
    # No control character at all (nearly every cell): nothing to remove, and no regex to run.
    if text.isprintable():
        return text
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def needs_guard(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def put_text(worksheet: Any, row: int, column: int, value: object) -> Cell:
    """Set one cell of an ordinary (not write-only) openpyxl sheet to text that Excel shows as
    written and never evaluates: ``=cmd|'calc'!A0`` stays those characters."""
    text = clean_text(value)
    cell = worksheet.cell(row, column)
    cell.value = text or None
    if needs_guard(text):
        styles.apply_kind(cell, "guarded")
        cell.data_type = "s"  # openpyxl made "=..." a formula; keep it a string
    return cell


class CellMaker:
    """Builds cells for one worksheet, reusing one style per kind (fast in write-only mode)."""

    def __init__(self, worksheet: Any) -> None:
        self.worksheet = worksheet
        self._prototypes: dict[str, Cell] = {}

    def _styled(self, kind: str, value: object) -> Cell:
        prototype = self._prototypes.get(kind)
        if prototype is None:
            prototype = Cell(self.worksheet, row=1, column=1)
            styles.apply_kind(prototype, kind)
            self._prototypes[kind] = prototype
        # Cell copies the style array itself: no copy() of our own (a second copy per cell).
        cell = Cell(self.worksheet, row=1, column=1, style_array=prototype._style)
        cell.value = value
        return cell

    def text(self, value: object, kind: str = "text") -> Any:
        """A text cell that Excel shows as written and never evaluates."""
        text = clean_text(value)
        if needs_guard(text):
            cell = self._styled("guarded", text)
            cell.data_type = "s"  # openpyxl made "=..." a formula; keep it a string
            return cell
        if kind == "text" or not text:
            return text or None
        return self._styled(kind, text)

    def bold(self, value: object) -> Cell:
        return self._styled("header", clean_text(value))
