"""A report workbook read into an :class:`IncomingReport`: only the columns the city keeps.

The workbook is opened as the import and the consolidation open it (container checks first,
then calamine when its sheets are bounded: ``report_sources.open_report_fast``). Derived
columns (names copied from another sheet, counts) are not converted at all, which is most of the
cells of Anggota and Kehadiran. A cell that does not fit its column refuses its row, named in
the receipt; a structural problem (not a report, a sheet without its columns, rows missing
against ``_meta``) refuses the whole file with a :class:`WorkbookProblem`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from wksbm_desktop.core.domain.incoming_report import IncomingReport, RowRefusal
from wksbm_desktop.core.domain.wilayah import canonical_kelurahan_code
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.excel.reading.reader import WorkbookProblem, iter_values
from wksbm_desktop.excel.reading.report_reader import ReportReader, convert
from wksbm_desktop.excel.reading.report_sources import CalamineSheet, open_report_fast
from wksbm_desktop.excel.report.schema import (
    DATA_SHEETS,
    FORMAT_VERSION,
    PROGRAMME_SHEETS,
    REMOVED,
    Column,
    SheetSpec,
)
from wksbm_desktop.i18n import t

NAME_COLUMNS = {"groups": "name", "members": "full_name", "activities": "title", "aid": "purpose"}


def file_checksum(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file received twice is known by it."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_incoming(path: Path, checksum: str | None = None) -> IncomingReport:
    """The report at ``path`` as plain rows; raises WorkbookProblem for a file it must refuse."""
    if checksum is None:
        checksum = file_checksum(path)
    # An unreadable path ("" checksum) is refused by the report reader with a plain message.
    with open_report_fast(path) as reader:
        report = _header(path, checksum, reader)
        for spec in DATA_SHEETS:
            if spec.key == "attendance":
                _read_attendance(reader, spec, report)
            else:
                report.rows[spec.key] = list(_read_rows(reader, spec, report))
            _check_count(reader, spec, report)
        for spec in PROGRAMME_SHEETS:  # format 5; older files have none (nothing to read)
            if spec.key != "attachments":  # counts to read, nothing the city stores
                report.rows[spec.key] = list(_read_rows(reader, spec, report))
                _check_count(reader, spec, report)
        report.removed = [row for row in _read_rows(reader, REMOVED, report, removed=True)]
    return report


def _header(path: Path, checksum: str, reader: ReportReader) -> IncomingReport:
    meta = reader.meta
    raw_code = meta.get("kelurahan_code", "")
    generated_text = meta.get("generated_at", "")
    generated = _iso_datetime(generated_text)
    return IncomingReport(
        file_name=path.name, checksum=checksum,
        kelurahan_code=canonical_kelurahan_code(raw_code) or raw_code,
        kelurahan_name=meta.get("kelurahan_name", ""),
        period_from=_iso_date(meta.get("period_from")), period_to=_iso_date(meta.get("period_to")),
        generated_at=generated - reader.stamp_offset if generated else None,
        generated_text=generated_text, nik_masked=meta.get("nik_masked", "ya") != "tidak",
        meta=dict(meta),
    )  # fmt: skip


def _iso_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as error:
        raise WorkbookProblem("receiving.refused.unreadable", name="_meta", reason=text) from error


def _iso_datetime(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None) if text else None
    except ValueError:
        return None


def _parts(
    reader: ReportReader, spec: SheetSpec
) -> Iterator[tuple[str, dict[str, int], int, Sequence[Any]]]:
    """(sheet, positions, row number, raw values) of every non-empty data row of every part."""
    names = reader.sheet_names(spec.key) if spec is not REMOVED else _removed_parts(reader)
    for name in names:
        rows = _sheet_rows(reader.workbook[name], name)
        first = next(rows, None)
        if first is None:
            continue
        positions = _positions(spec, first[1], name, reader.version)
        for number, raw in rows:
            if any(raw):  # a row of empty cells (None, "") is no record
                yield name, positions, number, raw


def _sheet_rows(sheet: Any, name: str) -> Iterator[tuple[int, Sequence[Any]]]:
    """(row number, values) of a worksheet: calamine's whole grid at once when it read the
    book, else the reader's own row by row (openpyxl, with its row limit)."""
    if isinstance(sheet, CalamineSheet):
        return enumerate(sheet.all_rows(), 1)
    return iter_values(sheet, name)


def _removed_parts(reader: ReportReader) -> list[str]:
    from wksbm_desktop.excel.report.schema import part_names

    return part_names(REMOVED.name, list(reader.workbook.sheetnames))


def _positions(
    spec: SheetSpec, header: Sequence[Any], sheet: str, version: int = FORMAT_VERSION
) -> dict[str, int]:
    """Where each column the city keeps sits, found by its heading (a column added by a later
    format version than the file's may be missing: it reads as empty)."""
    by_header = {cell_values.text(v).lower(): i for i, v in enumerate(header) if v is not None}
    positions, missing = {}, []
    for column in spec.columns:
        if column.derived:
            continue
        index = by_header.get(column.header.lower())
        if index is None:
            if column.since <= version:
                missing.append(column.header)
        else:
            positions[column.key] = index
    if missing:
        raise WorkbookProblem(
            "excel.report.missing_columns", sheet=sheet, columns=", ".join(missing)
        )
    return positions


def _read_rows(
    reader: ReportReader, spec: SheetSpec, report: IncomingReport, removed: bool = False
) -> Iterator[dict[str, Any]]:
    columns = [(column, _converter(column)) for column in spec.columns if not column.derived]
    offset = reader.stamp_offset
    for sheet, positions, number, raw in _parts(reader, spec):
        values: dict[str, Any] = {"_sheet": sheet, "_row": number}
        problems = []
        width = len(raw)
        for column, converted in columns:
            index = positions.get(column.key, width)
            cell = raw[index] if index < width else None
            try:
                value = converted(cell)
            except cell_values.CellValueError as error:
                where = f"{column.header} ({get_column_letter(index + 1)})"
                problem = t(error.key, **dict(error.params))
                problems.append(t("receiving.row.bad_cell", column=where, problem=problem))
                value = None
            if column.kind == "datetime" and value is not None:
                value -= offset  # back to UTC, as stored
            values[column.key] = value
        if problems:
            _refuse(report, spec.key if not removed else "removed", values, problems)
            continue
        yield values


def _converter(column: Column) -> Callable[[Any], Any]:
    """``convert`` for one column, with the common case of a text cell read by calamine first
    (a string: trimmed, as ``values.text`` trims it); everything else goes the general way."""

    def general(value: Any) -> Any:
        return convert(column, value)

    if column.kind == "uuid":
        return _uuid_converter(general)
    if column.kind in _REPEATED_KINDS:
        return _remembering(general)
    if column.kind != "text":
        return general

    def text(value: Any) -> Any:
        return value.strip() if type(value) is str else general(value)

    return text


# Columns whose few values recur row after row (codes, yes/no, dates, amounts): each distinct
# cell value is converted once per sheet.
_REPEATED_KINDS = frozenset({"code", "bool", "date", "datetime", "int", "count", "money"})


def _remembering(general: Callable[[Any], Any]) -> Callable[[Any], Any]:
    known: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        key = (type(value), value)  # 1, 1.0 and True are equal keys, not equal cells
        if key in known:
            return known[key]
        known[key] = result = general(value)  # a bad value raises, and is not remembered
        return result

    return remembered


def _uuid_converter(general: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A UUID as the export writes it (36 characters, four dashes) taken as it is, lower-cased;
    anything else goes the general way (which names what is wrong)."""

    def uuid(value: Any) -> Any:
        if type(value) is str and len(value) == 36 and value.count("-") == 4:
            return value.lower()
        return general(value)

    return uuid


def _refuse(
    report: IncomingReport, entity: str, values: dict[str, Any], problems: list[str]
) -> None:
    uuid = values.get("uuid") or ""
    name = str(values.get(NAME_COLUMNS.get(entity, ""), "") or "")
    target = entity if entity != "removed" else str(values.get("entity") or "groups")
    report.refused.append(
        RowRefusal(target, " ".join(problems), values["_sheet"], values["_row"], uuid, name)
    )
    if uuid:
        report.refused_uuids.setdefault(target, set()).add(uuid)
    else:
        report.unknown_refused.add(target)


def _read_attendance(reader: ReportReader, spec: SheetSpec, report: IncomingReport) -> None:
    """(activity uuid, member uuid) pairs: two cells a row, the sheet of a million rows. The
    few hundred distinct UUIDs are checked once each, not once per row."""
    for name in reader.sheet_names(spec.key):
        rows = _sheet_rows(reader.workbook[name], name)
        first = next(rows, None)
        if first is None:
            continue
        positions = _positions(spec, first[1], name)
        a, m = positions["activity_uuid"], positions["member_uuid"]
        width = max(a, m) + 1
        cells = [
            (number, raw[a], raw[m]) if len(raw) >= width else (number, _at(raw, a), _at(raw, m))
            for number, raw in rows
        ]
        _attendance_pairs(report, name, cells, _converter(spec.column("activity_uuid")))


def _at(raw: Sequence[Any], index: int) -> Any:
    return raw[index] if index < len(raw) else None


def _attendance_pairs(
    report: IncomingReport,
    sheet: str,
    cells: list[tuple[int, Any, Any]],
    converter: Callable[[Any], Any],
) -> None:
    known: dict[Any, str] = {}
    bad: dict[Any, str] = {}
    for value in {cell for _, x, y in cells for cell in (x, y)}:
        try:
            known[value] = converter(value)
        except cell_values.CellValueError as error:
            bad[value] = t(error.key, **dict(error.params))
    pairs = report.attendance
    if not bad:
        pairs.extend((known[x], known[y]) for _, x, y in cells if x or y)
        return
    for number, x, y in cells:
        if x in bad or y in bad:
            reason = t("receiving.row.bad_cell", column="UUID", problem=bad.get(x) or bad[y])
            report.refused.append(RowRefusal("attendance", reason, sheet, number))
        elif x or y:
            pairs.append((known[x], known[y]))


def _check_count(reader: ReportReader, spec: SheetSpec, report: IncomingReport) -> None:
    """Rows read against the rows ``_meta`` announces: a cut or edited file is refused whole."""
    declared = reader.meta.get(f"rows.{spec.name}", "")
    if not declared.isdigit():
        return
    found = len(report.attendance) if spec.key == "attendance" else len(report.rows[spec.key])
    parts = set(reader.sheet_names(spec.key))
    found += sum(1 for refusal in report.refused if refusal.sheet in parts)
    if found != int(declared):
        raise WorkbookProblem("receiving.refused.count_mismatch", sheet=spec.name, found=found,
                              declared=declared)  # fmt: skip
