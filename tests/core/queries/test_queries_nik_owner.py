"""Who holds a NIK: the member form's lookup as the 16th digit is typed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries.nik_owner import OwnerGroup, find_nik_owner
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership, end_membership


def test_owner_comes_with_rt_rw_and_current_groups(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    budi = create_member(session, make.member(1, full_name="Budi Santoso", rt="5", rw="2"))
    kube = create_group(session, make.group("KUBE Melati"))
    posyandu = create_group(session, make.group("Posyandu Mawar", type="Posyandu"))
    old = create_group(session, make.group("Bank Sampah Lama", type="Bank Sampah"))
    add_membership(session, budi.uuid, posyandu.uuid, "anggota", date(2024, 1, 1))
    add_membership(session, budi.uuid, kube.uuid, "ketua", date(2024, 1, 1))
    ended = add_membership(session, budi.uuid, old.uuid, "anggota", date(2023, 1, 1))
    end_membership(session, ended.uuid, date(2023, 12, 31))
    session.flush()

    owner = find_nik_owner(session, budi.nik)

    assert owner is not None
    assert (owner.uuid, owner.full_name, owner.rt, owner.rw) == (
        budi.uuid,
        "Budi Santoso",
        "005",
        "002",
    )
    # Officers first; a group the person has left is not listed.
    assert owner.groups == (
        OwnerGroup(kube.uuid, "KUBE Melati", "ketua"),
        OwnerGroup(posyandu.uuid, "Posyandu Mawar", "anggota"),
    )


def test_no_owner_for_a_free_nik_the_record_itself_or_an_archived_member(
    session: Session, make
) -> None:  # type: ignore[no-untyped-def]
    kept = create_member(session, make.member(1))
    gone = create_member(session, make.member(2))
    archive_member(session, gone.uuid)
    session.flush()
    assert find_nik_owner(session, make.nik("L", date(1980, 5, 17), 9)) is None
    assert find_nik_owner(session, kept.nik, except_uuid=kept.uuid) is None  # editing oneself
    assert find_nik_owner(session, gone.nik) is None  # archived: the NIK is free again
    assert find_nik_owner(session, kept.nik) is not None


@pytest.mark.sqlite_only
def test_lookup_reads_the_nik_index_not_the_whole_table(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    create_member(session, make.member(1))
    session.flush()
    nik = session.scalar(select(Member.nik))
    statement = select(Member.id).where(Member.nik == nik, Member.archived_at.is_(None)).limit(1)
    compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    plan = " ".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING" in plan and "INDEX" in plan and "SCAN members" not in plan
