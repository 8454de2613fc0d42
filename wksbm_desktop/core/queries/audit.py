"""Read side of the audit: filtered, paged entries in Indonesian (workbook: excel/report)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik import mask_id_for_file, mask_nik
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.queries.common import DEFAULT_PAGE_SIZE, count_rows, page
from wksbm_desktop.core.services.access import shows_full_nik
from wksbm_desktop.i18n import has_key, t

_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")
_MAX_VALUE_CHARS = 120


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: local-date range (inclusive), operator, entity, record UUID."""

    since: date | None = None
    until: date | None = None
    operator: str = ""
    entity: str = ""
    entity_uuid: str = ""


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    @property
    def text(self) -> str:
        if self.old == t("safety.audit.empty") and self.new != self.old:
            return f"{self.label}: {self.new}"
        return f"{self.label}: {self.old} → {self.new}"


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the operator reads it; NIK-like numbers are masked."""

    id: int
    at: datetime  # local time
    operator: str
    entity: str
    entity_label: str
    entity_uuid: str
    action: str
    action_label: str
    changes: tuple[FieldChange, ...]

    @property
    def description(self) -> str:
        head = f"{self.action_label} {self.entity_label.lower()}"
        if not self.changes:
            return head
        return f"{head}: " + "; ".join(change.text for change in self.changes)


def _utc_bound(day: date) -> datetime:
    """Local midnight of ``day`` as naive UTC, the way stamps are stored."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _query(filters: AuditFilter) -> Select[Any]:
    query = select(AuditEntry)
    if filters.since is not None:
        query = query.where(AuditEntry.at >= _utc_bound(filters.since))
    if filters.until is not None:
        query = query.where(AuditEntry.at < _utc_bound(filters.until + timedelta(days=1)))
    if filters.operator:
        query = query.where(AuditEntry.operator == filters.operator)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.entity_uuid:
        query = query.where(AuditEntry.entity_uuid == filters.entity_uuid)
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def list_audit(
    session: Session, filters: AuditFilter | None = None, offset: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
) -> list[AuditRow]:  # fmt: skip
    """One page of entries, newest first."""
    query = page(_query(filters or AuditFilter()), offset, limit)
    # The history hides the middle of every NIK; a Pemantau sees only the kab/kota prefix.
    hide = mask_nik if shows_full_nik(session) else mask_id_for_file
    return [to_row(entry, hide) for entry in session.scalars(query)]


def count_audit(session: Session, filters: AuditFilter | None = None) -> int:
    return count_rows(session, _query(filters or AuditFilter()))


def operators(session: Session) -> list[str]:
    """Operators that appear in the audit, for the filter's drop-down."""
    query = select(AuditEntry.operator).distinct().order_by(AuditEntry.operator)
    return [name for name in session.scalars(query) if name]


def iter_audit(session: Session, filters: AuditFilter | None = None) -> Iterator[AuditRow]:
    """Every matching entry, streamed, for exports of long histories."""
    query = _query(filters or AuditFilter()).execution_options(yield_per=500)
    for entry in session.scalars(query):
        yield to_row(entry)


def to_row(entry: AuditEntry, hide: Callable[[str], str] = mask_nik) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None),
        operator=entry.operator,
        entity=entry.entity,
        entity_label=_label("safety.audit.entity", entry.entity),
        entity_uuid=entry.entity_uuid,
        action=entry.action,
        action_label=_label("safety.audit.action", entry.action),
        changes=tuple(_changes(entry.changes, hide)),
    )


def _label(prefix: str, code: str) -> str:
    key = f"{prefix}.{code}"
    return t(key) if has_key(key) else code


def _changes(raw: str, hide: Callable[[str], str]) -> Iterator[FieldChange]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        data = {"?": [None, raw]}
    if not isinstance(data, dict):
        data = {"?": [None, data]}
    for name, value in data.items():
        old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
        label = _label("safety.field", name)
        if name.startswith("measure:"):  # a sector measure of group indicators (issue 19)
            label = t("safety.field.measure", measure=name.removeprefix("measure:"))
        yield FieldChange(name, label, display_value(old, hide), display_value(new, hide))


def display_value(value: Any, hide: Callable[[str], str] = mask_nik) -> str:
    """A stored audit value as text: dates dd-mm-yyyy, booleans Ya/Tidak, NIKs masked."""
    if value is None or value == "":
        return t("safety.audit.empty")
    if isinstance(value, bool):
        return t("safety.audit.yes") if value else t("safety.audit.no")
    if isinstance(value, list):
        return str(len(value)) if all(_looks_like_uuid(v) for v in value) else ", ".join(
            display_value(v, hide) for v in value)  # fmt: skip
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text = f"{text[8:10]}-{text[5:7]}-{text[0:4]}"
    text = mask_nik_runs(text, hide)
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 1] + "…"


def _looks_like_uuid(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 36 and value.count("-") == 4


def mask_nik_runs(text: str, hide: Callable[[str], str] = mask_nik) -> str:
    return _SIXTEEN_DIGITS.sub(lambda match: hide(match.group(0)), text)
