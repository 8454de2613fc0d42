"""The attendance checklist of the activity form: the group's members, each with a tick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from wksbm_desktop.core.queries.forms import Choice
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.attendance_numbers import TickNumbersField

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # (number, label, nik) for the filter


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

    def checked_rows(self) -> list[int]:
        return [row for row, c in enumerate(self._choices) if c.uuid in self._checked]

    def set_all(self, on: bool) -> None:
        self.set_some(range(len(self._choices)), on)

    def set_some(self, rows: Sequence[int] | range, on: bool) -> None:
        """Tick (or untick) the given rows in one go."""
        uuids = {self._choices[row].uuid for row in rows}
        self._checked = self._checked | uuids if on else self._checked - uuids
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.label  # a long name is cut in a narrow list
        if role == SEARCH_ROLE:
            return (index.row() + 1, choice.label.lower(), choice.nik)
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


def matches(words: Sequence[str], number: int, label: str, nik: str) -> bool:
    """Every typed word is in the name, or is the list number, or part of the NIK."""
    for word in words:
        if word.isdigit():
            if not (word == str(number) or (len(word) >= 4 and word in nik)):
                return False
        elif word not in label:
            return False
    return True


class CheckListFilter(QSortFilterProxyModel):
    """Shows the entries matching the typed words; ticks live in the source model."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.lower().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        number, label, nik = index.data(SEARCH_ROLE)
        return matches(self._words, number, label, nik)

    def source_rows(self) -> list[int]:
        return [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]


class AttendancePanel(QWidget):
    """The checklist with a filter box, "Pilih semua" and a running count of ticked members.

    In the filter box, Enter ticks the one member left on the list and selects the typed
    text, so a paper attendance list is entered name after name from the keyboard.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel()
        self.proxy = CheckListFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("attendanceSearch")
        self.search.setPlaceholderText(t("forms.clerk.attendance_search"))
        self.search.setToolTip(t("forms.clerk.attendance_search_tip"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)
        self.select_all = QCheckBox(t("forms.activity.select_all"), self)
        self.select_all.setObjectName("attendanceSelectAll")
        self.select_all.clicked.connect(self._on_select_all)
        self.view = QListView(self)
        self.view.setObjectName("attendanceList")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(t("forms.activity.attendance"))
        self.count_label = QLabel(self)
        self.empty_label = QLabel(t("forms.activity.no_members"), self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
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

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self.select_all.setText(
            t("forms.clerk.select_shown") if text.strip() else t("forms.activity.select_all")
        )
        self._on_checked_changed()

    def _on_select_all(self, on: bool) -> None:
        self.model.set_some(self.proxy.source_rows(), on)

    def tick_only_match(self) -> bool:
        """Tick the one member the filter leaves; select the text for the next name."""
        rows = self.proxy.source_rows()
        if len(rows) != 1:
            return False
        self.model.set_some(rows, True)
        self.search.selectAll()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.tick_only_match()
                return True  # Enter here never moves on or closes the form
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.view.setFocus()
                self.view.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def checked(self) -> tuple[str, ...]:
        return self.model.checked()

    def _on_checked_changed(self) -> None:
        ticked, total = len(self.model.checked()), self.model.rowCount()
        self.count_label.setText(t("forms.activity.count", ticked=ticked, total=total))
        shown = self.proxy.source_rows()
        checked = set(self.model.checked_rows())
        self.select_all.setChecked(bool(shown) and all(row in checked for row in shown))
        self.select_all.setEnabled(bool(shown))
        self.empty_label.setVisible(total == 0)
        self.search.setEnabled(total > 0)
        self.changed.emit()
