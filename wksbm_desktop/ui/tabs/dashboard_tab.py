"""The Ringkasan tab: headline figures and charts of the kelurahan's groups and activities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.opening import DatabaseOpening
from wksbm_desktop.ui.tabs.charts import BarChart
from wksbm_desktop.ui.tabs.city_summary import CityProgrammeBox, CitySummaryBox
from wksbm_desktop.ui.tabs.programme_box import GroupList, ProgrammeBox, read_group_list

if TYPE_CHECKING:
    # The data layer is imported when the figures are first read, not with the tab: the
    # Ringkasan tab is the first a new operator sees, and it paints before SQLAlchemy loads.
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries import dashboard as figures
    from wksbm_desktop.core.queries.city_dashboard import CityFigures
    from wksbm_desktop.core.queries.programme_progress import CityProgress, ProgrammeProgress
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.models.background import QueryJob

MEN_COLOUR, WOMEN_COLOUR = "#2f6db5", "#d9713a"
SECTOR_COLOUR, MONTH_COLOUR = "#3a8d5c", "#2f6db5"
CITY_CHART_HEIGHT = 280  # under the table per kecamatan (city installation)
FIGURES = (
    "figureActiveGroups",
    "figureMembersL",
    "figureMembersP",
    "figureActivitiesMonth",
    "figureActivitiesYear",
    "figureMovedUp",
)


def rupiah(amount: int) -> str:
    return "Rp " + thousands(amount)


@dataclass(frozen=True)
class Snapshot:
    """Everything the tab shows, read in one session."""

    today: date
    headline: figures.Headline
    money: list[tuple[str, int]]
    sectors: list[tuple[str, int]]
    months: list[figures.MonthCount]
    ages: list[figures.AgeBandCount]
    progress: ProgrammeProgress  # the Program block (the whole city on a city installation)
    city: CityFigures | None = None  # per kecamatan, on a city installation only
    city_progress: CityProgress | None = None


def read_snapshot(database: Database, today: date) -> Snapshot:
    with database.read_session() as session:
        return snapshot_of(session, today)


def snapshot_of(session: Session, today: date) -> Snapshot:
    from wksbm_desktop.core.queries import dashboard as figures
    from wksbm_desktop.core.queries.city_dashboard import city_figures
    from wksbm_desktop.core.queries.programme_progress import (
        programme_progress,
        progress_by_kecamatan,
    )
    from wksbm_desktop.core.services.city import is_city

    city = is_city(session)
    city_progress = progress_by_kecamatan(session, today) if city else None
    progress = city_progress.total if city_progress else programme_progress(session, today)
    money = figures.money_by_funding(session, today.year)
    return Snapshot(
        today=today,
        # The year's "naik kelas" and money are read once: the Program block's level moves
        # count the first by the same rule, the money box shows the second.
        headline=figures.headline(session, today, moved_up=progress.levels.moved_up, money=money),
        money=money,
        sectors=figures.groups_by_sector(session),
        months=figures.activities_per_month(session, today),
        ages=figures.members_by_age_band(session, today),
        progress=progress,
        city=city_figures(session, today) if city else None,
        city_progress=city_progress,
    )


def figure_captions(today: date) -> dict[str, str]:
    """What each headline figure counts; known before any figure is read."""
    month = f"{t(f'dashboard.month_long.{today.month}')} {today.year}"
    return {
        "figureActiveGroups": t("dashboard.fig.active_groups"),
        "figureMembersL": t("dashboard.fig.members_l"),
        "figureMembersP": t("dashboard.fig.members_p"),
        "figureActivitiesMonth": t("dashboard.fig.month", month=month),
        "figureActivitiesYear": t("dashboard.fig.year", year=today.year),
        "figureMovedUp": t("dashboard.fig.moved_up", year=today.year),
    }


class FigureCard(QFrame):
    """A big number with a caption under it."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(object_name + "Card")
        self.setStyleSheet(
            f"#{object_name}Card {{ background: #ffffff; border: 1px solid #d6dbe1; "
            "border-radius: 6px; }"
        )
        self.value = QLabel("…", self)  # until the first figures arrive
        self.value.setObjectName(object_name)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1f3b5c;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.value.setAccessibleName(caption)


class DashboardTab(QWidget):
    """Ringkasan: call ``refresh()`` after any change; figures exclude archived records.

    ``group_requested(uuid)``: a group picked from one of the Program block's lists.
    """

    group_requested = Signal(str)

    def __init__(self, database: Database | DatabaseOpening, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        if not isinstance(database, DatabaseOpening):
            database = DatabaseOpening.open_now(database)
        self._opening = database
        self.today: Callable[[], date] = date.today
        self.cards = {name: FigureCard(name) for name in FIGURES}
        # The same rule as the Rekap's "naik kelas" (core/domain/period.py), for the calendar year.
        self.cards["figureMovedUp"].setToolTip(t("reports.dashboard.moved_up_rule"))
        self.money_box = QGroupBox(self)
        self.money_box.setObjectName("moneyByFunding")
        self.money_grid = QGridLayout(self.money_box)
        self.sector_chart = BarChart(
            t("dashboard.chart.sectors"), t("dashboard.axis.groups"), horizontal=True
        )
        self.month_chart = BarChart(t("dashboard.chart.months"), t("dashboard.axis.activities"))
        self.age_chart = BarChart(
            t("dashboard.chart.ages"), t("dashboard.axis.members"), t("dashboard.axis.age")
        )
        self.city_box = CitySummaryBox(self)
        self.programme_box = ProgrammeBox(self)
        self.programme_box.lister = self._group_list
        self.programme_box.group_requested.connect(self.group_requested)
        self.city_programme_box = CityProgrammeBox(self)
        self._city = False
        self.heading = QLabel(t("dashboard.loading"), self)
        self.heading.setObjectName("dashboardHeading")
        self._build_layout()
        self._show_captions(self.today())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        # Nothing is read yet: the figures load in the background when the tab is first shown,
        # so the window paints at once even on a city database.
        self._stale = True
        self._generation = 0
        self._job: QueryJob | None = None
        self._answers: dict[int, object] = {}

    @property
    def database(self) -> Database:
        """The open database (opened here if the window has not opened it yet)."""
        return self._opening.get()

    @property
    def busy(self) -> bool:
        """Figures are loading (or due to load, the tab being visible)."""
        return self._job is not None or (self._stale and self.isVisible())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._job is None:
            self.refresh_later()

    def refresh_later(self) -> None:
        """Re-read the figures off the GUI thread (now if shown, else when next shown)."""
        self._stale = True
        self._cancel_job()
        if not self.isVisible() or not self._opening.is_open:
            return  # read when shown, or when the window has opened the database (database_opened)
        from wksbm_desktop.ui.models.background import QueryJob

        today = self.today()
        job = QueryJob(self.database, self._generation, lambda s: snapshot_of(s, today))
        job.answer.done.connect(self._on_snapshot)
        job.answer.failed.connect(self._on_failure)
        self._answers[self._generation] = job.answer
        self._job = job
        QThreadPool.globalInstance().start(job)

    def database_opened(self) -> None:
        """The window opened the database after its first paint: the figures can load now."""
        if self._stale and self._job is None:
            self.refresh_later()

    def _cancel_job(self) -> None:
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def _on_snapshot(self, generation: int, snapshot: Snapshot) -> None:
        self._answers.pop(generation, None)
        if generation == self._generation:
            self._job, self._stale = None, False
            self._show(snapshot)

    def _on_failure(self, generation: int, _message: str) -> None:
        self._answers.pop(generation, None)
        if generation == self._generation:
            self._job = None  # stays stale: the next showing or refresh tries again

    def _build_layout(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        refresh_button = QPushButton(t("dashboard.refresh"), self)
        refresh_button.setToolTip(t("dashboard.refresh_tip"))
        refresh_button.clicked.connect(self.refresh)
        top.addWidget(refresh_button)
        layout.addLayout(top)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        layout.addWidget(self.city_box)
        layout.addWidget(self.programme_box)
        layout.addWidget(self.city_programme_box)
        grid = QGridLayout()
        grid.addWidget(self.month_chart, 0, 0)
        grid.addWidget(self.sector_chart, 0, 1)
        grid.addWidget(self.age_chart, 1, 0)
        grid.addWidget(self.money_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        """Re-read every figure from the database and redraw, now."""
        self._cancel_job()
        self._show(read_snapshot(self.database, self.today()))
        self._stale = False

    def _show_captions(self, today: date) -> None:
        # The first paint says what is being counted while the figures load.
        for name, caption in figure_captions(today).items():
            self.cards[name].caption.setText(caption)
        self.money_box.setTitle(t("dashboard.money.title", year=today.year))

    def _show(self, snapshot: Snapshot) -> None:
        self._show_headline(snapshot)
        self.programme_box.show_progress(snapshot.progress)
        self._city = snapshot.city is not None
        if snapshot.city_progress is not None:
            self.city_programme_box.show_figures(snapshot.city_progress, snapshot.today)
        if snapshot.city is not None:
            self.city_box.show_figures(snapshot.city, snapshot.today)
            # The table takes the height the charts had: they keep theirs, the tab scrolls.
            for chart in (self.month_chart, self.sector_chart, self.age_chart, self.money_box):
                chart.setMinimumHeight(CITY_CHART_HEIGHT)
        self._show_money(snapshot)
        self._show_charts(snapshot)

    def _group_list(self, kind: str) -> GroupList:
        """The groups (or LPJ) behind one of the Program block's counts, read now."""
        with self.database.read_session() as session:
            return read_group_list(session, kind, self.today(), self._city)

    def figure(self, name: str) -> str:
        """The text shown for a headline figure (by object name), for tests and screen readers."""
        return self.cards[name].value.text()

    def _show_headline(self, snapshot: Snapshot) -> None:
        head, today = snapshot.headline, snapshot.today
        self.heading.setText(t("dashboard.heading", date=today.strftime("%d-%m-%Y")))
        values = {
            "figureActiveGroups": head.active_groups,
            "figureMembersL": head.members_l,
            "figureMembersP": head.members_p,
            "figureActivitiesMonth": head.activities_month,
            "figureActivitiesYear": head.activities_year,
            "figureMovedUp": head.moved_up,
        }
        for name, caption in figure_captions(today).items():
            self.cards[name].show_value(thousands(values[name]), caption)

    def _show_money(self, snapshot: Snapshot) -> None:
        self.money_box.setTitle(t("dashboard.money.title", year=snapshot.today.year))
        while self.money_grid.count():
            item = self.money_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        rows = snapshot.money or []
        if not rows:
            self.money_grid.addWidget(QLabel(t("dashboard.money.none")), 0, 0, 1, 2)
        for index, (label, amount) in enumerate(rows):
            self._money_row(index, label, rupiah(amount), bold=False)
        total = rupiah(snapshot.headline.money_total)
        self._money_row(len(rows) + 1, t("dashboard.money.total"), total, bold=True)
        self.money_grid.setRowStretch(len(rows) + 2, 1)
        self.money_grid.setColumnStretch(0, 1)

    def _money_row(self, row: int, label: str, amount: str, bold: bool) -> None:
        name, value = QLabel(label), QLabel(amount)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setObjectName("moneyTotal" if bold else "")
        if bold:
            for widget in (name, value):
                font = QFont(widget.font())
                font.setBold(True)
                widget.setFont(font)
        self.money_grid.addWidget(name, row, 0)
        self.money_grid.addWidget(value, row, 1)

    def _show_charts(self, snapshot: Snapshot) -> None:
        # Horizontal bars draw the first category at the bottom: reverse to read top-down.
        sectors = list(reversed(snapshot.sectors))
        self.sector_chart.set_data(
            [label for label, _n in sectors],
            [(t("dashboard.axis.groups"), SECTOR_COLOUR, [n for _label, n in sectors])],
        )
        # Bare month names fit under each bar; the axis title says which year each belongs to.
        months = [t(f"dashboard.month.{m.month}") for m in snapshot.months]
        first, last = snapshot.months[0], snapshot.months[-1]
        self.month_chart.category_title = t(
            "dashboard.axis.month_range",
            start=f"{t(f'dashboard.month_long.{first.month}')} {first.year}",
            end=f"{t(f'dashboard.month_long.{last.month}')} {last.year}",
        )
        self.month_chart.set_data(
            months,
            [(t("dashboard.axis.activities"), MONTH_COLOUR, [m.count for m in snapshot.months])],
        )
        from wksbm_desktop.core.queries.dashboard import UNKNOWN_AGE

        ages = snapshot.ages
        self.age_chart.set_data(
            [a.band if a.band != UNKNOWN_AGE else t("dashboard.age_unknown") for a in ages],
            [
                (t("dashboard.men"), MEN_COLOUR, [a.men for a in ages]),
                (t("dashboard.women"), WOMEN_COLOUR, [a.women for a in ages]),
            ],
        )
