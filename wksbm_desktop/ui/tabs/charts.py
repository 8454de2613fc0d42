"""Bar charts for the dashboard, built with Qt Charts: titled, labelled, whole-number axes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

MIN_CHART_HEIGHT = 260


def nice_step(maximum: int, max_ticks: int = 5) -> int:
    """A whole step of 1, 2 or 5 × 10ⁿ so that at most ``max_ticks`` steps reach ``maximum``."""
    raw = max(maximum, 1) / max_ticks
    magnitude = 10 ** max(math.floor(math.log10(raw)), 0) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def _count_axis(maximum: int, title: str) -> QValueAxis:
    """A count axis whose labels are whole numbers only (no 0, 0, 1, 1, 2 from rounding)."""
    step = nice_step(maximum)
    top = step * max(math.ceil(maximum / step), 1)
    # Headroom for the value printed at the end of the longest bar.
    if top - maximum < step / 2:
        top += step
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


class BarChart(QChartView):
    """One chart, refilled with ``set_data`` on every dashboard refresh."""

    def __init__(
        self,
        title: str,
        value_title: str,
        category_title: str = "",
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_CHART_HEIGHT)
        self.value_title, self.category_title = value_title, category_title
        self.horizontal = horizontal

    def set_data(
        self, categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]
    ) -> None:
        """``series`` holds (name, colour, values); one name means no legend is needed."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        for name, colour, values in series:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bar_set.setLabelColor(QColor("#222222"))
            bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsFormat("@value")
        chart.addSeries(bars)
        maximum = max((max(values, default=0) for _n, _c, values in series), default=0)
        self._attach_axes(bars, list(categories), int(maximum))
        chart.legend().setVisible(len(series) > 1)

    def _attach_axes(
        self, bars: QBarSeries | QHorizontalBarSeries, categories: list[str], maximum: int
    ) -> None:
        chart = self.chart()
        category_axis = QBarCategoryAxis()
        category_axis.append(categories)
        category_axis.setTitleText(self.category_title)
        value_axis = _count_axis(maximum, self.value_title)
        value_axis.setGridLineColor(QColor("#e0e0e0"))
        if self.horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
