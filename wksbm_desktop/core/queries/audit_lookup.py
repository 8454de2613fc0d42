"""Names for the audit view: which records a search means, and what each audited UUID is called."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik import ID_LENGTH, mask_id_for_file, mask_nik
from wksbm_desktop.core.models import Activity, Group, Member
from wksbm_desktop.core.queries.common import search_condition
from wksbm_desktop.core.services.access import shows_full_nik
from wksbm_desktop.i18n import t

MATCH_LIMIT = 30


def _column(attribute: Any) -> ColumnElement[Any]:
    """A mapped attribute as the column expression the shared search helper expects."""
    return cast(ColumnElement[Any], attribute)


@dataclass(frozen=True)
class RecordMatch:
    label: str
    entity: str
    uuid: str


def looks_like_uuid(text: str) -> bool:
    text = text.strip()
    return len(text) == 36 and text.count("-") == 4


def find_records(session: Session, text: str, limit: int = MATCH_LIMIT) -> list[RecordMatch]:
    """Members (by name or NIK), groups and activities matching ``text``; a UUID is itself."""
    text = text.strip()
    if not text:
        return []
    if looks_like_uuid(text):
        return [RecordMatch(text, "", text)]
    found: list[RecordMatch] = []
    name, nik = _column(Member.full_name), _column(Member.nik)
    full = shows_full_nik(session)
    member_condition = _member_condition(text, name, nik, full)
    if member_condition is not None:
        hide = mask_nik if full else mask_id_for_file
        query = select(Member.uuid, Member.full_name, Member.nik).where(member_condition)
        for uuid, full_name, number in session.execute(query.order_by(name).limit(limit)):
            label = t("ui_safety.audit.match.member", name=f"{full_name} · {hide(number)}")
            found.append(RecordMatch(label, "member", uuid))
    for entity, uuid_column, title in (
        ("group", Group.uuid, _column(Group.name)),
        ("activity", Activity.uuid, _column(Activity.title)),
    ):
        condition = search_condition(text, [title])
        if condition is None:
            continue
        titles = select(uuid_column, title).where(condition).order_by(title).limit(limit)
        for uuid, label in session.execute(titles):
            text_label = t(f"ui_safety.audit.match.{entity}", name=label)
            found.append(RecordMatch(text_label, entity, uuid))
    return found[:limit]


def _member_condition(
    text: str, name: ColumnElement[Any], nik: ColumnElement[Any], full: bool
) -> ColumnElement[bool] | None:
    """By name or a part of the NIK; a Pemantau's NIK must be typed whole (members.py says why)."""
    if full:
        return search_condition(text, [name], caseless=[nik])
    typed = text.replace(" ", "")
    if typed.isdigit() and len(typed) == ID_LENGTH:
        return nik == typed
    return search_condition(text, [name])


def record_names(session: Session, uuids: Iterable[str]) -> dict[str, str]:
    """Current names of members, groups and activities among ``uuids`` (others are absent)."""
    wanted = sorted({uuid for uuid in uuids if uuid})
    names: dict[str, str] = {}
    if not wanted:
        return names
    named = ((Member, Member.full_name), (Group, Group.name), (Activity, Activity.title))
    for model, column in named:
        query = select(model.uuid, column).where(model.uuid.in_(wanted))
        names.update({uuid: name for uuid, name in session.execute(query)})
    return names
