"""Writing the feedback workbook for one kelurahan on the city installation."""

from __future__ import annotations

import os
import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wksbm_desktop import __version__
from wksbm_desktop.core.domain.local_time import local_offset, offset_text
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.wilayah import Kelurahan, canonical_kelurahan_code, kota_tangerang
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.feedback import FeedbackItem, feedback_items, note_item
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.layout import HEADER_HEIGHT, row_height
from wksbm_desktop.excel.feedback.schema import (
    COLUMNS,
    ENTITY_LABELS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADING_ROW,
    KIND_LABELS,
    PRINTED_COLUMNS,
    SHEET,
)
from wksbm_desktop.excel.report.meta import row_count_key, write_meta_sheet
from wksbm_desktop.excel.writing.xlsx_out import Book, Sheet, styled
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in
from wksbm_desktop.private_files import PrivateFolder

_WRAP = {"text_wrap": True, "valign": "top"}
_BOX = {"border": 1, "border_color": "#A6A6A6"}


@dataclass(frozen=True)
class FeedbackWritten:
    path: Path
    kelurahan: Kelurahan
    items: list[FeedbackItem]

    def count(self, kind: str) -> int:
        return sum(1 for item in self.items if item.kind == kind)


def require_kelurahan(code: str) -> Kelurahan:
    kelurahan = kota_tangerang().kelurahan_by_code(canonical_kelurahan_code(code) or "")
    if kelurahan is None:
        raise WksbmError("city_output.feedback.unknown_kelurahan", code=code)
    return kelurahan


@written_in(DEFAULT_LANGUAGE)  # a document of the programme: always Indonesian
@requires(Permission.NOTICES)
def write_feedback(
    database: Database, kelurahan_code: str, out: str | Path, note: str = ""
) -> FeedbackWritten:
    """Write the feedback workbook of one kelurahan; audited; the file appears only when whole."""
    kelurahan = require_kelurahan(kelurahan_code)
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("city_output.feedback.out_suffix", path=str(target))
    if not target.parent.is_dir():
        raise WksbmError("city_output.feedback.out_no_folder", folder=str(target.parent))
    temp = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex}.tmp.xlsx")
    try:
        with database.session() as session:
            if not is_city(session):
                raise WksbmError("city_output.feedback.write_not_city")
            items = feedback_items(session, kelurahan.code)
            if note.strip():
                items.append(note_item(note))
            operator = audit.operator_of(session)
            with PrivateFolder("umpan-balik") as work:
                _write_book(temp, work.path, kelurahan, items, operator)
            changes = {"file": [None, str(target)], "kelurahan": [None, kelurahan.code],
                       "items": [None, len(items)]}  # fmt: skip
            audit.record(session, "feedback", "", "write", changes)
        _replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return FeedbackWritten(target, kelurahan, items)


def _write_book(
    path: Path, work: Path, kelurahan: Kelurahan, items: list[FeedbackItem], operator: str
) -> None:
    book = Book(path, work)
    book.page_header = t("city_output.feedback.page_header", name=kelurahan.name,
                         kecamatan=kelurahan.kecamatan_name)  # fmt: skip
    stamp = datetime.now().replace(microsecond=0)
    try:
        _write_sheet(book.add_sheet(SHEET), kelurahan, items, stamp, operator)
        write_meta_sheet(book, {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "kelurahan_code": kelurahan.code,
            "kelurahan_name": kelurahan.name,
            "kecamatan_name": kelurahan.kecamatan_name,
            "generated_at": stamp.isoformat(),
            "utc_offset": offset_text(local_offset()),
            "app_version": __version__,
            "source": t("city_output.feedback.source"),
            "written_by": operator,
            row_count_key(SHEET): len(items),
        })  # fmt: skip
    except BaseException:
        book.discard()
        raise
    try:
        book.close()
    except OSError as error:
        raise WksbmError("city_output.feedback.cannot_write", path=str(path.parent)) from error


def _write_sheet(
    sheet: Sheet, kelurahan: Kelurahan, items: list[FeedbackItem], stamp: datetime, by: str
) -> None:
    """A title block, then one wrapped row per item under bold headings with a filter."""
    widths = [float(column.width) for column in COLUMNS]
    sheet.set_widths(widths, hidden=[i for i, c in enumerate(COLUMNS) if c.kind == "uuid"])
    title = t("city_output.feedback.title", name=kelurahan.name, code=kelurahan.code,
              kecamatan=kelurahan.kecamatan_name)  # fmt: skip
    sheet.append([styled(title, "text", bold=True, font_size=13)])
    written = t("city_output.feedback.written", at=stamp.strftime("%d-%m-%Y %H.%M"),
                by=by or "-", count=len(items))  # fmt: skip
    sheet.append([styled(written, "text", italic=True)])
    sheet.append([])
    sheet.set_height(HEADING_ROW, HEADER_HEIGHT)
    sheet.append([styled(column.header, "header", **_WRAP) for column in COLUMNS])
    for item in items:
        values = [KIND_LABELS[item.kind], ENTITY_LABELS.get(item.entity, ""), item.name, item.nik,
                  item.other, item.decision, item.message, item.entity_uuid, item.uuid]  # fmt: skip
        height = row_height(zip(values[:PRINTED_COLUMNS], widths, strict=False))
        if height:
            sheet.set_height(sheet.row + 1, height)
        kinds = [column.kind if column.kind in ("id", "uuid") else "text" for column in COLUMNS]
        sheet.append(
            [
                styled(value, kind, **_WRAP, **_BOX)
                for value, kind in zip(values, kinds, strict=True)
            ]
        )
    ws = sheet.ws
    ws.freeze_panes(HEADING_ROW, 0)
    ws.repeat_rows(HEADING_ROW - 1)
    sheet.setup_print(landscape=True)
    last = max(sheet.row, HEADING_ROW) - 1
    ws.autofilter(HEADING_ROW - 1, 0, last, len(COLUMNS) - 1)
    ws.print_area(0, 0, last, PRINTED_COLUMNS - 1)
    sheet.digits_as_text([COLUMNS.index(c) for c in COLUMNS if c.digits])


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as error:
        raise WksbmError("city_output.feedback.target_busy", path=str(target)) from error
