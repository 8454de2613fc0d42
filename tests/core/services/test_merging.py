"""Merging two records of one person, undoing it, and "bukan orang yang sama" (issue 18)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tests.city_data import CityData, build_city
from tests.core.conftest import OPERATOR, group_input, make_nik, member_input
from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import NotFoundError, WksbmError
from wksbm_desktop.core.models import (
    Attendance,
    AuditEntry,
    DismissedPair,
    Member,
    MemberMerge,
    Membership,
)
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import (
    anonymise_member,
    archive_member,
    create_member,
    update_member,
)
from wksbm_desktop.core.services.memberships import add_membership, end_membership
from wksbm_desktop.core.services.merging import (
    MERGEABLE_FIELDS,
    dismiss_pair,
    field_label,
    merge_members,
    undo_merge,
)
from wksbm_desktop.core.storage.db import Database, open_database

BORN = date(1980, 5, 17)


class World:
    """Two records of Budi Santoso with memberships, attendance and history of their own."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.keep = create_member(session, member_input(12, full_name="Budi Santoso")).uuid
        self.other = create_member(
            session, member_input(13, full_name="H. Budi Santoso", birth_place="Tangerang")
        ).uuid
        self.shared = create_group(session, group_input("KUBE Melati 1")).uuid
        self.theirs = create_group(session, group_input("Bank Sampah Hijau", type="Bank Sampah"))
        self.old = create_group(session, group_input("Karang Taruna Lama", type="Karang Taruna"))
        add_membership(session, self.keep, self.shared, "anggota", date(2024, 3, 1))
        add_membership(session, self.other, self.shared, "ketua", date(2023, 1, 10))
        add_membership(session, self.other, self.theirs.uuid, "anggota", date(2024, 6, 1))
        ended = add_membership(session, self.other, self.old.uuid, "anggota", date(2020, 1, 1))
        end_membership(session, ended.uuid, date(2021, 1, 1))
        self.both = self._activity("Rapat bersama", [self.keep, self.other], self.shared)
        self.only = self._activity("Pelatihan", [self.other], self.theirs.uuid)
        session.flush()

    def _activity(self, title: str, attendees: list[str], group: str) -> int:
        activity = create_activity(
            self.session,
            ActivityInput(
                group,
                date(2025, 6, 10),
                title,
                "Rapat",
                "Sosial",
                "APBD Kota",
                attendee_uuids=tuple(attendees),
            ),
        )
        return activity.id

    def member(self, uuid: str) -> Member:
        return self.session.scalars(select(Member).where(Member.uuid == uuid)).one()

    def state(self) -> dict[str, Any]:
        """Everything a merge touches, as plain values."""
        self.session.flush()
        self.session.expire_all()
        members = {
            uuid: {c: getattr(self.member(uuid), c) for c in (*MERGEABLE_FIELDS, "archived_at",
                                                               "merged_into")}
            for uuid in (self.keep, self.other)
        }  # fmt: skip
        memberships = {
            m.uuid: (m.member_id, m.group_id, m.role, m.started_on, m.ended_on)
            for m in self.session.scalars(select(Membership))
        }
        attendance = set(self.session.execute(select(Attendance.activity_id, Attendance.member_id)))
        history = {
            entry.id: entry.entity_uuid
            for entry in self.session.scalars(select(AuditEntry))
            if entry.action not in ("merge", "merged_into", "unmerge")
        }
        return {"members": members, "memberships": memberships, "attendance": attendance,
                "history": history}  # fmt: skip


@pytest.fixture
def world(session: Session) -> World:
    return World(session)


def test_a_merge_moves_everything_to_the_survivor(world: World) -> None:
    session = world.session
    other_history = session.scalars(
        select(AuditEntry.id).where(AuditEntry.entity_uuid == world.other)
    ).all()
    result = merge_members(session, world.keep, world.other, take_from_other=["birth_place", "nik"])
    keep, other = world.member(world.keep), world.member(world.other)
    assert (result.keep_uuid, result.other_uuid) == (world.keep, world.other)
    assert (result.memberships_moved, result.memberships_joined) == (2, 1)
    assert (result.attendance_moved, result.attendance_dropped) == (1, 1)
    assert result.assessments_moved == 0 and result.history_moved == len(other_history) > 0
    assert result.fields_taken == ("birth_place", "nik")
    # The survivor took the chosen fields, the NIK included; the other is archived, pointing.
    assert (keep.nik, keep.birth_place, keep.full_name) == (
        make_nik("L", BORN, 13),
        "Tangerang",
        "Budi Santoso",
    )
    assert other.archived_at is not None and other.merged_into == world.keep
    # Every membership of the other is the survivor's now, but one per group stays current.
    current = session.scalars(
        select(Membership).where(Membership.ended_on.is_(None), Membership.member_id == keep.id)
    ).all()
    assert len(current) == 2
    assert (
        session.scalars(
            select(Membership).where(
                Membership.member_id == other.id, Membership.ended_on.is_(None)
            )
        ).all()
        == []
    )
    ended_with_survivor = session.scalars(
        select(Membership).where(Membership.member_id == keep.id, Membership.ended_on.is_not(None))
    ).all()
    assert [m.started_on for m in ended_with_survivor] == [date(2020, 1, 1)]
    attendance = set(session.execute(select(Attendance.activity_id, Attendance.member_id)))
    assert attendance == {(world.both, keep.id), (world.only, keep.id)}
    # The change history of the other shows with the survivor now, plus the merge itself.
    moved = session.scalars(select(AuditEntry).where(AuditEntry.id.in_(other_history))).all()
    assert {entry.entity_uuid for entry in moved} == {world.keep}
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
    changes = json.loads(entry.changes)
    assert entry.entity_uuid == world.keep and entry.operator == OPERATOR
    assert changes["merged_from"] == [None, world.other]
    assert changes["merge_id"] == [None, result.merge_id]
    assert changes["nik"] == [make_nik("L", BORN, 12), make_nik("L", BORN, 13)]
    archived = session.scalars(select(AuditEntry).where(AuditEntry.action == "merged_into")).one()
    assert archived.entity_uuid == world.other
    row = session.get(MemberMerge, result.merge_id)
    assert row is not None and row.merged_by == OPERATOR and row.undone_at is None


def test_both_current_members_of_one_group_keep_one_membership(world: World) -> None:
    session = world.session
    result = merge_members(session, world.keep, world.other)
    keep, other = world.member(world.keep), world.member(world.other)
    shared = session.scalars(
        select(Membership)
        .join(Membership.group)
        .where(Membership.ended_on.is_(None), Membership.group.has(uuid=world.shared))
    ).all()
    # One current membership, from the earlier start and with the other's Ketua role.
    assert [(m.member_id, m.started_on, m.role) for m in shared] == [
        (keep.id, date(2023, 1, 10), "ketua")
    ]
    theirs = session.scalars(
        select(Membership).where(
            Membership.member_id == other.id, Membership.group.has(uuid=world.shared)
        )
    ).one()
    assert theirs.ended_on is not None  # kept in the other's history, ended
    assert result.notes == (
        "Keduanya anggota aktif KUBE Melati 1: satu keanggotaan dipertahankan, mulai 10-01-2023.",
    )


def test_undo_puts_both_records_back_exactly(world: World) -> None:
    before = world.state()
    result = merge_members(
        world.session, world.keep, world.other, take_from_other=("nik", "birth_date", "full_name")
    )
    assert world.state() != before
    undo_merge(world.session, result.merge_id)
    assert world.state() == before
    row = world.session.get(MemberMerge, result.merge_id)
    assert row is not None and row.undone_at is not None and row.undone_by == OPERATOR
    actions = world.session.scalars(
        select(AuditEntry.entity_uuid).where(AuditEntry.action == "unmerge")
    ).all()
    assert sorted(actions) == sorted([world.keep, world.other])
    with pytest.raises(WksbmError) as caught:
        undo_merge(world.session, result.merge_id)
    assert "sudah dibatalkan" in caught.value.message


def test_undo_is_refused_after_a_later_change(world: World) -> None:
    result = merge_members(world.session, world.keep, world.other)
    update_member(world.session, world.keep, member_input(12, full_name="Budi Santoso Putra"))
    with pytest.raises(WksbmError) as caught:
        undo_merge(world.session, result.merge_id)
    assert caught.value.key == "duplicates.undo.changed_since"
    assert OPERATOR in caught.value.message
    assert world.member(world.other).archived_at is not None


def test_undo_is_refused_when_a_moved_membership_changed(world: World) -> None:
    result = merge_members(world.session, world.keep, world.other)
    keep = world.member(world.keep)
    moved = world.session.scalars(
        select(Membership).where(
            Membership.member_id == keep.id,
            Membership.ended_on.is_(None),
            Membership.group_id == world.theirs.id,
        )
    ).one()
    end_membership(world.session, moved.uuid, date(2025, 7, 1))
    with pytest.raises(WksbmError, match="tidak bisa dibatalkan"):
        undo_merge(world.session, result.merge_id)


def test_undo_is_refused_when_a_record_changed_outside_the_history(world: World) -> None:
    result = merge_members(world.session, world.keep, world.other)
    world.session.execute(
        update(Member).where(Member.uuid == world.keep).values(version=Member.version + 1)
    )
    with pytest.raises(WksbmError, match="tidak bisa dibatalkan"):
        undo_merge(world.session, result.merge_id)
    world.session.execute(
        update(Member).where(Member.uuid == world.keep).values(version=Member.version - 1)
    )
    world.session.execute(update(Member).where(Member.uuid == world.other).values(merged_into=None))
    with pytest.raises(WksbmError, match="tidak bisa dibatalkan"):
        undo_merge(world.session, result.merge_id)


def test_undo_is_refused_when_the_nik_is_taken_again(world: World) -> None:
    result = merge_members(world.session, world.keep, world.other)
    create_member(world.session, member_input(13, full_name="Orang Baru"))
    with pytest.raises(WksbmError) as caught:
        undo_merge(world.session, result.merge_id)
    assert caught.value.key == "duplicates.undo.nik_taken" and "Orang Baru" in caught.value.message


def test_a_merged_away_record_is_not_restored_from_the_archive(world: World) -> None:
    from wksbm_desktop.core.services.members import restore_member

    merge_members(world.session, world.keep, world.other)
    with pytest.raises(WksbmError) as caught:
        restore_member(world.session, world.other)
    assert caught.value.key == "duplicates.restore.merged"
    assert world.member(world.other).archived_at is not None


def test_undo_of_an_unknown_merge(session: Session) -> None:
    with pytest.raises(NotFoundError, match="nomor 99"):
        undo_merge(session, 99)


def test_refusals_change_nothing(world: World) -> None:
    session = world.session
    third = create_member(session, member_input(900, full_name="Agus Hidayat")).uuid
    fourth = create_member(session, member_input(901, full_name="Rina Wati")).uuid
    archive_member(session, third)
    anonymise_member(session, fourth)
    cases = [
        ((world.keep, world.keep), {}, "duplicates.merge.same_record"),
        ((world.keep, third), {}, "duplicates.merge.archived"),
        ((fourth, world.keep), {}, "duplicates.merge.anonymised"),
        ((world.keep, world.other), {"take_from_other": ["id"]}, "duplicates.merge.unknown_field"),
    ]
    for (keep, other), options, key in cases:
        with pytest.raises(WksbmError) as caught:
            merge_members(session, keep, other, **options)
        assert caught.value.key == key
    with pytest.raises(NotFoundError):
        merge_members(session, world.keep, "tidak-ada")
    assert world.member(world.other).archived_at is None
    assert session.scalars(select(MemberMerge)).all() == []


def test_dismissing_a_pair_is_remembered_once_in_either_order(world: World) -> None:
    session = world.session
    dismiss_pair(session, world.other, world.keep, note="  kakak beradik ")
    dismiss_pair(session, world.keep, world.other)
    [pair] = session.scalars(select(DismissedPair)).all()
    assert (pair.low_uuid, pair.high_uuid) == tuple(sorted((world.keep, world.other)))
    assert (pair.note, pair.dismissed_by) == ("kakak beradik", OPERATOR)
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "dismiss_duplicate")
    ).all()
    assert {e.entity_uuid: json.loads(e.changes)["not_same_as"][1] for e in entries} == {
        world.keep: world.other,
        world.other: world.keep,
    }


def test_dismissal_refusals(world: World) -> None:
    session = world.session
    with pytest.raises(WksbmError, match="data yang sama"):
        dismiss_pair(session, world.keep, world.keep)
    with pytest.raises(WksbmError, match="terlalu panjang"):
        dismiss_pair(session, world.keep, world.other, note="x" * 1001)
    with pytest.raises(NotFoundError):
        dismiss_pair(session, world.keep, "tidak-ada")
    assert session.scalars(select(DismissedPair)).all() == []


def test_field_labels_are_indonesian() -> None:
    assert [field_label(name) for name in MERGEABLE_FIELDS[:3]] == [
        "NIK",
        "Nama lengkap",
        "Jenis kelamin",
    ]


# --- at the city -----------------------------------------------------------------------------


@pytest.fixture
def city(tmp_path: Path) -> Iterator[tuple[Database, CityData]]:
    database = open_database(tmp_path / "kota.db", operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def test_at_the_city_merging_is_for_the_kelurahan(city) -> None:
    database, data = city
    with database.session() as session:
        with pytest.raises(WksbmError) as two:
            merge_members(session, data.members["ani1"], data.members["ani2"])
        with pytest.raises(WksbmError) as owned:
            merge_members(session, data.members["ani2"], data.members["citra"])
        dismiss_pair(session, data.members["citra"], data.members["dewi"])
    assert two.value.key == "duplicates.merge.two_kelurahan"
    assert owned.value.key == "city.record.owned_by"
    with database.read_session() as session:
        assert len(session.scalars(select(DismissedPair)).all()) == 1
