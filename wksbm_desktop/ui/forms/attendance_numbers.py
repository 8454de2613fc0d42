"""Ticking attendance from a signed daftar hadir: type "1-5, 7, 9", press Enter."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wksbm_desktop.core.domain.attendance_numbers import NumberListError, parse_numbers
from wksbm_desktop.i18n import t


class NumberedChecklist(Protocol):
    def rowCount(self) -> int: ...

    def check_rows(self, rows: list[int]) -> None: ...


class TickNumbersField(QWidget):
    """A line for the sheet's numbers and a Centang button; the numbers are the checklist's."""

    def __init__(self, model: NumberedChecklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.edit = QLineEdit(self)
        self.edit.setObjectName("attendanceNumbers")
        self.edit.setPlaceholderText(t("ui_print.tick.placeholder"))
        self.edit.setToolTip(t("ui_print.tick.tip"))
        self.edit.setAccessibleName(t("ui_print.tick.label"))
        self.edit.returnPressed.connect(self.tick)
        self.button = QPushButton(t("ui_print.tick.button"), self)
        self.button.setObjectName("attendanceNumbersTick")
        self.button.setAutoDefault(False)  # Enter in the field must not save the whole form
        self.button.clicked.connect(self.tick)
        self.message = QLabel(self)
        self.message.setObjectName("attendanceNumbersMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(t("ui_print.tick.label"), self))
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def tick(self) -> bool:
        """Tick the typed numbers (the others stay as they are); say what was wrong if anything."""
        try:
            numbers = parse_numbers(self.edit.text(), self.model.rowCount())
        except NumberListError as error:
            self._say(error.message, problem=True)
            return False
        self.model.check_rows([n - 1 for n in numbers])
        self._say(t("ui_print.tick.done", count=len(numbers)), problem=False)
        self.edit.clear()
        return True

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if problem else "color: palette(mid);")
        self.message.setVisible(True)
