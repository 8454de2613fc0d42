"""The one-record queries' shared pieces: copying an object into a frozen row, role order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import ROLES, Membership
from wksbm_desktop.core.queries.records import ROLE_RANK, copy_fields
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership


@dataclass(frozen=True)
class _Row:
    uuid: str
    name: str
    label: str


def test_copy_fields_copies_same_named_attributes_and_takes_the_rest_as_given() -> None:
    source = SimpleNamespace(uuid="u-1", name="KUBE Melati", label="ignored", extra="unused")
    assert copy_fields(_Row, source, label="KUBE") == _Row("u-1", "KUBE Melati", "KUBE")


def test_copy_fields_refuses_a_field_the_source_does_not_have() -> None:
    with pytest.raises(AttributeError):
        copy_fields(_Row, SimpleNamespace(uuid="u-1", label="KUBE"))


def test_role_rank_puts_officers_first_in_chart_order(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    group = create_group(session, make.group("KUBE Mawar"))
    for number, role in enumerate(reversed(ROLES), start=1):
        member = create_member(session, make.member(number))
        add_membership(session, member.uuid, group.uuid, role, date(2024, 1, 1))
    session.flush()
    roles = session.scalars(select(Membership.role).order_by(ROLE_RANK))
    assert list(roles) == list(ROLES)
