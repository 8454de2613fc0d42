"""NIK ganda at the city: one NIK held by live members of two or more kelurahan, side by side.

Only full NIKs count: a masked NIK (``3671************``) or an anonymised one (``ANON...``)
identifies nobody. A decision recorded about the same set of members hides the NIK; a new member
with that NIK asks again (``nik_reviews.member_uuids`` no longer matches).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import CityKelurahan, Member, NikReview
from wksbm_desktop.core.queries.members import current_group_names

NIK_LENGTH = 16


@dataclass(frozen=True)
class NikRecord:
    uuid: str
    full_name: str
    birth_date: date | None
    sex: str
    kelurahan_code: str
    kelurahan: str
    kecamatan: str
    rt: str
    rw: str
    groups: tuple[str, ...]
    updated_at: datetime | None


@dataclass(frozen=True)
class NikDecision:
    decision: str  # "same_person" / "different_people"
    note: str
    decided_at: datetime
    decided_by: str


@dataclass(frozen=True)
class NikGanda:
    nik: str
    records: tuple[NikRecord, ...]  # by kelurahan name, then member name
    decision: NikDecision | None  # made about exactly these records, else None

    @property
    def member_uuids(self) -> tuple[str, ...]:
        return tuple(sorted(record.uuid for record in self.records))


def member_set(uuids: tuple[str, ...] | list[str]) -> str:
    """How ``nik_reviews.member_uuids`` stores a set of members: sorted, comma-joined."""
    return ",".join(sorted(uuids))


def _full_nik() -> ColumnElement[bool]:
    return (
        (func.length(Member.nik) == NIK_LENGTH)
        & Member.nik.not_like("%*%")
        & Member.nik.not_like("ANON%")
    )


def duplicated_niks(session: Session) -> list[str]:
    """NIKs held by live members of two or more kelurahan, in order."""
    query = (
        select(Member.nik)
        .where(Member.archived_at.is_(None), _full_nik())
        .group_by(Member.nik)
        .having(func.count(func.distinct(Member.kelurahan_code)) > 1)
        .order_by(Member.nik)
    )
    return list(session.scalars(query))


def nik_ganda(session: Session, include_decided: bool = False) -> list[NikGanda]:
    """Each NIK ganda with its records; decided ones only when ``include_decided``."""
    niks = duplicated_niks(session)
    if not niks:
        return []
    records = _records(session, niks)
    decisions = _latest_decisions(session, niks)
    found = []
    for nik in niks:
        held = tuple(records[nik])
        decision = decisions.get((nik, member_set([r.uuid for r in held])))
        if decision is None or include_decided:
            found.append(NikGanda(nik, held, decision))
    return found


def _records(session: Session, niks: list[str]) -> dict[str, list[NikRecord]]:
    query = (
        select(
            Member.id,
            Member.nik,
            Member.uuid,
            Member.full_name,
            Member.birth_date,
            Member.sex,
            Member.kelurahan_code,
            CityKelurahan.name,
            CityKelurahan.kecamatan_name,
            Member.rt,
            Member.rw,
            Member.updated_at,
        )
        .outerjoin(CityKelurahan, CityKelurahan.code == Member.kelurahan_code)
        .where(Member.archived_at.is_(None), Member.nik.in_(niks))
        .order_by(CityKelurahan.name, func.lower(Member.full_name), Member.id)
    )
    fetched = session.execute(query).all()
    groups = current_group_names(session, [row[0] for row in fetched])
    found: dict[str, list[NikRecord]] = defaultdict(list)
    for member_id, nik, uuid, name, born, sex, code, kel, kec, rt, rw, updated in fetched:
        record = NikRecord(
            uuid, name, born, sex, code, kel or "", kec or "", rt, rw,
            tuple(groups.get(member_id, ())), updated,
        )  # fmt: skip
        found[nik].append(record)
    return found


def _latest_decisions(session: Session, niks: list[str]) -> dict[tuple[str, str], NikDecision]:
    query = (
        select(
            NikReview.nik,
            NikReview.member_uuids,
            NikReview.decision,
            NikReview.note,
            NikReview.decided_at,
            NikReview.decided_by,
        )
        .where(NikReview.nik.in_(niks))
        .order_by(NikReview.decided_at, NikReview.id)
    )
    # Later decisions about the same members replace earlier ones.
    return {
        (nik, uuids): NikDecision(decision, note, at, by)
        for nik, uuids, decision, note, at, by in session.execute(query)
    }
