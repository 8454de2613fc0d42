"""The Pemantauan tab of a group's detail: the last visit (flagged in words when never or over
six months ago), the latest indicators and their chart; it follows a visit saved elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.domain.programme_inputs import VisitInput
from wksbm_desktop.core.models import Group, GroupIndicator, Visit
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.details import group_monitoring
from wksbm_desktop.ui.details.group_detail import GroupDetailPanel
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import monitoring as monitoring_ops
from wksbm_desktop.ui.operations.monitoring import MONITORING

TODAY = date(2025, 6, 15)


@pytest.fixture
def database(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(group_monitoring, "today", lambda: TODAY)
    db = open_database(demo_db)
    yield db
    db.dispose()


def panel_for(qtbot, database: Database, uuid: str) -> GroupDetailPanel:
    panel = GroupDetailPanel(database)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_record(uuid)
    return panel


def never_visited(database: Database) -> str:
    """A group formed today: never visited, no indicators."""
    with database.session() as session:
        group = create_group(session, GroupInput("KUBE Baru Tumbuh", "KUBE", "Ekonomi Produktif"))
        uuid = group.uuid
    with database.read_session() as session:
        assert session.scalar(select(Visit.id).join(Group).where(Group.uuid == uuid)) is None
    return uuid


def test_a_group_never_visited_is_flagged_and_a_visit_saved_elsewhere_shows(
    qtbot, database: Database
) -> None:
    uuid = never_visited(database)
    panel = panel_for(qtbot, database, uuid)
    section = panel.monitoring
    assert panel.sections.tabText(panel.sections.indexOf(section)) == "Pemantauan"
    assert "Belum pernah dikunjungi" in section.visit.text()
    assert "a05a00" in section.visit.styleSheet()  # shown as a warning
    values = VisitInput(uuid, date(2025, 6, 1), "Bu Wati", "Kelompok aktif", follow_up="Latih "
                        "bendahara", follow_up_status="proses")  # fmt: skip
    monitoring_ops.save_visit(None, database, None, None, values)  # from the programme's window
    assert "01-06-2025" in section.visit.text() and "Bu Wati" in section.visit.text()
    assert "Sedang diproses" in section.visit.text()
    assert "Tindak lanjut yang belum selesai: 1" in section.visit.text()
    assert "a05a00" not in section.visit.styleSheet()


def test_a_visit_over_six_months_ago_is_flagged(qtbot, database: Database) -> None:
    uuid = never_visited(database)
    values = VisitInput(uuid, date(2024, 11, 3), "Pak Darto", "Pertemuan jarang")
    monitoring_ops.save_visit(None, database, None, None, values)
    panel = panel_for(qtbot, database, uuid)
    text = panel.monitoring.visit.text()
    assert "03-11-2024" in text and "lebih dari 6 bulan" in text


def test_the_latest_indicators_and_their_chart(qtbot, database: Database) -> None:
    with database.read_session() as session:
        uuid = session.scalar(
            select(Group.uuid)
            .join(GroupIndicator, GroupIndicator.group_id == Group.id)
            .where(GroupIndicator.cash.is_not(None))
        )
    assert uuid is not None
    panel = panel_for(qtbot, database, uuid)
    section = panel.monitoring
    assert "Indikator terakhir (TW" in section.latest.text()
    assert "Kas/tabungan Rp" in section.latest.text()
    assert len(section.chart.lines["cash"]) >= 1
    assert section.chart.lines["cash"][0].count() >= 2


def test_a_group_without_indicators_says_so(qtbot, database: Database) -> None:
    uuid = never_visited(database)
    panel = panel_for(qtbot, database, uuid)
    assert panel.monitoring.latest.text() == "Belum ada indikator yang dicatat."
    assert panel.monitoring.chart.chart().series() == []


def test_monitoring_operations_announce_only_their_own_flag() -> None:
    assert OpChanges(monitoring=True) == MONITORING
    assert not MONITORING.touches(OpChanges(groups=True, members=True, activities=True))
    assert MONITORING.touches(OpChanges(monitoring=True, groups=True))
