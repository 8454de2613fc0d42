"""Removals a report carries: tombstones (archived, anonymised, deleted) and, for a whole-data
report, records the kelurahan no longer has (archived at the city, and the receipt says so)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Activity, Assessment, Group, Member, Membership
from wksbm_desktop.core.services.receiving_write import owners_elsewhere
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.core.services.receiving_apply import ReportApplier

MAX_ABSENCE_LINES = 100  # the receipt names this many records archived by absence, then counts


def tombstones(applier: ReportApplier, entity: str) -> dict[str, tuple[str, datetime]]:
    """uuid → (removal, when) of the file's tombstones for ``entity``."""
    found: dict[str, tuple[str, datetime]] = {}
    for row in applier.report.removed:
        if row.get("entity") == entity and row.get("uuid"):
            found[row["uuid"]] = (row.get("removal") or "", row.get("at") or applier.now)
    return found


def _live_rows(session: Session, table: Any, code: str, label: str) -> dict[str, dict[str, Any]]:
    query = select(table.c.id, table.c.uuid, table.c[label].label("label"), table.c.archived_at)
    query = query.where(table.c.kelurahan_code == code)
    return {row.uuid: dict(row._mapping) for row in session.execute(query)}


def _refuse_foreign(applier: ReportApplier, entity: str, table: Any, uuids: Iterable[str]) -> None:
    elsewhere = owners_elsewhere(applier.session, table, uuids, applier.code)
    for uuid, owner in elsewhere.items():
        applier.refuse(entity, {"uuid": uuid, "_sheet": "_hapus"},
                       t("receiving.row.foreign_uuid", uuid=uuid,
                         owner=owner or t("receiving.owner_dinas")))  # fmt: skip


def archive_removed(
    applier: ReportApplier,
    entity: str,
    table: Any,
    label: str,
    anonymising: bool = False,
) -> set[int]:
    """Archive what the tombstones and (for a whole-data report) absence say; returns the ids
    archived now. Members anonymised by a tombstone are anonymised here too."""
    held = _live_rows(applier.session, table, applier.code, label)
    removed = tombstones(applier, entity)
    _refuse_foreign(applier, entity, table, (u for u in removed if u not in held))
    archive: dict[int, datetime] = {}
    for uuid, (removal, at) in removed.items():
        row = held.get(uuid)
        if row is not None and removal == "archived" and row["archived_at"] is None:
            archive[row["id"]] = at
    archive.update(_absent(applier, entity, held, removed))
    if archive:
        applier.writer.update(table, [{"_id": i, "archived_at": at} for i, at in archive.items()])
    applier.receipt.count("archived", entity, len(archive))
    if anonymising:
        _anonymise(applier, held, removed)
    return archive.keys() | {row["id"] for row in held.values() if row["archived_at"] is not None}


def _absent(
    applier: ReportApplier,
    entity: str,
    held: dict[str, dict[str, Any]],
    removed: dict[str, tuple[str, datetime]],
) -> dict[int, datetime]:
    """Live records of the kelurahan a whole-data report no longer lists: archived, named."""
    report = applier.report
    if not report.whole_data or entity in report.unknown_refused:
        return {}
    present = {row["uuid"] for row in report.entity_rows(entity)}
    present |= report.refused_uuids.get(entity, set()) | removed.keys()
    absent = [
        row for uuid, row in held.items() if uuid not in present and row["archived_at"] is None
    ]
    for row in absent[:MAX_ABSENCE_LINES]:
        applier.receipt.lines.append(
            t(f"receiving.line.absent.{entity}", name=_label(row["label"]), uuid=row["uuid"])
        )
    if len(absent) > MAX_ABSENCE_LINES:
        applier.receipt.lines.append(
            t("receiving.line.absent_more", count=len(absent) - MAX_ABSENCE_LINES)
        )
    return {row["id"]: applier.now for row in absent}


def _label(value: object) -> str:
    """How an absence line names a record: its name, or its date as officers write it."""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value or "") or "-"


def _anonymise(
    applier: ReportApplier,
    held: dict[str, dict[str, Any]],
    removed: dict[str, tuple[str, datetime]],
) -> None:
    wanted = [uuid for uuid, (removal, _) in removed.items() if removal == "anonymised"]
    ids = {held[uuid]["id"]: uuid for uuid in wanted if uuid in held}
    if not ids:
        return
    query = select(Member.id, Member.birth_date, Member.anonymised_at).where(Member.id.in_(ids))
    todo = [
        (member_id, ids[member_id], born, removed[ids[member_id]][1])
        for member_id, born, done in applier.session.execute(query)
        if done is None
    ]
    applier.anonymise(todo)
    applier.receipt.count("anonymised", "members", len(todo))


def end_memberships(applier: ReportApplier, member_ids: set[int], on: dict[int, date]) -> None:
    """End the current memberships of members archived now, as members.archive_member does."""
    if not member_ids:
        return
    query = select(Membership.id, Membership.member_id, Membership.started_on).where(
        Membership.kelurahan_code == applier.code, Membership.ended_on.is_(None)
    )
    rows = [
        {"_id": mid, "ended_on": max(on[member], started)}
        for mid, member, started in applier.session.execute(query)
        if member in member_ids
    ]
    applier.writer.update(Membership.__table__, rows, bump=False)


def apply_group_and_member_removals(applier: ReportApplier) -> None:
    applier.archived_groups = archive_removed(applier, "groups", Group.__table__, "name")
    before = _archived_member_ids(applier)
    applier.archived_members = archive_removed(
        applier, "members", Member.__table__, "full_name", True
    )
    applier.ending_members = applier.archived_members - before
    days = _archive_days(applier, applier.ending_members)
    end_memberships(applier, applier.ending_members, days)


def _archived_member_ids(applier: ReportApplier) -> set[int]:
    query = select(Member.id).where(
        Member.kelurahan_code == applier.code, Member.archived_at.is_not(None)
    )
    return set(applier.session.scalars(query))


def _archive_days(applier: ReportApplier, member_ids: set[int]) -> dict[int, date]:
    if not member_ids:
        return {}
    query = select(Member.id, Member.archived_at).where(Member.kelurahan_code == applier.code)
    return {
        member_id: (at or applier.now).date()
        for member_id, at in applier.session.execute(query)
        if member_id in member_ids
    }


def apply_activity_removals(applier: ReportApplier) -> None:
    archive_removed(applier, "activities", Activity.__table__, "title")


def apply_assessment_deletions(applier: ReportApplier) -> None:
    """Assessments the kelurahan deleted (a mistake corrected) are deleted at the city too."""
    removed = tombstones(applier, "assessments")
    wanted = [uuid for uuid, (removal, _) in removed.items() if removal == "deleted"]
    if not wanted:
        return
    table = Assessment.__table__
    query = select(table.c.id, table.c.uuid).where(
        table.c.kelurahan_code == applier.code, table.c.uuid.in_(wanted)
    )
    found = {record_id: uuid for record_id, uuid in applier.session.execute(query)}
    _refuse_foreign(applier, "assessments", table, (u for u in wanted if u not in found.values()))
    applier.writer.delete_ids(table, found)
    applier.receipt.count("deleted", "assessments", len(found))
