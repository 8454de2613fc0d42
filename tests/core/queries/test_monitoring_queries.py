"""What the monitoring screens read: a group's measures, the measures list, the last visit,
the pendamping named before, and the archived records of a group."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from tests.core.conftest import group_input
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries.indicators import indicator_series
from wksbm_desktop.core.queries.monitoring import (
    facilitator_names,
    group_measures,
    group_name,
    last_visit,
    measure_list,
)
from wksbm_desktop.core.queries.visits import group_visits
from wksbm_desktop.core.services import indicator_measures, indicators, visits
from wksbm_desktop.core.services.groups import archive_group, create_group

TODAY = date(2025, 11, 20)


def _visit(group: Group, on: date, who: str = "Bu Wati", status: str = "belum") -> VisitInput:
    follow_up = "" if status == "belum" else "Latih bendahara"
    return VisitInput(group.uuid, on, who, "Kas tidak tercatat", follow_up=follow_up,
                      follow_up_status=status)  # fmt: skip


def test_a_group_s_measures_its_sector_s_first_then_every_sector_s(
    session: Session, group: Group
) -> None:
    every = indicator_measures.add_measure(session, "", "Pertemuan rutin", "kali")
    hidden = indicator_measures.add_measure(session, "Ekonomi Produktif", "Produk cacat", "unit")
    indicator_measures.set_measure_active(session, hidden.id, False)
    found = group_measures(session, group.uuid)
    assert found is not None
    assert (found.name, found.sector, found.archived) == ("KUBE Melati 1", "Ekonomi Produktif",
                                                          False)  # fmt: skip
    labels = [(m.label, m.unit, m.active, m.sector) for m in found.measures]
    assert labels == [
        ("Produk terjual", "unit", True, "Ekonomi Produktif"),
        ("Pelanggan tetap", "orang", True, "Ekonomi Produktif"),
        ("Produk cacat", "unit", False, "Ekonomi Produktif"),  # hidden, still named
        ("Pertemuan rutin", "kali", True, ""),
    ]
    assert found.measures[-1].id == every.id
    assert group_measures(session, "no-such-group") is None


def test_the_measures_list_every_sector_first_then_by_sector(session: Session) -> None:
    indicator_measures.add_measure(session, "", "Pertemuan rutin", "kali")
    rows = measure_list(session)
    assert rows[0].sector == "" and rows[0].label == "Pertemuan rutin"
    sectors = [row.sector for row in rows[1:]]
    assert sectors == sorted(sectors, key=sectors.index)  # each sector's measures together
    assert {"Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah"} <= set(sectors)
    sampah = [row.label for row in rows if row.sector == "Pengelolaan Sampah"]
    assert sampah == ["Sampah terkumpul", "Nilai sampah", "Nasabah aktif"]


def test_the_last_visit_and_whether_one_is_due(session: Session, group: Group) -> None:
    never = last_visit(session, group.uuid, TODAY)
    assert (never.visit, never.due, never.open_follow_ups) == (None, True, 0)
    visits.record_visit(session, _visit(group, date(2025, 1, 10), status="proses"))
    visits.record_visit(session, _visit(group, date(2025, 5, 19), "Pak Darto", "selesai"))
    old = last_visit(session, group.uuid, TODAY)
    assert old.visit is not None and old.visit.visited_on == date(2025, 5, 19)
    assert old.due and old.open_follow_ups == 1  # 19 May is before 20 May, six months back
    visits.record_visit(session, _visit(group, date(2025, 5, 20)))
    recent = last_visit(session, group.uuid, TODAY)
    assert not recent.due and recent.open_follow_ups == 1  # "belum" with nothing to follow up


def test_pendamping_named_most_often_first(session: Session, group: Group) -> None:
    for day, who in ((1, "Pak Darto"), (2, "Bu Wati"), (3, "Bu Wati"), (4, "Bu Ani")):
        visits.record_visit(session, _visit(group, date(2025, 3, day), who))
    gone = visits.record_visit(session, _visit(group, date(2025, 3, 5), "Salah Ketik"))
    visits.archive_visit(session, gone.uuid)
    assert facilitator_names(session) == ["Bu Wati", "Bu Ani", "Pak Darto"]


def test_archived_records_are_read_on_request(session: Session, group: Group) -> None:
    kept = indicators.record_indicators(
        session, IndicatorInput(group.uuid, "bulan", date(2025, 3, 1), cash=1_000)
    )
    gone = indicators.record_indicators(
        session, IndicatorInput(group.uuid, "bulan", date(2025, 4, 1), cash=2_000)
    )
    indicators.archive_indicators(session, gone.uuid)
    assert [p.uuid for p in indicator_series(session, group.uuid)] == [kept.uuid]
    assert [p.uuid for p in indicator_series(session, group.uuid, archived=True)] == [gone.uuid]
    visit = visits.record_visit(session, _visit(group, date(2025, 3, 1)))
    visits.archive_visit(session, visit.uuid)
    assert group_visits(session, group.uuid) == []
    assert [v.uuid for v in group_visits(session, group.uuid, archived=True)] == [visit.uuid]


def test_a_group_s_name_and_whether_it_is_archived(session: Session) -> None:
    group = create_group(session, group_input("KSM Sampah Berseri"))
    found = group_name(session, group.uuid)
    assert found is not None and (found.name, found.archived) == ("KSM Sampah Berseri", False)
    archive_group(session, group.uuid)
    archived = group_name(session, group.uuid)
    assert archived is not None and archived.archived
    assert group_name(session, "no-such-group") is None
