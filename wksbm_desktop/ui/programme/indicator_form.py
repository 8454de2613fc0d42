"""The indicator editor: one group's figures for a month or a quarter, with its sector measures.

An empty field means "not recorded", never zero: a trend chart shows a gap for it instead of a
fall. The group is chosen on the page, so the form names it and does not ask again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput
from wksbm_desktop.core.domain.rules import parse_rupiah
from wksbm_desktop.core.models import PERIOD_KINDS
from wksbm_desktop.core.queries.indicators import IndicatorPoint
from wksbm_desktop.core.queries.monitoring import GroupMeasures, MeasureRow
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.base import FormDialog, confirm_discard
from wksbm_desktop.ui.forms.widgets import KeyCombo, RupiahEdit, format_rupiah

FIGURES = ("cash", "turnover", "assets")
NOT_A_NUMBER = -1  # typed text that is no whole number: input_errors stops the save
MONTHS = (
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember",
)  # fmt: skip


def previous_period(kind: str, today: date) -> date:
    """The first day of the last month or quarter that has ended by ``today``."""
    current = programme.period_start(kind, today)
    return programme.period_start(kind, programme.months_before(current, 1))


def first_open_period(kind: str, today: date, taken: Collection[tuple[str, date]]) -> date:
    """The period a new record is most likely for: the last one that ended, unless it is
    recorded already; then the one under way (a period that has started may be recorded)."""
    previous = previous_period(kind, today)
    if (kind, previous) not in taken:
        return previous
    return programme.period_start(kind, today)


def whole_number(text: str) -> int | None:
    """ "1.250" or "1250" → 1250; empty → None; anything else → NOT_A_NUMBER."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    return int(cleaned) if cleaned.isdigit() else NOT_A_NUMBER


def grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class PeriodPicker(QWidget):
    """A month (Januari…Desember) or a quarter (TW I…TW IV), and a year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = QComboBox(self)
        self.part.setObjectName("indicatorPeriodPart")
        self.year = QSpinBox(self)
        self.year.setObjectName("indicatorPeriodYear")
        self.year.setRange(2000, date.today().year)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.part)
        layout.addWidget(self.year)
        layout.addStretch(1)
        self.setFocusProxy(self.part)
        self.kind = "bulan"
        self.set_kind("bulan")

    def set_kind(self, kind: str) -> None:
        """Switch between months and quarters, keeping the part of the year already chosen."""
        start = self.start() if self.part.count() else None
        self.kind = kind
        self.part.clear()
        if kind == "bulan":
            self.part.addItems([t(f"monitoring.month.{name}") for name in MONTHS])
        else:
            self.part.addItems([f"TW {q}" for q in ("I", "II", "III", "IV")])
        if start is not None:
            self.set_start(start)

    def start(self) -> date:
        months = 1 if self.kind == "bulan" else 3
        return date(self.year.value(), max(self.part.currentIndex(), 0) * months + 1, 1)

    def set_start(self, day: date) -> None:
        self.year.setValue(day.year)
        months = 1 if self.kind == "bulan" else 3
        self.part.setCurrentIndex((day.month - 1) // months)


class IndicatorDialog(FormDialog):
    required = frozenset({"period_kind", "period_start"})

    def __init__(self, group: GroupMeasures, parent: QWidget | None = None) -> None:
        super().__init__(parent, t("monitoring.indicator.title_new"))
        self.setObjectName("indicatorDialog")
        self.group = group
        self.record: IndicatorPoint | None = None
        self.taken: dict[tuple[str, date], str] = {}
        self.measure_edits: dict[str, QLineEdit] = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(t("monitoring.indicator.group", name=group.name, sector=group.sector))
        heading.setObjectName("indicatorGroupName")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        hint = QLabel(t("monitoring.indicator.empty_hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        layout.addLayout(self._build_fields())
        self.measures_box = self._build_measures_box()
        layout.addWidget(self.errors.wrap("measures", self.measures_box))
        notes_box, self.notes = self.text_box(t("label.notes"), "notes")
        self.notes.setObjectName("indicatorNotes")
        self.notes.setMaximumHeight(80)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        self.set_body(body)
        self.resize(560, self.sizeHint().height())

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.kind = KeyCombo()
        self.kind.setObjectName("indicatorPeriodKind")
        self.kind.setMaximumWidth(self.kind.fontMetrics().horizontalAdvance("Triwulanan") + 60)
        self.kind.set_items([(kind, t(f"programme.period.{kind}")) for kind in PERIOD_KINDS])
        self.period = PeriodPicker()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.figures: dict[str, RupiahEdit] = {}
        for name in FIGURES:
            edit = RupiahEdit()
            edit.setObjectName(f"indicator{name.title()}")
            edit.setPlaceholderText(t("monitoring.indicator.not_recorded"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("Rp 000.000.000.000") + 40)
            edit.setMaximumWidth(edit.minimumWidth())
            self.figures[name] = edit
        self.active_members = QLineEdit()
        self.active_members.setObjectName("indicatorActiveMembers")
        self.active_members.setValidator(QIntValidator(0, 1_000_000, self.active_members))
        self.active_members.setPlaceholderText(t("monitoring.indicator.not_recorded"))
        self.active_members.setMaximumWidth(self.active_members.fontMetrics().horizontalAdvance(
            "0" * 14) + 24)  # fmt: skip
        period: dict[str, QWidget] = {"period_kind": self.kind, "period_start": self.period}
        self.add_rows(form, "monitoring.indicator.field", period)
        form.addRow("", self._build_taken_row())
        figures: dict[str, QWidget] = {**self.figures, "active_members": self.active_members}
        self.add_rows(form, "monitoring.indicator.field", figures)
        self.period.part.currentIndexChanged.connect(lambda _i: self._show_taken())
        self.period.year.valueChanged.connect(lambda _v: self._show_taken())
        return form

    def _build_taken_row(self) -> QWidget:
        """Shown when the period chosen is recorded already: open that record instead."""
        self.taken_row = QWidget()
        row = QHBoxLayout(self.taken_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.taken_label = QLabel()
        self.taken_label.setStyleSheet("color: #1a4f8b;")
        self.open_taken = QPushButton(t("monitoring.indicator.open_taken"))
        self.open_taken.setObjectName("indicatorOpenTaken")
        self.open_taken.clicked.connect(self._open_taken)
        row.addWidget(self.taken_label)
        row.addWidget(self.open_taken)
        row.addStretch(1)
        self.taken_row.hide()
        return self.taken_row

    def _taken_uuid(self) -> str | None:
        uuid = self.taken.get((self.kind.key(), self.period.start()))
        return None if self.record is not None and uuid == self.record.uuid else uuid

    def _show_taken(self) -> None:
        uuid = self._taken_uuid()
        if uuid is not None:
            label = programme.period_label(self.kind.key(), self.period.start())
            self.taken_label.setText(t("monitoring.indicator.taken", period=label))
        self.taken_row.setVisible(uuid is not None)

    def _open_taken(self) -> None:
        """Close this form so that the page opens the record of that period (after asking
        whether what was typed here may go)."""
        uuid = self._taken_uuid()
        if uuid is None or (self.is_dirty() and not confirm_discard(self)):
            return
        self.follow_up = ("open", uuid)
        self.mark_clean()
        self.done(QDialog.DialogCode.Rejected)

    def _on_kind_changed(self, _index: int) -> None:
        self.period.set_kind(self.kind.key())
        self._show_taken()

    def _build_measures_box(self) -> QGroupBox:
        box = QGroupBox(t("monitoring.indicator.measures", sector=self.group.sector))
        box.setObjectName("indicatorMeasuresBox")
        self._measures_form = QFormLayout(box)
        self.no_measures = QLabel(t("monitoring.indicator.no_measures"))
        self.no_measures.setWordWrap(True)
        self.no_measures.setStyleSheet("color: #555555;")
        self._measures_form.addRow(self.no_measures)
        return box

    def _add_measure_rows(self, recorded: dict[str, int]) -> None:
        """A field per active measure, and per hidden one this record already holds."""
        for measure in self.group.measures:
            if not measure.active and measure.label not in recorded:
                continue
            edit = QLineEdit()
            edit.setObjectName(f"measure:{measure.label}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setPlaceholderText(t("monitoring.indicator.not_recorded"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("000.000.000.000") + 40)
            edit.setMaximumWidth(edit.minimumWidth())
            unit = QLabel(measure.unit)
            field = QWidget()
            row = QHBoxLayout(field)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(unit)
            row.addStretch(1)
            field.setFocusProxy(edit)
            label = QLabel(self._measure_label(measure))
            label.setBuddy(edit)
            self._measures_form.addRow(label, field)
            self.measure_edits[measure.label] = edit
        self.no_measures.setVisible(not self.measure_edits)

    @staticmethod
    def _measure_label(measure: MeasureRow) -> str:
        text = measure.label if measure.sector else t("monitoring.indicator.every_sector",
                                                      label=measure.label)  # fmt: skip
        return text if measure.active else t("monitoring.indicator.hidden", label=text)

    def load(
        self,
        record: IndicatorPoint | None,
        kind: str,
        today: date,
        taken: Mapping[tuple[str, date], str] | None = None,
    ) -> None:
        """An empty form for ``kind``'s first open period, or the record to change; ``taken``
        holds the uuid of each (kind, start) the group recorded."""
        self.record = record
        self.taken = dict(taken or {})
        recorded = {m.label: m.value for m in record.measures} if record else {}
        self._add_measure_rows(recorded)
        if record is None:
            self.kind.set_key(kind)
            self.period.set_kind(kind)
            self.period.set_start(first_open_period(kind, today, self.taken))
        else:
            self.setWindowTitle(t("monitoring.indicator.title_edit", period=record.label,
                                  name=self.group.name))  # fmt: skip
            self.kind.set_key(record.period_kind)
            self.period.set_kind(record.period_kind)
            self.period.set_start(record.period_start)
            for name, edit in self.figures.items():
                value = getattr(record, name)
                edit.setText("" if value is None else format_rupiah(value))
            members = record.active_members
            self.active_members.setText("" if members is None else str(members))
            for label, value in recorded.items():
                if label in self.measure_edits:
                    self.measure_edits[label].setText(grouped(value))
            self.notes.setPlainText(record.notes)
        self._show_taken()
        self.mark_clean()

    def _figure(self, name: str) -> int | None:
        text = self.figures[name].text().strip()
        if not text:
            return None
        amount = parse_rupiah(text)
        return NOT_A_NUMBER if amount is None else amount

    def values(self) -> IndicatorInput:
        measures = tuple(
            (label, number)
            for label, edit in self.measure_edits.items()
            if (number := whole_number(edit.text())) is not None
        )
        return IndicatorInput(
            group_uuid=self.group.uuid,
            period_kind=self.kind.key(),
            period_start=self.period.start(),
            cash=self._figure("cash"),
            turnover=self._figure("turnover"),
            assets=self._figure("assets"),
            active_members=whole_number(self.active_members.text()),
            measures=measures,
            notes=self.notes.toPlainText(),
        )

    def input_errors(self) -> dict[str, str]:
        problems = {
            name: t("monitoring.indicator.amount_invalid")
            for name in FIGURES
            if self._figure(name) == NOT_A_NUMBER
        }
        bad = [
            label
            for label, edit in self.measure_edits.items()
            if whole_number(edit.text()) == NOT_A_NUMBER
        ]
        if bad:
            problems["measures"] = t("monitoring.indicator.measure_invalid",
                                     measures=", ".join(bad))  # fmt: skip
        return problems

    def first_field(self) -> QWidget | None:
        return self.figures["cash"]

    def saved_name(self) -> str:
        return programme.period_label(self.kind.key(), self.period.start())
