"""Assessing a group with the level rubric, and reading back a past assessment (issue 19, point 5).

The operator ticks the criteria the group meets; the rubric's suggestion (core/domain/rubric.py,
weighed with the group's latest indicators) follows every tick, with its reasons in sentences.
The operator decides: the level starts at the suggestion and can be set to any other. Saving
records the answers, the chosen level and the suggestion side by side (docs/programme-evidence.md).
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.rubric import CriterionAnswer, IndicatorTrend, suggest_level
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import ASSESSMENT_LEVELS
from wksbm_desktop.core.queries.details import GroupDetail, group_detail
from wksbm_desktop.core.queries.indicators import indicator_trend
from wksbm_desktop.core.queries.labels import date_text, level_label
from wksbm_desktop.core.queries.rubric import (
    AnswerRow,
    AssessmentSummary,
    CriterionRow,
    answers_of,
    assessment_summary,
    rubric,
)
from wksbm_desktop.core.services.rubric import MAX_NOTE_LENGTH, Answer
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.widgets import DateEdit, KeyCombo
from wksbm_desktop.ui.operations import evidence as evidence_ops

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.details.base import DetailPanel


def reasons_html(reasons: list[str] | tuple[str, ...]) -> str:
    items = "".join(f"<li>{html.escape(reason)}</li>" for reason in reasons)
    return f"<ul style='margin-left: -20px;'>{items}</ul>" if items else ""


class _ClickLabel(QLabel):
    """A criterion's words, wrapped; a click ticks its box like the box's own text would."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class CriterionLine:
    """One criterion of the checklist: met or not, with an optional note."""

    def __init__(self, criterion: CriterionRow, grid: QGridLayout, row: int, box: QWidget) -> None:
        self.criterion = criterion
        self.check = QCheckBox(box)
        self.check.setObjectName(f"criterion_{criterion.uuid}")
        self.check.setAccessibleName(criterion.text)
        self.label = _ClickLabel(criterion.text, box)
        self.label.setWordWrap(True)
        self.label.setContentsMargins(0, 2, 0, 0)  # level with the box beside it
        self.label.clicked.connect(self.check.toggle)
        self.note = QLineEdit(box)
        self.note.setPlaceholderText(t("evidence_ui.assess.note_placeholder"))
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setAccessibleName(t("evidence.rubric.note", text=criterion.text))
        grid.addWidget(self.check, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, row, 1)
        grid.addWidget(self.note, row, 2, Qt.AlignmentFlag.AlignTop)

    def answer(self) -> Answer:
        return Answer(self.check.isChecked(), self.note.text().strip())

    def criterion_answer(self) -> CriterionAnswer:
        return CriterionAnswer(self.criterion.level, self.criterion.text, self.check.isChecked())


class AssessmentDialog(QDialog):
    """Assess one group with the rubric; ``saved_uuid`` is the new assessment after Simpan."""

    def __init__(self, database: Database, group_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.database = database
        self.group_uuid = group_uuid
        self.saved_uuid: str | None = None
        self._level_chosen_by_hand = False
        with database.read_session() as session:
            detail = group_detail(session, group_uuid)
            self.criteria = rubric(session)
            self.trend: IndicatorTrend = indicator_trend(session, group_uuid)
        self.group_name = detail.name if detail else ""
        self.setWindowTitle(t("evidence_ui.assess.title", group=self.group_name))
        self.lines: list[CriterionLine] = []
        layout = QVBoxLayout(self)
        self.intro = self._intro(detail)
        layout.addWidget(self.intro)
        layout.addWidget(self._checklist(), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._suggestion_box(), 3)
        bottom.addWidget(self._decision_box(), 2)
        layout.addLayout(bottom)
        self.error = QLabel(self)
        self.error.setObjectName("assessmentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            t("evidence_ui.save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("assessmentSave")
        buttons.addButton(t("evidence_ui.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(940, 760)
        self.update_suggestion()

    # Building.
    def _intro(self, detail: GroupDetail | None) -> QLabel:
        latest = detail.assessments[0] if detail and detail.assessments else None
        if latest is not None:
            text = t(
                "evidence_ui.assess.intro_latest",
                level=level_label(latest.level),
                date=date_text(latest.assessed_on),
            )
        else:
            text = t("evidence_ui.assess.intro_first")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        return intro

    def _checklist(self) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        by_level = {
            level: [c for c in self.criteria if c.level == level] for level in ASSESSMENT_LEVELS
        }
        for level, criteria in by_level.items():
            box = QGroupBox(t("evidence_ui.assess.level_box", level=level_label(level)), inner)
            box.setObjectName(f"rubricLevel_{level}")
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 2)
            grid.setVerticalSpacing(4)
            if not criteria:
                grid.addWidget(QLabel(t("evidence_ui.assess.no_criteria"), box), 0, 0, 1, 3)
            for row, criterion in enumerate(criteria):
                line = CriterionLine(criterion, grid, row, box)
                line.check.toggled.connect(lambda _on: self.update_suggestion())
                self.lines.append(line)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("rubricChecklist")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _suggestion_box(self) -> QGroupBox:
        box = QGroupBox(t("evidence_ui.assess.suggestion_box"), self)
        layout = QVBoxLayout(box)
        self.suggested_label = QLabel(box)
        self.suggested_label.setObjectName("suggestedLevel")
        font = self.suggested_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.suggested_label.setFont(font)
        self.reasons_label = QLabel(box)
        self.reasons_label.setObjectName("suggestionReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        note = QLabel(t("evidence_ui.assess.operator_decides"), box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(self.suggested_label)
        layout.addWidget(self.reasons_label, 1)
        layout.addWidget(note)
        return box

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(t("evidence_ui.assess.decision_box"), self)
        form = QFormLayout(box)
        self.level = KeyCombo(box)
        self.level.setObjectName("assessmentLevel")
        self.level.set_items([(level, level_label(level)) for level in ASSESSMENT_LEVELS])
        self.level.activated.connect(self._level_picked)
        form.addRow(t("evidence_ui.assess.level") + ":", self.level)
        self.differs = QLabel(box)
        self.differs.setObjectName("assessmentDiffers")
        self.differs.setWordWrap(True)
        self.differs.setStyleSheet("color: #a05a00;")
        form.addRow(self.differs)
        self.date = DateEdit(box)
        self.date.setObjectName("assessmentDate")
        self.date.set_date(date.today())
        form.addRow(t("evidence_ui.assess.date") + ":", self.date)
        self.notes = QPlainTextEdit(box)
        self.notes.setObjectName("assessmentNotes")
        self.notes.setPlaceholderText(t("evidence_ui.assess.notes_placeholder"))
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4 + 12)
        form.addRow(t("evidence_ui.assess.notes") + ":", self.notes)
        return box

    # The live suggestion.
    def update_suggestion(self) -> None:
        suggestion = suggest_level([line.criterion_answer() for line in self.lines], self.trend)
        self.suggested = suggestion.level
        self.suggested_label.setText(
            t("evidence_ui.assess.suggested", level=level_label(suggestion.level))
        )
        self.reasons_label.setText(reasons_html(suggestion.reasons))
        if not self._level_chosen_by_hand:
            self.level.set_key(suggestion.level)
        self._show_difference()

    def _level_picked(self, _index: int) -> None:
        self._level_chosen_by_hand = True
        self._show_difference()

    def _show_difference(self) -> None:
        differs = self.level.key() != self.suggested
        self.differs.setText(
            t("evidence_ui.assess.differs", suggested=level_label(self.suggested))
            if differs
            else ""
        )
        self.differs.setVisible(differs)

    # Saving.
    def answers(self) -> dict[str, Answer]:
        return {line.criterion.uuid: line.answer() for line in self.lines}

    def save(self) -> None:
        if not self.date.text() or not self.date.is_valid():
            self._show_error(t("evidence_ui.assess.date_needed"))
            return
        try:
            self.saved_uuid = evidence_ops.record_assessment(
                self,
                self.database,
                self.group_uuid,
                self.date.date(),
                self.level.key(),
                self.answers(),
                self.notes.toPlainText().strip(),
            )
        except WksbmError as error:
            self._show_error(error.message)
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class AssessmentViewDialog(QDialog):
    """A past assessment, read only: chosen level beside the suggestion, and every answer."""

    def __init__(
        self, database: Database, assessment_uuid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentViewDialog")
        with database.read_session() as session:
            summary = assessment_summary(session, assessment_uuid)
            answers = answers_of(session, assessment_uuid)
        layout = QVBoxLayout(self)
        if summary is None:
            layout.addWidget(QLabel(t("evidence_ui.view.gone"), self))
        else:
            self._fill(layout, summary, answers)
        close = QDialogButtonBox(self)
        close.addButton(t("evidence_ui.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(820, 600)

    def _fill(
        self, layout: QVBoxLayout, summary: AssessmentSummary, answers: list[AnswerRow]
    ) -> None:
        self.setWindowTitle(
            t(
                "evidence_ui.view.title",
                group=summary.group_name,
                date=date_text(summary.assessed_on),
            )
        )
        form = QFormLayout()
        self.chosen = QLabel(f"<b>{html.escape(level_label(summary.level))}</b>", self)
        self.chosen.setObjectName("viewChosen")
        form.addRow(t("evidence_ui.view.chosen") + ":", self.chosen)
        suggested = (
            level_label(summary.suggested_level)
            if summary.suggested_level
            else t("evidence_ui.view.no_rubric")
        )
        self.suggested = QLabel(suggested, self)
        self.suggested.setObjectName("viewSuggested")
        form.addRow(t("evidence_ui.view.suggested") + ":", self.suggested)
        if summary.suggested_level and summary.suggested_level != summary.level:
            differs = QLabel(t("evidence_ui.view.differs"), self)
            differs.setStyleSheet("color: #a05a00;")
            differs.setWordWrap(True)
            form.addRow("", differs)
        if summary.reasons:
            reasons = QLabel(reasons_html(summary.reasons), self)
            reasons.setWordWrap(True)
            form.addRow(t("evidence_ui.view.reasons") + ":", reasons)
        if summary.notes:
            notes = QLabel(summary.notes, self)
            notes.setWordWrap(True)
            form.addRow(t("evidence_ui.assess.notes") + ":", notes)
        layout.addLayout(form)
        if not answers:
            empty = QLabel(t("evidence_ui.view.no_answers"), self)
            empty.setWordWrap(True)
            layout.addWidget(empty)
            return
        met = sum(answer.met for answer in answers)
        layout.addWidget(QLabel(t("evidence_ui.view.met", met=met, total=len(answers)), self))
        self.table = QTableWidget(len(answers), 4, self)
        self.table.setObjectName("viewAnswers")
        self.table.setHorizontalHeaderLabels(
            [t(f"evidence_ui.view.col.{name}") for name in ("level", "criterion", "met", "note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        for row, answer in enumerate(answers):
            text = t("evidence_ui.view.yes") if answer.met else t("evidence_ui.view.no")
            cells = (level_label(answer.level), answer.criterion_text, text, answer.note)
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                if column == 2:
                    item.setForeground(
                        Qt.GlobalColor.darkGreen if answer.met else Qt.GlobalColor.darkRed
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 200)
        # Rows fit their wrapped words once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)


# --- the entry in the group's detail -------------------------------------------------------------


class AssessmentEntry:
    """Adds "Nilai tingkat (rubrik)…" above a group detail's tabs, and opens a past assessment
    on a double click in its Riwayat tingkat tab. ``show_group(detail)`` in ``fill``."""

    def __init__(self, panel: DetailPanel, levels_view: QAbstractItemView) -> None:
        self.panel = panel
        self.group_uuid: str | None = None
        self.assessment_uuids: list[str] = []
        self.button = QPushButton(t("evidence_ui.assess.button"), panel)
        self.button.setObjectName("groupAssessButton")
        self.button.setToolTip(t("evidence_ui.assess.button_tip"))
        self.button.clicked.connect(lambda _checked=False: self.assess())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = panel._content_layout
        layout.insertLayout(layout.indexOf(panel.sections), row)
        levels_view.setToolTip(t("evidence_ui.view.hint"))
        levels_view.doubleClicked.connect(lambda index: self.view(index.row()))

    def show_group(self, detail: GroupDetail) -> None:
        self.group_uuid = detail.uuid
        self.assessment_uuids = [line.uuid for line in detail.assessments]
        account = self.panel.database.account
        self.button.setVisible(account is None or account.may(Permission.RECORD))
        self.button.setEnabled(not detail.archived)

    def assess(self) -> str | None:
        if self.group_uuid is None:
            return None
        dialog = AssessmentDialog(self.panel.database, self.group_uuid, self.panel)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_uuid is None:
            return None
        self._refresh()
        return dialog.saved_uuid

    def _refresh(self) -> None:
        """The operation spared the tab that asked (ui/operations): reload it, or the panel."""
        from wksbm_desktop.ui.tabs.base import ListTab

        widget = self.panel.parentWidget()
        while widget is not None and not isinstance(widget, ListTab):
            widget = widget.parentWidget()
        if isinstance(widget, ListTab):
            widget.refresh()
        if self.group_uuid is not None:
            self.panel.show_record(self.group_uuid)

    def view(self, row: int) -> None:
        if 0 <= row < len(self.assessment_uuids):
            AssessmentViewDialog(self.panel.database, self.assessment_uuids[row], self.panel).exec()
