"""Seeing progress (issue 19, point 6): each figure against hand-built data, on both engines."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from tests.core.services.test_aid import aid_input, lpj, money, pending
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    CityKelurahan,
    Group,
    GroupIndicator,
    Visit,
)
from wksbm_desktop.core.queries.dashboard import groups_moved_up
from wksbm_desktop.core.queries.programme_progress import (
    Growth,
    programme_progress,
    progress_by_kecamatan,
    quiet_groups,
)
from wksbm_desktop.core.services import aid_reports, disbursements, indicators, visits
from wksbm_desktop.core.services.aid import create_aid
from wksbm_desktop.core.services.groups import add_assessment, archive_group, create_group

TODAY = date(2026, 11, 20)


def _groups(session: Session, make: Any, *names: str) -> list[Group]:
    return [create_group(session, make.group(name)) for name in names]


def test_groups_by_level_this_year_against_last_year(session: Session, make: Any) -> None:
    up, same, down, new, climbed, waiting, _never, gone = _groups(
        session, make, "Naik", "Tetap", "Turun", "Baru", "Baru naik", "Belum dinilai ulang",
        "Belum pernah", "Diarsipkan",
    )  # fmt: skip
    history = {
        up: [(date(2024, 3, 1), "tumbuh"), (date(2025, 6, 1), "berkembang"),
             (date(2026, 2, 1), "berkembang"), (date(2026, 8, 1), "maju")],
        same: [(date(2025, 5, 1), "maju"), (date(2026, 5, 1), "maju")],
        down: [(date(2025, 5, 1), "maju"), (date(2026, 5, 1), "berkembang")],
        new: [(date(2026, 4, 1), "tumbuh")],
        climbed: [(date(2026, 1, 10), "tumbuh"), (date(2026, 9, 10), "berkembang")],
        waiting: [(date(2025, 12, 31), "mandiri")],
        gone: [(date(2025, 1, 1), "tumbuh"), (date(2026, 1, 2), "mandiri")],
    }  # fmt: skip
    for group, entries in history.items():
        for on, level in entries:
            add_assessment(session, group.uuid, on, level)
    # Two assessments of one day: the one entered last counts (as in core/domain/period.py).
    add_assessment(session, same.uuid, date(2026, 5, 1), "mandiri")
    add_assessment(session, same.uuid, date(2026, 5, 1), "maju")
    archive_group(session, gone.uuid)
    # The Ringkasan's "naik kelas" card counts the same groups (core/domain/period.py).
    assert groups_moved_up(session, 2026) == 2
    # An assessment after the day asked is not yet there.
    add_assessment(session, down.uuid, date(2026, 11, 25), "mandiri")

    levels = programme_progress(session, TODAY).levels

    assert levels.year == 2026
    assert (levels.moved_up, levels.stayed, levels.moved_down, levels.newly_assessed) == (
        2,
        1,
        1,
        1,
    )
    assert (levels.not_reassessed, levels.never_assessed) == (1, 1)
    assert levels.last_year == {"tumbuh": 0, "berkembang": 1, "maju": 2, "mandiri": 1}
    assert levels.now == {"tumbuh": 1, "berkembang": 2, "maju": 2, "mandiri": 1}


def test_aid_by_source_against_lpj_accepted(session: Session, make: Any) -> None:
    one, two, gone = _groups(session, make, "KUBE Satu", "KUBE Dua", "KUBE Diarsipkan")
    # Kemensos: 20 jt with every LPJ accepted, 10 jt with one accepted and one overdue.
    accounted = create_aid(session, aid_input(one))
    disbursements.add_disbursement(session, money(accounted, 20_000_000))
    aid_reports.add_report(session, lpj(accounted, status="diterima",
                                        submitted_on=date(2025, 9, 1)))  # fmt: skip
    aid_reports.add_report(session, lpj(accounted, status="diterima", due_on=date(2025, 12, 1),
                                        submitted_on=date(2025, 11, 1)))  # fmt: skip
    half = create_aid(session, aid_input(two, amount_approved=10_000_000))
    disbursements.add_disbursement(session, money(half, 4_000_000))
    aid_reports.add_report(session, lpj(half, status="diterima", submitted_on=date(2025, 9, 1)))
    aid_reports.add_report(session, lpj(half, due_on=date(2026, 6, 30)))
    # CSR: approved 5 jt, no LPJ yet (not accounted), LPJ due after the day (not overdue).
    csr = create_aid(session, aid_input(two, amount_approved=5_000_000, source="CSR"))
    aid_reports.add_report(session, lpj(csr, due_on=date(2026, 12, 31)))
    # Pending and refused aid, and the aid of an archived group, count nowhere.
    create_aid(session, pending(one))
    create_aid(session, aid_input(one, decision="ditolak", amount_approved=0, source=""))
    lost = create_aid(session, aid_input(gone))
    aid_reports.add_report(session, lpj(lost))
    archive_group(session, gone.uuid)

    progress = programme_progress(session, TODAY)

    kemensos, other = progress.aid
    assert (kemensos.source, kemensos.approved_count, kemensos.approved) == (
        "Kemensos/APBN", 2, 30_000_000,
    )  # fmt: skip
    assert (kemensos.disbursed, kemensos.accounted, kemensos.lpj_overdue) == (
        24_000_000, 20_000_000, 1,
    )  # fmt: skip
    assert kemensos.unaccounted == 10_000_000
    assert (other.source, other.approved, other.disbursed, other.accounted, other.lpj_overdue) == (
        "CSR", 5_000_000, 0, 0, 0,
    )  # fmt: skip
    total = progress.aid_total
    assert (total.approved, total.accounted, progress.lpj_overdue) == (35_000_000, 20_000_000, 1)
    # A day before the LPJ fell due it is not overdue; a disbursement after the day is not there.
    earlier = programme_progress(session, date(2026, 6, 30))
    assert earlier.lpj_overdue == 0


def _quarter(group: Group, start: date, **figures: int) -> IndicatorInput:
    return IndicatorInput(group.uuid, "triwulan", start, **figures)


def test_growth_for_groups_with_and_without_aid(session: Session, make: Any) -> None:
    helped, helped_too, alone, alone_too, short, unhelped = _groups(
        session, make, "Dibantu", "Dibantu juga", "Mandiri", "Mandiri juga", "Baru mencatat",
        "Disetujui belum disalurkan",
    )  # fmt: skip
    for group in (helped, helped_too):
        approved = create_aid(session, aid_input(group))
        disbursements.add_disbursement(session, money(approved, 5_000_000))
    create_aid(session, aid_input(unhelped))  # approved, nothing handed over: not received
    figures = {
        # group: (turnover, cash) a year earlier → latest quarter (TW III 2026 vs TW III 2025)
        helped: ((1_000_000, 200_000), (1_500_000, 300_000)),  # +50 %, +50 %
        helped_too: ((2_000_000, 400_000), (2_200_000, 400_000)),  # +10 %, 0 %
        alone: ((1_000_000, 100_000), (900_000, 100_000)),  # -10 %, 0 %
        alone_too: ((1_000_000, 0), (1_000_000, 50_000)),  # 0 %, cash from nothing: rose
        unhelped: ((500_000, 100_000), (550_000, None)),  # +10 %, cash not recorded
    }
    for group, (before, after) in figures.items():
        indicators.record_indicators(
            session, _quarter(group, date(2025, 7, 1), turnover=before[0], cash=before[1])
        )
        # A quarter in between changes nothing: the same quarter a year earlier is compared.
        indicators.record_indicators(session, _quarter(group, date(2026, 1, 1), turnover=1))
        cash = {} if after[1] is None else {"cash": after[1]}
        indicators.record_indicators(
            session, _quarter(group, date(2026, 7, 1), turnover=after[0], **cash)
        )
    # Only this year's figures: nothing to compare with.
    indicators.record_indicators(session, _quarter(short, date(2026, 7, 1), turnover=9))

    progress = programme_progress(session, TODAY)

    assert progress.with_aid.turnover == Growth(2, 2, 0, 30.0)
    assert progress.with_aid.savings == Growth(2, 1, 0, 25.0)
    assert progress.without_aid.turnover == Growth(3, 1, 1, 0.0)
    # alone_too's savings rose from zero: counted as rising, left out of the median.
    assert progress.without_aid.savings == Growth(2, 1, 0, 0.0)
    assert progress.without_aid.groups == 3 and progress.with_aid.savings.same == 1
    # A quarter that has not started on the day asked is not the latest.
    assert programme_progress(session, date(2026, 6, 30)).with_aid.turnover.groups == 0


def test_groups_without_a_visit_or_indicators_for_six_months(session: Session, make: Any) -> None:
    seen, stale, never, gone = _groups(session, make, "Dikunjungi", "Lama", "Belum", "Arsip")
    for group, on in ((seen, date(2026, 5, 20)), (stale, date(2026, 5, 19)), (gone, TODAY)):
        visits.record_visit(session, VisitInput(group.uuid, on, "Bu Rina", "Pembukuan rapi"))
    # The quarter that started 1 April 2026 had not ended on 20 May 2026: recent enough.
    indicators.record_indicators(session, _quarter(seen, date(2026, 4, 1), cash=1))
    indicators.record_indicators(session, _quarter(stale, date(2026, 1, 1), cash=1))
    indicators.record_indicators(
        session, IndicatorInput(never.uuid, "bulan", date(2026, 5, 1), cash=1)
    )
    archive_group(session, gone.uuid)

    progress = programme_progress(session, TODAY)

    assert (progress.groups, progress.without_visit, progress.without_indicators) == (3, 2, 1)
    unvisited = quiet_groups(session, TODAY, "visit")
    assert [(g.name, g.last) for g in unvisited] == [
        ("Belum", None), ("Lama", date(2026, 5, 19)),
    ]  # fmt: skip
    unrecorded = quiet_groups(session, TODAY, "indicators", limit=5)
    assert [(g.name, g.last) for g in unrecorded] == [("Lama", date(2026, 1, 1))]
    assert [g.name for g in quiet_groups(session, TODAY, "visit", limit=1)] == ["Belum"]
    # A day later the visit of 20 May is six months old too.
    assert programme_progress(session, date(2026, 11, 21)).without_visit == 3


@pytest.fixture
def two_kecamatan(session: Session, make: Any) -> tuple[Group, Group, Group]:
    session.add_all([
        CityKelurahan(code="36.71.01.1001", name="Sukarasa", kecamatan_code="36.71.01",
                      kecamatan_name="Tangerang"),
        CityKelurahan(code="36.71.01.1002", name="Sukasari", kecamatan_code="36.71.01",
                      kecamatan_name="Tangerang"),
        CityKelurahan(code="36.71.02.1001", name="Keroncong", kecamatan_code="36.71.02",
                      kecamatan_name="Jatiuwung"),
    ])  # fmt: skip
    first, second, third = _groups(session, make, "KUBE A", "KUBE B", "KUBE C")
    for group, code in ((first, "36.71.01.1001"), (second, "36.71.01.1002"),
                        (third, "36.71.02.1001")):  # fmt: skip
        approved = create_aid(session, aid_input(group))
        aid_reports.add_report(session, lpj(approved))
        disbursements.add_disbursement(session, money(approved, 1_000_000))
        add_assessment(session, group.uuid, date(2026, 3, 1), "tumbuh")
        indicators.record_indicators(session, _quarter(group, date(2025, 7, 1), turnover=100))
        indicators.record_indicators(session, _quarter(group, date(2026, 7, 1), turnover=150))
        session.flush()
        for model, column in ((Group, Group.id), (Aid, Aid.group_id),
                              (GroupIndicator, GroupIndicator.group_id)):  # fmt: skip
            session.execute(update(model).where(column == group.id).values(kelurahan_code=code))
        for model in (AidReport, AidDisbursement):
            session.execute(
                update(model).where(model.aid_id == approved.id).values(kelurahan_code=code)
            )
    visits.record_visit(session, VisitInput(third.uuid, date(2026, 10, 1), "Pak Dedi", "Baik"))
    session.execute(update(Visit).values(kelurahan_code="36.71.02.1001"))
    return first, second, third


def test_the_figures_of_one_kecamatan_or_kelurahan(
    session: Session, two_kecamatan: tuple[Group, Group, Group]
) -> None:
    tangerang = programme_progress(session, TODAY, kecamatan="36.71.01")
    assert (tangerang.groups, tangerang.without_visit, tangerang.lpj_overdue) == (2, 2, 2)
    assert tangerang.aid_total.approved == 40_000_000
    assert tangerang.with_aid.turnover.groups == 2
    assert tangerang.levels.newly_assessed == 2
    keroncong = programme_progress(session, TODAY, kelurahan="36.71.02.1001")
    assert (keroncong.groups, keroncong.without_visit, keroncong.lpj_overdue) == (1, 0, 1)
    assert [g.name for g in quiet_groups(session, TODAY, "visit", kecamatan="36.71.02")] == []


def test_the_city_s_figures_per_kecamatan(
    session: Session, make: Any, two_kecamatan: tuple[Group, Group, Group]
) -> None:
    create_group(session, make.group("Kelompok Dinas"))  # the Dinas's own: only in the total
    city = progress_by_kecamatan(session, TODAY)
    assert [(row.code, row.name) for row in city.kecamatan] == [
        ("36.71.02", "Jatiuwung"), ("36.71.01", "Tangerang"),
    ]  # fmt: skip
    jatiuwung, tangerang = (row.progress for row in city.kecamatan)
    assert (tangerang.groups, tangerang.lpj_overdue, tangerang.without_visit) == (2, 2, 2)
    assert (jatiuwung.groups, jatiuwung.lpj_overdue, jatiuwung.without_visit) == (1, 1, 0)
    assert tangerang.with_aid.turnover == Growth(2, 2, 0, 50.0)
    assert (city.total.groups, city.total.lpj_overdue, city.total.without_indicators) == (4, 3, 1)
    assert city.total.levels.never_assessed == 1


def test_empty_figures(session: Session) -> None:
    progress = programme_progress(session, TODAY)
    assert (progress.groups, progress.aid, progress.lpj_overdue) == (0, [], 0)
    assert progress.with_aid.turnover == Growth() and progress.with_aid.groups == 0
    assert progress.levels.now == dict.fromkeys(("tumbuh", "berkembang", "maju", "mandiri"), 0)
    assert progress_by_kecamatan(session, TODAY).kecamatan == []
