"""Receiving row by row (issue 16 point 2): a row that breaks a rule is refused alone, with its
reason in the receipt, and the rest of the file lands. Reports are built in memory here; the
workbook round trip is tests/core/services/test_receiving.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.core.services.incoming import (
    FULL_KK,
    FULL_NIK,
    MASKED_KK,
    MASKED_NIK,
    City,
    activity,
    assessment,
    group,
    member,
    membership,
    new_uuid,
    tombstone,
)
from tests.excel.receiving.kit import city_db
from wksbm_desktop.core.domain.incoming_report import Receipt
from wksbm_desktop.core.models import Activity, Assessment, Group, Member, Membership, ReferenceItem
from wksbm_desktop.core.services.receiving_write import INT_MAX


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[City]:
    database = city_db(new_target)
    yield City(database)
    database.dispose()


def _by_row(receipt: Receipt, entity: str) -> dict[int, str]:
    return {r.row: r.reason for r in receipt.refusals if r.entity == entity}


def _names(session: Session, column: Any) -> list[str]:
    return sorted(session.scalars(select(column)))


# --- which rows are the kelurahan's at all ------------------------------------------------------


def test_a_row_without_a_uuid_or_with_a_repeated_one_is_refused_and_the_rest_lands(
    city: City,
) -> None:
    first = group("KUBE Melati")
    again = group("KUBE Melati (salinan)", uuid=first["uuid"], _row=3)
    blank = group("KUBE Tanpa UUID", uuid="", _row=4)  # the reader reads an empty cell as ""
    receipt = city.receive(city.report(groups=[first, again, blank]))
    assert receipt.status == "received", receipt.message
    assert (receipt.counts["added"]["groups"], receipt.counts["refused"]["groups"]) == (1, 2)
    refused = _by_row(receipt, "groups")
    assert (
        refused[3] == f"UUID {first['uuid']} muncul lebih dari sekali di berkas; baris ini ditolak."
    )
    assert refused[4].startswith("UUID kosong")
    assert city.read(lambda s: _names(s, Group.name)) == ["KUBE Melati"]


# --- values the city cannot hold -------------------------------------------------------------


def test_an_empty_required_value_or_one_too_large_refuses_its_row_alone(city: City) -> None:
    kept = group("KUBE Mawar")
    nameless = group("", _row=3)
    long_rt = group("KUBE Anggrek", rt="0051", _row=4)  # RT holds three characters
    long_type = group("KUBE Dahlia", type="J" * 101, _row=5)
    crowded = activity(kept, "Pelatihan besar", participants_count=INT_MAX + 1, _row=3)
    receipt = city.receive(
        city.report(
            groups=[kept, nameless, long_rt, long_type], activities=[activity(kept), crowded]
        )
    )
    groups = _by_row(receipt, "groups")
    assert groups[3] == "Nama kosong; baris ditolak."
    assert groups[4] == "RT lebih dari 3 karakter; baris ditolak."
    assert "lebih dari 100 karakter" in groups[5]
    assert _by_row(receipt, "activities") == {
        3: f"Jumlah peserta di luar batas (0 sampai {INT_MAX}); baris ditolak."
    }
    assert city.read(lambda s: _names(s, Group.name)) == ["KUBE Mawar"]
    assert city.read(lambda s: _names(s, Activity.title)) == ["Rapat anggota"]
    # A label too long for the list is not added to it either.
    added = city.read(
        lambda s: s.scalar(select(ReferenceItem.id).where(ReferenceItem.label.like("JJJ%")))
    )
    assert added is None and receipt.lines == []


def test_a_label_the_city_does_not_know_joins_its_list_and_the_receipt_says_so(
    city: City,
) -> None:
    row = group("KUBE Kenanga", type="Kelompok Usaha Tenun")
    receipt = city.receive(city.report(groups=[row]))
    assert receipt.lines == [
        'Jenis kelompok "Kelompok Usaha Tenun" belum dikenal dan ditambahkan ke daftar.'
    ]
    query = select(ReferenceItem.label).join(Group, Group.type_id == ReferenceItem.id)
    assert city.read(lambda s: s.scalars(query).all()) == ["Kelompok Usaha Tenun"]
    # Known from now on, in any spacing and case: the next report adds nothing to the list.
    again = city.receive(city.report(groups=[row | {"type": "kelompok usaha  TENUN"}]))
    assert again.lines == [] and again.counts["unchanged"]["groups"] == 1


def test_a_network_member_whose_network_is_missing_lands_without_it(city: City) -> None:
    network = group("Jaringan KUBE Cipondoh")
    child = group("KUBE Melati", parent_uuid=network["uuid"])
    lost = new_uuid()
    orphan = group("KUBE Mawar", parent_uuid=lost)
    receipt = city.receive(city.report(groups=[network, child, orphan]))
    assert receipt.lines == [
        f"Jaringan induk {lost} dari kelompok KUBE Mawar tidak ditemukan; kelompok diterima "
        "tanpa induk."
    ]
    parents = city.read(lambda s: dict(s.execute(select(Group.name, Group.parent_id)).all()))
    ids = city.read(lambda s: dict(s.execute(select(Group.name, Group.id)).all()))
    assert parents["KUBE Melati"] == ids["Jaringan KUBE Cipondoh"]
    assert parents["KUBE Mawar"] is None and receipt.counts["added"]["groups"] == 3


def test_a_resident_with_a_decile_out_of_range_or_no_sex_is_refused_alone(city: City) -> None:
    kept = member("Siti Aminah")
    decile = member("Budi Santoso", "3671051705800002", sex="L", dtsen_decile=11, _row=3)
    sexless = member("Tanpa Jenis Kelamin", "3671051705800003", sex=None, _row=4)
    receipt = city.receive(city.report(members=[kept, decile, sexless]))
    assert _by_row(receipt, "members") == {
        3: "Desil DTSEN 11 harus antara 1 dan 10; baris ditolak.",
        4: "Jenis kelamin kosong; baris ditolak.",
    }
    assert city.read(lambda s: _names(s, Member.full_name)) == ["Siti Aminah"]


# --- NIKs: unsealed, and never taken back once anonymised -------------------------------------


def test_the_unsealed_nik_sheet_gives_the_city_the_full_nik_of_a_masked_report(
    city: City,
) -> None:
    person = member(nik=MASKED_NIK, kk=MASKED_KK)
    report = city.report(members=[person])
    report.unsealed_niks = {person["uuid"]: (FULL_NIK, FULL_KK)}
    city.receive(report)
    stored = city.read(lambda s: s.execute(select(Member.nik, Member.kk)).one())
    assert tuple(stored) == (FULL_NIK, FULL_KK)


def test_a_resident_anonymised_at_the_city_never_takes_back_personal_values(
    city: City,
) -> None:
    person = member()
    city.receive(city.report(members=[person]))
    city.receive(
        city.report(members=[person], removed=[tombstone("members", person, "anonymised")])
    )
    fields = (Member.nik, Member.kk, Member.full_name, Member.birth_date, Member.phone,
              Member.address, Member.anonymised_at)  # fmt: skip
    anonymised = city.read(lambda s: tuple(s.execute(select(*fields)).one()))
    assert anonymised[2] == "Anonim" and anonymised[3] == date(1980, 7, 1)
    # A later report still carries the values (the kelurahan restored an older backup).
    receipt = city.receive(city.report(members=[person]))
    assert receipt.counts["unchanged"]["members"] == 1
    assert city.read(lambda s: tuple(s.execute(select(*fields)).one())) == anonymised
    assert FULL_NIK not in anonymised and "Siti Aminah" not in anonymised


# --- memberships, activities and assessments that point where they may not ------------------


def test_memberships_that_would_break_a_groups_rules_are_refused_alone(city: City) -> None:
    melati, mawar = group("KUBE Melati"), group("KUBE Mawar")
    siti, budi = member("Siti Aminah"), member("Budi Santoso", "3671051705800002", sex="L")
    ketua = membership(siti, melati, "ketua")
    city.receive(city.report(groups=[melati, mawar], members=[siti, budi], memberships=[ketua]))
    # A period report carries what changed only: Siti stays Ketua of KUBE Melati.
    twice = membership(siti, melati, "anggota", _row=2)
    second_ketua = membership(budi, melati, "ketua", _row=3)
    backwards = membership(budi, mawar, started_on=date(2025, 5, 20), ended_on=date(2025, 5, 1),
                           _row=4)  # fmt: skip
    fine = membership(budi, mawar, _row=5)
    receipt = city.receive(
        city.report(whole=False, memberships=[twice, second_ketua, backwards, fine])
    )
    assert _by_row(receipt, "memberships") == {
        2: "Warga ini sudah menjadi anggota aktif kelompok yang sama; baris ditolak.",
        3: "Kelompok ini sudah punya Ketua aktif; baris ditolak.",
        4: "Tanggal selesai sebelum tanggal mulai; baris ditolak.",
    }
    query = (
        select(Member.full_name, Group.name, Membership.role)
        .join(Member, Member.id == Membership.member_id)
        .join(Group, Group.id == Membership.group_id)
    )
    assert sorted(city.read(lambda s: s.execute(query).all())) == [
        ("Budi Santoso", "KUBE Mawar", "anggota"),
        ("Siti Aminah", "KUBE Melati", "ketua"),
    ]


def test_rows_of_archived_or_unknown_groups_and_residents_are_refused(city: City) -> None:
    melati, mawar = group("KUBE Melati"), group("KUBE Mawar")
    siti, budi = member("Siti Aminah"), member("Budi Santoso", "3671051705800002", sex="L")
    city.receive(city.report(groups=[melati, mawar], members=[siti, budi]))
    nowhere = {"uuid": new_uuid()}
    receipt = city.receive(city.report(
        whole=False,
        removed=[tombstone("groups", mawar, "archived"), tombstone("members", budi, "archived")],
        memberships=[membership(siti, mawar, _row=2), membership(budi, melati, _row=3)],
        activities=[activity(mawar, _row=2), activity(nowhere, "Kegiatan entah", _row=3)],
        assessments=[assessment(melati, level=None, _row=2), assessment(nowhere, _row=3)],
    ))  # fmt: skip
    assert (receipt.counts["archived"]["groups"], receipt.counts["archived"]["members"]) == (1, 1)
    assert _by_row(receipt, "memberships") == {
        2: f"Kelompok {mawar['uuid']} sudah diarsipkan; baris ditolak.",
        3: f"Warga {budi['uuid']} sudah diarsipkan; baris ditolak.",
    }
    missing = (
        f"Kelompok {nowhere['uuid']} tidak ada di laporan ini maupun di database kota; baris "
        "ditolak."
    )
    assert _by_row(receipt, "activities") == {
        2: f"Kelompok {mawar['uuid']} sudah diarsipkan; baris ditolak.",
        3: missing,
    }
    assert _by_row(receipt, "assessments") == {2: "Tingkat kosong; baris ditolak.", 3: missing}
    assert receipt.total("added") == 0
    for table in (Membership, Activity, Assessment):
        assert city.read(lambda s, t=table: s.scalar(select(t.id))) is None
