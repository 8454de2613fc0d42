"""Details of an activity: what, when, who paid, what came of it, and who attended."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.details import ActivityDetail, activity_detail
from wksbm_desktop.core.queries.labels import date_text, rt_rw, rupiah, thousands
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.programme.attachments_panel import add_attachments_tab


class ActivityDetailPanel(DetailPanel[ActivityDetail]):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "activityDetail", parent)

    def build(self) -> None:
        self.add_fields(
            "date", "group", "kind", "funding", "location", "facilitator", "counts", "outcome"
        )
        self.attendance = self.add_table("Attendance", "name", "sex", "rt_rw")
        self.attachments = add_attachments_tab(self, "activity")  # Lampiran (issue 19)

    def read(self, session: Session, uuid: str) -> ActivityDetail | None:
        return activity_detail(session, uuid)

    def fill(self, detail: ActivityDetail) -> None:
        self.show_heading(detail.title, detail.archived)
        funding = detail.funding + (f" · {rupiah(detail.amount)}" if detail.amount else "")
        counts = t(
            "shell.detail.counts",
            participants=thousands(detail.participants),
            beneficiaries=thousands(detail.beneficiaries),
        )
        self.set_fields(
            date=date_text(detail.held_on),
            group=detail.group_name,
            kind=f"{detail.type} · {detail.sector}",
            funding=funding,
            location=detail.location,
            facilitator=detail.facilitator,
            counts=counts,
            outcome=detail.outcome,
        )
        rows = [(a.full_name, a.sex, rt_rw(a.rt, a.rw)) for a in detail.attendees]
        self.fill_table(self.attendance, "shell.detail.attendance", rows)
        self.attachments.set_owner(detail.uuid, detail.archived)
