"""Removals a report carries (tombstones, and absence from a whole-data report): they touch the
sending kelurahan's records only, and the receipt says what was archived or deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from tests.core.services.incoming import City, assessment, group, tombstone
from tests.excel.receiving.kit import KETAPANG, city_db
from wksbm_desktop.core.models import Assessment, Group
from wksbm_desktop.core.services.receiving_removal import MAX_ABSENCE_LINES


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[City]:
    database = city_db(new_target)
    yield City(database)
    database.dispose()


def test_a_kelurahan_deletes_its_own_assessment_but_never_another_kelurahans(
    city: City,
) -> None:
    melati = group("KUBE Melati")
    kept, mistaken = assessment(melati, "tumbuh"), assessment(melati, "maju")
    city.receive(city.report(groups=[melati], assessments=[kept, mistaken]))
    theirs_group = group("KUBE Ketapang")
    theirs = assessment(theirs_group, "mandiri")
    city.receive(city.report(code=KETAPANG, groups=[theirs_group], assessments=[theirs]))
    receipt = city.receive(city.report(
        whole=False,
        removed=[tombstone("assessments", mistaken, "deleted"),
                 tombstone("assessments", theirs, "deleted")],
    ))  # fmt: skip
    assert receipt.counts["deleted"]["assessments"] == 1
    [refusal] = receipt.refusals
    assert (refusal.entity, refusal.sheet, refusal.uuid) == (
        "assessments",
        "_hapus",
        theirs["uuid"],
    )
    assert KETAPANG in refusal.reason
    levels = city.read(lambda s: sorted(s.scalars(select(Assessment.level))))
    assert levels == ["mandiri", "tumbuh"]


def test_a_tombstone_for_another_kelurahans_group_archives_nothing(city: City) -> None:
    theirs = group("KUBE Ketapang")
    city.receive(city.report(code=KETAPANG, groups=[theirs]))
    receipt = city.receive(
        city.report(whole=False, removed=[tombstone("groups", theirs, "archived")])
    )
    assert receipt.counts["archived"]["groups"] == 0
    assert [r.reason for r in receipt.refusals] == [
        f"UUID {theirs['uuid']} sudah dimiliki data {KETAPANG} di database kota; baris ditolak."
    ]
    assert city.read(lambda s: s.scalar(select(Group.archived_at))) is None


def test_many_records_gone_from_a_whole_report_are_named_up_to_a_limit_then_counted(
    city: City,
) -> None:
    extra = 2
    groups = [group(f"KUBE {number:03d}") for number in range(MAX_ABSENCE_LINES + extra)]
    city.receive(city.report(groups=groups))
    receipt = city.receive(city.report())  # whole data, and none of them in it any more
    assert receipt.counts["archived"]["groups"] == MAX_ABSENCE_LINES + extra
    assert len(receipt.lines) == MAX_ABSENCE_LINES + 1
    assert receipt.lines[0].startswith("Kelompok KUBE ") and "diarsipkan" in receipt.lines[0]
    assert receipt.lines[-1] == (
        f"... dan {extra} data lain yang diarsipkan dengan alasan yang sama."
    )
    archived = select(func.count()).where(Group.archived_at.is_not(None))
    assert city.read(lambda s: s.scalar(archived)) == MAX_ABSENCE_LINES + extra
