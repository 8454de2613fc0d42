"""A group's money figures over its periods (kas, omzet, aset), drawn with Qt Charts.

A figure not recorded for a period is a gap in its line, never a fall to zero: each run of
recorded periods is a line of its own, and every recorded period has a dot, so a period
recorded alone between two gaps still shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.queries.indicators import IndicatorPoint
from wksbm_desktop.i18n import t

# (field of IndicatorPoint, colour): the three money figures the chart follows.
FIGURES = (("cash", "#2e7d32"), ("turnover", "#1565c0"), ("assets", "#ef6c00"))
# Rupiah are shown in thousands, millions or billions so the axis stays readable.
_SCALES = ((1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu"), (1, "rupiah"))


def segments(values: Sequence[int | None]) -> list[list[tuple[int, int]]]:
    """Runs of recorded values as (period index, value); a None ends a run (a gap)."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for index, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((index, value))
    if current:
        runs.append(current)
    return runs


def scale_for(maximum: int) -> tuple[int, str]:
    """The divisor and its name ("juta") for an axis whose largest value is ``maximum``."""
    for divisor, name in _SCALES:
        if maximum >= divisor:
            return divisor, name
    return 1, "rupiah"


def axis_step(maximum: float, max_ticks: int = 4) -> float:
    """A step of 1, 2, 2.5 or 5 × 10ⁿ (n may be negative) so that ``max_ticks`` reach it."""
    raw = max(maximum, 1e-9) / max_ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - 10 always reaches raw


def short_label(point: IndicatorPoint) -> str:
    """ "TW3" over "2026" for a quarter, "03" over "2026" for a month (a narrow chart)."""
    start = point.period_start
    head = f"{start.month:02d}" if point.period_kind == "bulan" else f"TW{(start.month + 2) // 3}"
    return f"{head}<br>{start.year}"


class IndicatorChart(QChartView):
    """Refilled with ``set_points``; ``compact`` for the group's detail (no title, smaller)."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if not compact:
            font = QFont(chart.titleFont())
            font.setBold(True)
            chart.setTitleFont(font)
        super().__init__(chart, parent)
        self.setObjectName("indicatorChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170 if compact else 230)
        self.compact = compact
        # Per figure: the lines drawn (one per run of recorded periods); for tests and reading.
        self.lines: dict[str, list[QLineSeries]] = {}
        self.set_points([])

    def set_points(self, points: Sequence[IndicatorPoint]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.lines = {}
        values = {name: [getattr(p, name) for p in points] for name, _colour in FIGURES}
        recorded = [v for column in values.values() for v in column if v is not None]
        if not recorded:
            chart.setTitle(t("monitoring.chart.empty"))
            chart.legend().setVisible(False)
            return
        divisor, unit = scale_for(max(recorded))
        chart.setTitle("" if self.compact else t("monitoring.chart.title"))
        categories = QBarCategoryAxis()
        # Narrow (the group's detail): the year under the month or quarter.
        narrow = self.compact and len(points) > 4
        categories.append([short_label(p) if narrow else p.label for p in points])
        if len(points) > 8 and not self.compact:
            categories.setLabelsAngle(-45)
        value_axis = self._value_axis(max(recorded) / divisor, t(f"monitoring.chart.unit.{unit}"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for name, colour in FIGURES:
            self._add_figure(name, colour, values[name], divisor, (categories, value_axis))
        chart.legend().setVisible(True)

    def _value_axis(self, maximum: float, title: str) -> QValueAxis:
        step = axis_step(maximum)
        ticks = max(math.ceil(maximum / step - 1e-9), 1)
        axis = QValueAxis()
        axis.setRange(0, step * ticks)
        axis.setTickCount(ticks + 1)
        axis.setLabelFormat("%d" if step == int(step) else "%.1f")
        axis.setTitleText(title)
        axis.setGridLineColor(QColor("#e0e0e0"))
        return axis

    def _add_figure(
        self,
        name: str,
        colour: str,
        values: Sequence[int | None],
        divisor: int,
        axes: tuple[QBarCategoryAxis, QValueAxis],
    ) -> None:
        runs = segments(values)
        self.lines[name] = []
        if not runs:
            return  # never recorded: no empty entry in the legend
        chart = self.chart()
        label = t(f"programme.label.{name}")
        pen = QPen(QColor(colour))
        pen.setWidthF(2.0)
        lines: list[QLineSeries] = []
        for run in runs:
            line = QLineSeries()
            line.setName(label)
            line.setPen(pen)
            line.append([QPointF(index, value / divisor) for index, value in run])
            chart.addSeries(line)
            for axis in axes:
                line.attachAxis(axis)
            # One entry per figure in the legend: the dots', not each piece of line.
            for marker in chart.legend().markers(line):
                marker.setVisible(False)
            lines.append(line)
        self.lines[name] = lines
        dots = QScatterSeries()
        dots.setName(label)
        dots.setColor(QColor(colour))
        dots.setBorderColor(QColor(colour))
        dots.setMarkerSize(7.0)
        dots.append([QPointF(index, value / divisor) for run in runs for index, value in run])
        chart.addSeries(dots)
        for axis in axes:
            dots.attachAxis(axis)
