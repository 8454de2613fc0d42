"""The activity editor: what a group did, its money, and who attended."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.queries.forms import ActivityForm, Choice, GroupChoice
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.attendance import AttendancePanel
from wksbm_desktop.ui.forms.base import FormDialog, date_errors
from wksbm_desktop.ui.forms.widgets import (
    INDONESIAN,
    DateEdit,
    KeyCombo,
    RupiahEdit,
    SearchableCombo,
    reference_items,
    short_line,
)

MembersOf = Callable[[str], Sequence[Choice]]
MAX_COUNT = 1_000_000


def count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    box.setGroupSeparatorShown(True)
    box.setLocale(INDONESIAN)  # 1.234 with a dot, as the operator writes it
    box.setMaximumWidth(box.fontMetrics().horizontalAdvance("0" * 12) + 40)
    return box


class ActivityDialog(FormDialog):
    required = frozenset({"group_uuid", "held_on", "title", "type", "sector", "funding"})

    def __init__(self, parent: QWidget | None = None, members_of: MembersOf | None = None) -> None:
        super().__init__(parent, t("forms.activity.title_new"))
        self.setObjectName("activityDialog")
        self._members_of: MembersOf = members_of or (lambda _uuid: [])
        self._groups: dict[str, GroupChoice] = {}
        self._recorded: tuple[Choice, ...] = ()
        self._recorded_group = ""
        self._shown_group: str | None = None
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._build_fields(), 1)
        columns.addWidget(self._build_attendance_box(), 1)
        self.set_body(body)
        self.group.currentIndexChanged.connect(self._on_group_changed)
        self.group.line_edit().editingFinished.connect(self._on_group_changed)
        self.resize(960, 640)

    def _build_fields(self) -> QVBoxLayout:
        form = QFormLayout()
        self.group = SearchableCombo(placeholder=t("forms.activity.group_hint"))
        self.group.setObjectName("activityGroup")
        self.held_on = DateEdit()
        self.held_on.setObjectName("activityDate")
        self.title = short_line(200)
        self.type, self.sector, self.funding = KeyCombo(), KeyCombo(), KeyCombo()
        self.amount = RupiahEdit()
        self.amount.setMaximumWidth(
            self.amount.fontMetrics().horizontalAdvance("Rp 0.000.000.000.000") + 24
        )
        self.amount.setObjectName("activityAmount")
        self.location, self.facilitator = short_line(200), short_line(200)
        self.participants, self.beneficiaries = count_box(), count_box()
        self.participants.setObjectName("participantsCount")
        self.participants.setToolTip(t("forms.activity.participants_tip"))
        fields = {
            "group_uuid": self.group,
            "held_on": self.held_on,
            "title": self.title,
            "type": self.type,
            "sector": self.sector,
            "funding": self.funding,
            "amount": self.amount,
            "location": self.location,
            "facilitator": self.facilitator,
            "participants_count": self.participants,
            "beneficiaries_count": self.beneficiaries,
        }
        renamed = {
            "group_uuid": "group",
            "participants_count": "participants",
            "beneficiaries_count": "beneficiaries",
        }
        self.add_rows(form, "forms.activity", fields, renamed)
        outer = QVBoxLayout()
        outer.addLayout(form)
        outcome_box, self.outcome = self.text_box(t("forms.activity.outcome"), "outcome")
        outer.addWidget(outcome_box, 1)
        return outer

    def _build_attendance_box(self) -> QGroupBox:
        box = QGroupBox(t("forms.activity.attendance"))
        layout = QVBoxLayout(box)
        self.attendance = AttendancePanel(box)
        self.attendance.changed.connect(self._on_attendance_changed)
        layout.addWidget(self.errors.wrap("attendees", self.attendance))
        return box

    def load(self, form: ActivityForm) -> None:
        self._groups = {g.uuid: g for g in form.groups}
        self.group.set_choices([(g.uuid, g.label) for g in form.groups])
        self.type.set_items(reference_items(form.types, t("forms.choose")))
        self.sector.set_items(reference_items(form.sectors, t("forms.choose")))
        self.funding.set_items(reference_items(form.fundings, t("forms.choose")))
        record = form.record
        with QSignalBlocker(self.group):
            self.group.set_key(record.group_uuid if record else "")
        if record is None:
            self.held_on.set_date(date.today())
        else:
            self.setWindowTitle(t("forms.activity.title_edit", title=record.title))
            self._recorded, self._recorded_group = record.attendees, record.group_uuid
            self._load_record_fields(form)
        self._on_group_changed()
        if record is not None:
            # Only now: the ticked attendees set the lowest count the box accepts.
            self.participants.setValue(record.participants_count)
        self.mark_clean()

    def _load_record_fields(self, form: ActivityForm) -> None:
        record = form.record
        assert record is not None
        self.held_on.set_date(record.held_on)
        self.title.setText(record.title)
        self.type.set_key(record.type)
        self.sector.set_key(record.sector)
        self.funding.set_key(record.funding)
        self.amount.set_amount(record.amount)
        self.location.setText(record.location)
        self.facilitator.setText(record.facilitator)
        self.beneficiaries.setValue(record.beneficiaries_count)
        self.outcome.setPlainText(record.outcome)

    def select_group(self, uuid: str) -> None:
        self.group.set_key(uuid)
        self._on_group_changed()

    def _on_group_changed(self, *_args: object) -> None:
        uuid = self.group.key()
        if uuid == self._shown_group:
            return
        self._shown_group = uuid
        checked = set(self.attendance.checked())
        choices = list(self._members_of(uuid)) if uuid else []
        if uuid and uuid == self._recorded_group:
            # People recorded as present who have since left the group stay on the list.
            known = {c.uuid for c in choices}
            choices += [c for c in self._recorded if c.uuid not in known]
            checked |= {c.uuid for c in self._recorded}
        self.attendance.empty_label.setText(
            t("forms.activity.no_members" if uuid else "forms.activity.pick_group_first")
        )
        self.attendance.set_members(choices, checked)
        group = self._groups.get(uuid)
        if group is not None and not self.sector.key():
            self.sector.set_key(group.sector)

    def _on_attendance_changed(self) -> None:
        # Guests may come too, so the count can exceed the ticks but never be below them.
        ticked = len(self.attendance.checked())
        self.participants.setMinimum(ticked)

    def values(self) -> ActivityInput:
        amount = self.amount.amount()
        return ActivityInput(
            group_uuid=self.group.key(),
            held_on=self.held_on.date(),
            title=self.title.text(),
            type=self.type.key(),
            sector=self.sector.key(),
            funding=self.funding.key(),
            location=self.location.text(),
            facilitator=self.facilitator.text(),
            amount=amount if amount is not None else -1,
            participants_count=self.participants.value(),
            beneficiaries_count=self.beneficiaries.value(),
            outcome=self.outcome.toPlainText(),
            attendee_uuids=self.attendance.checked(),
        )

    def first_field(self) -> QWidget | None:
        # With the group kept from the previous paper form, the title is what comes next.
        return self.title if self.group.key() else self.group

    def saved_name(self) -> str:
        return self.title.text().strip()

    def sticky(self) -> object:
        # A stack of paper reports is usually one group's: keep the group and the kinds.
        return (self.group.key(), self.type.key(), self.sector.key(), self.funding.key())

    def apply_sticky(self, sticky: object) -> None:
        group, kind, sector, funding = cast("tuple[str, str, str, str]", sticky)
        self.select_group(group)
        self.type.set_key(kind)
        self.sector.set_key(sector)
        self.funding.set_key(funding)

    def input_errors(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.group.is_unmatched():
            problems["group_uuid"] = t("forms.pick_from_list")
        problems.update(date_errors({"held_on": self.held_on}))
        if self.amount.amount() is None:
            problems["amount"] = t("forms.activity.amount_invalid")
        return problems
