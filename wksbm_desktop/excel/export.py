"""The report workbook for Dinas Sosial, written in write-only mode from streamed SQL rows."""

from __future__ import annotations

import os
import uuid as uuid_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from wksbm_desktop import __version__
from wksbm_desktop.core import audit
from wksbm_desktop.core.db import Database
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Office
from wksbm_desktop.core.nik import mask_nik
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.excel import rekap, rekap_data, rows, styles
from wksbm_desktop.excel.cells import CellMaker
from wksbm_desktop.excel.meta import row_count_key, write_meta
from wksbm_desktop.excel.protect import check_password, encrypt_file
from wksbm_desktop.excel.rows import Period
from wksbm_desktop.excel.schema import (
    DATA_SHEETS,
    FORMAT_NAME,
    FORMAT_VERSION,
    REKAP_SHEET,
    SheetSpec,
)
from wksbm_desktop.i18n import t

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
WIDTH_SAMPLE = 300  # rows read ahead to fit column widths before the sheet is streamed
_STEP = 500
_MASKED_KEYS = ("nik", "kk")


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


def export_report(
    database: Database,
    path: str | Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the report workbook to ``path``; the file appears only when everything succeeded."""
    options = options or ExportOptions()
    target = _checked_target(Path(path))
    _check_period(options.period)
    if options.password:
        check_password(options.password)
    temp = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex}.tmp.xlsx")
    try:
        with database.session() as session:
            counts = _write_workbook(session, temp, options, progress, cancelled)
            if options.full_nik:
                _audit_full_nik(session, target, options.period, counts)
        _replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return ExportResult(target, counts, not options.full_nik, bool(options.password))


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
    options: ExportOptions,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> dict[str, int]:
    office = get_office(session)
    if office is None or not office.kelurahan_code:
        raise WksbmError("excel.export.no_office")
    period, today = options.period, options.today or date.today()
    totals = {spec.key: rows.count(session, spec.key, period) for spec in DATA_SHEETS}
    tracker = _Tracker(sum(totals.values()), progress, cancelled)
    workbook = Workbook(write_only=True)
    try:
        data = rekap_data.collect(session, period, today)
        header = _rekap_header(office, period, today)
        rekap.write_rekap(workbook.create_sheet(REKAP_SHEET), header, data)
        counts = {}
        for spec in DATA_SHEETS:
            counts[spec.key] = _write_sheet(
                workbook,
                spec,
                rows.stream(session, spec.key, period),
                not options.full_nik,
                tracker,
            )
        write_meta(workbook, _meta_values(office, options, counts))
        tracker.report()
    except BaseException:
        discard(workbook)
        raise
    _save(workbook, temp, options.password)
    return counts


def discard(workbook: Any) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        rows = getattr(sheet, "_rows", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                Path(writer.out).unlink(missing_ok=True)
        except (OSError, ValueError):
            continue  # best effort: openpyxl also removes its temp files at exit


def _rekap_header(office: Office, period: Period, today: date) -> rekap.RekapHeader:
    return rekap.RekapHeader(
        kelurahan=f"{office.kelurahan_name} ({office.kelurahan_code})",
        kecamatan=f"{office.kecamatan_name} ({office.kecamatan_code})",
        period=period_text(period),
        printed_on=today,
        lurah_name=office.lurah_name,
        lurah_nip=office.lurah_nip,
        kelurahan_name=office.kelurahan_name or "",
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


def write_data_sheet(
    workbook: Any, spec: SheetSpec, source: Iterator[dict[str, Any]], masked: bool
) -> int:
    """Stream ``source`` rows into a formatted data sheet; reusable by the city workbook."""
    return _write_sheet(workbook, spec, source, masked, _Tracker(0, None, None))


def _write_sheet(
    workbook: Any,
    spec: SheetSpec,
    source: Iterator[dict[str, Any]],
    masked: bool,
    tracker: _Tracker,
) -> int:
    sheet = workbook.create_sheet(spec.name)
    maker = CellMaker(sheet)
    head = list(islice(source, WIDTH_SAMPLE))
    widths = [
        styles.fitted_width(c.header, c.kind, [_sample(c, r, masked) for r in head], c.width)
        for c in spec.columns
    ]
    styles.set_widths(sheet, widths)
    styles.setup_data_sheet(sheet, len(spec.columns))
    sheet.append([maker.bold(c.header) for c in spec.columns])
    written = 0
    for row in chain(head, source):
        sheet.append([maker.value(c, _value(c.key, row, masked)) for c in spec.columns])
        written += 1
        tracker.step()
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{written + 1}"
    sheet.print_area = f"A1:{get_column_letter(printed_columns(spec))}{written + 1}"
    return written


def printed_columns(spec: SheetSpec) -> int:
    """Columns worth printing: the trailing stamp and UUID columns are for the program."""
    count = len(spec.columns)
    while count > 1 and spec.columns[count - 1].kind in ("uuid", "datetime"):
        count -= 1
    return count


def _value(key: str, row: dict[str, Any], masked: bool) -> Any:
    if key == "state":
        return t("excel.state.ended") if row.get("ended_on") else t("excel.state.current")
    value = row.get(key)
    if masked and key in _MASKED_KEYS and value:
        return mask_nik(str(value))
    return value


def _sample(column: Any, row: dict[str, Any], masked: bool) -> str:
    value = _value(column.key, row, masked)
    if column.kind == "code":
        return column.label_of(value)
    return "" if value is None else str(value)


def _meta_values(office: Office, options: ExportOptions, counts: dict[str, int]) -> dict[str, Any]:
    period = options.period
    values: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kelurahan_code": office.kelurahan_code,
        "kelurahan_name": office.kelurahan_name,
        "kecamatan_code": office.kecamatan_code,
        "kecamatan_name": office.kecamatan_name,
        "period_from": period.start.isoformat() if period.start else "",
        "period_to": period.end.isoformat() if period.end else "",
        "generated_at": datetime.now().replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "nik_masked": "ya" if not options.full_nik else "tidak",
        "lurah_name": office.lurah_name,
        "lurah_nip": office.lurah_nip,
    }
    for spec in DATA_SHEETS:
        values[row_count_key(spec.name)] = counts[spec.key]
    return values


def _save(workbook: Any, temp: Path, password: str | None) -> None:
    try:
        if not password:
            workbook.save(temp)
            return
        plain = temp.with_name(temp.name + ".plain.xlsx")
        try:
            workbook.save(plain)
            encrypt_file(plain, temp, password)
        finally:
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
    changes = {
        "file": [None, str(target)],
        "period": [None, period_text(period)],
        "members": [None, counts.get("members", 0)],
    }
    audit.record(session, "export", "", "export_full_nik", changes)
