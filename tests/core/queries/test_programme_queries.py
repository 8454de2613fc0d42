"""The programme's queries: a group's aid and LPJ state, overdue LPJ, indicator series, groups
without a visit, the stats figures, and the city's place filters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from tests.core.services.test_aid import aid_input, lpj, money, pending
from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.programme_inputs import AidReportInput, IndicatorInput, VisitInput
from wksbm_desktop.core.domain.rubric import Change, IndicatorTrend
from wksbm_desktop.core.models import (
    Aid,
    AidReport,
    CityKelurahan,
    Group,
    GroupIndicator,
    Visit,
)
from wksbm_desktop.core.queries import aid as aid_queries
from wksbm_desktop.core.queries.indicators import (
    groups_with_recent_indicators,
    indicator_series,
    indicator_trend,
)
from wksbm_desktop.core.queries.programme_stats import programme_figures
from wksbm_desktop.core.queries.visits import group_visits, groups_without_visit
from wksbm_desktop.core.services import aid_reports, disbursements, indicators, visits
from wksbm_desktop.core.services.aid import archive_aid, create_aid
from wksbm_desktop.core.services.groups import archive_group, create_group

TODAY = date(2025, 11, 20)


def test_a_group_s_aid_with_totals_and_lpj_state(session: Session, group: Group) -> None:
    first = create_aid(session, aid_input(group))
    disbursements.add_disbursement(session, money(first, 12_000_000))
    aid_reports.add_report(session, lpj(first, due_on=date(2025, 9, 30)))
    later = create_aid(session, aid_input(group, proposed_on=date(2025, 6, 2),
                                          decided_on=date(2025, 7, 1), amount_approved=5_000_000,
                                          source="CSR"))  # fmt: skip
    aid_reports.add_report(session, lpj(later, due_on=date(2025, 12, 31)))
    create_aid(session, pending(group, proposed_on=date(2025, 10, 1), amount_requested=7_000_000))
    gone = create_aid(session, aid_input(group))
    archive_aid(session, gone.uuid)

    found = aid_queries.group_aid(session, group.uuid, TODAY)

    assert [row.decision for row in found.rows] == ["menunggu", "disetujui", "disetujui"]
    pending_row, later_row, first_row = found.rows
    assert (first_row.source, first_row.disbursed, first_row.remaining) == (
        "Kemensos/APBN", 12_000_000, 8_000_000,
    )  # fmt: skip
    assert (first_row.lpj_state, first_row.lpj_next_due) == ("overdue", date(2025, 9, 30))
    assert (later_row.lpj_state, later_row.lpj_next_due) == ("owed", date(2025, 12, 31))
    assert (pending_row.lpj_state, pending_row.source) == ("none", "")
    assert (found.requested, found.approved, found.disbursed, found.overdue) == (
        57_000_000, 25_000_000, 12_000_000, 1,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("reports", "state"),
    [
        ([], ("none", None)),
        ([("diterima", date(2025, 1, 1))], ("accepted", None)),
        ([("diterima", date(2025, 1, 1)), ("diserahkan", date(2025, 2, 1))], ("submitted", None)),
        ([("dikembalikan", date(2025, 12, 1)), ("diterima", date(2025, 1, 1))],
         ("owed", date(2025, 12, 1))),
        ([("belum", date(2025, 12, 1)), ("dikembalikan", date(2025, 10, 1))],
         ("overdue", date(2025, 10, 1))),
    ],
)  # fmt: skip
def test_the_lpj_state_of_an_aid(
    reports: list[tuple[str, date]], state: tuple[str, date | None]
) -> None:
    assert aid_queries.lpj_state(reports, TODAY) == state


def test_an_lpj_becomes_overdue_as_the_date_moves(session: Session, group: Group) -> None:
    approved = create_aid(session, aid_input(group))
    report = aid_reports.add_report(session, lpj(approved, due_on=date(2025, 9, 30)))
    assert aid_queries.overdue_reports(session, date(2025, 9, 30)) == []
    [overdue] = aid_queries.overdue_reports(session, date(2025, 10, 10))
    assert (overdue.report_uuid, overdue.group_name, overdue.days_overdue) == (
        report.uuid, group.name, 10,
    )  # fmt: skip
    assert aid_queries.aid_detail(session, approved.uuid, date(2025, 10, 10)).reports[0] \
        .days_overdue == 10  # fmt: skip
    handed_in = AidReportInput(approved.uuid, date(2025, 9, 30), "diserahkan", date(2025, 10, 12))
    aid_reports.update_report(session, report.uuid, handed_in)
    assert aid_queries.overdue_reports(session, date(2025, 10, 20)) == []


def test_the_sql_overdue_rule_agrees_with_the_domain_rule(session: Session, group: Group) -> None:
    approved = create_aid(session, aid_input(group))
    for status in ("belum", "diserahkan", "diterima", "dikembalikan"):
        submitted = None if status == "belum" else date(2025, 9, 1)
        aid_reports.add_report(session, lpj(approved, status=status, submitted_on=submitted))
    for today in (date(2025, 9, 29), date(2025, 9, 30), date(2025, 10, 1)):
        found = {row.status for row in aid_queries.overdue_reports(session, today)}
        expected = {
            status for status in ("belum", "diserahkan", "diterima", "dikembalikan")
            if programme.lpj_overdue(status, date(2025, 9, 30), today)
        }  # fmt: skip
        assert found == expected


def test_overdue_lpj_leave_out_archived_aid_and_groups(
    session: Session, group: Group, make: Any
) -> None:
    other = create_group(session, make.group("KUBE Anggrek"))
    for owner in (group, other):
        approved = create_aid(session, aid_input(owner))
        aid_reports.add_report(session, lpj(approved))
    assert len(aid_queries.overdue_reports(session, TODAY)) == 2
    assert [r.group_name for r in aid_queries.overdue_reports(session, TODAY, group.uuid)] == [
        group.name
    ]
    archive_group(session, other.uuid)
    assert [r.group_name for r in aid_queries.overdue_reports(session, TODAY)] == [group.name]
    assert programme_figures(session, TODAY)["aid"]["lpj_overdue"] == 1


def test_an_aid_detail_lists_its_disbursements_and_reports(session: Session, group: Group) -> None:
    approved = create_aid(session, aid_input(group))
    disbursements.add_disbursement(
        session, money(approved, 2_000_000, disbursed_on=date(2025, 5, 1))
    )
    disbursements.add_disbursement(
        session, money(approved, 3_000_000, form="barang", goods="Kambing 3 ekor")
    )
    aid_reports.add_report(session, lpj(approved))
    detail = aid_queries.aid_detail(session, approved.uuid, TODAY)
    assert [(d.disbursed_on, d.form, d.goods) for d in detail.disbursements] == [
        (date(2025, 3, 1), "barang", "Kambing 3 ekor"), (date(2025, 5, 1), "uang", ""),
    ]  # fmt: skip
    assert [(r.status, r.days_overdue) for r in detail.reports] == [("belum", 51)]


def _quarter(group: Group, start: date, cash: int, **changes: Any) -> IndicatorInput:
    return IndicatorInput(group.uuid, "triwulan", start, cash=cash, **changes)


def test_a_group_s_indicator_series_oldest_first(session: Session, make: Any) -> None:
    bank = create_group(session, make.group("Bank Sampah Asri", type="Bank Sampah",
                                            sector="Pengelolaan Sampah"))  # fmt: skip
    for start, cash, kg in ((date(2025, 4, 1), 2_000_000, 300), (date(2025, 1, 1), 1_500_000, 250)):
        indicators.record_indicators(
            session, _quarter(bank, start, cash, measures=(("Sampah terkumpul", kg),))
        )
    indicators.record_indicators(session, IndicatorInput(bank.uuid, "bulan", date(2025, 7, 1),
                                                         turnover=900_000))  # fmt: skip
    series = indicator_series(session, bank.uuid)
    assert [(p.label, p.cash, p.turnover) for p in series] == [
        ("TW I 2025", 1_500_000, None), ("TW II 2025", 2_000_000, None), ("07/2025", None, 900_000),
    ]  # fmt: skip
    assert series[1].period_end == date(2025, 6, 30)
    assert [(m.label, m.unit, m.value) for m in series[1].measures] == [
        ("Sampah terkumpul", "kg", 300)
    ]
    assert [p.label for p in indicator_series(session, bank.uuid, "triwulan")] == [
        "TW I 2025", "TW II 2025",
    ]  # fmt: skip


def test_the_indicator_trend_compares_the_last_two_periods_of_one_kind(
    session: Session, group: Group
) -> None:
    assert indicator_trend(session, group.uuid) == IndicatorTrend()  # nothing recorded
    first = IndicatorInput(group.uuid, "triwulan", date(2025, 1, 1), cash=1_000_000,
                           turnover=5_000_000)  # fmt: skip
    indicators.record_indicators(session, first)
    assert indicator_trend(session, group.uuid) == IndicatorTrend()  # one period only
    indicators.record_indicators(session, IndicatorInput(group.uuid, "triwulan", date(2025, 4, 1),
                                                         cash=1_200_000, turnover=4_000_000,
                                                         assets=3_000_000))  # fmt: skip
    trend = indicator_trend(session, group.uuid)
    assert trend == IndicatorTrend(
        savings=Change(1_200_000, 1_000_000), turnover=Change(4_000_000, 5_000_000), assets=None
    )
    # A month recorded later starts a series of its own: one month says nothing yet.
    indicators.record_indicators(session, IndicatorInput(group.uuid, "bulan", date(2025, 7, 1),
                                                         turnover=900_000))  # fmt: skip
    assert indicator_trend(session, group.uuid) == IndicatorTrend()


def test_groups_with_indicators_of_the_last_six_months(
    session: Session, group: Group, make: Any
) -> None:
    stale = create_group(session, make.group("KUBE Lama"))
    # Six months before 20-11-2025 is 20-05-2025: the second quarter still counts.
    indicators.record_indicators(session, _quarter(group, date(2025, 4, 1), 1_000))
    indicators.record_indicators(session, IndicatorInput(stale.uuid, "bulan", date(2025, 4, 1),
                                                         cash=1_000))  # fmt: skip
    assert groups_with_recent_indicators(session, TODAY) == 1
    figures = programme_figures(session, TODAY)["indicators"]
    assert figures == {"records": 2, "groups": 2, "groups_last_6_months": 1,
                       "latest_period": "2025-04-01"}  # fmt: skip


def _visit(group: Group, on: date, status: str = "belum") -> VisitInput:
    follow_up = "" if status == "belum" else "Pelatihan pembukuan"
    return VisitInput(group.uuid, on, "Pendamping PKH", "Kas tidak tercatat", follow_up=follow_up,
                      follow_up_status=status)  # fmt: skip


def test_groups_without_a_visit_in_six_months(session: Session, group: Group, make: Any) -> None:
    never = create_group(session, make.group("KUBE Baru"))
    long_ago = create_group(session, make.group("KUBE Lama"))
    visits.record_visit(session, _visit(group, date(2025, 5, 20)))  # exactly six months: in time
    visits.record_visit(session, _visit(long_ago, date(2025, 5, 19), "selesai"))
    visits.record_visit(session, _visit(long_ago, date(2024, 12, 1)))
    assert [(g.name, g.last_visit) for g in groups_without_visit(session, TODAY)] == [
        (never.name, None), (long_ago.name, date(2025, 5, 19)),
    ]  # fmt: skip
    assert [v.visited_on for v in group_visits(session, long_ago.uuid)] == [
        date(2025, 5, 19), date(2024, 12, 1),
    ]  # fmt: skip
    assert programme_figures(session, TODAY)["visits"] == {
        "count": 3, "last_6_months": 1, "follow_up_open": 2, "groups_without_visit_6_months": 2,
    }  # fmt: skip


def test_aid_figures_by_decision_and_source(session: Session, group: Group) -> None:
    first = create_aid(session, aid_input(group))
    disbursements.add_disbursement(session, money(first, 20_000_000))
    aid_reports.add_report(session, lpj(first, status="diterima", submitted_on=date(2025, 9, 1)))
    create_aid(session, aid_input(group, amount_approved=3_000_000, source="CSR"))
    create_aid(session, aid_input(group, amount_approved=2_000_000, source="CSR"))
    create_aid(session, pending(group))
    create_aid(session, aid_input(group, decision="ditolak", amount_approved=0, source=""))
    assert programme_figures(session, TODAY)["aid"] == {
        "count": 5, "approved": 3, "pending": 1, "refused": 1,
        "amount_requested": 125_000_000, "amount_approved": 25_000_000, "disbursed": 20_000_000,
        "by_source": {"CSR": 5_000_000, "Kemensos/APBN": 20_000_000},
        "lpj": 1, "lpj_accepted": 1, "lpj_overdue": 0,
    }  # fmt: skip


def test_empty_figures(session: Session) -> None:
    figures = programme_figures(session, TODAY)
    assert figures["aid"]["count"] == 0 and figures["aid"]["by_source"] == {}
    assert figures["indicators"]["latest_period"] is None
    assert figures["visits"]["groups_without_visit_6_months"] == 0


def test_the_city_filters_by_kecamatan_and_kelurahan(
    session: Session, group: Group, make: Any
) -> None:
    """Records carry the kelurahan that owns them: the city lists them per place."""
    session.add_all([
        CityKelurahan(code="36.71.01.1001", name="Sukarasa", kecamatan_code="36.71.01",
                      kecamatan_name="Tangerang"),
        CityKelurahan(code="36.71.02.1001", name="Keroncong", kecamatan_code="36.71.02",
                      kecamatan_name="Jatiuwung"),
    ])  # fmt: skip
    other = create_group(session, make.group("KUBE Jatiuwung"))
    for owner, code in ((group, "36.71.01.1001"), (other, "36.71.02.1001")):
        approved = create_aid(session, aid_input(owner))
        aid_reports.add_report(session, lpj(approved))
        indicators.record_indicators(session, _quarter(owner, date(2025, 7, 1), 5_000))
        session.flush()
        for model, column in (
            (Group, Group.id),
            (Aid, Aid.group_id),
            (GroupIndicator, GroupIndicator.group_id),
        ):
            session.execute(update(model).where(column == owner.id).values(kelurahan_code=code))
        session.execute(update(AidReport).where(AidReport.aid_id == approved.id)
                        .values(kelurahan_code=code))  # fmt: skip
    session.execute(update(Visit).values(kelurahan_code="36.71.02.1001"))

    def names(**place: str) -> list[str]:
        return [r.group_name for r in aid_queries.overdue_reports(session, TODAY, **place)]

    assert names(kecamatan="36.71.02") == ["KUBE Jatiuwung"]
    assert names(kelurahan="36.71.01.1001") == [group.name]
    assert aid_queries.overdue_by_kelurahan(session, TODAY) == {
        "36.71.01.1001": 1, "36.71.02.1001": 1,
    }  # fmt: skip
    assert groups_with_recent_indicators(session, TODAY, kecamatan="36.71.01") == 1
    unvisited = groups_without_visit(session, TODAY, kelurahan="36.71.02.1001")
    assert [g.name for g in unvisited] == ["KUBE Jatiuwung"]


def test_the_change_history_names_the_programme_s_records_and_fields(
    session: Session, make: Any
) -> None:
    from wksbm_desktop.core.queries.audit import AuditFilter, list_audit

    bank = create_group(session, make.group("Bank Sampah Asri", type="Bank Sampah",
                                            sector="Pengelolaan Sampah"))  # fmt: skip
    record = indicators.record_indicators(
        session, _quarter(bank, date(2025, 4, 1), 1_000, measures=(("Sampah terkumpul", 12),))
    )
    session.flush()
    [row] = list_audit(session, AuditFilter(entity_uuid=record.uuid))
    labels = {change.label: change.new for change in row.changes}
    assert row.entity_label == "Indikator kelompok"
    assert labels["Ukuran: Sampah terkumpul"] == "12"
    assert labels["Awal periode"] == "01-04-2025"
    assert labels["Kas/tabungan"] == "1000"
