"""Details of a member: identity, groups and roles (current and ended), activities attended."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.db import Database
from wksbm_desktop.core.queries.details import MemberDetail, member_detail
from wksbm_desktop.core.queries.labels import date_text, role_label, rt_rw, sex_label, thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.details.history import HistorySection


class MemberDetailPanel(DetailPanel):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "memberDetail", parent)
        for key in (
            "shell.detail.field.nik",
            "shell.detail.field.kk",
            "shell.detail.field.sex",
            "shell.detail.field.born",
            "shell.detail.field.address",
            "shell.detail.field.rt_rw",
            "shell.detail.field.phone",
            "shell.detail.field.education",
            "shell.detail.field.occupation",
            "shell.detail.field.dtsen",
            "shell.detail.field.disability",
        ):
            self.add_field(key)
        col = "shell.detail.col."
        self.groups_view, self.groups = self.add_section(
            [t(col + "group"), t(col + "role"), t(col + "since"), t(col + "until")], "Groups"
        )
        self.activities_view, self.activities = self.add_section(
            [t(col + "date"), t(col + "title"), t(col + "group")], "Activities"
        )
        self.history = HistorySection(self)

    def load(self, uuid: str) -> bool:
        with self.database.read_session() as session:
            detail = member_detail(session, uuid)
        if detail is None:
            return False
        self._fill_facts(detail)
        self._fill_sections(detail)
        self.history.load(uuid)
        return True

    def _fill_facts(self, detail: MemberDetail) -> None:
        self.heading.setText(detail.full_name)
        self.note.setVisible(detail.archived)
        field = "shell.detail.field."
        born = ", ".join(p for p in (detail.birth_place, date_text(detail.birth_date)) if p)
        self.set_field(field + "nik", detail.nik)
        self.set_field(field + "kk", detail.kk)
        self.set_field(field + "sex", sex_label(detail.sex))
        self.set_field(field + "born", born)
        self.set_field(field + "address", detail.address)
        self.set_field(field + "rt_rw", rt_rw(detail.rt, detail.rw))
        self.set_field(field + "phone", detail.phone)
        self.set_field(field + "education", detail.education)
        self.set_field(field + "occupation", detail.occupation)
        self.set_field(field + "dtsen", _dtsen_text(detail))
        self.set_field(field + "disability", t("shell.detail.yes") if detail.disability else "")

    def _fill_sections(self, detail: MemberDetail) -> None:
        groups = [
            (
                m.group_name,
                role_label(m.role),
                date_text(m.started_on),
                date_text(m.ended_on) if m.ended_on else t("shell.detail.current"),
            )
            for m in detail.memberships
        ]
        attended = [(date_text(a.held_on), a.title, a.group_name) for a in detail.activities]
        self.set_section(
            self.groups_view,
            self.groups,
            t("shell.detail.memberships", count=thousands(len(groups))),
            groups,
        )
        self.set_section(
            self.activities_view,
            self.activities,
            t("shell.detail.attended", count=thousands(len(attended))),
            attended,
        )


def _dtsen_text(detail: MemberDetail) -> str:
    if not detail.dtsen_registered:
        return t("shell.detail.dtsen_no")
    if detail.dtsen_decile:
        return t("shell.detail.dtsen_yes", decile=detail.dtsen_decile)
    return t("shell.detail.dtsen_yes_no_decile")
