"""The programme window's group: who owns its records, and what of its aid was archived."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from tests.core.services.test_aid import aid_input, lpj, money
from wksbm_desktop.core.models import CityKelurahan, Group
from wksbm_desktop.core.queries.programme_group import (
    archived_records,
    group_choices,
    programme_group,
    showcase_group,
)
from wksbm_desktop.core.services import aid_reports, disbursements
from wksbm_desktop.core.services.aid import archive_aid, create_aid
from wksbm_desktop.core.services.groups import archive_group, create_group


def test_an_own_group_then_another_kelurahan_s_then_an_unknown_one(
    session: Session, group: Group
) -> None:
    own = programme_group(session, group.uuid)
    assert own is not None and own.own and not own.archived and own.name == group.name
    session.add(CityKelurahan(code="36.71.01.1001", name="Sukarasa", kecamatan_code="36.71.01",
                              kecamatan_name="Tangerang"))  # fmt: skip
    session.execute(
        update(Group).where(Group.id == group.id).values(kelurahan_code="36.71.01.1001")
    )
    theirs = programme_group(session, group.uuid)
    assert theirs is not None and not theirs.own and theirs.owner == "Sukarasa"
    assert programme_group(session, "no-such-group") is None


def test_an_archived_group_says_so(session: Session, group: Group) -> None:
    archive_group(session, group.uuid)
    found = programme_group(session, group.uuid)
    assert found is not None and found.archived and found.own


def test_archived_aid_disbursements_and_lpj_newest_archived_first(
    session: Session, group: Group
) -> None:
    kept = create_aid(session, aid_input(group))
    handed = disbursements.add_disbursement(session, money(kept, 1_000_000))
    report = aid_reports.add_report(session, lpj(kept))
    gone = create_aid(session, aid_input(group, purpose="Gerobak dagang"))
    assert archived_records(session, group.uuid) == []
    archive_aid(session, gone.uuid)
    disbursements.archive_disbursement(session, handed.uuid)
    aid_reports.archive_report(session, report.uuid)
    found = archived_records(session, group.uuid)
    assert {(r.kind, r.uuid) for r in found} == {
        ("aid", gone.uuid), ("disbursement", handed.uuid), ("report", report.uuid),
    }  # fmt: skip
    by_kind = {record.kind: record for record in found}
    assert (by_kind["aid"].purpose, by_kind["aid"].amount) == ("Gerobak dagang", 25_000_000)
    assert (by_kind["disbursement"].amount, by_kind["disbursement"].detail) == (1_000_000, "uang")
    assert (by_kind["report"].detail, by_kind["report"].purpose) == ("belum", kept.purpose)
    stamps = [record.archived_at for record in found]
    assert stamps == sorted(stamps, reverse=True)


def test_the_chooser_names_the_kelurahan_of_another_s_group(
    session: Session, group: Group, make: Any
) -> None:
    other = create_group(session, make.group("KUBE Sukarasa", rt="003", rw="001"))
    session.add(CityKelurahan(code="36.71.01.1001", name="Sukarasa", kecamatan_code="36.71.01",
                              kecamatan_name="Tangerang"))  # fmt: skip
    session.execute(
        update(Group).where(Group.id == other.id).values(kelurahan_code="36.71.01.1001")
    )
    archive = create_group(session, make.group("KUBE Lama"))
    archive_group(session, archive.uuid)
    assert group_choices(session) == [
        (group.uuid, "KUBE Melati 1"),
        (other.uuid, "KUBE Sukarasa (RT/RW 003/001, Sukarasa)"),
    ]


def test_the_showcase_group_is_the_one_with_the_most_aid(
    session: Session, group: Group, make: Any
) -> None:
    # "AAA" sorts first by name: only its aid can put the other group ahead of it.
    create_group(session, make.group("AAA Tanpa Bantuan"))
    assert showcase_group(session) != group.uuid
    create_aid(session, aid_input(group))
    assert showcase_group(session) == group.uuid
    archive_group(session, group.uuid)
    assert showcase_group(session) != group.uuid
