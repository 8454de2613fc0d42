"""The visit editor: a coaching and monitoring visit to a group, and the follow-up it asked for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wksbm_desktop.core.domain.programme_inputs import VisitInput
from wksbm_desktop.core.models import FOLLOW_UP_STATUSES
from wksbm_desktop.core.queries.visits import VisitRow
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.base import FormDialog, date_errors, required_label
from wksbm_desktop.ui.forms.widgets import DateEdit, KeyCombo, short_line


class VisitDialog(FormDialog):
    required = frozenset({"visited_on", "facilitator", "findings"})

    def __init__(self, group_name: str, group_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, t("monitoring.visit.title_new", name=group_name))
        self.setObjectName("visitDialog")
        self.group_uuid = group_uuid
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(t("monitoring.visit.group", name=group_name))
        heading.setObjectName("visitGroupName")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        form = QFormLayout()
        self.visited_on = DateEdit()
        self.visited_on.setObjectName("visitDate")
        self.facilitator = short_line(200)
        self.facilitator.setObjectName("visitFacilitator")
        self.facilitator.setPlaceholderText(t("monitoring.visit.facilitator_hint"))
        self.add_rows(form, "monitoring.visit.field",
                      {"visited_on": self.visited_on, "facilitator": self.facilitator})  # fmt: skip
        layout.addLayout(form)
        findings_box, self.findings = self.text_box(
            required_label(t("monitoring.visit.field.findings")), "findings"
        )
        self.findings.setObjectName("visitFindings")
        self.findings.setPlaceholderText(t("monitoring.visit.findings_hint"))
        recommendations_box, self.recommendations = self.text_box(
            t("monitoring.visit.field.recommendations"), "recommendations"
        )
        self.recommendations.setObjectName("visitRecommendations")
        follow_box, self.follow_up_text = self.text_box(
            t("monitoring.visit.field.follow_up"), "follow_up"
        )
        self.follow_up_text.setObjectName("visitFollowUp")
        self.follow_up_text.setPlaceholderText(t("monitoring.visit.follow_up_hint"))
        self.status = KeyCombo()
        self.status.setObjectName("visitFollowUpStatus")
        self.status.set_items(
            [(code, t(f"programme.follow_up.{code}")) for code in FOLLOW_UP_STATUSES]
        )
        status_row = QHBoxLayout()
        status_label = QLabel(t("monitoring.visit.field.follow_up_status"))
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.errors.wrap("follow_up_status", self.status))
        status_row.addStretch(1)
        follow_layout = follow_box.layout()
        assert isinstance(follow_layout, QVBoxLayout)
        follow_layout.addLayout(status_row)
        for box, stretch in ((findings_box, 3), (recommendations_box, 2), (follow_box, 2)):
            layout.addWidget(box, stretch)
        self.set_body(body)
        self.resize(620, 640)

    def set_facilitators(self, names: Sequence[str]) -> None:
        """Names typed before, offered as the operator types (the same pendamping come back)."""
        completer = QCompleter(list(names), self.facilitator)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.facilitator.setCompleter(completer)

    def load(self, record: VisitRow | None, today: date) -> None:
        if record is None:
            self.visited_on.set_date(today)
        else:
            self.setWindowTitle(t("monitoring.visit.title_edit"))
            self.visited_on.set_date(record.visited_on)
            self.facilitator.setText(record.facilitator)
            self.findings.setPlainText(record.findings)
            self.recommendations.setPlainText(record.recommendations)
            self.follow_up_text.setPlainText(record.follow_up)
            self.status.set_key(record.follow_up_status)
        self.mark_clean()

    def values(self) -> VisitInput:
        return VisitInput(
            group_uuid=self.group_uuid,
            visited_on=self.visited_on.date(),
            facilitator=self.facilitator.text(),
            findings=self.findings.toPlainText(),
            recommendations=self.recommendations.toPlainText(),
            follow_up=self.follow_up_text.toPlainText(),
            follow_up_status=self.status.key(),
        )

    def input_errors(self) -> dict[str, str]:
        return date_errors({"visited_on": self.visited_on})

    def first_field(self) -> QWidget | None:
        return self.facilitator if self.visited_on.text() else self.visited_on
