"""The level history section of the group form: past assessments and new ones to add."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.models import ASSESSMENT_LEVELS
from wksbm_desktop.core.queries.forms import AssessmentRow
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.errors import FieldErrors, reveal
from wksbm_desktop.ui.forms.pending import PendingChoice
from wksbm_desktop.ui.forms.rows_model import DisplayRow, RowsModel, rows_table
from wksbm_desktop.ui.forms.values import NewAssessment
from wksbm_desktop.ui.forms.widgets import DateEdit, KeyCombo, format_date


def level_items() -> list[tuple[str, str]]:
    """The levels after an empty entry: a level chosen means an assessment is being entered."""
    return [("", t("forms.choose")), *((lv, t(f"forms.level.{lv}")) for lv in ASSESSMENT_LEVELS)]


class AssessmentPanel(QWidget):
    """Shows the level history (newest first) and collects new assessments for the save."""

    changed = Signal()

    def __init__(self, errors: FieldErrors) -> None:
        super().__init__()
        self._errors = errors
        self._rows: list[AssessmentRow] = []
        self._added: list[NewAssessment] = []
        self.model = RowsModel(
            [
                t("forms.assessment.col_date"),
                t("forms.assessment.col_level"),
                t("forms.assessment.col_notes"),
            ]
        )
        self.table = rows_table(self, self.model, "assessmentTable", t("forms.assessment.table"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_add_box())

    def _build_add_box(self) -> QGroupBox:
        box = QGroupBox(t("forms.assessment.add_title"), self)
        form = QFormLayout(box)
        self.date_edit = DateEdit(box)
        self.date_edit.set_date(date.today())
        self.level = KeyCombo(box)
        self.level.setObjectName("assessmentLevel")
        self.level.set_items(level_items())
        self.level.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.notes = QLineEdit(box)
        self.notes.setMaxLength(2000)
        self.notes.textChanged.connect(lambda _text: self.changed.emit())
        self.add_button = QPushButton(t("forms.assessment.add"), box)
        self.add_button.setObjectName("assessmentAdd")
        self.add_button.clicked.connect(self.add_from_fields)
        self.undo_button = QPushButton(t("forms.assessment.undo"), box)
        self.undo_button.clicked.connect(self.undo_selected)
        self._errors.add_row(
            form, t("forms.assessment.date"), "assessment.assessed_on", self.date_edit
        )
        self._errors.add_row(form, t("forms.assessment.level"), "assessment.level", self.level)
        self._errors.add_row(form, t("forms.assessment.notes"), "assessment", self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        return box

    def load(self, rows: Sequence[AssessmentRow]) -> None:
        self._rows = list(rows)
        self._added.clear()
        self._refresh()

    def new_assessments(self) -> tuple[NewAssessment, ...]:
        return tuple(self._added)

    def pending_choice(self) -> PendingChoice | None:
        """A level chosen (or notes typed) whose "Tambahkan penilaian" was not pressed."""
        if not self.level.key() and not self.notes.text().strip():
            return None
        level = self.level.currentText() if self.level.key() else "—"
        description = t("forms.pending.assessment", level=level, date=self.date_edit.text())
        return PendingChoice(description, self._add_pending)

    def _add_pending(self) -> bool:
        if self.add_from_fields():
            return True
        reveal(self.level)
        return False

    def _refresh(self) -> None:
        pending = [
            DisplayRow(
                (
                    format_date(a.assessed_on),
                    t(f"forms.level.{a.level}"),
                    a.notes or t("forms.assessment.pending"),
                ),
                pending=True,
            )
            for a in self._added
        ]
        saved = [
            DisplayRow((format_date(r.assessed_on), t(f"forms.level.{r.level}"), r.notes))
            for r in self._rows
        ]
        self.model.set_rows(pending + saved)
        self.table.resizeColumnsToContents()
        self.changed.emit()

    def add_from_fields(self) -> bool:
        assessed_on = self.date_edit.date()
        if assessed_on is None:
            self._errors.set_message("assessment.assessed_on", t("forms.date.invalid"))
            return False
        if assessed_on > date.today():
            self._errors.set_message(
                "assessment.assessed_on",
                t("rule.date_in_future", label=t("forms.assessment.date_word")),
            )
            return False
        self._errors.set_message("assessment.assessed_on", "")
        if not self.level.key():
            self._errors.set_message("assessment.level", t("forms.assessment.pick_level"))
            return False
        self._errors.set_message("assessment.level", "")
        self._added.insert(
            0, NewAssessment(assessed_on, self.level.key(), self.notes.text().strip())
        )
        self.notes.clear()
        self.level.set_key("")
        self._refresh()
        return True

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._added):
            del self._added[rows[0].row()]
            self._refresh()
