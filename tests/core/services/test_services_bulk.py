"""Bulk writes: the same rows, audit entries and errors as the record services, in batches."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.core.conftest import KELURAHAN, OPERATOR, group_input, member_input
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import NotFoundError, ValidationFailed, WksbmError
from wksbm_desktop.core.models import AuditEntry, Group, Member, Membership
from wksbm_desktop.core.services import bulk
from wksbm_desktop.core.services.bulk import BulkWriter
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database

START = date(2023, 2, 1)
# Two groups, four people (one twice), the roles an office list has; the last member is in
# both groups.
GROUPS = [group_input("KUBE Mawar"), group_input("Posyandu Anggrek", type="Posyandu")]
MEMBERS = [
    member_input(1, "P", date(1985, 8, 17), address="Jl. Melati 3", rt="5", rw="2"),
    member_input(2, "L", date(1990, 1, 2), kk="3671050101900001", phone="0812 3456 7890"),
    member_input(3, "P", date(1970, 12, 31), birth_place="Tangerang"),
    member_input(4, "L", date(2001, 6, 15), education="SMA", occupation="Pedagang"),
]
MEMBERSHIPS = [(0, 0, "ketua"), (1, 0, "anggota"), (2, 1, "bendahara"), (3, 0, "sekretaris"),
               (3, 1, "anggota")]  # fmt: skip


@pytest.fixture
def second_database(new_target: Callable[..., str]) -> Iterator[Database]:
    db = open_database(new_target("kedua.db", at_head=True), operator=OPERATOR)
    with db.session() as session:
        save_office(session, OfficeInput(kelurahan_code=KELURAHAN, lurah_name="Lurah Uji"))
    yield db
    db.dispose()


def _through_services(session: Session) -> None:
    groups = [create_group(session, data).uuid for data in GROUPS]
    members = [create_member(session, data).uuid for data in MEMBERS]
    for member, group, role in MEMBERSHIPS:
        add_membership(session, members[member], groups[group], role, START)


def _through_bulk(session: Session) -> None:
    writer = BulkWriter(session)
    writer.prefetch_niks(data.nik for data in MEMBERS)
    groups = [writer.add_group(data) for data in GROUPS]
    members = [writer.add_member(data) for data in MEMBERS]
    for member, group, role in MEMBERSHIPS:
        writer.add_membership(members[member], groups[group], role, START)
    writer.flush()


_SKIPPED = {"id", "uuid", "created_at", "updated_at", "member_id", "group_id", "type_id",
            "sector_id"}  # fmt: skip


def _plain(record: Any) -> dict[str, Any]:
    columns = record.__table__.columns.keys()
    return {name: getattr(record, name) for name in columns if name not in _SKIPPED}


def _state(database: Database) -> dict[str, Any]:
    """Everything written, with database ids and uuids replaced by NIKs and group names."""
    with database.read_session() as session:
        members = {m.uuid: m for m in session.scalars(select(Member))}
        groups = {g.uuid: g for g in session.scalars(select(Group))}
        names = {uuid: m.nik for uuid, m in members.items()} | {
            uuid: g.name for uuid, g in groups.items()
        }
        rows = session.scalars(select(Membership)).all()
        names |= {m.uuid: f"{m.member.nik}@{m.group.name}" for m in rows}
        audits = []
        created = select(AuditEntry).where(
            AuditEntry.action == "create", AuditEntry.entity.in_(["group", "member", "membership"])
        )
        for entry in session.scalars(created):
            changes = json.loads(entry.changes)
            for field in ("member", "group"):
                if field in changes:
                    changes[field] = [None, names[changes[field][1]]]
            for field in ("type_id", "sector_id"):
                changes.pop(field, None)  # ids differ between the databases; types compared below
            audits.append((entry.entity, names[entry.entity_uuid], entry.operator,
                           json.dumps(changes, sort_keys=True)))  # fmt: skip
        return {
            "members": sorted((_plain(m) for m in members.values()), key=lambda m: m["nik"]),
            "groups": sorted(
                (
                    {**_plain(g), "type": g.type.label, "sector": g.sector.label}
                    for g in groups.values()
                ),
                key=lambda g: g["name"],
            ),
            "memberships": sorted((names[m.uuid], _plain(m)) for m in rows),
            "audit": sorted(audits),
        }


def test_bulk_writes_what_the_services_write(database: Database, second_database: Database):
    with database.session() as session:
        _through_services(session)
    with second_database.session() as session:
        _through_bulk(session)
    expected, written = _state(database), _state(second_database)
    assert len(written["members"]) == 4 and len(written["audit"]) == 2 + 4 + 5
    assert written == expected
    with second_database.read_session() as session:
        versions = session.execute(select(func.min(Member.version), func.max(Member.version)))
        assert tuple(versions.one()) == (1, 1)
        stamped = session.scalars(select(Member.created_at).where(Member.created_at.is_(None)))
        assert stamped.first() is None


def _error_of(call: Callable[[], object]) -> tuple[type, Any]:
    with pytest.raises(WksbmError) as caught:
        call()
    error = caught.value
    if isinstance(error, ValidationFailed):
        return type(error), [(e.field, e.key, e.params) for e in error.errors]
    return type(error), (error.key, error.params)


def test_nik_taken_in_the_database_or_earlier_in_the_batch(session: Session):
    create_member(session, MEMBERS[0])
    writer = BulkWriter(session)
    writer.prefetch_niks([MEMBERS[0].nik, MEMBERS[1].nik])
    again = member_input(1, "P", date(1985, 8, 17), full_name="Orang Lain")
    assert _error_of(lambda: writer.add_member(again)) == _error_of(
        lambda: create_member(session, again)
    )
    writer.add_member(MEMBERS[1])
    twice = member_input(2, "L", date(1990, 1, 2), full_name="Nama Lain")
    kind, errors = _error_of(lambda: writer.add_member(twice))
    assert kind is ValidationFailed
    assert errors == [("nik", "member.nik_taken", {"name": MEMBERS[1].full_name})]
    # A NIK the caller did not announce is looked up on its own.
    unannounced = BulkWriter(session)
    assert _error_of(lambda: unannounced.add_member(again))[1][0][1] == "member.nik_taken"


def test_other_member_rules_are_the_services_rules(session: Session):
    writer = BulkWriter(session)
    bad = replace(member_input(9, "P", date(1985, 8, 17)), sex="L", rt="12345", full_name="")
    assert _error_of(lambda: writer.add_member(bad)) == _error_of(
        lambda: create_member(session, bad)
    )
    bad_group = group_input("", type="Tidak Ada")
    assert _error_of(lambda: writer.add_group(bad_group)) == _error_of(
        lambda: create_group(session, bad_group)
    )
    # Asked twice, the memoised reference look-up still reports the unknown type.
    assert _error_of(lambda: writer.add_group(bad_group)) == _error_of(
        lambda: create_group(session, bad_group)
    )


def test_membership_rules_against_queued_and_stored_records(session: Session):
    stored_group = create_group(session, GROUPS[0])
    stored_ketua = create_member(session, MEMBERS[0])
    add_membership(session, stored_ketua.uuid, stored_group.uuid, "ketua", START)
    archived = create_member(session, MEMBERS[1])
    archive_member(session, archived.uuid)
    writer = BulkWriter(session)
    new_group = writer.add_group(GROUPS[1])
    first, second = writer.add_member(MEMBERS[2]), writer.add_member(MEMBERS[3])

    ketua = _error_of(lambda: writer.add_membership(first, stored_group.uuid, "ketua", START))
    assert ketua[1] == [("role", "membership.ketua_taken",
                         {"group": GROUPS[0].name, "name": MEMBERS[0].full_name})]  # fmt: skip
    writer.add_membership(first, new_group, "ketua", START)
    taken = _error_of(lambda: writer.add_membership(second, new_group, "ketua", START))
    assert taken[1] == [("role", "membership.ketua_taken",
                         {"group": GROUPS[1].name, "name": MEMBERS[2].full_name})]  # fmt: skip
    duplicate = _error_of(lambda: writer.add_membership(first, new_group, "anggota", START))
    assert duplicate[1][0][:2] == ("group_uuid", "membership.duplicate")
    stored_twice = _error_of(
        lambda: writer.add_membership(stored_ketua.uuid, stored_group.uuid, "anggota", START)
    )
    assert stored_twice == _error_of(
        lambda: add_membership(session, stored_ketua.uuid, stored_group.uuid, "anggota", START)
    )
    services = _Services(session)
    cases: list[tuple[str, str, str, date | None]] = [
        (archived.uuid, stored_group.uuid, "anggota", START),
        (stored_ketua.uuid, "tidak-ada", "anggota", START),
        (stored_ketua.uuid, stored_group.uuid, "raja", None),
    ]
    for args in cases:
        assert _error_of(partial(writer.add_membership, *args)) == _error_of(
            partial(services.add_membership, *args)
        )
    with pytest.raises(NotFoundError):
        writer.add_membership("tidak-ada", stored_group.uuid, "anggota", START)
    writer.add_membership(second, stored_group.uuid, "anggota", START)
    writer.flush()
    count = select(func.count()).select_from(Membership).where(Membership.ended_on.is_(None))
    assert session.scalar(count) == 3


class _Services:
    """add_membership with the writer's call shape, to compare their errors."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add_membership(self, *args: Any) -> object:
        return add_membership(self.session, *args)


def test_batches_of_several_statements(session: Session, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(bulk, "BATCH_SIZE", 3)
    writer = BulkWriter(session)
    group = writer.add_group(GROUPS[0])
    people = [member_input(n, "L", date(1980, 1, n)) for n in range(1, 8)]
    writer.prefetch_niks(p.nik for p in people)
    for person in people:
        writer.add_membership(writer.add_member(person), group, "anggota", START)
    writer.flush()
    assert session.scalar(select(func.count()).select_from(Member)) == 7
    query = select(func.count()).select_from(Membership).join(Member).join(Group)
    assert session.scalar(query.where(Group.name == GROUPS[0].name)) == 7
    assert (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) >= 1 + 7 + 7


def test_nothing_stays_when_the_transaction_fails(database: Database):
    with pytest.raises(RuntimeError), database.session() as session:
        writer = BulkWriter(session)
        writer.add_member(MEMBERS[0])
        writer.flush()
        raise RuntimeError("a later row failed")
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0
        entries = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "member")
        assert session.scalar(entries) == 0


def test_larger_page_cache_is_given_back(database) -> None:
    from wksbm_desktop.core.services.bulk import BULK_CACHE_KIB, larger_page_cache

    with database.session() as session:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            pytest.skip("a SQLite pragma")
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        with larger_page_cache(session):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -BULK_CACHE_KIB
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before
