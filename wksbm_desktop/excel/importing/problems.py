"""What an import found: problems by sheet, row and column, and what it did (or would do)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from wksbm_desktop.i18n import t

Severity = Literal["error", "notice"]
ImportKind = Literal["report", "template", "list"]


@dataclass(frozen=True)
class ImportProblem:
    """One problem: where it is (sheet, row, column) and an Indonesian message."""

    sheet: str
    row: int  # 0: the whole sheet or file
    column: str  # "C (NIK)", or "" for the whole row
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def line(self) -> str:
        where = [self.sheet] if self.sheet else []
        if self.row:
            where.append(t("excel.import.where_row", row=self.row))
        if self.column:
            where.append(t("excel.import.where_column", column=self.column))
        label = t("excel.import.error") if self.is_error else t("excel.import.notice")
        prefix = ", ".join(where)
        return f"{label}: {prefix}: {self.message}" if prefix else f"{label}: {self.message}"


@dataclass
class ImportReport:
    """The outcome of an import; ``written`` is False whenever any error was found."""

    kind: ImportKind = "list"
    dry_run: bool = False
    written: bool = False
    problems: list[ImportProblem] = field(default_factory=list)
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    rows_read: int = 0
    header_rows: dict[str, int] = field(default_factory=dict)  # sheet → row of its headings
    table_ends: dict[str, int] = field(default_factory=dict)  # sheet → its signature block's row
    valid_only: bool = False  # "Impor baris yang benar saja": rows with errors were left out
    left_out: frozenset[tuple[str, int]] = frozenset()  # (sheet, row) not imported
    sheet_errors: bool = False  # a sheet cannot be read as a whole (a required column missing)

    @property
    def fatal(self) -> bool:
        """An error no row can be left out to avoid (a missing column, an unreadable sheet)."""
        return self.sheet_errors or any(p.is_error and not p.row for p in self.problems)

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def notices(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def saved_with_errors(self) -> bool:
        """The valid rows went in; the rows with errors are waiting in the error workbook."""
        return self.written and not self.ok

    def add(
        self, sheet: str, row: int, column: str, message: str, severity: Severity = "error"
    ) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message, severity))

    def row_status(self, sheet: str) -> dict[int, list[ImportProblem]]:
        """Problems of one sheet by row number, for the error-report copy."""
        result: dict[int, list[ImportProblem]] = {}
        for problem in self.problems:
            if problem.sheet == sheet and problem.row:
                result.setdefault(problem.row, []).append(problem)
        return result

    def summary(self) -> str:
        parts = [t(f"excel.entity.{key}", count=n) for key, n in sorted(self.created.items()) if n]
        created = ", ".join(parts) or t("excel.import.nothing")
        updated = sum(self.updated.values())
        unchanged = sum(self.unchanged.values())
        if self.valid_only and not self.fatal and self.errors:
            key = (
                "excel.import.summary_partial_dry"
                if self.dry_run
                else "excel.import.summary_partial"
            )
            if not self.dry_run and not self.written:
                key = "excel.import.summary_failed"
            return t(
                key, created=created, updated=updated, unchanged=unchanged, rows=self.rows_read,
                errors=len(self.errors), left_out=len(self.left_out),
            )  # fmt: skip
        if not self.ok:
            return t("excel.import.summary_failed", errors=len(self.errors), rows=self.rows_read)
        key = "excel.import.summary_dry" if self.dry_run else "excel.import.summary_done"
        return t(key, created=created, updated=updated, unchanged=unchanged, rows=self.rows_read)
