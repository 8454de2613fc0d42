"""What the review and the merge dialog show of a pair's two records, read in one session."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from wksbm_desktop.core.queries.audit import AuditFilter, count_audit
from wksbm_desktop.core.queries.details import member_detail
from wksbm_desktop.core.queries.forms import MemberRecord, load_member_form
from wksbm_desktop.core.queries.labels import date_text, sex_label
from wksbm_desktop.core.services.merging import MERGEABLE_FIELDS, field_label
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.duplicates.merge_dialog import Side
from wksbm_desktop.ui.duplicates.review import CompareRow
from wksbm_desktop.ui.duplicates.texts import kelurahan_name, nik_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries.duplicates import DuplicatePair, PersonSummary


def titles(pair: DuplicatePair) -> tuple[str, str]:
    return (pair.a.name, pair.b.name)


def value_text(field: str, value: object, *, full_nik: bool) -> str:
    """A stored value as the member form and the detail panel write it."""
    if field in ("nik", "kk"):
        return nik_text(str(value or ""), full_nik) if value else ""
    if field == "sex":
        return sex_label(str(value or "")) if value else ""
    if isinstance(value, bool):
        return t("shell.yes") if value else t("shell.no")
    if isinstance(value, date):
        return date_text(value)
    return "" if value is None else str(value)


def _record(session: Session, uuid: str) -> MemberRecord:
    record = load_member_form(session, uuid).record
    assert record is not None  # load_member_form raises for an unknown uuid
    return record


def compare_rows(
    session: Session, pair: DuplicatePair, *, full_nik: bool, city: bool
) -> list[CompareRow]:
    """At the city the kelurahan first; every mergeable field; then the groups (they move)."""
    a, b = _record(session, pair.a.uuid), _record(session, pair.b.uuid)
    rows = [_kelurahan_row(pair.a, pair.b)] if city else []
    for field in MERGEABLE_FIELDS:
        left, right = getattr(a, field), getattr(b, field)
        rows.append(
            CompareRow(
                field,
                field_label(field),
                value_text(field, left, full_nik=full_nik),
                value_text(field, right, full_nik=full_nik),
                differs=_stored(left) != _stored(right),
            )
        )
    rows.append(_groups_row(pair.a, pair.b))
    return rows


def _kelurahan_row(a: PersonSummary, b: PersonSummary) -> CompareRow:
    return CompareRow(
        "kelurahan",
        t("duplicates_ui.field.kelurahan"),
        kelurahan_name(a.kelurahan_code),
        kelurahan_name(b.kelurahan_code),
        differs=a.kelurahan_code != b.kelurahan_code,
        mergeable=False,
    )


def _stored(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _groups_row(a: PersonSummary, b: PersonSummary) -> CompareRow:
    return CompareRow(
        "groups",
        t("duplicates_ui.field.groups"),
        ", ".join(a.groups),
        ", ".join(b.groups),
        differs=set(a.groups) != set(b.groups),
        mergeable=False,
    )


def side_of(session: Session, person: PersonSummary) -> Side:
    """The record with what a merge would move from it: memberships, attendance, history."""
    detail = member_detail(session, person.uuid)
    assert detail is not None
    history = count_audit(session, AuditFilter(entity="member", entity_uuid=person.uuid))
    return Side(
        uuid=person.uuid,
        name=person.name,
        current_memberships=sum(line.ended_on is None for line in detail.memberships),
        memberships=len(detail.memberships),
        attendance=len(detail.activities),
        history=history,
    )


def sides_of(session: Session, pair: DuplicatePair) -> tuple[Side, Side]:
    return side_of(session, pair.a), side_of(session, pair.b)
