"""Details of an activity: what, when, who paid, what came of it, and who attended."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.db import Database
from wksbm_desktop.core.queries.details import ActivityDetail, activity_detail
from wksbm_desktop.core.queries.labels import date_text, rt_rw, rupiah, thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.details.history import HistorySection


class ActivityDetailPanel(DetailPanel):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "activityDetail", parent)
        for key in (
            "shell.detail.field.date",
            "shell.detail.field.group",
            "shell.detail.field.kind",
            "shell.detail.field.funding",
            "shell.detail.field.location",
            "shell.detail.field.facilitator",
            "shell.detail.field.counts",
            "shell.detail.field.outcome",
        ):
            self.add_field(key)
        col = "shell.detail.col."
        self.attendance_view, self.attendance = self.add_section(
            [t(col + "name"), t(col + "sex"), t(col + "rt_rw")], "Attendance"
        )
        self.history = HistorySection(self)

    def load(self, uuid: str) -> bool:
        with self.database.read_session() as session:
            detail = activity_detail(session, uuid)
        if detail is None:
            return False
        self._fill(detail)
        self.history.load(uuid)
        return True

    def _fill(self, detail: ActivityDetail) -> None:
        self.heading.setText(detail.title)
        self.note.setVisible(detail.archived)
        field = "shell.detail.field."
        funding = detail.funding + (f" · {rupiah(detail.amount)}" if detail.amount else "")
        counts = t(
            "shell.detail.counts",
            participants=thousands(detail.participants),
            beneficiaries=thousands(detail.beneficiaries),
        )
        self.set_field(field + "date", date_text(detail.held_on))
        self.set_field(field + "group", detail.group_name)
        self.set_field(field + "kind", f"{detail.type} · {detail.sector}")
        self.set_field(field + "funding", funding)
        self.set_field(field + "location", detail.location)
        self.set_field(field + "facilitator", detail.facilitator)
        self.set_field(field + "counts", counts)
        self.set_field(field + "outcome", detail.outcome)
        rows = [(a.full_name, a.sex, rt_rw(a.rt, a.rw)) for a in detail.attendees]
        self.set_section(
            self.attendance_view,
            self.attendance,
            t("shell.detail.attendance", count=thousands(len(rows))),
            rows,
        )
