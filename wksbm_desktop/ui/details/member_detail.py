"""Details of a member: identity, groups and roles (current and ended), activities attended."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.details import MemberDetail, member_detail
from wksbm_desktop.core.queries.labels import date_text, role_label, rt_rw, sex_label
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel


class MemberDetailPanel(DetailPanel[MemberDetail]):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "memberDetail", parent)

    def build(self) -> None:
        self.add_fields(
            "nik",
            "kk",
            "sex",
            "born",
            "address",
            "rt_rw",
            "phone",
            "education",
            "occupation",
            "dtsen",
            "disability",
        )
        self.groups = self.add_table("Groups", "group", "role", "since", "until")
        self.activities = self.add_table("Activities", "date", "title", "group")

    def read(self, session: Session, uuid: str) -> MemberDetail | None:
        return member_detail(session, uuid)

    def fill(self, detail: MemberDetail) -> None:
        self._fill_facts(detail)
        self._fill_tables(detail)

    def _fill_facts(self, detail: MemberDetail) -> None:
        self.show_heading(detail.full_name, detail.archived)
        born = ", ".join(p for p in (detail.birth_place, date_text(detail.birth_date)) if p)
        self.set_fields(
            nik=detail.nik,
            kk=detail.kk,
            sex=sex_label(detail.sex),
            born=born,
            address=detail.address,
            rt_rw=rt_rw(detail.rt, detail.rw),
            phone=detail.phone,
            education=detail.education,
            occupation=detail.occupation,
            dtsen=_dtsen_text(detail),
            disability=t("shell.detail.yes") if detail.disability else "",
        )

    def _fill_tables(self, detail: MemberDetail) -> None:
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
        self.fill_table(self.groups, "shell.detail.memberships", groups)
        self.fill_table(self.activities, "shell.detail.attended", attended)


def _dtsen_text(detail: MemberDetail) -> str:
    if not detail.dtsen_registered:
        return t("shell.detail.dtsen_no")
    if detail.dtsen_decile:
        return t("shell.detail.dtsen_yes", decile=detail.dtsen_decile)
    return t("shell.detail.dtsen_yes_no_decile")
