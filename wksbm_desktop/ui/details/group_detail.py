"""Details of a group: its facts, current officers and members, activities and level history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.details import GroupDetail, group_detail
from wksbm_desktop.core.queries.labels import (
    date_text,
    level_label,
    role_label,
    rt_rw,
    status_label,
    thousands,
)
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.details.group_aid import AidSection
from wksbm_desktop.ui.details.group_monitoring import MonitoringSection
from wksbm_desktop.ui.programme.assessment_dialog import AssessmentEntry
from wksbm_desktop.ui.programme.attachments_panel import add_attachments_tab


class GroupDetailPanel(DetailPanel[GroupDetail]):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "groupDetail", parent)

    def build(self) -> None:
        self.add_fields(
            "type", "status", "level", "rt_rw", "address", "founded", "sk", "parent", "phone"
        )
        self.people = self.add_table("People", "name", "role", "rt_rw", "since")
        self.activities = self.add_table("Activities", "date", "title", "type", "participants")
        self.activities.model.align_right(3)
        self.levels = self.add_table("Levels", "date", "level", "notes")
        self.aid = AidSection(self)  # Bantuan and overdue LPJ (issue 19)
        self.rubric = AssessmentEntry(self, self.levels.view)  # Nilai tingkat (rubrik)…
        self.attachments = add_attachments_tab(self, "group")  # Lampiran (issue 19)
        self.monitoring = MonitoringSection(self)  # last visit, latest indicators (issue 19)

    def read(self, session: Session, uuid: str) -> GroupDetail | None:
        detail = group_detail(session, uuid)
        if detail is not None:
            self.aid.read(session, uuid)
        return detail

    def fill(self, detail: GroupDetail) -> None:
        self._fill_facts(detail)
        self._fill_tables(detail)
        self.aid.fill()
        self.rubric.show_group(detail)
        self.attachments.set_owner(detail.uuid, detail.archived)
        self.monitoring.load(detail.uuid)

    def _fill_facts(self, detail: GroupDetail) -> None:
        self.show_heading(detail.name, detail.archived)
        latest = detail.assessments[0] if detail.assessments else None
        sk = " · ".join(part for part in (detail.sk_number, date_text(detail.sk_date)) if part)
        self.set_fields(
            type=f"{detail.type} · {detail.sector}",
            status=status_label(detail.status),
            level=level_label(latest.level) if latest else "",
            rt_rw=rt_rw(detail.rt, detail.rw),
            address=detail.address,
            founded=date_text(detail.founded_on),
            sk=sk,
            parent=detail.parent_name,
            phone=detail.phone,
        )

    def _fill_tables(self, detail: GroupDetail) -> None:
        people = [
            (p.full_name, role_label(p.role), rt_rw(p.rt, p.rw), date_text(p.started_on))
            for p in detail.people
        ]
        activities = [
            (date_text(a.held_on), a.title, a.type, thousands(a.participants))
            for a in detail.activities
        ]
        levels = [
            (date_text(a.assessed_on), level_label(a.level), a.notes) for a in detail.assessments
        ]
        self.fill_table(self.people, "shell.detail.people", people)
        self.fill_table(self.activities, "shell.detail.activities", activities)
        self.fill_table(self.levels, "shell.detail.levels", levels)
