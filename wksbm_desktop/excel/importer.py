"""Import entry point: which kind of workbook this is, column mapping, one all-or-nothing run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from wksbm_desktop.core.concurrency import take_turns_importing
from wksbm_desktop.core.db import Database
from wksbm_desktop.core.services.bulk import larger_page_cache
from wksbm_desktop.excel.headers import SCAN_ROWS, SheetMapping, find_mapping
from wksbm_desktop.excel.import_common import CancelCheck, ImportContext, Progress, TooManyProblems
from wksbm_desktop.excel.import_list import ListImport
from wksbm_desktop.excel.import_report import ReportImport
from wksbm_desktop.excel.meta import read_meta
from wksbm_desktop.excel.problems import ImportKind, ImportProblem, ImportReport
from wksbm_desktop.excel.reader import WorkbookProblem, check_container, iter_values, open_workbook
from wksbm_desktop.excel.report_reader import ReportReader, is_report_meta
from wksbm_desktop.excel.schema import META_SHEET, TEMPLATE_FORMAT_NAME
from wksbm_desktop.excel.template import DATA_SHEET as TEMPLATE_DATA_SHEET
from wksbm_desktop.i18n import t


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
    names = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
    if kind == "template":
        names = [name for name in names if name == TEMPLATE_DATA_SHEET]
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
            label = t(f"excel.field.{key}")
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


def import_workbook(
    database: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    mappings: list[SheetMapping] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check and import a workbook in one transaction; with any error nothing is written.

    ``mappings`` lets the GUI pass the column mapping the operator confirmed.
    """
    source = Path(path)
    with _opened(source) as (workbook, kind):
        report = ImportReport(kind=kind, dry_run=dry_run)
        try:
            with database.session() as session:
                take_turns_importing(session)  # two staff importing at once take turns
                with larger_page_cache(session):
                    _run(session, workbook, source, report, mappings, progress, cancelled)
                if not report.ok or dry_run:
                    raise _Rollback
            report.written = True
        except _Rollback:
            report.written = False
    return report


def _run(
    session: Any,
    workbook: Any,
    source: Path,
    report: ImportReport,
    mappings: list[SheetMapping] | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    try:
        if report.kind == "report":
            reader = ReportReader(source, workbook)
            total = sum(reader.count(key) for key in _ALL_KEYS)
            context = ImportContext(session, report, total, progress, cancelled)
            ReportImport(context, reader).run()
        else:
            _run_list(session, workbook, report, mappings, progress, cancelled)
    except TooManyProblems:
        report.add("", 0, "", t("excel.import.too_many_problems"))
    if progress is not None:
        progress(report.rows_read, report.rows_read)


def _run_list(
    session: Any,
    workbook: Any,
    report: ImportReport,
    mappings: list[SheetMapping] | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    if mappings is None:
        preview = _mappings(workbook, report.kind)
        report.problems.extend(preview.problems)
        mappings = preview.mappings
    if not report.ok:
        return
    context = ImportContext(session, report, _list_total(workbook, mappings), progress, cancelled)
    ListImport(context, workbook, mappings).run()


_ALL_KEYS = ("groups", "members", "memberships", "assessments", "activities", "attendance")


def _list_total(workbook: Any, mappings: list[SheetMapping]) -> int:
    total = 0
    for mapping in mappings:
        rows = workbook[mapping.sheet].max_row
        total += max((rows or 0) - mapping.first_data_row + 1, 0)
    return total
