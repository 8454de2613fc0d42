"""The Kegiatan tab: activities, newest first, with period, type, sector and funding filters."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout

from wksbm_desktop.core.services import reference
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.activity_detail import ActivityDetailPanel
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.models.list_models import activity_model
from wksbm_desktop.ui.models.paged import PagedTableModel
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import activities as activity_ops
from wksbm_desktop.ui.tabs.base import ListTab
from wksbm_desktop.ui.tabs.place_filters import PlaceFilters, place_filters, widths_with_places

PERIODS = ("this_month", "last_month", "last_3_months", "this_year", "last_year")


def period_range(period: str | None, today: date) -> tuple[date | None, date | None]:
    """First and last day of a named period relative to ``today``; (None, None) for all time."""
    month_start = today.replace(day=1)
    if period == "this_month":
        return month_start, today
    if period == "last_month":
        last_month_end = month_start - timedelta(days=1)
        return last_month_end.replace(day=1), last_month_end
    if period == "last_3_months":
        start = month_start
        for _ in range(2):
            start = (start - timedelta(days=1)).replace(day=1)
        return start, today
    if period == "this_year":
        return date(today.year, 1, 1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class ActivityTab(ListTab):
    prefix = "activity"
    count_key = "shell.activities.count"
    search_what_key = "shell.activities.search_what"
    archive_confirm_key = "shell.activities.archive_confirm"
    default_sort = (0, Qt.SortOrder.DescendingOrder)
    column_widths: tuple[int, ...] = (85, 210, 110, 105, 95, 60)
    shows = OpChanges(activities=True, groups=True)  # the group's name is a column

    places: PlaceFilters | None = None

    def make_model(self) -> PagedTableModel[Any]:
        if self.opening.is_city:
            self.column_widths = widths_with_places(self.column_widths, 2)
        return activity_model(self.database, self, city=self.opening.is_city)

    def make_detail(self) -> DetailPanel:
        return ActivityDetailPanel(self.database, self)

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.places = place_filters(self, layout)
        # With the two place filters the row must still fit a 1366-pixel screen.
        narrow = self.places is not None
        period = self.add_filter(
            layout, "period", "shell.activities.filter.period", 12 if narrow else 14
        )
        period.set_choices(
            [(t(f"shell.activities.period.{key}"), key) for key in PERIODS],
            all_text=t("shell.activities.period.all"),
        )
        for name in ("type", "sector", "funding"):
            self.add_filter(layout, name, f"shell.activities.filter.{name}", 8 if narrow else 11)

    def refresh_filter_options(self) -> None:
        with self.database.read_session() as session:
            lists = {
                "type": reference.labels(session, "activity_type"),
                "sector": reference.labels(session, "sector"),
                "funding": reference.labels(session, "funding_source"),
            }
            if self.places is not None:
                self.places.refresh(session)
        for name, labels in lists.items():
            self.filter_combo(name).set_choices([(label, label) for label in labels])

    def filter_values(self) -> dict[str, Any]:
        values = super().filter_values()
        values["date_from"], values["date_to"] = period_range(values.pop("period"), date.today())
        return values

    def record_name(self, row: Any) -> str:
        return str(row.title)

    def open_editor(self, uuid: str | None) -> str | None:
        from wksbm_desktop.ui import forms

        return forms.edit_activity(self, self.database, uuid)

    def archive_record(self, uuid: str, version: int) -> None:
        activity_ops.archive_activity(self, self.database, uuid, version)

    def restore_record(self, uuid: str) -> None:
        activity_ops.restore_activity(self, self.database, uuid)
