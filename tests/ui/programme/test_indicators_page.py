"""The Indikator page and its form: record with sector measures, empty stays empty, one record
per period, archive and restore, the trend chart's gaps, and a Pemantau who only reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.models import Group, ReferenceItem
from wksbm_desktop.core.queries.indicators import IndicatorPoint, MeasureValue, indicator_series
from wksbm_desktop.core.services.access import PermissionRefused
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.operations import monitoring as monitoring_ops
from wksbm_desktop.ui.programme import indicator_form
from wksbm_desktop.ui.programme.indicator_chart import IndicatorChart, scale_for, segments
from wksbm_desktop.ui.programme.indicator_form import (
    IndicatorDialog,
    first_open_period,
    previous_period,
)
from wksbm_desktop.ui.programme.indicators_page import IndicatorsPage


@pytest.fixture
def database(demo_db: Path) -> Iterator[Database]:
    db = open_database(demo_db)
    yield db
    db.dispose()


def sector_group(database: Database, sector: str = "Pengelolaan Sampah") -> str:
    with database.read_session() as session:
        uuid = session.scalar(
            select(Group.uuid)
            .join(ReferenceItem, ReferenceItem.id == Group.sector_id)
            .where(ReferenceItem.label == sector, Group.archived_at.is_(None))
            .order_by(Group.id)
        )
    assert uuid is not None, f"the demo has a group of {sector}"
    return uuid


def series(database: Database, uuid: str, archived: bool = False) -> list[IndicatorPoint]:
    with database.read_session() as session:
        return indicator_series(session, uuid, archived=archived)


def answer_form(monkeypatch: pytest.MonkeyPatch, fill: Callable[[IndicatorDialog], None]) -> list:
    """The next form opened is filled by ``fill`` and saved; the dialog is kept for asserts."""
    seen: list[IndicatorDialog] = []

    def run(dialog: IndicatorDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        return dialog.save()

    monkeypatch.setattr(form_base, "exec_dialog", run)
    return seen


def page_for(qtbot, database: Database, uuid: str) -> IndicatorsPage:
    page = IndicatorsPage(database)
    qtbot.addWidget(page)
    page.show_group(uuid)
    return page


def test_no_group_chosen_shows_a_hint(qtbot, database: Database) -> None:
    page = page_for(qtbot, database, sector_group(database))
    page.show_group(None)
    assert page.stack.currentWidget() is page.empty
    assert page.model.rowCount() == 0


def test_recording_indicators_with_measures_leaves_an_empty_figure_empty(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sector_group(database)
    page = page_for(qtbot, database, uuid)
    before = len(page.rows)

    def fill(dialog: IndicatorDialog) -> None:
        dialog.kind.set_key("bulan")
        dialog.period.set_start(date(2026, 3, 1))
        dialog.figures["cash"].setText("Rp 2.500.000")
        dialog.figures["turnover"].setText("")  # not recorded this month
        dialog.active_members.setText("14")
        dialog.measure_edits["Sampah terkumpul"].setText("1.250")
        dialog.measure_edits["Nasabah aktif"].setText("0")

    seen = answer_form(monkeypatch, fill)
    page.add_button.click()
    assert seen and seen[0].saved_uuid is not None
    saved = next(p for p in series(database, uuid) if p.uuid == seen[0].saved_uuid)
    assert (saved.period_kind, saved.period_start, saved.label) == ("bulan", date(2026, 3, 1),
                                                                    "03/2026")  # fmt: skip
    assert saved.cash == 2_500_000
    assert saved.turnover is None and saved.assets is None  # empty is not zero
    assert saved.active_members == 14
    assert {m.label: (m.value, m.unit) for m in saved.measures} == {
        "Sampah terkumpul": (1250, "kg"),
        "Nasabah aktif": (0, "orang"),
    }
    assert len(page.rows) == before + 1
    row = page.rows.index(next(r for r in page.rows if r.uuid == saved.uuid))
    texts = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert texts[:5] == ["03/2026", "Rp 2.500.000", "–", "–", "14"]
    assert "Sampah terkumpul 1.250 kg" in texts[5]


def test_a_period_already_recorded_is_refused_and_the_input_stays(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sector_group(database)
    taken = series(database, uuid)[-1]
    page = page_for(qtbot, database, uuid)
    count = len(page.rows)

    def fill(dialog: IndicatorDialog) -> None:
        dialog.kind.set_key(taken.period_kind)
        dialog.period.set_start(taken.period_start)
        dialog.figures["assets"].setText("Rp 9.000.000")

    seen = answer_form(monkeypatch, fill)
    page.add_button.click()
    dialog = seen[0]
    assert dialog.saved_uuid is None
    message = dialog.errors.label_for("period_start")
    assert message is not None and message.isVisibleTo(dialog)
    assert taken.label in message.text() and "sudah ada" in message.text()
    assert dialog.figures["assets"].text() == "Rp 9.000.000"  # nothing typed is lost
    assert len(series(database, uuid)) == count


def test_text_that_is_no_amount_is_caught_by_the_form(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sector_group(database)
    page = page_for(qtbot, database, uuid)
    count = len(page.rows)

    def fill(dialog: IndicatorDialog) -> None:
        dialog.period.set_start(date(2026, 1, 1))
        dialog.figures["cash"].setText("dua juta")
        dialog.measure_edits["Sampah terkumpul"].setText("12,5")

    seen = answer_form(monkeypatch, fill)
    page.add_button.click()
    dialog = seen[0]
    assert dialog.saved_uuid is None
    cash = dialog.errors.label_for("cash")
    measures = dialog.errors.label_for("measures")
    assert cash is not None and "1.500.000" in cash.text()
    assert measures is not None and "Sampah terkumpul" in measures.text()
    assert len(series(database, uuid)) == count


def test_editing_keeps_the_record_and_changes_its_figures(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sector_group(database)
    page = page_for(qtbot, database, uuid)
    newest = page.rows[0]

    def fill(dialog: IndicatorDialog) -> None:
        assert dialog.figures["cash"].text() != ""  # the record's figures are loaded
        dialog.figures["cash"].setText("")

    answer_form(monkeypatch, fill)
    page.table.selectRow(0)
    page.edit_button.click()
    changed = next(p for p in series(database, uuid) if p.uuid == newest.uuid)
    assert changed.cash is None and changed.version == newest.version + 1
    assert changed.turnover == newest.turnover


def test_archive_then_restore(qtbot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    uuid = sector_group(database)
    page = page_for(qtbot, database, uuid)
    target = page.rows[0]
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a, **_k: True)
    page.table.selectRow(0)
    page.archive_button.click()
    assert target.uuid not in [p.uuid for p in series(database, uuid)]
    assert target.uuid not in [r.uuid for r in page.rows]
    page.show_archived.setChecked(True)
    assert [r.uuid for r in page.rows] == [target.uuid]
    assert page.restore_button.isVisibleTo(page) and not page.add_button.isVisibleTo(page)
    page.table.selectRow(0)
    page.restore_button.click()
    assert target.uuid in [p.uuid for p in series(database, uuid)]
    page.show_archived.setChecked(False)
    assert target.uuid in [r.uuid for r in page.rows]


def test_a_pemantau_reads_but_cannot_write(qtbot, database: Database) -> None:
    uuid = sector_group(database)
    database.sign_in(SignedIn(9, "pantau", "Rina Pemantau", Role.PEMANTAU))
    page = page_for(qtbot, database, uuid)
    assert page.rows  # the records are shown
    for button in (page.add_button, page.edit_button, page.archive_button):
        assert not button.isVisibleTo(page)
    row = page.rows[0]
    with pytest.raises(PermissionRefused):
        monitoring_ops.archive_indicators(page, database, row.uuid, row.version)
    assert row.uuid in [p.uuid for p in series(database, uuid)]


def point(label_month: int, cash: int | None, turnover: int | None) -> IndicatorPoint:
    return IndicatorPoint(
        uuid=f"u{label_month}", version=1, period_kind="bulan",
        period_start=date(2026, label_month, 1), cash=cash, turnover=turnover, assets=None,
        active_members=None, measures=(MeasureValue("Sampah terkumpul", "kg", 5),), notes="",
    )  # fmt: skip


def test_segments_break_at_a_period_not_recorded() -> None:
    assert segments([1, 2, None, 4, None, None, 7]) == [[(0, 1), (1, 2)], [(3, 4)], [(6, 7)]]
    assert segments([None, None]) == []
    assert scale_for(9_600_000) == (1_000_000, "juta")
    assert scale_for(750) == (1, "rupiah")


def test_the_chart_leaves_a_gap_instead_of_a_fall(qtbot) -> None:
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.set_points([point(1, 2_000_000, 5_000_000), point(2, None, 5_100_000),
                      point(3, 2_200_000, 5_300_000)])  # fmt: skip
    cash = chart.lines["cash"]
    assert len(cash) == 2  # two pieces of line: nothing is drawn through February
    assert [[(p.x(), p.y()) for p in line.points()] for line in cash] == [[(0, 2.0)], [(2, 2.2)]]
    assert len(chart.lines["turnover"]) == 1 and chart.lines["turnover"][0].count() == 3
    assert chart.lines["assets"] == []  # never recorded: not drawn at all, not a line at 0
    chart.set_points([point(1, None, None)])
    assert chart.chart().series() == [] and "Belum ada" in chart.chart().title()


def test_the_form_starts_at_the_last_period_that_ended() -> None:
    assert previous_period("bulan", date(2026, 3, 15)) == date(2026, 2, 1)
    assert previous_period("bulan", date(2026, 1, 5)) == date(2025, 12, 1)
    assert previous_period("triwulan", date(2026, 5, 1)) == date(2026, 1, 1)


def test_a_new_record_starts_at_the_first_period_not_recorded() -> None:
    today = date(2026, 3, 15)
    assert first_open_period("bulan", today, set()) == date(2026, 2, 1)
    taken = {("bulan", date(2026, 2, 1)), ("triwulan", date(2025, 10, 1))}
    assert first_open_period("bulan", today, taken) == date(2026, 3, 1)  # under way
    assert first_open_period("triwulan", today, taken) == date(2026, 1, 1)


def test_choosing_a_recorded_period_offers_to_edit_that_record(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sector_group(database)
    taken = series(database, uuid)[-1]
    page = page_for(qtbot, database, uuid)
    monkeypatch.setattr(indicator_form, "confirm_discard", lambda _parent: True)
    opened: list[IndicatorDialog] = []

    def run(dialog: IndicatorDialog) -> bool:
        opened.append(dialog)
        if len(opened) == 1:  # the new record's form: the operator picks a recorded period
            assert not dialog.taken_row.isVisibleTo(dialog)
            dialog.kind.set_key(taken.period_kind)
            dialog.period.set_start(taken.period_start)
            assert dialog.taken_row.isVisibleTo(dialog)
            assert taken.label in dialog.taken_label.text()
            dialog.open_taken.click()
            return False
        assert dialog.record is not None and dialog.record.uuid == taken.uuid
        assert not dialog.taken_row.isVisibleTo(dialog)  # its own period is no conflict
        dialog.figures["cash"].setText("Rp 3.000.000")
        return dialog.save()

    monkeypatch.setattr(form_base, "exec_dialog", run)
    page.add_button.click()
    assert len(opened) == 2
    changed = next(p for p in series(database, uuid) if p.uuid == taken.uuid)
    assert changed.cash == 3_000_000
    assert page.current_row() is not None and page.current_row().uuid == taken.uuid
