"""On a city installation a kelurahan's records are read-only; the Dinas's own stay editable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import select, update

from tests.core.conftest import group_input, member_input
from wksbm_desktop.core.domain.inputs import ActivityInput, OfficeInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Activity, Attendance, Group, Member
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.services.groups import archive_group, create_group, update_group
from wksbm_desktop.core.services.members import create_member, update_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.services.ownership import acting_for_kelurahan
from wksbm_desktop.core.storage.db import Database, open_database

PORIS = "36.71.05.1008"


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[Database]:
    """A city database holding one group and one member received from Kel. Poris Plawad."""
    db = open_database(new_target("kota.db", at_head=True), operator="Petugas Dinas")
    with db.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
        group = create_group(session, group_input("KUBE Poris"))
        member = create_member(session, member_input(1))
        # As a receive would leave them: owned by the kelurahan that sent them.
        session.execute(update(Group).where(Group.id == group.id).values(kelurahan_code=PORIS))
        session.execute(update(Member).where(Member.id == member.id).values(kelurahan_code=PORIS))
    yield db
    db.dispose()


def _received(db: Database) -> tuple[str, str]:
    with db.read_session() as session:
        group = session.scalars(select(Group.uuid).where(Group.kelurahan_code == PORIS)).one()
        member = session.scalars(select(Member.uuid).where(Member.kelurahan_code == PORIS)).one()
    return group, member


def test_a_received_group_cannot_be_edited_at_the_city(city: Database) -> None:
    group_uuid, _ = _received(city)
    with pytest.raises(WksbmError) as refused, city.session() as session:
        update_group(session, group_uuid, group_input("Nama Lain"))
    assert "Poris Plawad" in refused.value.message
    assert "laporan kelurahan berikutnya" in refused.value.message
    with city.read_session() as session:
        assert session.scalars(select(Group.name).where(Group.uuid == group_uuid)).one() == (
            "KUBE Poris"
        )


def test_received_members_cannot_be_edited_or_archived(city: Database) -> None:
    group_uuid, member_uuid = _received(city)
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        update_member(session, member_uuid, member_input(1, full_name="Diubah Dinas"))
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        archive_group(session, group_uuid)


def test_nothing_can_be_hung_on_a_received_group(city: Database) -> None:
    group_uuid, member_uuid = _received(city)
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        add_membership(session, member_uuid, group_uuid, "anggota", date(2026, 1, 5))
    activity = ActivityInput(group_uuid, date(2026, 3, 2), "Rapat", "Rapat", "Sosial", "APBD Kota")
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        create_activity(session, activity)


def test_the_dinas_own_records_stay_editable(city: Database) -> None:
    with city.session() as session:
        own = create_group(session, group_input("Kelompok Binaan Dinas"))
        update_group(session, own.uuid, group_input("Kelompok Binaan Dinas Sosial"))
        assert own.kelurahan_code == ""


def test_receiving_acts_for_the_kelurahan(city: Database) -> None:
    group_uuid, _ = _received(city)
    with city.session() as session, acting_for_kelurahan(session):
        update_group(session, group_uuid, group_input("KUBE Poris Baru"))
    with city.read_session() as session:
        assert session.scalars(select(Group.name).where(Group.uuid == group_uuid)).one() == (
            "KUBE Poris Baru"
        )


def test_a_kelurahan_database_owns_everything(database: Database) -> None:
    with database.session() as session:
        group = create_group(session, group_input())
        assert group.kelurahan_code == "36.71.05.1008"
        update_group(session, group.uuid, group_input("KUBE Melati 2"))


def test_attendance_cannot_be_added_to_a_received_activity(city: Database) -> None:
    with city.session() as session, acting_for_kelurahan(session):
        group_uuid, member_uuid = _received(city)
        activity = create_activity(
            session,
            ActivityInput(group_uuid, date(2026, 3, 2), "Rapat", "Rapat", "Sosial", "APBD Kota"),
        )
        activity_id = activity.id
        session.execute(
            update(Activity).where(Activity.id == activity_id).values(kelurahan_code=PORIS)
        )
        member_id = session.scalars(select(Member.id).where(Member.uuid == member_uuid)).one()
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        session.add(Attendance(activity_id=activity_id, member_id=member_id))
        session.flush()


def test_is_city_tells_the_installations_apart(city: Database, database: Database) -> None:
    with city.read_session() as session:
        assert is_city(session)
    with database.read_session() as session:
        assert not is_city(session)


def test_the_programme_records_of_a_received_group_stay_the_kelurahan_s(city: Database) -> None:
    """Aid, indicators and visits hang on a group (disbursements and LPJ on its aid): at the
    city, those of a kelurahan's group arrive with its report and are not added by hand."""
    from wksbm_desktop.core.domain.programme_inputs import (
        AidInput,
        AidReportInput,
        DisbursementInput,
        IndicatorInput,
        VisitInput,
    )
    from wksbm_desktop.core.models import Aid
    from wksbm_desktop.core.services import aid, aid_reports, disbursements, indicators, visits

    group_uuid, _ = _received(city)
    aid_data = AidInput(group_uuid, date(2025, 1, 6), "Modal usaha", 5_000_000, "disetujui",
                        date(2025, 2, 1), 5_000_000, "APBD Kota")  # fmt: skip
    writes = (
        lambda s: aid.create_aid(s, aid_data),
        lambda s: indicators.record_indicators(
            s, IndicatorInput(group_uuid, "bulan", date(2025, 3, 1), cash=100_000)
        ),
        lambda s: visits.record_visit(
            s, VisitInput(group_uuid, date(2025, 3, 4), "Pendamping", "Kas rapi")
        ),
    )
    for write in writes:
        with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
            write(session)
    with city.session() as session, acting_for_kelurahan(session):  # as a receive does
        received = aid.create_aid(session, aid_data)
        session.flush()
        session.execute(update(Aid).where(Aid.id == received.id).values(kelurahan_code=PORIS))
    aid_uuid = received.uuid
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        disbursements.add_disbursement(
            session, DisbursementInput(aid_uuid, date(2025, 2, 10), 1_000_000)
        )
    with pytest.raises(WksbmError, match="Poris Plawad"), city.session() as session:
        aid_reports.add_report(session, AidReportInput(aid_uuid, date(2025, 8, 1)))
