"""Ringkasan of a city installation: the main figures per kecamatan, in one table."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.simple import TextTableModel

if TYPE_CHECKING:
    from wksbm_desktop.core.queries.city_dashboard import CityFigures, KecamatanFigures
    from wksbm_desktop.core.queries.programme_progress import CityProgress, ProgrammeProgress


def _row(name: str, row: KecamatanFigures) -> list[str]:
    return [
        name,
        t("city_views.dash.of", part=row.kelurahan_with_data, whole=row.kelurahan_total),
        thousands(row.active_groups),
        thousands(row.members),
        thousands(row.activities_month),
        thousands(row.activities_year),
        "Rp " + thousands(row.money_year),
    ]


def headers(today: date) -> list[str]:
    month = f"{t(f'dashboard.month_long.{today.month}')} {today.year}"
    return [
        t("city_views.col.kecamatan"),
        t("city_views.dash.col.kelurahan"),
        t("city_views.dash.col.active_groups"),
        t("city_views.dash.col.members"),
        t("city_views.dash.col.activities_month", month=month),
        t("city_views.dash.col.activities_year", year=today.year),
        t("city_views.dash.col.money", year=today.year),
    ]


class _FiguresModel(TextTableModel):
    """The kecamatan rows, and the city's total in bold on the last row."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.FontRole and index.row() == self.rowCount() - 1:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _figures_table(parent: QWidget, name: str, model: _FiguresModel) -> QTableView:
    """A read-only table of figures per kecamatan: whole rows, even height, columns shared out."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class CitySummaryBox(QGroupBox):
    """Per kecamatan: kelurahan with data, active groups, members, activities and funds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("city_views.dash.title"), parent)
        self.setObjectName("cityByKecamatan")
        self.with_data = QLabel(self)
        self.with_data.setObjectName("cityKelurahanWithData")
        self.with_data.setStyleSheet("font-weight: bold;")
        self.model = _FiguresModel(headers(date.today()), parent=self)
        self.table = _figures_table(self, "cityByKecamatanTable", self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_data)
        layout.addWidget(self.table)
        self.setVisible(False)  # a kelurahan installation never shows it

    def show_figures(self, figures: CityFigures, today: date) -> None:
        self.with_data.setText(
            t(
                "city_views.dash.with_data",
                count=figures.kelurahan_with_data,
                total=figures.kelurahan_total,
            )
        )
        rows = [_row(row.name, row) for row in figures.kecamatan]
        rows.append(_row(t("city_views.dash.total"), figures.total))
        self.model = _FiguresModel(headers(today), rows, parent=self)
        self.model.align_right(1, 2, 3, 4, 5, 6)
        self.table.setModel(self.model)
        # Every row in sight: 13 kecamatan and the city's total, no scroll bar of its own.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(len(rows)))
        self.table.setFixedHeight(height)
        self.setVisible(True)


def programme_row(name: str, progress: ProgrammeProgress) -> list[str]:
    """One kecamatan's Program figures (the Ringkasan's Program block, in one row)."""
    aid = progress.aid_total
    turnover = progress.with_aid.turnover
    rose = (
        t("progress.growth.rose", rose=thousands(turnover.rose), groups=thousands(turnover.groups))
        if turnover.groups
        else t("progress.growth.none")
    )
    return [
        name,
        thousands(progress.levels.moved_up),
        thousands(progress.levels.moved_down),
        "Rp " + thousands(aid.approved),
        "Rp " + thousands(aid.accounted),
        thousands(aid.lpj_overdue),
        rose,
        thousands(progress.without_visit),
        thousands(progress.without_indicators),
    ]


def programme_headers(today: date) -> list[str]:
    return [
        t("city_views.col.kecamatan"),
        t("progress.city.moved_up", year=today.year),
        t("progress.city.moved_down"),
        t("progress.city.approved"),
        t("progress.city.accounted"),
        t("progress.city.overdue"),
        t("progress.city.turnover_with_aid"),
        t("progress.city.without_visit"),
        t("progress.city.without_indicators"),
    ]


class CityProgrammeBox(QGroupBox):
    """Per kecamatan: levels moved, aid against LPJ, growth of aided groups, six-month gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("progress.city.title"), parent)
        self.setObjectName("cityProgramme")
        self.model = _FiguresModel(programme_headers(date.today()), parent=self)
        self.table = _figures_table(self, "cityProgrammeTable", self.model)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.setVisible(False)  # a kelurahan installation never shows it

    def show_figures(self, figures: CityProgress, today: date) -> None:
        rows = [programme_row(row.name, row.progress) for row in figures.kecamatan]
        rows.append(programme_row(t("city_views.dash.total"), figures.total))
        self.model = _FiguresModel(programme_headers(today), rows, parent=self)
        self.model.align_right(*range(1, 9))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setMinimumHeight(2 * self.table.fontMetrics().height() + 10)
        height = header.height() + 2 * self.table.frameWidth()
        height = max(height, header.minimumHeight() + 2 * self.table.frameWidth())
        height += sum(self.table.rowHeight(row) for row in range(len(rows)))
        self.table.setFixedHeight(height)
        self.setVisible(True)
