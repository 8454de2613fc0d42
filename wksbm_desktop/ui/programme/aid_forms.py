"""The Bantuan forms: a proposal and its decision, a disbursement, an LPJ.

Each form checks what it can see itself (a half-typed date); the rules are the services'
(core/services/aid.py, disbursements.py, aid_reports.py): their messages show under the field
they are about and the form keeps everything typed.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wksbm_desktop.core.domain.programme_inputs import AidInput, AidReportInput, DisbursementInput
from wksbm_desktop.core.models import AID_DECISIONS, DISBURSEMENT_FORMS, LPJ_STATUSES
from wksbm_desktop.core.queries.aid import AidRow, DisbursementRow, ReportRow
from wksbm_desktop.core.queries.labels import rupiah
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.base import FormDialog, date_errors
from wksbm_desktop.ui.forms.widgets import DateEdit, KeyCombo, RupiahEdit, short_line

_HANDED_IN = ("diserahkan", "diterima", "dikembalikan")


def _amount_edit(name: str) -> RupiahEdit:
    edit = RupiahEdit()
    edit.setObjectName(name)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("Rp 000.000.000.000") + 24)
    return edit


def _amount(edit: RupiahEdit) -> int:
    """The typed amount; -1 for text that is no amount, so the service names the field."""
    amount = edit.amount()
    return amount if amount is not None else -1


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


class AidDialog(FormDialog):
    """Ajukan bantuan, and Ubah/Putuskan: the proposal, then the decision on it."""

    required = frozenset({"proposed_on", "purpose"})

    def __init__(
        self,
        parent: QWidget | None,
        group_uuid: str,
        group_name: str,
        sources: Sequence[str],
        row: AidRow | None = None,
    ) -> None:
        title = t("aid_ui.form.aid_new") if row is None else t("aid_ui.form.aid_edit")
        super().__init__(parent, title)
        self.setObjectName("aidDialog")
        self.group_uuid = group_uuid
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(t("aid_ui.form.for_group", name=group_name)))
        form = QFormLayout()
        self.proposed_on = DateEdit()
        self.proposed_on.setObjectName("aidProposedOn")
        self.purpose = short_line(500)
        self.purpose.setObjectName("aidPurpose")
        self.purpose.setPlaceholderText(t("aid_ui.form.purpose_hint"))
        self.requested = _amount_edit("aidRequested")
        self.decision = KeyCombo()
        self.decision.setObjectName("aidDecision")
        self.decision.set_items([(code, t(f"programme.decision.{code}")) for code in AID_DECISIONS])
        self.decided_on = DateEdit()
        self.decided_on.setObjectName("aidDecidedOn")
        self.approved = _amount_edit("aidApproved")
        self.source = KeyCombo()
        self.source.setObjectName("aidSource")
        self.source.set_items([("", t("aid_ui.form.source_none")),
                               *((label, label) for label in sources)])  # fmt: skip
        self.source.setToolTip(t("aid_ui.form.source_tip"))
        self.add_rows(form, "aid_ui.field", {
            "proposed_on": self.proposed_on, "purpose": self.purpose,
            "amount_requested": self.requested, "decision": self.decision,
            "decided_on": self.decided_on, "amount_approved": self.approved,
            "source": self.source,
        })  # fmt: skip
        layout.addLayout(form)
        notes_box, self.notes = self.text_box(t("aid_ui.field.notes"), "notes")
        self.notes.setObjectName("aidNotes")
        layout.addWidget(notes_box)
        self.set_body(body)
        self.decision.currentIndexChanged.connect(self._on_decision)
        self._load(row)
        self.resize(560, 470)

    def _load(self, row: AidRow | None) -> None:
        if row is None:
            self.proposed_on.set_date(date.today())
        else:
            self.proposed_on.set_date(row.proposed_on)
            self.purpose.setText(row.purpose)
            self.requested.set_amount(row.amount_requested)
            self.decision.set_key(row.decision)
            self.decided_on.set_date(row.decided_on)
            self.approved.set_amount(row.amount_approved)
            self.source.set_key(row.source)
            self.notes.setPlainText(row.notes)
        self._on_decision()
        self.mark_clean()

    def _on_decision(self, *_args: object) -> None:
        """A pending proposal has no decision date nor amount; a refusal has no amount."""
        decision = self.decision.key()
        self.decided_on.setEnabled(decision != "menunggu")
        self.approved.setEnabled(decision == "disetujui")
        if decision != "menunggu" and not self.decided_on.text():
            self.decided_on.set_date(date.today())
        if decision == "disetujui" and not self.approved.text():
            self.approved.set_amount(max(_amount(self.requested), 0))

    def values(self) -> AidInput:
        decision = self.decision.key()
        return AidInput(
            group_uuid=self.group_uuid,
            proposed_on=self.proposed_on.date(),
            purpose=self.purpose.text(),
            amount_requested=_amount(self.requested),
            decision=decision,
            decided_on=self.decided_on.date() if decision != "menunggu" else None,
            amount_approved=_amount(self.approved) if decision == "disetujui" else 0,
            source=self.source.key(),
            notes=self.notes.toPlainText(),
        )

    def input_errors(self) -> dict[str, str]:
        return date_errors({"proposed_on": self.proposed_on, "decided_on": self.decided_on})

    def first_field(self) -> QWidget | None:
        return self.purpose if not self.purpose.text() else self.decision


class DisbursementDialog(FormDialog):
    """Salurkan: money or goods handed over of an approved aid."""

    required = frozenset({"disbursed_on", "amount", "form"})

    def __init__(
        self, parent: QWidget | None, aid: AidRow, row: DisbursementRow | None = None
    ) -> None:
        title = t(
            "aid_ui.form.disbursement_new" if row is None else "aid_ui.form.disbursement_edit"
        )
        super().__init__(parent, title)
        self.setObjectName("disbursementDialog")
        self.aid_uuid = aid.uuid
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(aid.purpose))
        left = aid.remaining + (row.amount if row is not None else 0)
        self.room = QLabel(t("aid_ui.form.room", approved=rupiah(aid.amount_approved),
                             left=rupiah(left)))  # fmt: skip
        self.room.setObjectName("disbursementRoom")
        self.room.setWordWrap(True)
        layout.addWidget(self.room)
        form = QFormLayout()
        self.disbursed_on = DateEdit()
        self.disbursed_on.setObjectName("disbursedOn")
        self.form_kind = KeyCombo()
        self.form_kind.setObjectName("disbursementForm")
        self.form_kind.set_items(
            [(code, t(f"programme.form.{code}")) for code in DISBURSEMENT_FORMS]
        )
        self.amount = _amount_edit("disbursementAmount")
        self.goods = short_line(500)
        self.goods.setObjectName("disbursementGoods")
        self.goods.setPlaceholderText(t("aid_ui.form.goods_hint"))
        self.add_rows(form, "aid_ui.field", {
            "disbursed_on": self.disbursed_on, "form": self.form_kind,
            "amount": self.amount, "goods": self.goods,
        })  # fmt: skip
        layout.addLayout(form)
        notes_box, self.notes = self.text_box(t("aid_ui.field.notes"), "notes")
        layout.addWidget(notes_box)
        self.set_body(body)
        self.form_kind.currentIndexChanged.connect(self._on_form)
        if row is None:
            self.disbursed_on.set_date(date.today())
            self.amount.set_amount(max(aid.remaining, 0))
        else:
            self.disbursed_on.set_date(row.disbursed_on)
            self.form_kind.set_key(row.form)
            self.amount.set_amount(row.amount)
            self.goods.setText(row.goods)
            self.notes.setPlainText(row.notes)
        self._on_form()
        self.mark_clean()
        self.resize(540, 400)

    def _on_form(self, *_args: object) -> None:
        # Goods are described; money needs no description (one typed before stays editable).
        goods = self.form_kind.key() == "barang"
        self.goods.setEnabled(goods or bool(self.goods.text()))

    def values(self) -> DisbursementInput:
        return DisbursementInput(
            aid_uuid=self.aid_uuid,
            disbursed_on=self.disbursed_on.date(),
            amount=_amount(self.amount),
            form=self.form_kind.key(),
            goods=self.goods.text(),
            notes=self.notes.toPlainText(),
        )

    def input_errors(self) -> dict[str, str]:
        return date_errors({"disbursed_on": self.disbursed_on})

    def first_field(self) -> QWidget | None:
        return self.amount


class ReportDialog(FormDialog):
    """LPJ: the report a group owes for an aid, its hand-in and the office's verdict."""

    required = frozenset({"due_on", "status"})

    def __init__(self, parent: QWidget | None, aid: AidRow, row: ReportRow | None = None) -> None:
        super().__init__(parent, t("aid_ui.form.report_new" if row is None
                                   else "aid_ui.form.report_edit"))  # fmt: skip
        self.setObjectName("reportDialog")
        self.aid_uuid = aid.uuid
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(aid.purpose))
        form = QFormLayout()
        self.due_on = DateEdit()
        self.due_on.setObjectName("reportDueOn")
        self.status = KeyCombo()
        self.status.setObjectName("reportStatus")
        self.status.set_items([(code, t(f"programme.lpj.{code}")) for code in LPJ_STATUSES])
        self.submitted_on = DateEdit()
        self.submitted_on.setObjectName("reportSubmittedOn")
        self.add_rows(form, "aid_ui.field", {
            "due_on": self.due_on, "status": self.status, "submitted_on": self.submitted_on,
        })  # fmt: skip
        layout.addLayout(form)
        hint = QLabel(t("aid_ui.form.report_hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        remarks_box, self.remarks = self.text_box(t("aid_ui.field.remarks"), "remarks")
        self.remarks.setObjectName("reportRemarks")
        layout.addWidget(remarks_box)
        self.set_body(body)
        self.status.currentIndexChanged.connect(self._on_status)
        if row is None:
            self.due_on.set_date(_months_after(aid.decided_on or date.today(), 6))
        else:
            self.due_on.set_date(row.due_on)
            self.status.set_key(row.status)
            self.submitted_on.set_date(row.submitted_on)
            self.remarks.setPlainText(row.remarks)
        self._on_status()
        self.mark_clean()
        self.resize(540, 400)

    def _on_status(self, *_args: object) -> None:
        handed_in = self.status.key() in _HANDED_IN
        self.submitted_on.setEnabled(handed_in)
        if handed_in and not self.submitted_on.text():
            self.submitted_on.set_date(date.today())

    def values(self) -> AidReportInput:
        handed_in = self.status.key() in _HANDED_IN
        return AidReportInput(
            aid_uuid=self.aid_uuid,
            due_on=self.due_on.date(),
            status=self.status.key(),
            submitted_on=self.submitted_on.date() if handed_in else None,
            remarks=self.remarks.toPlainText(),
        )

    def input_errors(self) -> dict[str, str]:
        return date_errors({"due_on": self.due_on, "submitted_on": self.submitted_on})

    def first_field(self) -> QWidget | None:
        return self.status


def _months_after(day: date, months: int) -> date:
    """The usual due date of an LPJ: six months after the decision (the same day, or the
    month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
