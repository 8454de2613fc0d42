"""The pair side by side: every field of both records, the rows that differ highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.services.merging import NOTE_LENGTH
from wksbm_desktop.i18n import t

# Calm but plain: a pale yellow row and bold text, as in the NIK ganda review.
DIFFERENT_STYLE = "background: #fff4ce; font-weight: bold; padding: 2px 6px;"
SAME_STYLE = "padding: 2px 6px;"
LABEL_STYLE = "color: #555555; padding: 2px 6px;"
HEADER_STYLE = "font-weight: bold; padding: 2px 6px; border-bottom: 1px solid #c8c8c8;"


@dataclass(frozen=True)
class CompareRow:
    """One line of the comparison: a field's label and how each record shows it."""

    field: str
    label: str
    a: str
    b: str
    differs: bool  # of the stored values: two masked NIKs may read alike and still differ
    mergeable: bool = True  # the merge lets the operator choose between the two values


class PairReview(QWidget):
    """Both records of a pair in two columns, with the two decisions below."""

    dismiss_requested = Signal()
    merge_requested = Signal()
    open_requested = Signal(int)  # 0 or 1: which record to open in the member form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateReview")
        self.rows: tuple[CompareRow, ...] = ()
        self.can_open = False  # the column heads offer "Buka data" (who may edit records)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("duplicateReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.reasons)
        self.area = QScrollArea(self)
        self.area.setObjectName("duplicateCompare")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.area, 1)
        layout.addLayout(self._buttons())
        self.show_rows(("", ""), (), ())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("duplicateNote")
        self.note.setPlaceholderText(t("duplicates_ui.note_placeholder"))
        self.note.setMaxLength(NOTE_LENGTH)
        self.dismiss_button = QPushButton(t("duplicates_ui.dismiss"), self)
        self.dismiss_button.setObjectName("duplicateDismiss")
        self.dismiss_button.setToolTip(t("duplicates_ui.dismiss_tip"))
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        self.merge_button = QPushButton(t("duplicates_ui.merge"), self)
        self.merge_button.setObjectName("duplicateMerge")
        self.merge_button.setToolTip(t("duplicates_ui.merge_tip"))
        self.merge_button.clicked.connect(self.merge_requested)
        row.addWidget(self.note, 1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.merge_button)
        return row

    def show_rows(
        self, titles: tuple[str, str], rows: Sequence[CompareRow], reasons: Sequence[str]
    ) -> None:
        """Show a pair (``titles`` head the two columns); no rows shows an empty hint."""
        self.rows = tuple(rows)
        shown = bool(rows)
        self.reasons.setText(t("duplicates_ui.reasons", reasons=" ".join(reasons)) if shown else "")
        self.reasons.setVisible(shown)
        self.dismiss_button.setEnabled(shown)
        self.merge_button.setEnabled(shown)
        self.note.setEnabled(shown)
        self.note.clear()  # a note belongs to the pair it was written for
        holder = QWidget(self.area)
        if shown:
            holder.setLayout(self._grid(titles))
        else:
            empty = QVBoxLayout(holder)
            hint = QLabel(t("duplicates_ui.choose_pair"), holder)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setStyleSheet("color: #555555;")
            empty.addWidget(hint)
        self.area.setWidget(holder)  # the previous grid is deleted with its holder

    def _grid(self, titles: tuple[str, str]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, title in enumerate(titles, start=1):
            grid.addWidget(self._title(title, column - 1), 0, column)
        for line, row in enumerate(self.rows, start=1):
            style = DIFFERENT_STYLE if row.differs else SAME_STYLE
            label = self._cell(row.label, DIFFERENT_STYLE if row.differs else LABEL_STYLE, "")
            label.setWordWrap(False)  # a short label on one line; the values wrap
            grid.addWidget(label, line, 0)
            for column, text in enumerate((row.a, row.b), start=1):
                cell = self._cell(text or "—", style, f"duplicateCell_{row.field}")
                cell.setProperty("differs", row.differs)
                grid.addWidget(cell, line, column)
        grid.setRowStretch(len(self.rows) + 1, 1)
        return grid

    def _title(self, name: str, side: int) -> QLabel:
        """The record's name heading its column, with a link that opens it when allowed."""
        title = self._cell(name, HEADER_STYLE, f"duplicateTitle{side}")
        if self.can_open:
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setText(t("duplicates_ui.open_record", name=html.escape(name)))
            title.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            title.linkActivated.connect(lambda _link: self.open_requested.emit(side))
        return title

    @staticmethod
    def _cell(text: str, style: str, name: str) -> QLabel:
        cell = QLabel(text)
        cell.setTextFormat(Qt.TextFormat.PlainText)
        cell.setWordWrap(True)
        cell.setStyleSheet(style)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            cell.setObjectName(name)
        return cell
