"""Audit entries: who, when, which record, and each changed field's old → new value."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group, Member, utcnow
from wksbm_desktop.core.services import activities, audit, groups, members, memberships
from wksbm_desktop.core.storage.db import Database


def _entries(session: Session) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_diff_lists_only_changed_fields() -> None:
    before = {"name": "A", "rt": "001", "notes": ""}
    after = {"name": "B", "rt": "001", "notes": "baru"}
    assert audit.diff(before, after) == {"name": ["A", "B"], "notes": ["", "baru"]}
    assert audit.diff({}, {"name": "A"}) == {"name": [None, "A"]}


def test_snapshot_turns_dates_into_text(session: Session, group: Group) -> None:
    group.founded_on = date(2019, 2, 3)
    assert audit.snapshot(group, ("name", "founded_on")) == {
        "name": "KUBE Melati 1",
        "founded_on": "2019-02-03",
    }


def test_record_stamps_operator_and_time(database: Database) -> None:
    started = utcnow() - timedelta(seconds=1)
    with database.session(operator="Siti Aminah") as session:
        audit.record(session, "group", "u-1", "update", {"name": ["Lama", "Baru"]})
    with database.session(operator="") as session:
        audit.record(session, "group", "u-1", "archive")
    with database.read_session() as session:
        first, second = _entries(session)[-2:]
        assert (first.operator, first.entity, first.entity_uuid) == ("Siti Aminah", "group", "u-1")
        assert json.loads(first.changes) == {"name": ["Lama", "Baru"]}
        assert isinstance(first.at, datetime) and first.at >= started
        assert second.operator == audit.SYSTEM_OPERATOR
        assert json.loads(second.changes) == {}


def test_indonesian_text_is_stored_readably(session: Session) -> None:
    entry = audit.record(session, "member", "u", "update", {"notes": [None, "Dusun Ciké"]})
    assert "Ciké" in entry.changes


def test_audit_entries_roll_back_with_the_change(database: Database, make: Any) -> None:
    with database.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationFailed), database.session() as session:
        groups.create_group(session, make.group("Akan Dibatalkan"))
        groups.create_group(session, make.group(""))
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_every_service_change_is_audited(session: Session, make: Any) -> None:
    """Each write of the services leaves exactly one entry naming the record it touched."""
    steps: list[tuple[str, str]] = []

    def step(result: Group | Member | Any, entity: str, action: str) -> Any:
        steps.append((entity, action))
        latest = _entries(session)[-1]
        assert (latest.entity, latest.action) == (entity, action)
        assert latest.entity_uuid == result.uuid
        assert latest.operator == "Penguji"
        return result

    group = step(groups.create_group(session, make.group()), "group", "create")
    step(groups.update_group(session, group.uuid, make.group("Baru")), "group", "update")
    person = step(members.create_member(session, make.member(1)), "member", "create")
    step(members.update_member(session, person.uuid, make.member(1, rt="7")), "member", "update")
    link = step(memberships.add_membership(session, person.uuid, group.uuid, "anggota",
                                           date(2024, 1, 1)), "membership", "create")  # fmt: skip
    step(memberships.end_membership(session, link.uuid, date(2024, 2, 1)), "membership", "end")
    data = ActivityInput(group.uuid, date(2024, 3, 1), "Rapat", "Rapat", "Sosial", "Lainnya")
    act = step(activities.create_activity(session, data), "activity", "create")
    data2 = ActivityInput(group.uuid, date(2024, 3, 2), "Rapat", "Rapat", "Sosial", "Lainnya")
    step(activities.update_activity(session, act.uuid, data2), "activity", "update")
    step(activities.archive_activity(session, act.uuid), "activity", "archive")
    step(activities.restore_activity(session, act.uuid), "activity", "restore")
    step(members.archive_member(session, person.uuid), "member", "archive")
    step(members.restore_member(session, person.uuid), "member", "restore")
    step(groups.archive_group(session, group.uuid), "group", "archive")
    step(groups.restore_group(session, group.uuid), "group", "restore")
    assert len(steps) == 14


def test_a_backup_made_by_hand_names_its_maker_and_file(database: Database) -> None:
    with database.session(operator="Siti Aminah") as session:
        audit.record_backup(session, "wksbm-2026-12-02.db")
    with database.read_session() as session:
        entry = _entries(session)[-1]
        assert (entry.entity, entry.entity_uuid, entry.action) == ("database", "", "backup")
        assert entry.operator == "Siti Aminah"
        assert json.loads(entry.changes) == {
            "file": [None, "wksbm-2026-12-02.db"],
            "reason": [None, "manual"],
        }
