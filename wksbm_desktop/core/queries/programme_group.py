"""The group the programme window shows: who owns it, and the aid records it has archived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    CityKelurahan,
    Group,
    GroupIndicator,
)
from wksbm_desktop.core.queries.labels import rt_rw
from wksbm_desktop.core.services.ownership import own_kelurahan_code


@dataclass(frozen=True)
class ProgrammeGroup:
    uuid: str
    name: str
    archived: bool
    # The kelurahan that owns the group's records when it is not this installation ("" else):
    # on a city installation a kelurahan's records arrive with its report and are read-only.
    owner: str

    @property
    def own(self) -> bool:
        return not self.owner


def programme_group(session: Session, uuid: str) -> ProgrammeGroup | None:
    """The group's name and whether this installation may change its records; None if unknown."""
    row = session.execute(
        select(Group.name, Group.archived_at, Group.kelurahan_code).where(Group.uuid == uuid)
    ).first()
    if row is None:
        return None
    name, archived_at, code = row
    owner = ""
    if (code or "") != own_kelurahan_code(session):
        query = select(CityKelurahan.name).where(CityKelurahan.code == code)
        owner = session.scalar(query) or str(code)
    return ProgrammeGroup(uuid, name, archived_at is not None, owner)


def group_choices(session: Session) -> list[tuple[str, str]]:
    """Every live group as (uuid, label) for the chooser, by name; on a city installation a
    kelurahan's group says which kelurahan, since names repeat across the city."""
    own = own_kelurahan_code(session)
    query = (
        select(Group.uuid, Group.name, Group.rt, Group.rw, Group.kelurahan_code,
               CityKelurahan.name)
        .outerjoin(CityKelurahan, CityKelurahan.code == Group.kelurahan_code)
        .where(Group.archived_at.is_(None))
        .order_by(Group.name, Group.id)
    )  # fmt: skip
    choices = []
    for uuid, name, rt, rw, code, kelurahan in session.execute(query):
        place = rt_rw(rt, rw)
        parts = [f"RT/RW {place}"] if place else []
        if (code or "") != own:
            parts.append(kelurahan or str(code))
        choices.append((uuid, f"{name} ({', '.join(parts)})" if parts else name))
    return choices


def showcase_group(session: Session) -> str | None:
    """A live group with the most programme records (aid first, then indicator periods): the
    one the screenshots show, so the pictures are not of an empty page."""
    aid = (
        select(func.count(Aid.id))
        .where(Aid.group_id == Group.id, Aid.archived_at.is_(None))
        .scalar_subquery()
    )
    periods = (
        select(func.count(GroupIndicator.id))
        .where(GroupIndicator.group_id == Group.id, GroupIndicator.archived_at.is_(None))
        .scalar_subquery()
    )
    query = (
        select(Group.uuid)
        .where(Group.archived_at.is_(None))
        .order_by(aid.desc(), periods.desc(), Group.name)
        .limit(1)
    )
    return session.scalar(query)


@dataclass(frozen=True)
class ArchivedRecord:
    """An archived aid, disbursement or LPJ of a group, for the archive view and Pulihkan."""

    kind: str  # "aid", "disbursement" or "report"
    uuid: str
    day: date  # proposed, disbursed or due on
    purpose: str  # the aid's purpose
    amount: int  # asked (aid), handed over (disbursement); 0 for an LPJ
    detail: str  # the disbursement's form ("uang"/"barang"), the LPJ's status; "" for an aid
    archived_at: datetime


def archived_records(session: Session, group_uuid: str) -> list[ArchivedRecord]:
    """Every archived aid of the group, and every archived disbursement and LPJ of its aid,
    the most recently archived first."""
    group_id = select(Group.id).where(Group.uuid == group_uuid).scalar_subquery()
    found: list[ArchivedRecord] = []
    aid_query = select(Aid).where(Aid.group_id == group_id, Aid.archived_at.is_not(None))
    for aid in session.scalars(aid_query):
        found.append(ArchivedRecord("aid", aid.uuid, aid.proposed_on, aid.purpose,
                                    aid.amount_requested, "", _stamp(aid.archived_at)))  # fmt: skip
    disbursements = (
        select(AidDisbursement, Aid.purpose)
        .join(Aid, Aid.id == AidDisbursement.aid_id)
        .where(Aid.group_id == group_id, AidDisbursement.archived_at.is_not(None))
    )
    for item, purpose in session.execute(disbursements):
        found.append(ArchivedRecord("disbursement", item.uuid, item.disbursed_on, purpose,
                                    item.amount, item.form, _stamp(item.archived_at)))  # fmt: skip
    reports = (
        select(AidReport, Aid.purpose)
        .join(Aid, Aid.id == AidReport.aid_id)
        .where(Aid.group_id == group_id, AidReport.archived_at.is_not(None))
    )
    for report, purpose in session.execute(reports):
        found.append(ArchivedRecord("report", report.uuid, report.due_on, purpose, 0,
                                    report.status, _stamp(report.archived_at)))  # fmt: skip
    return sorted(found, key=lambda record: record.archived_at, reverse=True)


def _stamp(value: datetime | None) -> datetime:
    assert value is not None  # only archived records are read here
    return value
