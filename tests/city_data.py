"""A small city database for tests: records of three kelurahan in two kecamatan, and reports.

Built as a city installation is (``save_office`` without a kelurahan, as ``init --city`` does),
then records made through the services are stamped with the kelurahan that owns them, as a
received report would leave them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.models import (
    Activity,
    Attendance,
    Group,
    Member,
    Membership,
    ReceivedReport,
)
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database

SUKARASA = "36.71.01.1001"  # Kecamatan Tangerang
SUKAASIH = "36.71.01.1002"  # Kecamatan Tangerang
KERONCONG = "36.71.02.1001"  # Kecamatan Jatiuwung
TANGERANG = "36.71.01"
JATIUWUNG = "36.71.02"

SAME_NIK = "3671015705800001"  # Ani in Sukarasa and in Sukaasih: the same person
TYPO_NIK = "3671015203900002"  # Citra in Sukaasih, Dewi in Keroncong: a typo
MASKED_NIK = "3671************"


@dataclass
class CityData:
    """UUIDs of what ``build_city`` made, by a short name."""

    groups: dict[str, str] = field(default_factory=dict)
    members: dict[str, str] = field(default_factory=dict)
    activities: dict[str, str] = field(default_factory=dict)


def init_city(database: Database) -> None:
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None, lurah_name="Kepala Dinas"))


def build_city(database: Database) -> CityData:
    """The city office with the records of Sukarasa, Sukaasih and Keroncong, and their reports."""
    init_city(database)
    data = CityData()
    with database.session() as session:
        _kelurahan(session, data, SUKARASA, "KUBE Mawar", [("ani1", "Ani Lestari", SAME_NIK)])
        _kelurahan(
            session,
            data,
            SUKAASIH,
            "Bank Sampah Hijau",
            [("ani2", "Ani Lestari", SAME_NIK), ("citra", "Citra Ayu", TYPO_NIK)],
        )
        _kelurahan(
            session,
            data,
            KERONCONG,
            "Tani Subur",
            [("dewi", "Dewi Sartika", TYPO_NIK), ("budi", "Budi Santoso", "3671021001850003")],
        )
        # What a typo looks like at the city: the same NIK, another woman born another day.
        dewi = data.members["dewi"]
        session.execute(
            update(Member)
            .where(Member.uuid == dewi)
            .values(birth_date=date(1991, 4, 2), rt="004", rw="002")
        )
        # Masked NIKs received from a kelurahan identify nobody: never a NIK ganda.
        for uuid in (data.members["budi"],):
            session.execute(update(Member).where(Member.uuid == uuid).values(nik=MASKED_NIK))
        _masked_twin(session, data)
        _reports(session)
    return data


def _kelurahan(
    session: Session,
    data: CityData,
    code: str,
    group_name: str,
    people: list[tuple[str, str, str]],
) -> None:
    group = create_group(session, GroupInput(group_name, "KUBE", "Ekonomi Produktif", rt="001"))
    data.groups[group_name] = group.uuid
    member_ids = []
    for key, name, nik in people:
        member = create_member(session, MemberInput(nik=nik, full_name=name))
        data.members[key] = member.uuid
        member_ids.append(member.uuid)
        add_membership(session, member.uuid, group.uuid, "anggota", date(2025, 1, 1))
    activity = create_activity(
        session,
        ActivityInput(
            group.uuid,
            date(2025, 6, 10),
            f"Rapat {group_name}",
            "Rapat",
            "Sosial",
            "APBD Kota",
            amount=1_000_000,
            attendee_uuids=tuple(member_ids),
        ),
    )
    data.activities[group_name] = activity.uuid
    _stamp(session, group.id, code)


def _masked_twin(session: Session, data: CityData) -> None:
    """A second masked NIK in another kelurahan: still no NIK ganda."""
    member = create_member(session, MemberInput(nik="3671021102870004", full_name="Eko Prasetyo"))
    data.members["eko"] = member.uuid
    session.execute(
        update(Member).where(Member.id == member.id).values(nik=MASKED_NIK, kelurahan_code=SUKARASA)
    )


def _stamp(session: Session, group_id: int, code: str) -> None:
    """Everything of one group now belongs to ``code``, as a received report leaves it."""
    member_ids = session.query(Membership.member_id).filter(Membership.group_id == group_id)
    activity_ids = session.query(Activity.id).filter(Activity.group_id == group_id)
    session.execute(update(Group).where(Group.id == group_id).values(kelurahan_code=code))
    session.execute(
        update(Membership).where(Membership.group_id == group_id).values(kelurahan_code=code)
    )
    session.execute(
        update(Member)
        .where(Member.id.in_(member_ids.scalar_subquery()))
        .values(kelurahan_code=code)
    )
    session.execute(
        update(Activity).where(Activity.group_id == group_id).values(kelurahan_code=code)
    )
    session.execute(
        update(Attendance)
        .where(Attendance.activity_id.in_(activity_ids.scalar_subquery()))
        .values(kelurahan_code=code)
    )


def report(
    code: str,
    generated_at: datetime,
    period: tuple[date | None, date | None],
    whole_data: bool = False,
    status: str = "received",
    name: str = "",
) -> ReceivedReport:
    return ReceivedReport(
        kelurahan_code=code,
        file_name=name or f"laporan-{code}-{generated_at:%Y%m%d}.xlsx",
        checksum=f"{code}-{generated_at.isoformat()}-{status}",
        generated_at=generated_at,
        period_from=period[0],
        period_to=period[1],
        whole_data=whole_data,
        status=status,
        received_at=generated_at.replace(day=min(generated_at.day + 1, 28)),
        received_by="Petugas Dinas",
    )


def _reports(session: Session) -> None:
    """Sukarasa reported May and June 2025; Sukaasih sent all its data on 2 July; Keroncong
    reported April, and its June report was refused; everyone else never reported."""
    session.add_all(
        [
            report(SUKARASA, datetime(2025, 6, 2, 3), (date(2025, 5, 1), date(2025, 5, 31))),
            report(SUKARASA, datetime(2025, 7, 3, 3), (date(2025, 6, 1), date(2025, 6, 30))),
            report(SUKAASIH, datetime(2025, 7, 2, 9), (None, None), whole_data=True),
            report(KERONCONG, datetime(2025, 5, 5, 2), (date(2025, 4, 1), date(2025, 4, 30))),
            report(
                KERONCONG,
                datetime(2025, 7, 4, 2),
                (date(2025, 6, 1), date(2025, 6, 30)),
                status="refused",
            ),
        ]
    )
    session.flush()
