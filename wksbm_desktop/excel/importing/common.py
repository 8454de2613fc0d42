"""What both kinds of import share: progress, cancel, problem capture and record stamps."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationError, ValidationFailed, WksbmError
from wksbm_desktop.core.services import reference
from wksbm_desktop.excel.importing.headers import SheetMapping
from wksbm_desktop.excel.importing.problems import ImportReport
from wksbm_desktop.excel.importing.table_end import starts_footer
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.excel.reading.reader import iter_values
from wksbm_desktop.i18n import t

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Row = tuple[int, tuple[Any, ...]]  # (row number in the sheet, its values)
RowKey = tuple[str, int]  # (sheet, row number)
MAX_PROBLEMS = 2_000
_STEP = 250


class TooManyProblems(Exception):
    """Stops reading a hopeless file; the problems found so far are reported."""


class ImportContext:
    """One import run: the session, the report, progress and cancel, reference look-ups."""

    def __init__(
        self,
        session: Session,
        report: ImportReport,
        total: int,
        progress: Progress | None,
        cancelled: CancelCheck | None,
        skip_rows: frozenset[RowKey] = frozenset(),
    ) -> None:
        self.session = session
        # Rows left out of an "only the valid rows" import: they had errors in the check.
        self.skip_rows = skip_rows
        self.report = report
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled
        self._references: dict[tuple[str, str], bool] = {}
        self._stamps: dict[Any, list[dict[str, Any]]] = {}
        self._errors = len(report.errors)
        self._notices = len(report.notices)

    def step(self) -> None:
        self.done += 1
        self.report.rows_read += 1
        if self.done % _STEP == 0:
            self.tick()

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise WksbmError("excel.cancelled")
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def add(self, sheet: str, row: int, column: str, message: str, severity: str = "error") -> None:
        # Counted here, not via report.errors (a scan of every problem): a file of 100,000
        # footer-like lines would otherwise take quadratic time. Notices beyond the cap are
        # dropped so such a file cannot fill memory either.
        if severity == "error":
            self._errors += 1
        elif self._notices >= MAX_PROBLEMS:
            return
        else:
            self._notices += 1
        self.report.add(sheet, row, column, message, severity)  # type: ignore[arg-type]
        if self._errors >= MAX_PROBLEMS:
            raise TooManyProblems

    def capture(
        self,
        error: WksbmError,
        sheet: str,
        row: int,
        column_of: Callable[[str], str],
        said: Collection[str] = (),
    ) -> None:
        """Report a service's error against the columns of the fields it names; a column in
        ``said`` already has its problem reported."""
        if isinstance(error, ValidationFailed):
            items = [(column_of(item.field), item.message) for item in error.errors]
        elif isinstance(error, ValidationError):
            items = [(column_of(error.field), error.message)]
        else:
            items = [("", error.message)]
        for column, message in items:
            if not column or column not in said:
                self.add(sheet, row, column, message)

    def ensure_reference(self, kind: str, label: str, sheet: str, row: int, column: str) -> None:
        """Add a reference label the database lacks (another office may have added it)."""
        key = (kind, label.strip().lower())
        if not label.strip() or key in self._references:
            return
        known = reference.find_item(self.session, kind, label) is not None
        self._references[key] = True
        if not known:
            reference.add_item(self.session, kind, label)
            self.add(
                sheet,
                row,
                column,
                t(
                    "excel.import.reference_added",
                    label=label.strip(),
                    kind=reference.field_label(kind),
                ),
                "notice",
            )

    def stamp(self, table: Any, record_id: int, updated_at: datetime | None) -> None:
        """Keep the workbook's "Diperbarui" time, so the same file imported twice is a no-op."""
        if updated_at is not None:
            self._stamps.setdefault(table, []).append({"_id": record_id, "_at": updated_at})

    def write_stamps(self) -> None:
        self.session.flush()
        for table, rows in self._stamps.items():
            statement = (
                table.update()
                .where(table.c.id == bindparam("_id"))
                .values(updated_at=bindparam("_at"))
            )
            self.session.execute(statement, rows)
        self._stamps.clear()


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


EXAMPLE_MARK = "CONTOH"  # the template's example row (excel/importing/template.py)


def is_example(raw: tuple[Any, ...]) -> bool:
    """The template's example row, however the office kept it: a cell reading "CONTOH"."""
    return any(isinstance(v, str) and v.strip().upper() == EXAMPLE_MARK for v in raw)


def _blank(raw: tuple[Any, ...]) -> bool:
    return all(v is None or str(v).strip() == "" for v in raw)


def table_rows(
    context: ImportContext, sheet: Any, mapping: SheetMapping, key: str, size: int
) -> Iterator[list[Row]]:
    """The data rows of a mapped sheet in batches: empty rows and rows left out of this run are
    skipped (and counted), and the table ends at a signature block under it."""
    context.report.header_rows[mapping.sheet] = mapping.header_row
    key_index = mapping.columns.get(key)
    rows = iter(iter_values(sheet, mapping.sheet, mapping.first_data_row))
    ended: Row | None = None

    def data() -> Iterator[Row]:
        nonlocal ended
        for number, raw in rows:
            if _blank(raw):
                continue
            if starts_footer(raw, key_index):
                ended = (number, raw)
                return
            context.step()
            if is_example(raw):
                context.add(mapping.sheet, number, "", t("excel.import.example_skipped"), "notice")
                continue
            if (mapping.sheet, number) not in context.skip_rows:
                yield number, raw

    yield from _batches(data(), size)
    if ended is not None:
        _end_of_table(context, mapping, ended, rows, key)


def _end_of_table(
    context: ImportContext,
    mapping: SheetMapping,
    footer: Row,
    rest: Iterator[Row],
    key: str,
) -> None:
    number, raw = footer
    key_index = mapping.columns.get(key)
    context.report.table_ends[mapping.sheet] = number
    text = next(cell_values.text(v) for v in raw if v is not None and str(v).strip())
    context.add(mapping.sheet, number, "", t("excel.import.table_end", text=text[:60]), "notice")
    if key_index is None or mapping.kind == "activities":
        return
    for later, values in rest:
        # A NIK under the signature block: data the office meant to import, never dropped
        # silently.
        if (mapping.sheet, later) in context.skip_rows:
            continue  # left out of this round already
        value = values[key_index] if key_index < len(values) else None
        digits = sum(c.isdigit() for c in cell_values.text(value))
        if digits >= 15:
            context.add(
                mapping.sheet,
                later,
                mapping.column_label(key),
                t("excel.import.after_table_end", row=number),
            )
