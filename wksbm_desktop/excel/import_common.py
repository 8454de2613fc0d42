"""What both kinds of import share: progress, cancel, problem capture and record stamps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationError, ValidationFailed, WksbmError
from wksbm_desktop.core.services import reference
from wksbm_desktop.excel.problems import ImportReport
from wksbm_desktop.i18n import t

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
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
    ) -> None:
        self.session = session
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
        self, error: WksbmError, sheet: str, row: int, column_of: Callable[[str], str]
    ) -> None:
        """Report a service's error against the columns of the fields it names."""
        if isinstance(error, ValidationFailed):
            for item in error.errors:
                self.add(sheet, row, column_of(item.field), item.message)
        elif isinstance(error, ValidationError):
            self.add(sheet, row, column_of(error.field), error.message)
        else:
            self.add(sheet, row, "", error.message)

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
