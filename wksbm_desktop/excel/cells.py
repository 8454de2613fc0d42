"""Safe cells: text that never becomes a formula, no illegal characters, typed dates and money."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

from wksbm_desktop.excel import styles
from wksbm_desktop.excel.schema import NO, YES, Column

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

    def value(self, column: Column, value: object) -> Any:
        """The cell for ``value`` in ``column``, typed by the column's kind."""
        kind = column.kind
        if value is None or value == "":
            return None
        if kind in ("date", "datetime", "money"):
            if kind == "datetime" and isinstance(value, datetime):
                value = value.replace(microsecond=0)
            elif kind == "date" and isinstance(value, datetime):
                value = value.date()
            return self._styled(kind, value)
        if kind == "int":
            return int(value)  # type: ignore[call-overload]
        if kind == "bool":
            return YES if value else NO
        if kind == "code":
            return self.text(column.label_of(value))
        if kind == "id":
            return self.text(value, "id")
        if kind == "uuid":
            return self.text(value, "uuid")
        return self.text(value)

    def bold(self, value: object) -> Cell:
        return self._styled("header", clean_text(value))

    def styled(self, value: object, kind: str) -> Any:
        if isinstance(value, str):
            value = clean_text(value)
            if needs_guard(value):
                return self.text(value)
        return self._styled(kind, value)
