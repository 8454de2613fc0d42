"""The attendance checklist of the activity form: the group's members, each with a tick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QVBoxLayout, QWidget

from wksbm_desktop.core.queries_forms import Choice
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.attendance_numbers import TickNumbersField

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Choices with a check box each; ``checked`` keeps the list's order."""

    checked_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._choices: tuple[Choice, ...] = ()
        self._checked: set[str] = set()

    def set_choices(self, choices: Sequence[Choice], checked: set[str]) -> None:
        self.beginResetModel()
        self._choices = tuple(choices)
        self._checked = {c.uuid for c in self._choices if c.uuid in checked}
        self.endResetModel()
        self.checked_changed.emit()

    def checked(self) -> tuple[str, ...]:
        return tuple(c.uuid for c in self._choices if c.uuid in self._checked)

    def set_all(self, on: bool) -> None:
        self._checked = {c.uuid for c in self._choices} if on else set()
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))
        self.checked_changed.emit()

    def check_rows(self, rows: list[int]) -> None:
        """Tick the members at these rows (0-based), leaving the other ticks as they are."""
        self._checked |= {self._choices[r].uuid for r in rows if 0 <= r < len(self._choices)}
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))
        self.checked_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {choice.label}"  # the number on the printed daftar hadir
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = choice.uuid in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        uuid = self._choices[index.row()].uuid
        state = value.value if isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked.value:
            self._checked.add(uuid)
        else:
            self._checked.discard(uuid)
        self.dataChanged.emit(index, index, [role])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base


class AttendancePanel(QWidget):
    """The checklist with "Pilih semua" and a running count of ticked members."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel()
        self.select_all = QCheckBox(t("forms.activity.select_all"), self)
        self.select_all.setObjectName("attendanceSelectAll")
        self.select_all.clicked.connect(self.model.set_all)
        self.view = QListView(self)
        self.view.setObjectName("attendanceList")
        self.view.setModel(self.model)
        self.view.setAccessibleName(t("forms.activity.attendance"))
        self.count_label = QLabel(self)
        self.empty_label = QLabel(t("forms.activity.no_members"), self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.select_all)
        layout.addWidget(self.view, 1)
        self.tick_numbers = TickNumbersField(self.model, self)
        layout.addWidget(self.tick_numbers)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)
        self.model.checked_changed.connect(self._on_checked_changed)
        self._on_checked_changed()

    def set_members(self, choices: Sequence[Choice], checked: set[str]) -> None:
        self.model.set_choices(choices, checked)

    def checked(self) -> tuple[str, ...]:
        return self.model.checked()

    def _on_checked_changed(self) -> None:
        ticked, total = len(self.model.checked()), self.model.rowCount()
        self.count_label.setText(t("forms.activity.count", ticked=ticked, total=total))
        self.select_all.setChecked(total > 0 and ticked == total)
        self.select_all.setEnabled(total > 0)
        self.empty_label.setVisible(total == 0)
        self.changed.emit()
