"""Group service: required fields, reference lists, nesting, archiving, assessments, audit."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ConflictError, ValidationFailed
from wksbm_desktop.core.models import Assessment, AuditEntry, Group
from wksbm_desktop.core.services.groups import (
    add_assessment,
    archive_group,
    create_group,
    get_group,
    restore_group,
    update_group,
)
from wksbm_desktop.core.services.reference import add_item
from wksbm_desktop.core.storage.db import Database


def _errors(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def _audit(session: Session, uuid: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
    return list(session.scalars(query))


def test_create_group_resolves_reference_labels(session: Session, make: Any) -> None:
    data = make.group(
        "Bank Sampah Berseri", type=" bank sampah ", sector="Pengelolaan Sampah", rw="3", rt="12"
    )
    group = create_group(session, data)
    assert group.type.label == "Bank Sampah"
    assert group.sector.label == "Pengelolaan Sampah"
    assert (group.rw, group.rt) == ("003", "012")
    assert len(group.uuid) == 36
    entry = _audit(session, group.uuid)[0]
    assert entry.action == "create"
    assert json.loads(entry.changes)["name"] == [None, "Bank Sampah Berseri"]


def test_required_fields(session: Session, make: Any) -> None:
    errors = _errors(lambda: create_group(session, make.group("", type="", sector="")))
    assert set(errors) == {"name", "type", "sector"}
    assert "Nama kelompok wajib diisi" in errors["name"]


def test_unknown_type_lists_the_choices(session: Session, make: Any) -> None:
    errors = _errors(lambda: create_group(session, make.group(type="Arisan")))
    assert "Arisan" in errors["type"]
    assert "KUBE" in errors["type"] and "Posyandu" in errors["type"]


def test_reference_lists_are_editable(session: Session, make: Any) -> None:
    add_item(session, "group_type", "Sanggar Seni")
    group = create_group(session, make.group("Sanggar Tari Cipondoh", type="Sanggar Seni"))
    assert group.type.label == "Sanggar Seni"


def test_bad_rt_rw_status_and_dates(session: Session, make: Any) -> None:
    future = date.today() + timedelta(days=3)
    errors = _errors(lambda: create_group(session, make.group(
        rw="0", rt="1234", status="bubar", founded_on=future,
        sk_date=date(2010, 1, 1),
    )))  # fmt: skip
    assert set(errors) == {"rw", "rt", "status", "founded_on", "sk_date"}
    errors = _errors(lambda: create_group(session, make.group(
        founded_on=date(2015, 5, 1), sk_date=date(2015, 4, 30))))  # fmt: skip
    assert "sebelum tanggal berdiri" in errors["sk_date"]


def test_networks_nest_one_level(session: Session, make: Any) -> None:
    network = create_group(session, make.group("WKSBM Cipondoh", type="WKSBM", sector="Sosial"))
    child = create_group(session, make.group("KUBE Anggota", parent_uuid=network.uuid))
    assert child.parent is network
    errors = _errors(lambda: create_group(session, make.group("Cucu", parent_uuid=child.uuid)))
    assert "KUBE Anggota" in errors["parent_uuid"]
    errors = _errors(lambda: update_group(session, network.uuid, make.group(
        "WKSBM Cipondoh", type="WKSBM", sector="Sosial", parent_uuid=network.uuid)))  # fmt: skip
    assert "parent_uuid" in errors


def test_update_audits_old_and_new(session: Session, group: Group, make: Any) -> None:
    update_group(session, group.uuid, make.group("KUBE Melati Jaya", status="kurang_aktif"))
    entry = _audit(session, group.uuid)[-1]
    assert entry.action == "update"
    assert json.loads(entry.changes) == {
        "name": ["KUBE Melati 1", "KUBE Melati Jaya"],
        "status": ["aktif", "kurang_aktif"],
    }
    assert group.version == 2


def test_stale_version_raises_conflict(database: Database, make: Any) -> None:
    with database.session() as session:
        uuid = create_group(session, make.group()).uuid
    with database.session(operator="Dewi") as session:
        update_group(session, uuid, make.group(phone="0812 3456 7890"), expected_version=1)
    with pytest.raises(ConflictError) as caught, database.session() as session:
        update_group(session, uuid, make.group("Nama Lain"), expected_version=1)
    assert "Dewi" in caught.value.message
    assert "phone" in caught.value.message
    with database.read_session() as session:
        assert get_group(session, uuid).name == "KUBE Melati 1"


def test_archive_and_restore(session: Session, group: Group) -> None:
    archive_group(session, group.uuid, expected_version=1)
    assert group.archived_at is not None
    archive_group(session, group.uuid)  # archiving twice changes nothing
    restore_group(session, group.uuid)
    assert group.archived_at is None
    assert [e.action for e in _audit(session, group.uuid)] == ["create", "archive", "restore"]


def test_archived_group_cannot_be_a_parent(session: Session, make: Any) -> None:
    network = create_group(session, make.group("WKSBM X", type="WKSBM", sector="Sosial"))
    archive_group(session, network.uuid)
    errors = _errors(lambda: create_group(session, make.group(parent_uuid=network.uuid)))
    assert "diarsipkan" in errors["parent_uuid"]


def test_assessments_record_levels_over_time(session: Session, group: Group) -> None:
    add_assessment(session, group.uuid, date(2023, 6, 1), "tumbuh")
    later = add_assessment(session, group.uuid, date(2024, 6, 1), "berkembang", "naik kelas")
    levels = session.scalars(
        select(Assessment.level).where(Assessment.group_id == group.id)
        .order_by(Assessment.assessed_on)
    ).all()  # fmt: skip
    assert levels == ["tumbuh", "berkembang"]
    assert json.loads(_audit(session, later.uuid)[0].changes)["level"] == [None, "berkembang"]


def test_assessment_rules(session: Session, group: Group) -> None:
    future = date.today() + timedelta(days=1)
    errors = _errors(lambda: add_assessment(session, group.uuid, future, "juara"))
    assert set(errors) == {"assessed_on", "level"}
    errors = _errors(lambda: add_assessment(session, group.uuid, None, "maju"))
    assert "wajib diisi" in errors["assessed_on"]
