"""City consolidation: many kelurahan report workbooks into one city workbook for Dinas Sosial.

Two passes: ``scan_reports`` reads every file's ``_meta`` and headings and picks the newest report
per kelurahan; then each chosen report is read once (python-calamine, report_sources.py) and
streamed into the city workbook (XlsxWriter, constant memory) while its counts and NIKs are
gathered. Memory stays bounded by one report sheet at a time; NIKs go to a temporary SQLite file.
"""

from __future__ import annotations

import logging
import os
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from wksbm_desktop import __version__
from wksbm_desktop.core.domain.local_time import local_offset, offset_text
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.programme_progress import CityProgress
from wksbm_desktop.core.services.access import check, requires
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.audit import record_consolidation
from wksbm_desktop.excel.consolidate.nik import NikIndex, is_masked, write_nik_sheet
from wksbm_desktop.excel.consolidate.programme import PROGRAMME_KOTA_SHEET, write_programme_kota
from wksbm_desktop.excel.consolidate.programme_files import (
    PROGRAMME_DATA_KEYS,
    PROGRAMME_KEYS,
    CityProgramme,
    KelurahanProgramme,
)
from wksbm_desktop.excel.consolidate.rekap import CityHeader, write_rekap_kota
from wksbm_desktop.excel.consolidate.rows import LeftOut, row_problems
from wksbm_desktop.excel.consolidate.scan import (
    CITY_FORMAT_NAME,
    CITY_FORMAT_VERSION,
    MASKED_ISSUES,
    CancelCheck,
    Issue,
    KelurahanStatus,
    Progress,
    ReportFile,
    ReportScan,
    report_board,
    scan_reports,
)
from wksbm_desktop.excel.consolidate.sheets import CombinedSheets
from wksbm_desktop.excel.consolidate.status import write_status_sheet
from wksbm_desktop.excel.consolidate.tally import Tally
from wksbm_desktop.excel.consolidate.unsealing import (
    CityKey,
    UnsealedRows,
    city_key_of,
    unsealed_niks,
)
from wksbm_desktop.excel.reading.reader import CellProblem, WorkbookProblem
from wksbm_desktop.excel.reading.report_reader import ReportRow
from wksbm_desktop.excel.reading.report_sources import open_report_fast
from wksbm_desktop.excel.report.export import period_text
from wksbm_desktop.excel.report.meta import write_meta_sheet
from wksbm_desktop.excel.report.schema import DATA_SHEETS
from wksbm_desktop.excel.writing.protect import check_password, encrypt_file
from wksbm_desktop.excel.writing.xlsx_out import Book
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in
from wksbm_desktop.private_files import PrivateFolder

__all__ = [
    "CityOptions",
    "ConsolidationResult",
    "KelurahanStatus",
    "RowSource",
    "RowSources",
    "consolidate",
    "report_board",
    "write_city",
]

_log = logging.getLogger(__name__)
REKAP_KOTA_SHEET, STATUS_SHEET, NIK_SHEET = "Rekap Kota", "Status laporan", "NIK ganda"
_STEP = 1_000


@dataclass(frozen=True)
class CityOptions:
    """The same personal-data choices as a kelurahan export: masked unless asked, password."""

    full_nik: bool = False
    password: str | None = None


@dataclass(frozen=True)
class ConsolidationResult:
    path: Path
    board: list[KelurahanStatus]  # all kelurahan of the city, in code order
    rejected: list[ReportFile]  # files that belong to no kelurahan of the city (unreadable...)
    totals: Tally
    nik_duplicates: int
    masked_reports: int
    masked: bool = True  # NIK and No. KK masked in the city workbook
    encrypted: bool = False

    @property
    def reported(self) -> int:
        return sum(1 for status in self.board if status.reported)

    @property
    def missing(self) -> int:
        return len(self.board) - self.reported

    @property
    def ignored(self) -> list[ReportFile]:
        """Files not merged: refused ones and older copies of a kelurahan's report."""
        return self.rejected + [old for status in self.board for old in status.older]


class _Tracker:
    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None):
        self.total, self.done = max(total, 1), 0
        self.progress, self.cancelled = progress, cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % _STEP == 0:
            self.report()

    def report(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise WksbmError("consolidate.cancelled")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


@written_in(DEFAULT_LANGUAGE)  # a document of the programme: always Indonesian
@requires(Permission.CONSOLIDATE)
def consolidate(
    files: Iterable[str | Path],
    out: str | Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    today: date | None = None,
    options: CityOptions | None = None,
    database: Database | None = None,
) -> ConsolidationResult:
    """Write the city workbook to ``out``; unusable files are listed, not fatal.

    NIK and No. KK are masked unless ``options.full_nik``; NIK ganda is found on the NIKs as
    the reports give them, before masking. With a ``database`` the consolidation is audited
    (operator, files, masked or full) before the file appears. Raises WksbmError when no file
    at all can be used or the output cannot be written; the output file appears only when
    everything succeeded.
    """
    options = options or CityOptions()
    if options.full_nik and database is not None:
        check(database, Permission.EXPORT_FULL)
    paths = [Path(f) for f in files]
    if not paths:
        raise WksbmError("consolidate.no_files")
    target = checked_target(Path(out), paths)
    if options.password is not None:  # an empty password is too short, not "none"
        check_password(options.password)
    key = city_key_of(database)
    scan = scan_reports(paths, cancelled=cancelled, city_key=key)
    if not scan.used:
        details = "\n".join(f"- {f.name}: {_reason(f)}" for f in scan.rejected)
        raise WksbmError("consolidate.no_usable", details=details)
    sources = _FileRows(key)
    return write_city(scan, target, sources, options, today, progress, cancelled, database)


def write_city(
    scan: ReportScan,
    target: Path,
    sources: RowSources,
    options: CityOptions,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    database: Database | None = None,
    programme: CityProgress | None = None,
) -> ConsolidationResult:
    """Write the city workbook of the reports ``scan`` chose, their rows read from
    ``sources`` (the report files, or the city database: from_database.py). ``programme``:
    the programme's figures per kecamatan from the city database; without them they are read
    from the reports' own programme sheets (programme_files.py)."""
    temp = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex}.tmp.xlsx")
    try:
        # Everything in clear before encryption stays in the private folder (private_files.py).
        with PrivateFolder("kota") as work:
            city = _City(temp, work.path, options)
            result = _write_city(
                scan, city, sources, today or date.today(), progress, cancelled, programme
            )
        if database is not None:
            with database.session() as session:
                record_consolidation(session, target, scan.used, options)
        _replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return replace(result, path=target)


class RowSource(Protocol):
    """The data rows of one kelurahan's report: ``ReportReader`` over its file, or its records
    in the city database; ``problems`` are the cells of the last row that could not be read."""

    problems: list[CellProblem]

    def has_sheet(self, key: str) -> bool: ...

    def rows(self, key: str) -> Iterator[ReportRow]: ...


class RowSources(Protocol):
    def open(self, report: ReportFile) -> AbstractContextManager[RowSource]: ...


class _FileRows:
    """The rows of each report file, read once by calamine (report_sources.py), with the
    sealed NIKs put back when the city's key opens them (unsealing.py)."""

    def __init__(self, key: CityKey | None = None) -> None:
        self._key = key
        self.seal_issues: dict[Path, Issue] = {}  # a report whose seal did not open, and why

    @contextmanager
    def open(self, report: ReportFile) -> Iterator[RowSource]:
        with open_report_fast(report.path) as reader:
            if self._key is None or not self._key.opens(report.meta):
                yield reader
                return
            try:
                niks = unsealed_niks(self._key, report.path, report.meta)
            except WksbmError as refused:  # changed or foreign: its NIKs stay masked
                _log.warning("sealed NIKs of %s not opened: %s", report.path, refused.key)
                self.seal_issues[report.path] = Issue(
                    "consolidate.issue.seal_refused", {"detail": refused.message}
                )
                yield reader
                return
            yield UnsealedRows(reader, niks)


@dataclass(frozen=True)
class _City:
    """Where the city workbook is written and how: plain first when it is to be encrypted."""

    temp: Path  # beside the target, renamed at the end
    work: Path  # the private folder
    options: CityOptions

    @property
    def plain(self) -> Path:
        return self.work / "kota.xlsx" if self.options.password else self.temp

    @property
    def masked(self) -> bool:
        return not self.options.full_nik


def _reason(report: ReportFile) -> str:
    messages = " ".join(issue.message for issue in report.issues)
    return messages or t(f"consolidate.state.{report.state}")


def checked_target(target: Path, inputs: list[Path]) -> Path:
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("consolidate.out_suffix", path=str(target))
    if not target.parent.is_dir():
        raise WksbmError("consolidate.out_no_folder", folder=str(target.parent))
    resolved = target.resolve()
    if any(path.resolve() == resolved for path in inputs):
        raise WksbmError("consolidate.out_is_input", path=str(target))
    return target


def _write_city(
    scan: ReportScan,
    city: _City,
    sources: RowSources,
    today: date,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    programme: CityProgress | None = None,
) -> ConsolidationResult:
    used = sorted(scan.used, key=_code_of)
    expected = {spec.key: sum(r.count(spec.key) for r in used) for spec in DATA_SHEETS}
    tracker = _Tracker(sum(expected.values()), progress, cancelled)
    book = Book(city.plain, city.work)
    book.page_header = city_page_header(scan)
    try:
        # Sheets appear in creation order; Rekap Kota comes first but is written last.
        names = (REKAP_KOTA_SHEET, STATUS_SHEET, NIK_SHEET)
        rekap, status, nik = (book.add_sheet(name) for name in names)
        programme_sheet = book.add_sheet(PROGRAMME_KOTA_SHEET)
        # From the files, the programme is gathered while each report streams.
        files = CityProgramme(today) if programme is None else None
        combined = CombinedSheets(book, expected, masked=city.masked)
        tallies: dict[str, Tally] = {}
        extra: dict[str, tuple[Issue, ...]] = {}
        # The NIK index holds every full NIK: in the private folder, like the row files.
        index = NikIndex(city.work)
        try:
            for report in used:
                code = _code_of(report)
                merged = _merge_report(report, sources, combined, index, tracker, files)
                tallies[code], extra[code] = merged
            rows = combined.close()
            board = _with_extra_issues(scan.board, extra)
            masked = [s.kelurahan.name for s in board if s.report and _has_masked(s.report)]
            duplicates = write_nik_sheet(nik, index.duplicates(), masked, city.masked)
        finally:
            index.close()
        header = _city_header(scan, today, duplicates, len(masked))
        write_rekap_kota(rekap, header, board, tallies)
        from_files = files is not None
        figures = files.figures() if files is not None else programme
        assert figures is not None
        write_programme_kota(programme_sheet, figures, today, from_files=from_files)
        write_status_sheet(status, board, scan.rejected)
        totals = Tally()
        for tally in tallies.values():
            totals += tally
        write_meta_sheet(book, _meta_values(header, rows, city.masked))
        tracker.report()
    except BaseException:
        book.discard()
        raise
    _save(book, city)
    encrypted = bool(city.options.password)
    return ConsolidationResult(
        city.temp, board, scan.rejected, totals, duplicates, len(masked), city.masked, encrypted
    )


def _code_of(report: ReportFile) -> str:
    return report.kelurahan.code if report.kelurahan else ""


def _merge_report(
    report: ReportFile,
    sources: RowSources,
    combined: CombinedSheets,
    index: NikIndex,
    tracker: _Tracker,
    files: CityProgramme | None = None,
) -> tuple[Tally, tuple[Issue, ...]]:
    """Stream one report into the city sheets; a file that breaks midway is noted, not fatal
    (its programme then counts as no data)."""
    tally, issues, left_out = Tally(as_of=report.figure_date), [], LeftOut()
    assert report.kelurahan is not None
    kelurahan = files.start(report.kelurahan, report.meta) if files is not None else None
    try:
        with sources.open(report) as reader:
            masked = _stream(reader, report, combined, index, tally, tracker, left_out, kelurahan)
        if files is not None and kelurahan is not None:
            files.finish(kelurahan)
    except WorkbookProblem as problem:
        if files is not None and kelurahan is not None:
            files.without.append(report.kelurahan.name)
        detail = problem.message
        issues.append(Issue("consolidate.issue.partial", {"rows": tally.rows, "detail": detail}))
        masked = False
    except WksbmError:
        raise  # cancelled: the whole consolidation stops
    except Exception:  # damaged XML deep inside one file must not stop the city
        _log.warning("report %s broke while merging", report.path, exc_info=True)
        if files is not None and kelurahan is not None:
            files.without.append(report.kelurahan.name)
        detail = t("excel.read.damaged", name=report.name)
        issues.append(Issue("consolidate.issue.partial", {"rows": tally.rows, "detail": detail}))
        masked = False
    if left_out.count:
        issues.append(Issue("consolidate.issue.rows_left_out", left_out.issue_params()))
    seal_issue = sources.seal_issues.get(report.path) if isinstance(sources, _FileRows) else None
    if seal_issue is not None:
        issues.append(seal_issue)
    elif masked and not _has_masked(report):
        issues.append(Issue("consolidate.issue.masked"))
    tally.finish(report.period.start)
    return tally, tuple(issues)


def _stream(
    reader: RowSource,
    report: ReportFile,
    combined: CombinedSheets,
    index: NikIndex,
    tally: Tally,
    tracker: _Tracker,
    left_out: LeftOut,
    programme: KelurahanProgramme | None = None,
) -> bool:
    """Copy every usable row of every data sheet, and hand the rows the programme's figures
    need to ``programme``; returns True when a masked NIK was met."""
    kelurahan = report.kelurahan
    assert kelurahan is not None
    # Older or hand-trimmed reports may lack Warga; memberships then name the residents.
    nik_sheet = "members" if reader.has_sheet("members") else "memberships"
    seen: set[str] = set()
    masked = False
    for spec in DATA_SHEETS:
        # Of the data sheets the programme reads Kelompok and Penilaian only.
        collect = programme if spec.key in PROGRAMME_DATA_KEYS else None
        for row in reader.rows(spec.key):
            tracker.step()
            if not _usable(reader, spec.key, row, left_out):
                continue
            values = row.values
            combined.add(spec.key, kelurahan, values)
            tally.add(spec.key, values)
            if spec.key == nik_sheet:
                masked |= _note_nik(index, kelurahan.code, values, seen, spec.key == "memberships")
            if collect is not None:
                collect.add(spec.key, row.number, values)
    if programme is not None:
        for key in PROGRAMME_KEYS:
            for row in reader.rows(key):
                if _usable(reader, key, row, left_out):
                    programme.add(key, row.number, row.values)
    return masked


def _usable(reader: RowSource, key: str, row: ReportRow, left_out: LeftOut) -> bool:
    """Whether a row passes the import's rules: every cell read, and its fields valid."""
    problems = [(p.header, t(p.key, **p.params)) for p in reader.problems]
    reader.problems.clear()  # the reader notes a row's cell problems just before yielding it
    problems += row_problems(key, row.values)
    for column, message in problems[:1]:
        left_out.add(row.sheet, row.number, column, message)
    return not problems


def _note_nik(
    index: NikIndex, code: str, values: dict[str, Any], seen: set[str], by_member: bool
) -> bool:
    nik = str(values.get("nik") or "")
    if not nik:
        return False
    if is_masked(nik):
        return True
    if by_member:
        member = str(values.get("member_uuid") or nik)
        if member in seen:
            return False
        seen.add(member)
    index.add(nik, code, str(values.get("full_name") or ""))
    return False


def _has_masked(report: ReportFile) -> bool:
    return any(issue.key in MASKED_ISSUES for issue in report.issues)


def _with_extra_issues(
    board: list[KelurahanStatus], extra: dict[str, tuple[Issue, ...]]
) -> list[KelurahanStatus]:
    return [
        replace(s, report=s.report.with_issues(*extra[s.kelurahan.code]))
        if s.report is not None and extra.get(s.kelurahan.code)
        else s
        for s in board
    ]


def city_page_header(scan: ReportScan) -> str:
    """The header printed on every page of the city workbook: the city and the period."""
    common = scan.common_period()
    period = period_text(common) if common else t("consolidate.rekap.mixed_periods")
    return t("consolidate.page.header", period=period)


def _city_header(scan: ReportScan, today: date, duplicates: int, masked: int) -> CityHeader:
    common = scan.common_period()
    period = period_text(common) if common else t("consolidate.rekap.mixed_periods")
    return CityHeader(
        period=period,
        printed_on=today,
        reported=len(scan.used),
        total=len(scan.board),
        files=scan.files,
        used=len(scan.used),
        older=scan.older_count,
        rejected=len(scan.rejected),
        nik_duplicates=duplicates,
        masked_reports=masked,
        moved_up_rule=_moved_up_rule(scan),
    )


def _moved_up_rule(scan: ReportScan) -> str:
    """What the Rekap Kota's "naik kelas" counts: within the shared period, since the first
    assessment (no start date), or each kelurahan's own period."""
    common = scan.common_period()
    if common is None:
        return "mixed"
    return "period" if common.start is not None else "since"


def _meta_values(header: CityHeader, rows: dict[str, int], masked: bool) -> dict[str, Any]:
    values: dict[str, Any] = {
        "format": CITY_FORMAT_NAME,
        "format_version": CITY_FORMAT_VERSION,
        "generated_at": datetime.now().replace(microsecond=0).isoformat(),
        "utc_offset": offset_text(local_offset()),  # the zone of the Diperbarui stamps
        "app_version": __version__,
        "period": header.period,
        "kelurahan_total": header.total,
        "kelurahan_reported": header.reported,
        "files": header.files,
        "files_older": header.older,
        "files_rejected": header.rejected,
        "nik_duplicates": header.nik_duplicates,
        "nik_masked": "ya" if masked else "tidak",
    }
    for spec in DATA_SHEETS:
        values[f"rows.{spec.name}"] = rows.get(spec.key, 0)
    return values


def _save(book: Book, city: _City) -> None:
    try:
        book.close()
        if city.options.password:
            encrypt_file(city.plain, city.temp, city.options.password)
    except OSError as error:
        raise WksbmError("consolidate.cannot_write", path=str(city.temp.parent)) from error


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as error:
        # On Windows the usual cause is the old city workbook still open in Excel.
        raise WksbmError("consolidate.target_busy", path=str(target)) from error
