"""Member service: NIK rules through the service, uniqueness, archiving and restoring."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ConflictError, NotFoundError, ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group, Member, Membership
from wksbm_desktop.core.services.members import (
    archive_member,
    create_member,
    get_member,
    restore_member,
    update_member,
)
from wksbm_desktop.core.services.memberships import add_membership, end_membership
from wksbm_desktop.core.storage.db import Database


def _errors(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


# --- required fields ---------------------------------------------------------------------


def test_name_and_nik_are_required(session: Session, make: Any) -> None:
    errors = _errors(lambda: create_member(session, make.member(1, nik="", full_name="  ")))
    assert "NIK belum diisi" in errors["nik"]
    assert "Nama lengkap wajib diisi" in errors["full_name"]


def test_sex_is_required_when_the_nik_cannot_supply_it(session: Session, make: Any) -> None:
    errors = _errors(lambda: create_member(session, make.member(1, sex="X")))
    assert "L (laki-laki) atau P (perempuan)" in errors["sex"]


# --- NIK ------------------------------------------------------------------------------------


def test_woman_with_day_plus_40_is_accepted(session: Session, make: Any) -> None:
    born = date(1985, 8, 15)
    nik = make.nik("P", born, 7)
    assert nik[6:8] == "55"
    member = create_member(session, make.member(7, sex="P", born=born, nik=nik))
    assert (member.nik, member.sex, member.birth_date) == (nik, "P", born)


@pytest.mark.parametrize(
    ("born", "entered"),
    [
        (date(1962, 3, 9), date(1962, 3, 9)),  # 20th century
        (date(2004, 11, 30), date(2004, 11, 30)),  # 21st century
        (date(2005, 1, 1), date(1905, 1, 1)),  # "05" may also mean 1905
    ],
)
def test_both_centuries_are_accepted(
    session: Session, make: Any, born: date, entered: date
) -> None:
    member = create_member(session, make.member(3, born=born, birth_date=entered))
    assert member.birth_date == entered


def test_foreign_region_prefix_is_accepted(session: Session, make: Any) -> None:
    nik = make.nik("L", date(1979, 4, 2), 12, region="320101")  # Kabupaten Bogor
    member = create_member(session, make.member(12, born=date(1979, 4, 2), nik=nik))
    assert member.nik == nik


def test_serial_0000_is_refused(session: Session, make: Any) -> None:
    nik = make.nik("L", date(1979, 4, 2), 0)
    errors = _errors(lambda: create_member(session, make.member(0, nik=nik)))
    assert "0000" in errors["nik"]


def test_unknown_province_is_refused(session: Session, make: Any) -> None:
    nik = "99" + make.nik("L", date(1979, 4, 2), 5)[2:]
    errors = _errors(lambda: create_member(session, make.member(5, nik=nik)))
    assert "99" in errors["nik"]
    assert "provinsi" in errors["nik"]


def test_nik_with_spaces_and_dots_is_normalised(session: Session, make: Any) -> None:
    nik = make.nik("L", date(1979, 4, 2), 5)
    typed = f"{nik[:4]}.{nik[4:8]} {nik[8:12]} {nik[12:]}"
    member = create_member(session, make.member(5, born=date(1979, 4, 2), nik=typed))
    assert member.nik == nik


def test_sex_disagreement_names_both_values(session: Session, make: Any) -> None:
    nik = make.nik("P", date(1985, 8, 15), 3)
    errors = _errors(
        lambda: create_member(session, make.member(3, sex="L", born=date(1985, 8, 15), nik=nik))
    )
    assert set(errors) == {"nik"}
    assert "perempuan" in errors["nik"]
    assert "laki-laki" in errors["nik"]
    assert "55" in errors["nik"], "the message explains the +40 rule with the digits"


def test_man_entered_as_woman_names_both_values(session: Session, make: Any) -> None:
    nik = make.nik("L", date(1985, 8, 15), 3)
    errors = _errors(
        lambda: create_member(session, make.member(3, sex="P", born=date(1985, 8, 15), nik=nik))
    )
    assert "NIK menunjukkan laki-laki" in errors["nik"]
    assert "diisi perempuan" in errors["nik"]


def test_birth_date_disagreement_names_both_values(session: Session, make: Any) -> None:
    nik = make.nik("L", date(1985, 8, 15), 3)
    member = make.member(3, born=date(1985, 8, 15), nik=nik, birth_date=date(1985, 8, 16))
    errors = _errors(lambda: create_member(session, member))
    assert set(errors) == {"nik"}
    assert "15-08-85" in errors["nik"]
    assert "16-08-1985" in errors["nik"]


def test_sex_and_birth_date_come_from_the_nik_when_empty(session: Session, make: Any) -> None:
    born = date(1990, 2, 28)
    nik = make.nik("P", born, 9)
    member = create_member(session, make.member(9, nik=nik, sex=None, birth_date=None))
    assert member.sex == "P"
    assert member.birth_date == born


def test_lowercase_sex_is_accepted(session: Session, make: Any) -> None:
    born = date(1990, 2, 28)
    nik = make.nik("P", born, 9)
    member = create_member(session, make.member(9, sex="p", born=born, nik=nik))
    assert member.sex == "P"


# --- No. KK and RT/RW ----------------------------------------------------------------------


def test_kk_is_optional_but_checked_when_given(session: Session, make: Any) -> None:
    assert create_member(session, make.member(1, kk="")).kk == ""
    good = create_member(session, make.member(2, kk="3671 0512 0315 0042"))
    assert good.kk == "3671051203150042"
    errors = _errors(lambda: create_member(session, make.member(3, kk="3671054512150042")))
    assert "Nomor KK" in errors["kk"]  # day 45: KK dates have no +40 rule
    errors = _errors(lambda: create_member(session, make.member(4, kk="36710512031500")))
    assert "16 angka" in errors["kk"]
    errors = _errors(lambda: create_member(session, make.member(5, kk="3671051203150000")))
    assert "0000" in errors["kk"]


def test_rt_rw_are_stored_with_three_digits(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1, rt="5", rw=" 12 "))
    assert (member.rt, member.rw) == ("005", "012")


@pytest.mark.parametrize("bad", ["0", "000", "1000", "5a", "-3", "٥"])
def test_bad_rt_rw_are_refused(session: Session, make: Any, bad: str) -> None:
    errors = _errors(lambda: create_member(session, make.member(1, rt=bad, rw=bad)))
    assert set(errors) == {"rt", "rw"}
    assert "RT" in errors["rt"] and "RW" in errors["rw"]


def test_dtsen_decile_must_be_1_to_10(session: Session, make: Any) -> None:
    errors = _errors(
        lambda: create_member(session, make.member(1, dtsen_registered=True, dtsen_decile=11))
    )
    assert "1 sampai 10" in errors["dtsen_decile"]
    member = create_member(session, make.member(2, dtsen_registered=False, dtsen_decile=4))
    assert member.dtsen_decile is None, "a decile without registration is not stored"


def test_all_field_errors_are_reported_together(session: Session, make: Any) -> None:
    errors = _errors(
        lambda: create_member(session, make.member(1, full_name="", rt="abc", phone="x"))
    )
    assert {"full_name", "rt", "phone"} <= set(errors)


# --- uniqueness ----------------------------------------------------------------------------


def test_nik_is_unique_among_live_members(session: Session, make: Any) -> None:
    first = create_member(session, make.member(1, full_name="Ahmad Hidayat"))
    errors = _errors(lambda: create_member(session, make.member(1, full_name="Orang Lain")))
    assert "Ahmad Hidayat" in errors["nik"]
    archive_member(session, first.uuid)
    second = create_member(session, make.member(1, full_name="Orang Lain"))
    assert second.nik == first.nik


def test_restore_is_refused_while_another_live_member_holds_the_nik(
    session: Session, make: Any
) -> None:
    first = create_member(session, make.member(1, full_name="Ahmad Hidayat"))
    archive_member(session, first.uuid)
    create_member(session, make.member(1, full_name="Pemegang Baru"))
    errors = _errors(lambda: restore_member(session, first.uuid))
    assert "Pemegang Baru" in errors["nik"]
    assert get_member(session, first.uuid).archived_at is not None


def test_update_to_a_taken_nik_is_refused(session: Session, make: Any) -> None:
    create_member(session, make.member(1, full_name="Ahmad Hidayat"))
    second = create_member(session, make.member(2))
    errors = _errors(lambda: update_member(session, second.uuid, make.member(1)))
    assert "Ahmad Hidayat" in errors["nik"]


def test_the_database_guards_live_nik_uniqueness(database: Database, make: Any) -> None:
    with database.session() as session:
        member = create_member(session, make.member(1))
        nik = member.nik
    row = {
        "uuid": "raw-1", "nik": nik, "kk": "", "full_name": "Lewat Jalan Belakang", "sex": "L",
        "birth_place": "", "address": "", "rt": "", "rw": "", "phone": "", "education": "",
        "occupation": "", "dtsen_registered": False, "disability": False, "notes": "",
        "version": 1,
    }  # fmt: skip
    # The database's own refusal reaches the user as a plain conflict (another user won a race).
    with pytest.raises(ConflictError, match="NIK") as refused, database.session() as session:
        session.execute(insert(Member), [row])
    assert isinstance(refused.value.__cause__, IntegrityError)


# --- updates, versions and audit ------------------------------------------------------------


def test_update_writes_old_and_new_in_the_audit(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1, full_name="Budi", rt="1"))
    update_member(session, member.uuid, make.member(1, full_name="Budi Santoso", rt="2"))
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == member.uuid).order_by(AuditEntry.id)
    ).all()[-1]
    assert entry.action == "update"
    assert entry.entity == "member"
    assert entry.operator == "Penguji"
    assert json.loads(entry.changes) == {
        "full_name": ["Budi", "Budi Santoso"],
        "rt": ["001", "002"],
    }


def test_saving_without_changes_writes_no_audit(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1))
    before = session.scalar(select(func.count()).select_from(AuditEntry))
    update_member(session, member.uuid, make.member(1))
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
    assert member.version == 1


def test_stale_version_raises_conflict_naming_who_and_what(database: Database, make: Any) -> None:
    with database.session() as session:
        uuid = create_member(session, make.member(1, full_name="Budi")).uuid
    with database.session(operator="Siti") as session:
        update_member(session, uuid, make.member(1, full_name="Budi S."), expected_version=1)
    with pytest.raises(ConflictError) as caught, database.session(operator="Agus") as session:
        update_member(session, uuid, make.member(1, phone="081234567890"), expected_version=1)
    assert "Siti" in caught.value.message
    assert "full_name" in caught.value.message
    with database.read_session() as session:
        member = get_member(session, uuid)
        assert (member.full_name, member.phone, member.version) == ("Budi S.", "", 2)


def test_unknown_uuid_is_not_found(session: Session, make: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        update_member(session, "tidak-ada", make.member(1))
    assert "tidak ditemukan" in caught.value.message


# --- archiving ------------------------------------------------------------------------------


def _two_groups(session: Session, make: Any) -> tuple[Group, Group]:
    from wksbm_desktop.core.services.groups import create_group

    return create_group(session, make.group("KUBE A")), create_group(session, make.group("KUBE B"))


def test_archiving_ends_memberships_and_restoring_reopens_them(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1))
    group_a, group_b = _two_groups(session, make)
    current = add_membership(session, member.uuid, group_a.uuid, "ketua", date(2020, 1, 1))
    past = add_membership(session, member.uuid, group_b.uuid, "anggota", date(2019, 1, 1))
    end_membership(session, past.uuid, date(2021, 6, 30))

    archive_member(session, member.uuid)
    assert member.archived_at is not None
    assert current.ended_on == date.today()
    assert session.scalar(select(func.count()).select_from(Membership)) == 2, "ended, not deleted"

    restore_member(session, member.uuid)
    assert member.archived_at is None
    assert current.ended_on is None
    assert past.ended_on == date(2021, 6, 30), "a membership ended earlier stays ended"
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity_uuid == member.uuid)
    ).all()
    assert actions == ["create", "archive", "restore"]


def test_restore_does_not_reopen_a_ketua_seat_taken_meanwhile(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1))
    other = create_member(session, make.member(2))
    group_a, _ = _two_groups(session, make)
    old = add_membership(session, member.uuid, group_a.uuid, "ketua", date(2020, 1, 1))
    archive_member(session, member.uuid)
    add_membership(session, other.uuid, group_a.uuid, "ketua", date.today())
    restore_member(session, member.uuid)
    assert old.ended_on is not None
    ketua_count = session.scalar(
        select(func.count())
        .select_from(Membership)
        .where(Membership.role == "ketua", Membership.ended_on.is_(None))
    )
    assert ketua_count == 1


def test_archived_member_cannot_join_a_group(session: Session, make: Any) -> None:
    member = create_member(session, make.member(1))
    group_a, _ = _two_groups(session, make)
    archive_member(session, member.uuid)
    errors = _errors(
        lambda: add_membership(session, member.uuid, group_a.uuid, "anggota", date(2024, 1, 1))
    )
    assert "diarsipkan" in errors["member_uuid"]


def test_archive_with_stale_version_is_refused(database: Database, make: Any) -> None:
    with database.session() as session:
        uuid = create_member(session, make.member(1)).uuid
    with database.session() as session:
        update_member(session, uuid, make.member(1, full_name="Nama Baru"))
    with pytest.raises(ConflictError), database.session() as session:
        archive_member(session, uuid, expected_version=1)
    with database.read_session() as session:
        assert (
            session.execute(
                text("SELECT archived_at FROM members WHERE uuid = :u"), {"u": uuid}
            ).scalar()
            is None
        )
