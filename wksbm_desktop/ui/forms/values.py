"""What the editor dialogs hand back: core inputs plus the membership and level changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput


@dataclass(frozen=True)
class AddMembership:
    """Join a group: ``other_uuid`` is the member (in the group form) or the group (member form)."""

    other_uuid: str
    other_label: str
    role: str
    started_on: date | None


@dataclass(frozen=True)
class EndMembership:
    membership_uuid: str
    ended_on: date | None


@dataclass(frozen=True)
class ChangeRole:
    membership_uuid: str
    role: str
    on: date | None


MembershipChange = AddMembership | EndMembership | ChangeRole


@dataclass(frozen=True)
class NewAssessment:
    assessed_on: date | None
    level: str
    notes: str = ""


@dataclass(frozen=True)
class GroupValues:
    group: GroupInput
    memberships: tuple[MembershipChange, ...] = ()
    assessments: tuple[NewAssessment, ...] = ()


@dataclass(frozen=True)
class MemberValues:
    member: MemberInput
    memberships: tuple[MembershipChange, ...] = ()
