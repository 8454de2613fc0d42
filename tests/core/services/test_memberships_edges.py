"""Membership refusals and no-ops the main tests leave out."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import NotFoundError, ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group, Member
from wksbm_desktop.core.services.current_memberships import can_reopen
from wksbm_desktop.core.services.memberships import (
    add_membership,
    change_role,
    end_membership,
    get_membership,
)


def test_an_unknown_membership_is_a_plain_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_membership(session, "tidak-ada")
    assert "keanggotaan" in caught.value.message


def test_an_ended_membership_takes_no_new_role(
    session: Session, member: Member, group: Group
) -> None:
    membership = add_membership(session, member.uuid, group.uuid, "anggota", date(2024, 1, 1))
    end_membership(session, membership.uuid, date(2024, 6, 1))
    with pytest.raises(ValidationFailed) as caught:
        change_role(session, membership.uuid, "bendahara", date(2024, 7, 1))
    assert "sudah berakhir" in caught.value.by_field()["role"]
    assert membership.role == "anggota"


def test_the_same_role_again_changes_nothing(
    session: Session, member: Member, group: Group
) -> None:
    membership = add_membership(session, member.uuid, group.uuid, "sekretaris", date(2024, 1, 1))
    entries = select(func.count()).select_from(AuditEntry)
    before = session.scalar(entries)
    assert change_role(session, membership.uuid, "sekretaris", date(2024, 5, 1)) is membership
    assert membership.ended_on is None and session.scalar(entries) == before


def test_an_ended_membership_is_not_reopened_beside_a_current_one(
    session: Session, member: Member, group: Group
) -> None:
    old = add_membership(session, member.uuid, group.uuid, "anggota", date(2023, 1, 1))
    end_membership(session, old.uuid, date(2023, 12, 31))
    assert can_reopen(session, old)
    add_membership(session, member.uuid, group.uuid, "anggota", date(2024, 2, 1))
    assert not can_reopen(session, old)
