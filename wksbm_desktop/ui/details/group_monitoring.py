"""The Pemantauan tab of a group's detail: its last visit (flagged when one is due) and its
latest indicators with a small trend chart."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wksbm_desktop.core.queries.indicators import IndicatorPoint, indicator_series
from wksbm_desktop.core.queries.labels import date_text, thousands
from wksbm_desktop.core.queries.monitoring import LastVisit, last_visit
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import changes as operation_changes
from wksbm_desktop.ui.programme.indicator_chart import IndicatorChart
from wksbm_desktop.ui.programme.indicators_page import measures_text, money

if TYPE_CHECKING:
    from wksbm_desktop.ui.details.base import DetailPanel

WARNING_STYLE = "color: #a05a00; font-weight: bold;"


def today() -> date:
    """The day "six months without a visit" is counted from (tests replace it)."""
    return date.today()


def visit_text(last: LastVisit) -> tuple[str, bool]:
    """What the tab says about visits, and whether it is a warning."""
    visit = last.visit
    if visit is None:
        return t("monitoring.detail.never_visited"), True
    status = t(f"programme.follow_up.{visit.follow_up_status}") if visit.follow_up else "–"
    text = t("monitoring.detail.last_visit", date=date_text(visit.visited_on),
             facilitator=visit.facilitator, status=status)  # fmt: skip
    if last.due:
        text += "\n" + t("monitoring.detail.overdue")
    if last.open_follow_ups:
        text += "\n" + t("monitoring.detail.open_follow_ups", count=thousands(last.open_follow_ups))
    return text, last.due


def latest_text(point: IndicatorPoint | None) -> str:
    if point is None:
        return t("monitoring.detail.no_indicators")
    members = "–" if point.active_members is None else thousands(point.active_members)
    lines = [
        f"<b>{html.escape(t('monitoring.detail.latest', period=point.label))}</b>",
        html.escape(t("monitoring.detail.figures", cash=money(point.cash),
                      turnover=money(point.turnover), assets=money(point.assets),
                      members=members)),
    ]  # fmt: skip
    if point.measures:
        lines.append(html.escape(measures_text(point)))
    return "<br>".join(lines)


class MonitoringSection(QWidget):
    """Added to the panel's tabs; the panel calls ``load(uuid)`` when it shows a group."""

    def __init__(self, panel: DetailPanel) -> None:
        super().__init__(panel.sections)
        self.panel = panel
        self.setObjectName(f"{panel.objectName()}Monitoring")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.visit = QLabel(self)
        self.visit.setObjectName(f"{self.objectName()}Visit")
        self.visit.setWordWrap(True)
        self.visit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latest = QLabel(self)
        self.latest.setObjectName(f"{self.objectName()}Latest")
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.RichText)
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = IndicatorChart(self, compact=True)
        layout.addWidget(self.visit)
        layout.addWidget(self.latest)
        layout.addWidget(self.chart, 1)
        title = t("monitoring.detail.tab")
        # A narrow panel scrolls its tabs and cuts the last titles: hovering names them whole.
        panel.sections.setTabToolTip(panel.sections.addTab(self, title), title)
        self.uuid = ""
        # Visits and indicators are written from the programme's window: follow them here.
        operation_changes.changed.connect(self._on_operation)

    def _on_operation(self, database: object, changes: OpChanges, _origin: object) -> None:
        showing = self.uuid and self.panel.is_showing_record and self.panel.isVisible()
        if database is self.panel.database and changes.monitoring and showing:
            self.load(self.uuid)

    def load(self, uuid: str) -> None:
        self.uuid = uuid
        with self.panel.database.read_session() as session:
            last = last_visit(session, uuid, today())
            series = indicator_series(session, uuid)
        text, warning = visit_text(last)
        self.visit.setText(text)
        self.visit.setStyleSheet(WARNING_STYLE if warning else "")
        latest = series[-1] if series else None
        self.latest.setText(latest_text(latest))
        kind = latest.period_kind if latest else ""
        self.chart.set_points([point for point in series if point.period_kind == kind])
