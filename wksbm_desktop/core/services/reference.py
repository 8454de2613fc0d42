"""Editable reference lists: group types, sectors, activity types, funding sources, education."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.rules import clean_text
from wksbm_desktop.core.errors import ValidationCollector, ValidationError, ValidationFailed
from wksbm_desktop.core.models import REFERENCE_KINDS, ReferenceItem
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires


def list_items(session: Session, kind: str, include_inactive: bool = False) -> list[ReferenceItem]:
    query = select(ReferenceItem).where(ReferenceItem.kind == kind)
    if not include_inactive:
        query = query.where(ReferenceItem.active.is_(True))
    return list(session.scalars(query.order_by(ReferenceItem.sort_order, ReferenceItem.label)))


def labels(session: Session, kind: str) -> list[str]:
    return [item.label for item in list_items(session, kind)]


def find_item(session: Session, kind: str, label: str) -> ReferenceItem | None:
    """The entry whose label matches ``label`` ignoring case and surrounding spaces."""
    wanted = clean_text(label).lower()
    query = select(ReferenceItem).where(
        ReferenceItem.kind == kind, func.lower(ReferenceItem.label) == wanted
    )
    return session.scalars(query).first()


def resolve(
    session: Session, errors: ValidationCollector, field: str, kind: str, label: str
) -> ReferenceItem | None:
    """Look up a label for a form field, recording an error that lists the valid choices."""
    if not clean_text(label):
        errors.add(field, "rule.required", label=field_label(kind))
        return None
    item = find_item(session, kind, label)
    if item is None:
        errors.add(
            field,
            "reference.unknown",
            value=clean_text(label),
            label=field_label(kind),
            choices=", ".join(labels(session, kind)),
        )
    return item


def field_label(kind: str) -> str:
    from wksbm_desktop.i18n import t

    return t(f"reference.kind.{kind}")


@requires(Permission.RECORD)
def add_item(session: Session, kind: str, label: str) -> ReferenceItem:
    """Add an entry to a reference list (or reactivate a hidden one with that label)."""
    if kind not in REFERENCE_KINDS:
        raise ValidationFailed([ValidationError("kind", "reference.unknown_kind", kind=kind)])
    text = clean_text(label)
    if not text or len(text) > 100:
        raise ValidationFailed([ValidationError("label", "rule.required", label=field_label(kind))])
    existing = find_item(session, kind, text)
    if existing is not None:
        existing.active = True
        return existing
    last = session.scalar(
        select(func.max(ReferenceItem.sort_order)).where(ReferenceItem.kind == kind)
    )
    item = ReferenceItem(kind=kind, label=text, sort_order=(last or 0) + 1, active=True)
    session.add(item)
    session.flush()
    audit.record(session, "reference", f"{kind}:{item.id}", "create", {"label": [None, text]})
    return item
