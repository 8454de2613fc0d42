"""The report workbook for Dinas Sosial, streamed from SQL rows with XlsxWriter (xlsx_out.py)."""

from __future__ import annotations

import os
import uuid as uuid_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wksbm_desktop import __version__
from wksbm_desktop.core.domain.local_time import local_offset, offset_text
from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.domain.period import is_active_on
from wksbm_desktop.core.domain.programme import lpj_overdue, period_label
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Office
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import check, requires
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report import (
    programme_rows,
    rekap,
    rekap_data,
    rekap_programme,
    rows,
)
from wksbm_desktop.excel.report.meta import row_count_key, write_meta_sheet
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import (
    DATA_SHEETS,
    FORMAT_NAME,
    FORMAT_VERSION,
    PROGRAMME_SHEETS,
    REKAP_SHEET,
    REMOVED,
    SheetSpec,
)
from wksbm_desktop.excel.report.sealed_nik import seal_for_export
from wksbm_desktop.excel.writing.data_sheet import DataSheet, parts_for
from wksbm_desktop.excel.writing.protect import check_password, encrypt_file
from wksbm_desktop.excel.writing.xlsx_out import Book
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in
from wksbm_desktop.private_files import PrivateFolder

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_STEP = 500
_MASKED_KEYS = ("nik", "kk")
# The sheets streamed from SQL (rows.py); the attachment counts are a handful of rows.
_STREAMED = (*DATA_SHEETS, *(s for s in PROGRAMME_SHEETS if s.key != "attachments"))


@dataclass(frozen=True)
class ExportOptions:
    period: Period = field(default_factory=Period)
    full_nik: bool = False
    password: str | None = None
    today: date | None = None  # the "date printed"; tests pin it


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]
    masked: bool
    encrypted: bool
    nik_key_id: str = ""  # the city key the NIKs were sealed for (sealed_nik.py); "" for none


class _Tracker:
    """Reports progress every few hundred rows and stops the export when cancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % _STEP == 0:
            self.report()

    def report(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise WksbmError("excel.cancelled")
        if self.progress is not None:
            self.progress(self.done, self.total)


@written_in(DEFAULT_LANGUAGE)  # a document of the programme: always Indonesian
@requires(Permission.EXPORT_MASKED)
def export_report(
    database: Database,
    path: str | Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the report workbook to ``path``; the file appears only when everything succeeded."""
    options = options or ExportOptions()
    if options.full_nik:
        check(database, Permission.EXPORT_FULL)
    target = _checked_target(Path(path))
    _check_period(options.period)
    if options.password is not None:  # an empty password is too short, not "none"
        check_password(options.password)
    temp = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex}.tmp.xlsx")
    try:
        # Everything in clear before encryption stays in the private folder (private_files.py).
        with PrivateFolder("ekspor") as work, database.session() as session:
            counts, key_id = _write_workbook(session, temp, work.path, options, progress, cancelled)
            if options.full_nik:
                _audit_full_nik(session, target, options.period, counts)
            elif database.account is not None:  # with accounts, every export names its person
                _audit_export(session, target, options.period, counts, "export")
        _replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return ExportResult(target, counts, not options.full_nik, bool(options.password), key_id)


def _checked_target(target: Path) -> Path:
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("excel.export.suffix", path=str(target))
    if not target.parent.is_dir():
        raise WksbmError("excel.export.no_folder", folder=str(target.parent))
    return target


def _check_period(period: Period) -> None:
    if period.start and period.end and period.start > period.end:
        raise WksbmError("excel.export.period_reversed")


def _write_workbook(
    session: Session,
    temp: Path,
    work: Path,
    options: ExportOptions,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[dict[str, int], str]:
    office = get_office(session)
    if office is None or not office.kelurahan_code:
        raise WksbmError("excel.export.no_office")
    period, today = options.period, options.today or date.today()
    as_of = period.figure_date(today)
    totals = {spec.key: rows.count(session, spec.key, period, as_of) for spec in _STREAMED}
    attachments = programme_rows.attachment_rows(session, office.kelurahan_code)
    totals["attachments"] = len(attachments)
    removed = rows.removed_rows(session)
    tracker = _Tracker(sum(totals.values()) + len(removed), progress, cancelled)
    plain = work / "laporan.xlsx" if options.password else temp
    book = Book(plain, work)
    book.page_header = page_header(office, period)
    seal = seal_for_export(session, options.full_nik)
    try:
        data = rekap_data.collect(session, period, today)
        header = _rekap_header(office, period, today)
        rekap.write_rekap(book, book.add_sheet(REKAP_SHEET), header, data)
        programme = rekap_programme.collect_programme(session, data.as_of)
        programme_sheet = book.add_sheet(rekap_programme.PROGRAMME_SHEET)
        rekap_programme.write_rekap_programme(programme_sheet, header, programme)
        counts = {}
        for spec in DATA_SHEETS:
            source = seal.watch(spec.key, rows.stream(session, spec.key, period, as_of))
            masked = not options.full_nik
            sheet = _write_sheet(book, spec, source, masked, tracker, totals[spec.key], as_of)
            counts[spec.key] = sheet.written
        for spec in PROGRAMME_SHEETS:  # format 5: the programme (issue 19)
            source = (
                iter(attachments)
                if spec.key == "attachments"
                else rows.stream(session, spec.key, period, as_of)
            )
            sheet = _write_sheet(book, spec, source, False, tracker, totals[spec.key], as_of)
            counts[spec.key] = sheet.written
        counts["removed"] = _write_removed(book, removed, tracker, as_of)
        meta = _meta_values(office, options, counts)
        meta |= seal.finish(book, meta)
        write_meta_sheet(book, {**meta, "as_of": as_of.isoformat()})
        tracker.report()
    except BaseException:
        book.discard()
        raise
    _save(book, plain, temp, options.password)
    return counts, seal.key_id


def _write_removed(
    book: Book, removed: list[dict[str, Any]], tracker: _Tracker, as_of: date
) -> int:
    """The hidden tombstone sheet ``_hapus`` (format 4): deletions travel to the city."""
    sheet = _write_sheet(book, REMOVED, iter(removed), False, tracker, len(removed), as_of)
    for part in sheet.sheets:
        part.ws.hide()
    return sheet.written


def _rekap_header(office: Office, period: Period, today: date) -> rekap.RekapHeader:
    return rekap.RekapHeader(
        kelurahan=f"{office.kelurahan_name} ({office.kelurahan_code})",
        kecamatan=f"{office.kecamatan_name} ({office.kecamatan_code})",
        period=period_text(period),
        printed_on=today,
        lurah_name=office.lurah_name,
        lurah_nip=office.lurah_nip,
        kelurahan_name=office.kelurahan_name or "",
        period_closed=period.end is not None,
    )


def page_header(office: Office, period: Period) -> str:
    """The header printed on every page: which kelurahan, which period."""
    return t(
        "excel.page.header",
        kelurahan=f"{office.kelurahan_name} ({office.kelurahan_code})",
        kecamatan=office.kecamatan_name or "",
        period=period_text(period),
    )


def period_text(period: Period) -> str:
    start = period.start.strftime("%d-%m-%Y") if period.start else ""
    end = period.end.strftime("%d-%m-%Y") if period.end else ""
    if start and end:
        return t("excel.period.between", start=start, end=end)
    if start:
        return t("excel.period.since", start=start)
    if end:
        return t("excel.period.until", end=end)
    return t("excel.period.all")


def _write_sheet(
    book: Book,
    spec: SheetSpec,
    source: Iterator[dict[str, Any]],
    masked: bool,
    tracker: _Tracker,
    expected: int,
    as_of: date,
) -> DataSheet:
    sheet = DataSheet(book, spec.name, spec.columns, parts_for(expected), spec.printed_columns)
    getters = [_getter(c.key, masked, as_of) for c in spec.columns]
    append, step = sheet.append, tracker.step
    for row in source:
        append([get(row) for get in getters])
        step()
    sheet.finish()
    return sheet


def _getter(key: str, masked: bool, as_of: date) -> Callable[[dict[str, Any]], Any]:
    """How a column's value is taken from a SQL row (masked NIK/KK, the membership's state)."""
    if key == "state":
        return lambda row: membership_state(row.get("started_on"), row.get("ended_on"), as_of)
    if key == "period_label":
        return lambda row: period_label(row["period_kind"], row["period_start"])
    if key == "overdue":
        return lambda row: lpj_overdue(row["status"], row["due_on"], as_of)
    if masked and key in _MASKED_KEYS:
        return lambda row: mask_id_for_file(str(row[key])) if row.get(key) else row.get(key)
    return lambda row: row.get(key)


def membership_state(started: date | None, ended: date | None, as_of: date) -> str:
    """The Keterangan of an Anggota row: the membership's state on the figure date."""
    if is_active_on(started, ended, as_of):
        return t("excel.state.current")
    if started is not None and started > as_of:
        return t("excel.state.not_started")
    return t("excel.state.ended")


def _meta_values(office: Office, options: ExportOptions, counts: dict[str, int]) -> dict[str, Any]:
    period = options.period
    values: dict[str, Any] = {
        "format": FORMAT_NAME,
        # Local-time stamps (and continuation sheets) need a reader that knows them.
        "format_version": FORMAT_VERSION,
        "kelurahan_code": office.kelurahan_code,
        "kelurahan_name": office.kelurahan_name,
        "kecamatan_code": office.kecamatan_code,
        "kecamatan_name": office.kecamatan_name,
        "period_from": period.start.isoformat() if period.start else "",
        "period_to": period.end.isoformat() if period.end else "",
        "generated_at": datetime.now().replace(microsecond=0).isoformat(),
        "utc_offset": offset_text(local_offset()),
        "app_version": __version__,
        "nik_masked": "ya" if not options.full_nik else "tidak",
        "lurah_name": office.lurah_name,
        "lurah_nip": office.lurah_nip,
    }
    for spec in (*DATA_SHEETS, *PROGRAMME_SHEETS, REMOVED):
        values[row_count_key(spec.name)] = counts[spec.key]
    return values


def _save(book: Book, plain: Path, temp: Path, password: str | None) -> None:
    try:
        try:
            book.close()
            if password:
                encrypt_file(plain, temp, password)
        finally:
            if plain != temp:
                plain.unlink(missing_ok=True)
    except OSError as error:
        raise WksbmError("excel.export.cannot_write", path=str(temp.parent)) from error


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as error:
        # On Windows the usual cause is the old file still open in Excel.
        raise WksbmError("excel.export.target_busy", path=str(target)) from error


def _audit_full_nik(session: Session, target: Path, period: Period, counts: dict[str, int]) -> None:
    _audit_export(session, target, period, counts, "export_full_nik")


def _audit_export(
    session: Session, target: Path, period: Period, counts: dict[str, int], action: str
) -> None:
    changes = {
        "file": [None, str(target)],
        "period": [None, period_text(period)],
        "members": [None, counts.get("members", 0)],
    }
    audit.record(session, "export", "", action, changes)
