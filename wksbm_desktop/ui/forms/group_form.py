"""The group editor: the group's data, its officers and members, and its level history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtWidgets import QFormLayout, QGroupBox, QTabWidget, QVBoxLayout, QWidget

from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.models import GROUP_STATUSES
from wksbm_desktop.core.queries.forms import GroupForm
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.assessments import AssessmentPanel
from wksbm_desktop.ui.forms.base import FormDialog, columns_page, date_errors
from wksbm_desktop.ui.forms.memberships import MembershipPanel
from wksbm_desktop.ui.forms.pending import PendingChoice
from wksbm_desktop.ui.forms.values import GroupValues
from wksbm_desktop.ui.forms.widgets import (
    DateEdit,
    KeyCombo,
    SearchableCombo,
    reference_items,
    short_line,
)


class GroupDialog(FormDialog):
    required = frozenset({"name", "type", "sector", "status"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, t("forms.group.title_new"))
        self.setObjectName("groupDialog")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_data_page(), t("forms.group.tab_data"))
        self.members = MembershipPanel(self.errors, "group", owner_name=self.name.text)
        self.tabs.addTab(self.members, t("forms.group.tab_members"))
        self.assessments = AssessmentPanel(self.errors)
        self.tabs.addTab(self.assessments, t("forms.group.tab_levels"))
        self.set_body(self.tabs)
        self.resize(920, 640)

    def _build_data_page(self) -> QWidget:
        left = QFormLayout()
        self.name = short_line(200)
        self.type = KeyCombo()
        self.sector = KeyCombo()
        self.parent_group = SearchableCombo(placeholder=t("forms.group.parent_hint"))
        self.status = KeyCombo()
        self.status.set_items([(s, t(f"forms.status.{s}")) for s in GROUP_STATUSES])
        self.address = short_line(500)
        self.phone = short_line(30)
        self.founded_on = DateEdit()
        first = {
            "name": self.name,
            "type": self.type,
            "sector": self.sector,
            "parent_uuid": self.parent_group,
            "status": self.status,
        }
        self.add_rows(left, "forms.group", first, renamed={"parent_uuid": "parent"})
        self.rt, self.rw = self.add_rt_rw_row(left)
        rest = {"address": self.address, "phone": self.phone, "founded_on": self.founded_on}
        self.add_rows(left, "forms.group", rest)
        return columns_page(left, self._build_right_column())

    def _build_right_column(self) -> QVBoxLayout:
        right = QVBoxLayout()
        sk_box = QGroupBox(t("forms.group.sk_title"))
        sk_form = QFormLayout(sk_box)
        self.sk_number, self.sk_issuer = short_line(100), short_line(150)
        self.sk_date = DateEdit()
        sk_fields = {
            "sk_number": self.sk_number,
            "sk_date": self.sk_date,
            "sk_issuer": self.sk_issuer,
        }
        self.add_rows(sk_form, "forms.group", sk_fields)
        right.addWidget(sk_box)
        notes_box, self.notes = self.text_box(t("forms.group.notes"), "notes")
        right.addWidget(notes_box, 1)
        return right

    def load(self, form: GroupForm) -> None:
        record = self.record = form.record
        self.type.set_items(reference_items(form.types, t("forms.choose")))
        self.sector.set_items(reference_items(form.sectors, t("forms.choose")))
        self.parent_group.set_choices([(c.uuid, c.label) for c in form.parents], empty_label="")
        self.members.load(form.memberships)
        self.assessments.load(form.assessments)
        if record is None:
            self.status.set_key("aktif")
            self.mark_clean()
            return
        self.setWindowTitle(t("forms.group.title_edit", name=record.name))
        self.name.setText(record.name)
        self.type.set_key(record.type)
        self.sector.set_key(record.sector)
        self.parent_group.set_key(record.parent_uuid or "")
        self.status.set_key(record.status)
        self.rw.setText(record.rw)
        self.rt.setText(record.rt)
        self.address.setText(record.address)
        self.phone.setText(record.phone)
        self.founded_on.set_date(record.founded_on)
        self.sk_number.setText(record.sk_number)
        self.sk_date.set_date(record.sk_date)
        self.sk_issuer.setText(record.sk_issuer)
        self.notes.setPlainText(record.notes)
        self.mark_clean()

    def set_member_search(self, search: Callable[[str], Sequence[tuple[str, str]]]) -> None:
        self.members.set_search(search)

    def pending_choices(self) -> list[PendingChoice]:
        found = (self.members.pending_choice(), self.assessments.pending_choice())
        return [choice for choice in found if choice is not None]

    def first_field(self) -> QWidget | None:
        return self.name

    def saved_name(self) -> str:
        return self.name.text().strip()

    def sticky(self) -> object:
        return (self.type.key(), self.sector.key(), self.parent_group.key(), self.rw.text())

    def apply_sticky(self, sticky: object) -> None:
        kind, sector, parent, rw = cast("tuple[str, str, str, str]", sticky)
        self.type.set_key(kind)
        self.sector.set_key(sector)
        self.parent_group.set_key(parent)
        self.rw.setText(rw)

    def values(self) -> GroupValues:
        group = GroupInput(
            name=self.name.text(),
            type=self.type.key(),
            sector=self.sector.key(),
            parent_uuid=self.parent_group.key() or None,
            rw=self.rw.text(),
            rt=self.rt.text(),
            address=self.address.text(),
            founded_on=self.founded_on.date(),
            sk_number=self.sk_number.text(),
            sk_date=self.sk_date.date(),
            sk_issuer=self.sk_issuer.text(),
            status=self.status.key(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )
        return GroupValues(group, self.members.changes(), self.assessments.new_assessments())

    def input_errors(self) -> dict[str, str]:
        problems = date_errors({"founded_on": self.founded_on, "sk_date": self.sk_date})
        if self.parent_group.is_unmatched():
            problems["parent_uuid"] = t("forms.pick_from_list")
        return problems
