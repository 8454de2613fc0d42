"""The Ringkasan tab shows the figures of the database and follows changes after refresh()."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries

from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.tabs.charts import nice_step
from wksbm_desktop.ui.tabs.dashboard_tab import DashboardTab

TODAY = date(2025, 6, 15)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "dash.db", operator="Penguji")
    with db.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        demo.generate(session, members=60, seed=3, today=TODAY)
    yield db
    db.dispose()


@pytest.fixture
def tab(qtbot, database: Database) -> DashboardTab:  # type: ignore[no-untyped-def]
    widget = DashboardTab(database)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _number(tab: DashboardTab, name: str) -> int:
    return int(tab.figure(name).replace(".", ""))


def test_figures_follow_new_member_and_activity(tab: DashboardTab, database: Database) -> None:
    assert tab.objectName() == "dashboard"
    women, month, year = (
        _number(tab, n) for n in ("figureMembersP", "figureActivitiesMonth", "figureActivitiesYear")
    )
    groups = _number(tab, "figureActiveGroups")
    with database.session() as session:
        create_member(session, MemberInput("3671055705800001", "Siti Aminah"))
        group = create_group(session, GroupInput("KUBE Baru", "KUBE", "Ekonomi Produktif"))
        create_activity(
            session,
            ActivityInput(
                group.uuid,
                date(2025, 6, 1),
                "Rapat",
                "Rapat",
                "Sosial",
                "APBD Kota",
                amount=1_000_000,
            ),
        )
    assert _number(tab, "figureMembersP") == women  # nothing moves before refresh()
    tab.refresh()
    assert _number(tab, "figureMembersP") == women + 1
    assert _number(tab, "figureActivitiesMonth") == month + 1
    assert _number(tab, "figureActivitiesYear") == year + 1
    assert _number(tab, "figureActiveGroups") == groups + 1
    assert "Juni 2025" in tab.cards["figureActivitiesMonth"].caption.text()


def test_charts_hold_the_data(tab: DashboardTab) -> None:
    months = tab.month_chart.chart().series()[0]
    assert isinstance(months, QBarSeries)
    assert months.barSets()[0].count() == 12
    ages = tab.age_chart.chart().series()[0]
    assert [s.label() for s in ages.barSets()] == ["Laki-laki", "Perempuan"]
    total_in_chart = sum(
        ages.barSets()[0].at(i) + ages.barSets()[1].at(i) for i in range(ages.barSets()[0].count())
    )
    assert total_in_chart == _number(tab, "figureMembersL") + _number(tab, "figureMembersP")
    sectors = tab.sector_chart.chart().series()[0]
    assert isinstance(sectors, QHorizontalBarSeries)
    axis_titles = [a.titleText() for a in tab.month_chart.chart().axes()]
    assert "Jumlah kegiatan" in axis_titles
    assert any("Juli 2024" in title for title in axis_titles)


def test_money_box_lists_sources_and_total(tab: DashboardTab) -> None:
    assert tab.money_box.title() == "Dana kegiatan tahun 2025 menurut sumber"
    from PySide6.QtWidgets import QLabel

    total = tab.money_box.findChild(QLabel, "moneyTotal")
    assert total is not None and total.text().startswith("Rp ")


def test_nice_axis_steps_are_whole() -> None:
    assert nice_step(3) == 1
    assert nice_step(17) == 5
    assert nice_step(0) == 1
    assert nice_step(120) == 50


def test_a_kelurahan_ringkasan_has_no_kecamatan_table(tab: DashboardTab) -> None:
    assert not tab.city_box.isVisibleTo(tab)
