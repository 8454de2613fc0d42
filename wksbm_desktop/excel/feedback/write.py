"""Writing the feedback workbook for one kelurahan on the city installation."""

from __future__ import annotations

import os
import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wksbm_desktop import __version__
from wksbm_desktop.core.domain.local_time import local_offset, offset_text
from wksbm_desktop.core.domain.wilayah import Kelurahan, canonical_kelurahan_code, kota_tangerang
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.feedback import FeedbackItem, feedback_items, note_item
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.feedback.schema import (
    COLUMNS,
    ENTITY_LABELS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIND_LABELS,
    PRINTED_COLUMNS,
    SHEET,
)
from wksbm_desktop.excel.report.meta import row_count_key, write_meta_sheet
from wksbm_desktop.excel.writing.data_sheet import DataSheet
from wksbm_desktop.excel.writing.xlsx_out import Book
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in
from wksbm_desktop.private_files import PrivateFolder


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
def write_feedback(
    database: Database, kelurahan_code: str, out: str | Path, note: str = ""
) -> FeedbackWritten:
    """Write the feedback workbook of one kelurahan; audited; the file appears only when whole."""
    kelurahan = require_kelurahan(kelurahan_code)
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("excel.export.suffix", path=str(target))
    if not target.parent.is_dir():
        raise WksbmError("excel.export.no_folder", folder=str(target.parent))
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
    try:
        sheet = DataSheet(book, SHEET, COLUMNS, 1, PRINTED_COLUMNS, hidden_uuids=True)
        for item in items:
            sheet.append([
                KIND_LABELS[item.kind], ENTITY_LABELS.get(item.entity, ""), item.name, item.nik,
                item.other, item.decision, item.message, item.entity_uuid, item.uuid,
            ])  # fmt: skip
        sheet.finish()
        write_meta_sheet(book, {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "kelurahan_code": kelurahan.code,
            "kelurahan_name": kelurahan.name,
            "kecamatan_name": kelurahan.kecamatan_name,
            "generated_at": datetime.now().replace(microsecond=0).isoformat(),
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
        raise WksbmError("excel.export.cannot_write", path=str(path.parent)) from error


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as error:
        raise WksbmError("excel.export.target_busy", path=str(target)) from error
