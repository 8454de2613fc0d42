"""The Indikator page: a group's figures per month or quarter, and their trend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from wksbm_desktop.core.queries.indicators import IndicatorPoint, indicator_series
from wksbm_desktop.core.queries.labels import measured
from wksbm_desktop.core.queries.monitoring import GroupMeasures, group_measures
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.forms.widgets import format_rupiah
from wksbm_desktop.ui.operations import monitoring as monitoring_ops
from wksbm_desktop.ui.programme.indicator_chart import IndicatorChart
from wksbm_desktop.ui.programme.indicator_form import IndicatorDialog, grouped
from wksbm_desktop.ui.programme.monitoring_list import RecordListPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database


def today() -> date:
    """The day the forms start from (tests replace it)."""
    return date.today()


def money(value: int | None) -> str:
    return "–" if value is None else format_rupiah(value)


def measures_text(point: IndicatorPoint) -> str:
    return "; ".join(f"{m.label} {measured(m.value, m.unit)}" for m in point.measures)


def indicator_row(point: IndicatorPoint) -> tuple[str, ...]:
    """A record as the table shows it; a figure not recorded is "–", never "Rp 0"."""
    members = "–" if point.active_members is None else grouped(point.active_members)
    return (
        point.label,
        money(point.cash),
        money(point.turnover),
        money(point.assets),
        members,
        measures_text(point),
    )


class IndicatorsPage(RecordListPage):
    prefix = "indicators"
    no_rows_key = "monitoring.indicators.none"
    headers = (
        "monitoring.indicators.col.period",
        "programme.label.cash",
        "programme.label.turnover",
        "programme.label.assets",
        "programme.label.active_members",
        "monitoring.indicators.col.measures",
    )

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        self.group: GroupMeasures | None = None
        super().__init__(database, parent)
        self.model.align_right(1, 2, 3, 4)

    def build_below(self, layout: QVBoxLayout) -> None:
        self.chart = IndicatorChart(self.content)
        layout.addWidget(self.chart, 1)

    def read(
        self, session: Session, uuid: str, archived: bool
    ) -> tuple[str, bool, list[IndicatorPoint]]:
        self.group = group_measures(session, uuid)
        if self.group is None:
            return "", True, []
        points = indicator_series(session, uuid, archived=archived)
        # The newest period first in the table; the chart reads them oldest first.
        heading = t("monitoring.indicators.heading", name=self.group.name,
                    sector=self.group.sector)  # fmt: skip
        return heading, self.group.archived, list(reversed(points))

    def row_texts(self, row: IndicatorPoint) -> Sequence[str]:
        return indicator_row(row)

    def rows_shown(self, rows: list[IndicatorPoint]) -> None:
        self.chart.setVisible(not self.show_archived.isChecked())
        self.chart.set_points(self._chart_points(list(reversed(rows))))

    @staticmethod
    def _chart_points(points: list[IndicatorPoint]) -> list[IndicatorPoint]:
        """The kind most recorded lately (a month is not drawn between two quarters)."""
        if not points:
            return []
        kind = points[-1].period_kind
        return [point for point in points if point.period_kind == kind]

    def open_editor(self, row: IndicatorPoint | None) -> str | None:
        group = self.group
        if group is None:
            return None
        kind = self.rows[0].period_kind if self.rows else "bulan"
        dialog = IndicatorDialog(group, self)
        taken = {(point.period_kind, point.period_start): point.uuid for point in self.rows}
        dialog.load(row, kind, today(), taken)
        uuid, version = (row.uuid, row.version) if row else (None, None)
        dialog.set_saver(lambda values: monitoring_ops.save_indicators(
            dialog, self.database, uuid, version, values))  # fmt: skip
        form_base.exec_dialog(dialog)
        saved, follow_up = dialog.saved_uuid, dialog.follow_up
        dialog.deleteLater()
        if follow_up is not None:  # "Ubah catatan itu": the period was recorded already
            existing = next((p for p in self.rows if p.uuid == follow_up[1]), None)
            if existing is not None:
                return self.open_editor(existing) or existing.uuid
        return saved

    def archive_question(self, row: IndicatorPoint) -> str:
        return t("monitoring.indicators.archive_confirm", period=row.label)

    def archive_record(self, row: IndicatorPoint) -> None:
        monitoring_ops.archive_indicators(self, self.database, row.uuid, row.version)

    def restore_record(self, row: IndicatorPoint) -> None:
        monitoring_ops.restore_indicators(self, self.database, row.uuid)
