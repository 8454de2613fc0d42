"""Loading what the forms need: records as frozen rows, pickers, memberships, searches."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import NotFoundError
from wksbm_desktop.core.queries import forms as q
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import add_assessment, archive_group, create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership, end_membership


def test_group_form_loads_record_memberships_and_levels(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    network = create_group(session, make.group("WKSBM Poris", type="WKSBM", sector="Sosial"))
    group = create_group(session, make.group("KUBE Mawar", parent_uuid=network.uuid, rw="5"))
    ketua = create_member(session, make.member(1, full_name="Budi Ketua"))
    left = create_member(session, make.member(2, full_name="Andi Keluar"))
    add_membership(session, ketua.uuid, group.uuid, "ketua", date(2024, 1, 1))
    old = add_membership(session, left.uuid, group.uuid, "anggota", date(2024, 1, 1))
    end_membership(session, old.uuid, date(2024, 6, 1))
    add_assessment(session, group.uuid, date(2024, 1, 5), "tumbuh")
    add_assessment(session, group.uuid, date(2025, 1, 5), "maju")
    session.flush()

    form = q.load_group_form(session, group.uuid)

    record = form.record
    assert record is not None
    assert (record.name, record.type, record.sector, record.rw) == (
        "KUBE Mawar",
        "KUBE",
        "Ekonomi Produktif",
        "005",
    )
    assert record.parent_uuid == network.uuid
    assert record.version == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "x"  # type: ignore[misc]
    assert [(m.member_name, m.role, m.is_current) for m in form.memberships] == [
        ("Budi Ketua", "ketua", True),
        ("Andi Keluar", "anggota", False),
    ]
    assert [a.level for a in form.assessments] == ["maju", "tumbuh"]
    assert "KUBE" in form.types and "Sosial" in form.sectors
    # A group may not be its own parent, and children cannot be parents.
    assert [c.uuid for c in form.parents] == [network.uuid]


def test_new_group_form_has_no_record(session: Session) -> None:
    form = q.load_group_form(session, None)
    assert form.record is None
    assert form.memberships == ()
    assert len(form.types) == 13


def test_unknown_uuid_is_a_not_found_error(session: Session) -> None:
    with pytest.raises(NotFoundError):
        q.load_member_form(session, "00000000-0000-0000-0000-000000000000")


def test_member_form_lists_live_groups_only(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    create_group(session, make.group("Aktif"))
    gone = create_group(session, make.group("Diarsip"))
    archive_group(session, gone.uuid)
    member = create_member(session, make.member(1, education="SD/Sederajat"))
    form = q.load_member_form(session, member.uuid)
    assert [g.name for g in form.groups] == ["Aktif"]
    assert form.record is not None and form.record.education == "SD/Sederajat"
    assert form.educations[0] == "Tidak/Belum Sekolah"


def test_search_members_by_name_or_nik_prefix(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    siti = create_member(session, make.member(1, "P", full_name="Siti Aminah"))
    create_member(session, make.member(2, full_name="Budi"))
    gone = create_member(session, make.member(3, "P", full_name="Siti Lama"))
    archive_member(session, gone.uuid)
    assert [c.uuid for c in q.search_members(session, "sItI")] == [siti.uuid]
    assert [c.uuid for c in q.search_members(session, siti.nik[:10])] == [siti.uuid]
    assert q.search_members(session, "%") == []  # a wildcard is searched as itself
    assert q.search_members(session, "  ") == []
    label = q.search_members(session, "Siti")[0].label
    assert label.startswith("Siti Aminah (3671") and siti.nik not in label  # NIK masked


def test_activity_form_keeps_attendees_and_current_members(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    group = create_group(session, make.group())
    a = create_member(session, make.member(1, full_name="Ani"))
    b = create_member(session, make.member(2, full_name="Bayu"))
    add_membership(session, a.uuid, group.uuid, "ketua", date(2024, 1, 1))
    m_b = add_membership(session, b.uuid, group.uuid, "anggota", date(2024, 1, 1))
    activity = create_activity(
        session,
        ActivityInput(
            group.uuid,
            date(2024, 3, 1),
            "Rapat",
            "Rapat",
            "Sosial",
            "Swadaya/Iuran",
            amount=250_000,
            attendee_uuids=(a.uuid, b.uuid),
        ),
    )
    end_membership(session, m_b.uuid, date(2024, 4, 1))
    session.flush()
    form = q.load_activity_form(session, activity.uuid)
    assert form.record is not None
    assert form.record.amount == 250_000
    assert [c.uuid for c in form.record.attendees] == [a.uuid, b.uuid]
    assert [c.uuid for c in q.current_members(session, group.uuid)] == [a.uuid]
    assert form.fundings[0] == "Swadaya/Iuran"
