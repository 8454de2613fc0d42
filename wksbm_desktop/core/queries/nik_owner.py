"""Who already holds a NIK: the member form asks as soon as 16 digits are typed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import OWN_KELURAHAN_CODE, Group, Member, Membership
from wksbm_desktop.core.queries.records import ROLE_RANK


@dataclass(frozen=True)
class OwnerGroup:
    uuid: str
    name: str
    role: str


@dataclass(frozen=True)
class NikOwner:
    """The live member holding a NIK, with the groups they are in now."""

    uuid: str
    nik: str
    full_name: str
    rt: str
    rw: str
    groups: tuple[OwnerGroup, ...]


def find_nik_owner(session: Session, nik: str, except_uuid: str | None = None) -> NikOwner | None:
    """The live member with exactly this NIK (other than ``except_uuid``), or None.

    One lookup on the unique index of live NIKs, then the member's current memberships.
    """
    query = select(
        Member.id, Member.uuid, Member.nik, Member.full_name, Member.rt, Member.rw
    ).where(
        Member.nik == nik,
        Member.archived_at.is_(None),
        Member.kelurahan_code == OWN_KELURAHAN_CODE,
    )
    if except_uuid is not None:
        query = query.where(Member.uuid != except_uuid)
    row = session.execute(query.limit(1)).first()
    if row is None:
        return None
    member_id, uuid, found_nik, full_name, rt, rw = row
    groups = session.execute(
        select(Group.uuid, Group.name, Membership.role)
        .join(Membership, Membership.group_id == Group.id)
        .where(
            Membership.member_id == member_id,
            Membership.ended_on.is_(None),
            Group.archived_at.is_(None),
        )
        .order_by(ROLE_RANK, Group.name)
    )
    return NikOwner(
        uuid, found_nik, full_name, rt, rw, tuple(OwnerGroup(*group) for group in groups)
    )
