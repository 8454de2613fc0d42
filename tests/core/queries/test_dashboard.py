"""Dashboard aggregates equal hand counts on a small dataset; archived records never count."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.queries import dashboard
from wksbm_desktop.core.services.activities import archive_activity, create_activity
from wksbm_desktop.core.services.groups import add_assessment, archive_group, create_group
from wksbm_desktop.core.services.members import archive_member, create_member

TODAY = date(2025, 6, 15)


def _activity(group_uuid: str, held_on: date, funding: str, amount: int) -> ActivityInput:
    return ActivityInput(
        group_uuid, held_on, "Rapat rutin", "Rapat", "Sosial", funding, amount=amount
    )


def _build(session: Session, make) -> dict[str, str]:  # type: ignore[no-untyped-def]
    kube = create_group(session, make.group("KUBE Mawar", sector="Ekonomi Produktif"))
    tani = create_group(
        session,
        make.group("Tani Subur", type="Kelompok Tani", sector="Pertanian", status="kurang_aktif"),
    )
    bank = create_group(
        session, make.group("Bank Sampah Hijau", type="Bank Sampah", sector="Pengelolaan Sampah")
    )
    gone = create_group(session, make.group("Lama", sector="Pertanian"))
    # Members: 2 men (ages 45 and 20), 3 women (ages 30, 70, 10); one more man archived.
    create_member(session, make.member(1, "L", date(1980, 1, 1)))
    create_member(session, make.member(2, "L", date(2005, 1, 1)))
    create_member(session, make.member(3, "P", date(1995, 1, 1)))
    create_member(session, make.member(4, "P", date(1955, 1, 1)))
    create_member(session, make.member(5, "P", date(2015, 1, 1)))
    archived = create_member(session, make.member(6, "L", date(1990, 1, 1)))
    archive_member(session, archived.uuid)
    # Activities: June ×2, March ×1, last year ×1, one archived in June, one of an archived group.
    create_activity(session, _activity(kube.uuid, date(2025, 6, 2), "APBD Kota", 1_500_000))
    create_activity(session, _activity(tani.uuid, date(2025, 6, 10), "Swadaya/Iuran", 200_000))
    create_activity(session, _activity(kube.uuid, date(2025, 3, 5), "APBD Kota", 500_000))
    create_activity(session, _activity(bank.uuid, date(2024, 11, 20), "CSR/Donatur", 900_000))
    dropped = create_activity(session, _activity(kube.uuid, date(2025, 6, 3), "APBD Kota", 7))
    archive_activity(session, dropped.uuid)
    create_activity(session, _activity(gone.uuid, date(2025, 6, 4), "Lainnya", 1_000))
    # Levels: KUBE tumbuh → maju (up), Tani maju → berkembang (down), Bank only this year.
    add_assessment(session, kube.uuid, date(2024, 5, 1), "tumbuh")
    add_assessment(session, kube.uuid, date(2025, 2, 1), "berkembang")
    add_assessment(session, kube.uuid, date(2025, 5, 1), "maju")
    add_assessment(session, tani.uuid, date(2023, 5, 1), "maju")
    add_assessment(session, tani.uuid, date(2025, 5, 1), "berkembang")
    add_assessment(session, bank.uuid, date(2025, 1, 10), "mandiri")
    add_assessment(session, gone.uuid, date(2024, 1, 10), "tumbuh")
    add_assessment(session, gone.uuid, date(2025, 1, 10), "mandiri")
    archive_group(session, gone.uuid)
    session.flush()
    return {"kube": kube.uuid}


def test_headline_counts_by_hand(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    _build(session, make)
    head = dashboard.headline(session, TODAY)
    assert head.active_groups == 2  # KUBE and Bank Sampah; Tani is "kurang aktif", Lama archived
    assert (head.members_l, head.members_p) == (2, 3)
    assert head.activities_month == 2
    assert head.activities_year == 3
    assert head.moved_up == 1  # only KUBE: Tani went down, Bank has no earlier level
    assert head.money_total == 1_500_000 + 200_000 + 500_000


def test_money_by_funding_this_year_largest_first(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    _build(session, make)
    assert dashboard.money_by_funding(session, 2025) == [
        ("APBD Kota", 2_000_000),
        ("Swadaya/Iuran", 200_000),
    ]
    assert dashboard.money_by_funding(session, 2024) == [("CSR/Donatur", 900_000)]


def test_groups_by_sector_lists_every_sector(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    _build(session, make)
    counts = dict(dashboard.groups_by_sector(session))
    assert counts["Ekonomi Produktif"] == 1
    assert counts["Pertanian"] == 1  # the archived "Lama" is not counted
    assert counts["Pengelolaan Sampah"] == 1
    assert counts["Kesehatan"] == 0
    assert list(counts)[:2] == ["Pertanian", "Peternakan"]  # reference-list order


def test_activities_per_month_covers_twelve_months(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    _build(session, make)
    months = dashboard.activities_per_month(session, TODAY)
    assert len(months) == 12
    assert ((months[0].year, months[0].month), (months[-1].year, months[-1].month)) == (
        (2024, 7),
        (2025, 6),
    )
    by_month = {(m.year, m.month): m.count for m in months}
    assert by_month == {**{k: 0 for k in by_month}, (2024, 11): 1, (2025, 3): 1, (2025, 6): 2}


def test_members_by_age_band_and_sex(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    _build(session, make)
    bands = {b.band: (b.men, b.women) for b in dashboard.members_by_age_band(session, TODAY)}
    assert bands["0–16"] == (0, 1)
    assert bands["17–25"] == (1, 0)
    assert bands["26–35"] == (0, 1)
    assert bands["36–45"] == (1, 0)
    assert bands["66+"] == (0, 1)
    assert sum(m + w for m, w in bands.values()) == 5
    assert dashboard.UNKNOWN_AGE not in bands


def test_age_band_boundary_is_the_birthday(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    create_member(session, make.member(1, "L", date(2008, 6, 15)))  # 17 today
    create_member(session, make.member(2, "L", date(2008, 6, 16)))  # 17 tomorrow
    bands = {b.band: b.men for b in dashboard.members_by_age_band(session, TODAY)}
    assert bands["17–25"] == 1
    assert bands["0–16"] == 1
