"""Import entry point: which kind of workbook this is, column mapping, one all-or-nothing run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.bulk import larger_page_cache
from wksbm_desktop.core.storage.backup import BackupInfo, backup_before
from wksbm_desktop.core.storage.concurrency import take_turns_importing
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.common import (
    CancelCheck,
    ImportContext,
    Progress,
    RowKey,
    TooManyProblems,
)
from wksbm_desktop.excel.importing.errors_out import RESULT_SHEET
from wksbm_desktop.excel.importing.headers import SCAN_ROWS, SheetMapping, find_mapping
from wksbm_desktop.excel.importing.lists import ListImport
from wksbm_desktop.excel.importing.problems import ImportKind, ImportProblem, ImportReport
from wksbm_desktop.excel.importing.reports import ReportImport
from wksbm_desktop.excel.importing.template import IMPORT_SHEETS as TEMPLATE_SHEETS
from wksbm_desktop.excel.reading.reader import (
    WorkbookProblem,
    check_container,
    iter_values,
    open_workbook,
)
from wksbm_desktop.excel.reading.report_reader import ReportReader, is_report_meta
from wksbm_desktop.excel.report.meta import read_meta
from wksbm_desktop.excel.report.schema import META_SHEET, TEMPLATE_FORMAT_NAME
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

# Rounds of "only the valid rows": leaving a row out can make a row that needed it fail (a
# daftar hadir line whose activity was left out); each round leaves those out too.
MAX_ROUNDS = 5


class _Rollback(Exception):
    """Leaves database.session() without committing (errors found, or a dry run)."""


@dataclass
class ImportPreview:
    """What the import would read, for the GUI to confirm the column mapping first."""

    kind: ImportKind
    mappings: list[SheetMapping] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


def detect_kind(workbook: Any) -> ImportKind:
    if META_SHEET in workbook.sheetnames:
        meta = read_meta(row for _, row in iter_values(workbook[META_SHEET], META_SHEET))
        if is_report_meta(meta):
            return "report"
        if meta.get("format") == TEMPLATE_FORMAT_NAME:
            return "template"
    return "list"


def _mappings(workbook: Any, kind: ImportKind) -> ImportPreview:
    preview = ImportPreview(kind)
    names = [
        ws.title
        for ws in workbook.worksheets
        if ws.sheet_state == "visible" and ws.title != RESULT_SHEET  # an error workbook's summary
    ]
    if kind == "template":
        names = [name for name in names if name in TEMPLATE_SHEETS]
    any_values = False
    for name in names:
        top = list(islice(iter_values(workbook[name], name), SCAN_ROWS))
        top = [(n, v) for n, v in top if any(x is not None and str(x).strip() for x in v)]
        any_values = any_values or bool(top)
        mapping = find_mapping(name, top) if top else None
        if mapping is None:
            if top:
                preview.problems.append(
                    ImportProblem(name, 0, "", t("excel.import.no_header"), "notice")
                )
            continue
        for key in mapping.missing_required():
            label = field_label(key)
            found = ", ".join(h for h in mapping.headings if h) or "-"
            preview.problems.append(
                ImportProblem(
                    name,
                    mapping.header_row,
                    "",
                    t("excel.import.missing_column", column=label, found=found),
                )
            )
        preview.mappings.append(mapping)
    if not any_values:
        raise WorkbookProblem("excel.read.empty_workbook")
    if not preview.mappings:
        preview.problems.append(ImportProblem("", 0, "", t("excel.import.no_sheet_found")))
    return preview


@contextmanager
def _opened(path: Path) -> Iterator[tuple[Any, ImportKind]]:
    """The workbook and its kind. The kind is decided from ``_meta`` first: a report is read by
    openpyxl (as report_reader expects) without calamine parsing it first; lists and templates
    are read by calamine when plain (reader.py)."""
    if META_SHEET in check_container(path).sheet_names:
        with open_workbook(path) as workbook:
            kind = detect_kind(workbook)
            if kind == "report":
                yield workbook, kind
                return
    with open_workbook(path, fast=True) as workbook:
        yield workbook, detect_kind(workbook)


def preview_import(path: str | Path) -> ImportPreview:
    """Kind and column mapping of a workbook without touching the database."""
    with _opened(Path(path)) as (workbook, kind):
        if kind == "report":
            ReportReader(Path(path), workbook)  # checks _meta; raises a plain problem
            return ImportPreview(kind)
        return _mappings(workbook, kind)


def field_label(key: str) -> str:
    """A field's name for messages: "NIK", "Tanggal Kegiatan", ..."""
    return t(f"excel.field.{key}")


def backup_before_import(database: Database) -> BackupInfo | None:
    """The verified copy taken before every import that may write, from the GUI or the command
    line; None on a server (its own backups apply) or before the file exists."""
    if database.path is None:
        return None
    return backup_before(database.path, "impor")


@requires(Permission.IMPORT)
def import_workbook(
    database: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    valid_only: bool = False,
    mappings: list[SheetMapping] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check and import a workbook in one transaction; with any error nothing is written.

    ``valid_only`` ("Impor baris yang benar saja") writes the rows without errors, still in one
    transaction, and reports the others; only for lists and the template, whose rows stand on
    their own (a report workbook's sheets refer to each other by UUID: all or nothing).
    ``mappings`` lets the GUI pass the column mapping the operator confirmed.
    """
    source = Path(path)
    with _opened(source) as (workbook, kind):
        run = _Attempt(database, workbook, source, kind, dry_run, mappings, progress, cancelled)
        report = run.once(frozenset())
        if valid_only and kind == "report" and not report.ok:
            report.add("", 0, "", t("import_more.report_all_or_nothing"), "notice")
        if not valid_only or kind == "report" or report.ok or report.fatal:
            return report
        return run.valid_rows(report)


@dataclass
class _Attempt:
    """One workbook, imported once or in rounds that leave out the rows with errors."""

    database: Database
    workbook: Any
    source: Path
    kind: ImportKind
    dry_run: bool
    mappings: list[SheetMapping] | None
    progress: Progress | None
    cancelled: CancelCheck | None

    def once(self, left_out: frozenset[RowKey]) -> ImportReport:
        report = ImportReport(kind=self.kind, dry_run=self.dry_run, left_out=left_out)
        try:
            with self.database.session() as session:
                take_turns_importing(session)  # two staff importing at once take turns
                with larger_page_cache(session):
                    _run(session, self.workbook, self.source, report, self)
                if not report.ok or self.dry_run:
                    raise _Rollback
                _record_import(session, self.source, report)
            report.written = True
        except _Rollback:
            report.written = False
        return report

    def valid_rows(self, first: ImportReport) -> ImportReport:
        """Import again without the rows that had errors, until a round finds none."""
        problems = dict.fromkeys(first.problems)
        left_out = _error_rows(first)
        for _round in range(MAX_ROUNDS):
            report = self.once(left_out)
            problems.update(dict.fromkeys(report.problems))
            more = _error_rows(report) - left_out
            if report.ok or report.fatal or not more:
                break  # done, or no row left to leave out
            left_out = left_out | more
        if not report.ok:
            report.written = False  # rounds ran out: nothing was committed
        report.valid_only = True
        report.left_out = left_out
        report.problems = list(problems)
        return report


def _record_import(session: Any, source: Path, report: ImportReport) -> None:
    """The import itself in the history, with who did it: each record it wrote has its own
    entry, but an import that found everything already there must leave a trace too."""
    changes = {
        "file": [None, source.name],
        "import_kind": [None, _kind_text(report.kind)],
        "rows_read": [None, report.rows_read],
        "rows_created": [None, sum(report.created.values())],
        "rows_updated": [None, sum(report.updated.values())],
        "rows_unchanged": [None, sum(report.unchanged.values())],
    }
    audit.record(session, "database", "", "import", changes)


@written_in(DEFAULT_LANGUAGE)  # the office's history reads in Indonesian whatever the screen
def _kind_text(kind: ImportKind) -> str:
    return t(f"viewer.import_kind.{kind}")


def _error_rows(report: ImportReport) -> frozenset[RowKey]:
    return frozenset((p.sheet, p.row) for p in report.errors if p.row)


def _run(
    session: Any,
    workbook: Any,
    source: Path,
    report: ImportReport,
    attempt: _Attempt,
) -> None:
    progress, cancelled = attempt.progress, attempt.cancelled
    try:
        if report.kind == "report":
            reader = ReportReader(source, workbook)
            total = sum(reader.count(key) for key in _ALL_KEYS)
            context = ImportContext(session, report, total, progress, cancelled)
            ReportImport(context, reader).run()
        else:
            mappings = attempt.mappings
            if mappings is None:
                preview = _mappings(workbook, report.kind)
                report.problems.extend(preview.problems)
                report.sheet_errors = any(p.is_error for p in preview.problems)
                mappings = preview.mappings
            if report.ok:
                total = _list_total(workbook, mappings)
                context = ImportContext(
                    session, report, total, progress, cancelled, report.left_out
                )
                ListImport(context, workbook, mappings).run()
    except TooManyProblems:
        report.add("", 0, "", t("excel.import.too_many_problems"))
    if progress is not None:
        progress(report.rows_read, report.rows_read)


_ALL_KEYS = ("groups", "members", "memberships", "assessments", "activities", "attendance",
             "aid", "disbursements", "aid_reports", "indicators", "indicator_values", "visits",
             "rubric_answers")  # fmt: skip


def _list_total(workbook: Any, mappings: list[SheetMapping]) -> int:
    total = 0
    for mapping in mappings:
        rows = workbook[mapping.sheet].max_row
        total += max((rows or 0) - mapping.first_data_row + 1, 0)
    return total
