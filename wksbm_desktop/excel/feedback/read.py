"""Reading a feedback workbook at the kelurahan: checked like every incoming workbook, then each
item becomes a notice (core/services/notices.py), once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.feedback import FeedbackItem
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.notices import NoticeInput, import_notices
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.feedback.schema import (
    COLUMNS,
    ENTITY_LABELS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KIND_LABELS,
    SHEET,
    code_of,
)
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.excel.reading.reader import iter_values, open_workbook
from wksbm_desktop.excel.report.meta import read_meta
from wksbm_desktop.excel.report.schema import META_SHEET
from wksbm_desktop.i18n import t

_REQUIRED = ("kind", "message", "uuid")
_HEADING_SEARCH = 20  # rows searched for the headings


@dataclass(frozen=True)
class Feedback:
    path: Path
    meta: dict[str, str]
    items: list[FeedbackItem]
    skipped: int = 0  # rows that are no item (no UUID, an unknown kind): left out

    @property
    def kelurahan_code(self) -> str:
        return self.meta.get("kelurahan_code", "")

    @property
    def sent_at(self) -> datetime | None:
        """When Dinas Sosial wrote it, in UTC as the database stores stamps."""
        try:
            stamp = datetime.fromisoformat(self.meta.get("generated_at", ""))
        except ValueError:
            return None
        offset = self.meta.get("utc_offset", "")
        if stamp.tzinfo is None and offset:
            with contextlib.suppress(ValueError):  # an odd offset: this PC's zone instead
                stamp = datetime.fromisoformat(f"{stamp.isoformat()}{offset}")
        if stamp.tzinfo is None:
            stamp = stamp.astimezone()
        return stamp.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class FeedbackRead:
    feedback: Feedback
    added: int
    known: int
    by_kind: dict[str, int] = field(default_factory=dict)


def read_feedback(path: str | Path) -> Feedback:
    """The items of a feedback workbook; WksbmError (plain message) for anything else."""
    source = Path(path)
    with open_workbook(source) as workbook:
        meta = _checked_meta(source, workbook)
        if SHEET not in workbook.sheetnames:
            raise WksbmError("city_output.feedback.not_feedback", name=source.name)
        items, skipped = _items(workbook[SHEET], source)
    return Feedback(source, meta, items, skipped)


def _checked_meta(path: Path, workbook: Any) -> dict[str, str]:
    if META_SHEET not in workbook.sheetnames:
        raise WksbmError("city_output.feedback.not_feedback", name=path.name)
    meta = read_meta(row for _, row in iter_values(workbook[META_SHEET], META_SHEET))
    if meta.get("format") != FORMAT_NAME:
        raise WksbmError("city_output.feedback.not_feedback", name=path.name)
    version = meta.get("format_version", "")
    if not version.isdigit():
        raise WksbmError("city_output.feedback.not_feedback", name=path.name)
    if int(version) > FORMAT_VERSION:
        raise WksbmError("city_output.feedback.too_new", name=path.name, version=version)
    return meta


def _items(sheet: Any, path: Path) -> tuple[list[FeedbackItem], int]:
    rows = iter_values(sheet, SHEET)
    positions = _heading_positions(rows, path)
    items, skipped = [], 0
    for _, raw in rows:
        if all(v is None or v == "" for v in raw):
            continue
        item = _item(raw, positions)
        if item is None:
            skipped += 1
        else:
            items.append(item)
    return items, skipped


def _heading_positions(
    rows: Iterator[tuple[int, tuple[Any, ...]]], path: Path
) -> dict[str, int | None]:
    """Where each column sits, from the heading row (below the title block; moved columns are
    found by their headings)."""
    for number, raw in rows:
        headings = {cell_values.text(v).lower(): i for i, v in enumerate(raw) if v is not None}
        positions = {c.key: headings.get(c.header.lower()) for c in COLUMNS}
        if all(positions[key] is not None for key in _REQUIRED):
            return positions
        if number >= _HEADING_SEARCH:
            break
    raise WksbmError("city_output.feedback.not_feedback", name=path.name)


def _item(raw: tuple[Any, ...], positions: dict[str, int | None]) -> FeedbackItem | None:
    def get(key: str) -> str:
        index = positions.get(key)
        return cell_values.text(raw[index]) if index is not None and index < len(raw) else ""

    kind = code_of(KIND_LABELS, get("kind"))
    uuid, entity_uuid = get("uuid").lower(), get("entity_uuid").lower()
    entity = code_of(ENTITY_LABELS, get("entity")) or ""
    if kind is None or not _is_uuid(uuid) or not get("message"):
        return None
    if not _is_uuid(entity_uuid):  # a notice names a record only by a well-formed UUID
        entity, entity_uuid = "", ""
    return FeedbackItem(
        uuid, kind, entity if entity_uuid else "", entity_uuid, get("name"), get("nik"),
        get("other"), get("decision"), get("message")[:4000],
    )  # fmt: skip


def _is_uuid(word: str) -> bool:
    return len(word) == 36 and word.count("-") == 4


@requires(Permission.IMPORT)
def import_feedback(database: Database, path: str | Path) -> FeedbackRead:
    """Read a feedback file into this kelurahan's notices; reading it twice adds nothing."""
    feedback = read_feedback(path)
    with database.session() as session:
        office = get_office(session)
        if office is None or not office.kelurahan_code:
            raise WksbmError("city_output.feedback.read_not_kelurahan")
        if feedback.kelurahan_code != office.kelurahan_code:
            raise WksbmError(
                "city_output.feedback.other_kelurahan",
                name=feedback.meta.get("kelurahan_name") or "-",
                code=feedback.kelurahan_code or "-",
                own=office.kelurahan_name or "",
            )
        source = feedback.meta.get("source") or t("city_output.feedback.source")
        notices = [
            NoticeInput(item.uuid, item.kind, item.message, item.entity, item.entity_uuid)
            for item in feedback.items
        ]
        added = import_notices(session, notices, source, feedback.sent_at)
    by_kind: dict[str, int] = {}
    for item in feedback.items:
        by_kind[item.kind] = by_kind.get(item.kind, 0) + 1
    return FeedbackRead(feedback, added, len(feedback.items) - added, by_kind)
