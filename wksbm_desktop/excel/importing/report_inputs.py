"""Turning rows of a report workbook into the core's input dataclasses."""

from __future__ import annotations

from typing import Any

from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput


def group_input(values: dict[str, Any], parent_uuid: str | None) -> GroupInput:
    return GroupInput(
        name=values["name"],
        type=values["type"],
        sector=values["sector"],
        parent_uuid=parent_uuid or None,
        rw=values["rw"],
        rt=values["rt"],
        address=values["address"],
        founded_on=values["founded_on"],
        sk_number=values["sk_number"],
        sk_date=values["sk_date"],
        sk_issuer=values["sk_issuer"],
        status=values["status"] or "aktif",
        phone=values["phone"],
        notes=values["notes"],
    )


def member_input(values: dict[str, Any], nik: str, kk: str) -> MemberInput:
    return MemberInput(
        nik=nik,
        full_name=values["full_name"],
        sex=values["sex"] or None,
        birth_date=values["birth_date"],
        birth_place=values["birth_place"],
        kk=kk,
        address=values["address"],
        rt=values["rt"],
        rw=values["rw"],
        phone=values["phone"],
        education=values["education"],
        occupation=values["occupation"],
        dtsen_registered=bool(values["dtsen_registered"]),
        dtsen_decile=values["dtsen_decile"],
        dtsen_as_of=values["dtsen_as_of"],
        disability=bool(values["disability"]),
        notes=values["notes"],
    )


def activity_input(values: dict[str, Any], attendees: tuple[str, ...]) -> ActivityInput:
    return ActivityInput(
        group_uuid=values["group_uuid"],
        held_on=values["held_on"],
        title=values["title"],
        type=values["type"],
        sector=values["sector"],
        funding=values["funding"],
        location=values["location"],
        facilitator=values["facilitator"],
        amount=values["amount"] or 0,
        participants_count=values["participants_count"] or 0,
        beneficiaries_count=values["beneficiaries_count"] or 0,
        outcome=values["outcome"],
        attendee_uuids=attendees,
    )
