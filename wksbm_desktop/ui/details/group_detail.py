"""Details of a group: its facts, current officers and members, activities and level history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.db import Database
from wksbm_desktop.core.queries.details import GroupDetail, group_detail
from wksbm_desktop.core.queries.labels import (
    date_text,
    level_label,
    role_label,
    rt_rw,
    status_label,
    thousands,
)
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.details.history import HistorySection


class GroupDetailPanel(DetailPanel):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "groupDetail", parent)
        for key in (
            "shell.detail.field.type",
            "shell.detail.field.status",
            "shell.detail.field.level",
            "shell.detail.field.rt_rw",
            "shell.detail.field.address",
            "shell.detail.field.founded",
            "shell.detail.field.sk",
            "shell.detail.field.parent",
            "shell.detail.field.phone",
        ):
            self.add_field(key)
        col = "shell.detail.col."
        self.people_view, self.people = self.add_section(
            [t(col + "name"), t(col + "role"), t(col + "rt_rw"), t(col + "since")], "People"
        )
        self.activities_view, self.activities = self.add_section(
            [t(col + "date"), t(col + "title"), t(col + "type"), t(col + "participants")],
            "Activities",
        )
        self.activities.align_right(3)
        self.levels_view, self.levels = self.add_section(
            [t(col + "date"), t(col + "level"), t(col + "notes")], "Levels"
        )
        self.history = HistorySection(self)

    def load(self, uuid: str) -> bool:
        with self.database.read_session() as session:
            detail = group_detail(session, uuid)
        if detail is None:
            return False
        self._fill_facts(detail)
        self._fill_sections(detail)
        self.history.load(uuid)
        return True

    def _fill_facts(self, detail: GroupDetail) -> None:
        self.heading.setText(detail.name)
        self.note.setVisible(detail.archived)
        field = "shell.detail.field."
        latest = detail.assessments[0] if detail.assessments else None
        sk = " · ".join(part for part in (detail.sk_number, date_text(detail.sk_date)) if part)
        self.set_field(field + "type", f"{detail.type} · {detail.sector}")
        self.set_field(field + "status", status_label(detail.status))
        self.set_field(field + "level", level_label(latest.level) if latest else "")
        self.set_field(field + "rt_rw", rt_rw(detail.rt, detail.rw))
        self.set_field(field + "address", detail.address)
        self.set_field(field + "founded", date_text(detail.founded_on))
        self.set_field(field + "sk", sk)
        self.set_field(field + "parent", detail.parent_name)
        self.set_field(field + "phone", detail.phone)

    def _fill_sections(self, detail: GroupDetail) -> None:
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
        count = thousands
        self.set_section(
            self.people_view,
            self.people,
            t("shell.detail.people", count=count(len(people))),
            people,
        )
        self.set_section(
            self.activities_view,
            self.activities,
            t("shell.detail.activities", count=count(len(activities))),
            activities,
        )
        self.set_section(
            self.levels_view,
            self.levels,
            t("shell.detail.levels", count=count(len(levels))),
            levels,
        )
