"""Names for the audit view: which records a search means, and what each audited UUID is called."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Activity, Group, Member
from wksbm_desktop.core.nik import mask_nik
from wksbm_desktop.core.queries.common import search_condition
from wksbm_desktop.i18n import t

MATCH_LIMIT = 30


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
    member_condition = search_condition(text, [Member.full_name], caseless=[Member.nik])
    if member_condition is not None:
        query = select(Member.uuid, Member.full_name, Member.nik).where(member_condition)
        for uuid, name, nik in session.execute(query.order_by(Member.full_name).limit(limit)):
            label = t("ui_safety.audit.match.member", name=f"{name} · {mask_nik(nik)}")
            found.append(RecordMatch(label, "member", uuid))
    for entity, column in (("group", Group.name), ("activity", Activity.title)):
        condition = search_condition(text, [column])
        if condition is None:
            continue
        model = column.class_
        query = select(model.uuid, column).where(condition).order_by(column).limit(limit)
        for uuid, name in session.execute(query):
            found.append(RecordMatch(t(f"ui_safety.audit.match.{entity}", name=name), entity, uuid))
    return found[:limit]


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
