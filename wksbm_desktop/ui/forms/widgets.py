"""Editors the forms share: an optional date with a calendar, rupiah amounts, pickers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from wksbm_desktop.core.domain.rules import parse_rupiah
from wksbm_desktop.i18n import t

_DATE_PATTERNS = (
    re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$"),
    re.compile(r"^(\d{2})(\d{2})(\d{4})$"),
)
DateValue = date  # inside DateEdit, "date" names its method
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
WHOLE_NIK = 16
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date_text(text: str) -> date | None:
    """Read "17-08-2024", "17/8/2024", "17082024" or "2024-08-17"; None when not a date."""
    cleaned = text.strip()
    iso = _ISO_DATE.match(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        match = next((m for p in _DATE_PATTERNS if (m := p.match(cleaned))), None)
        if match is None:
            return None
        day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d-%m-%Y")


class DateEdit(QWidget):
    """A date that may be empty: type DD-MM-YYYY, or press F4 / Alt+↓ for a calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(t("forms.date.placeholder"))
        self.line.setToolTip(t("forms.date.tooltip"))
        self.line.setMaxLength(10)
        self.line.textChanged.connect(self.changed)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(t("forms.date.calendar"))
        self.button.setAccessibleName(t("forms.date.calendar"))
        # The keyboard opens the calendar from the text box (F4), so Tab skips the button.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        # One line high whatever room the form has: a taller widget centred its box below
        # the field's label (the rubric dialog's date).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._calendar: QCalendarWidget | None = None
        fixed = self.line.fontMetrics().horizontalAdvance("00-00-00000") + 24
        self.line.setMinimumWidth(fixed)
        self.setMaximumWidth(fixed * 2)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def date(self) -> DateValue | None:
        return parse_date_text(self.line.text())

    def set_date(self, value: DateValue | None) -> None:
        self.line.setText(format_date(value))

    def text(self) -> str:
        return self.line.text().strip()

    def is_valid(self) -> bool:
        """Empty or a real date; a half-typed date is not valid."""
        return not self.text() or self.date() is not None

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setLocale(INDONESIAN)
        current = self.date() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(lambda qdate: self._picked(calendar, qdate))
        calendar.clicked.connect(lambda qdate: self._picked(calendar, qdate))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self._calendar = calendar

    def _picked(self, calendar: QCalendarWidget, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        calendar.close()
        calendar.deleteLater()
        self._calendar = None
        self.line.setFocus()


def format_rupiah(amount: int) -> str:
    """1500000 → "Rp 1.500.000" (Indonesian thousands separator)."""
    return "Rp " + f"{amount:,}".replace(",", ".")


class RupiahEdit(QLineEdit):
    """Whole rupiah shown as "Rp 1.500.000", regrouped as the operator types."""

    MAX_DIGITS = 13  # up to Rp 9,9 triliun: more is surely a typing mistake

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Rp 0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._regroup)

    def amount(self) -> int | None:
        """The amount in rupiah; 0 when empty; None when the text is not a whole amount."""
        if not self.text().strip():
            return 0
        return parse_rupiah(self.text())

    def set_amount(self, amount: int) -> None:
        self.setText(format_rupiah(amount) if amount else "")

    def _regroup(self, text: str) -> None:
        digits = re.sub(r"\D", "", text)[: self.MAX_DIGITS]
        if not digits:
            self.setText("")
            return
        # Keep the cursor after the same number of digits, whatever separators were added.
        digits_before = len(re.sub(r"\D", "", text[: self.cursorPosition()]))
        formatted = format_rupiah(int(digits))
        self.setText(formatted)
        position, seen = len("Rp "), 0
        while position < len(formatted) and seen < digits_before:
            seen += formatted[position].isdigit()
            position += 1
        self.setCursorPosition(position)


def short_line(max_length: int, width_chars: int | None = None) -> QLineEdit:
    """A one-line field; ``width_chars`` keeps a short one (RT, NIK) from stretching."""
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if width_chars is not None:
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * width_chars) + 24)
    return edit


def reference_items(labels: Sequence[str], placeholder: str) -> list[tuple[str, str]]:
    """Reference labels as combo entries, after an empty entry that asks to choose."""
    return [("", placeholder), *((label, label) for label in labels)]


class KeyCombo(QComboBox):
    """A fixed list of (key, label) pairs: the user sees labels, the form stores keys."""

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for key, label in items:
                self.addItem(label, key)

    def key(self) -> str:
        value = self.currentData()
        return "" if value is None else str(value)

    def set_key(self, key: str) -> None:
        index = self.findData(key)
        if index < 0 and key:
            # A value no longer in the list (e.g. a hidden reference entry) stays selectable.
            self.addItem(key, key)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class SearchableCombo(QComboBox):
    """Type part of a name to filter the choices; ``key()`` is the chosen entry or ''.

    With ``set_search`` the choices come from a search function as the user types, so the
    list can stay short even when there are 100.000 members. A whole NIK that finds exactly
    one person picks that person at once.
    """

    searched = Signal(int)  # how many entries the last search found

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.line_edit().setPlaceholderText(placeholder)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._search: Callable[[str], Sequence[tuple[str, str]]] | None = None
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        # A long name with its NIK and RT/RW does not fit the box: hovering shows all of it.
        self.currentTextChanged.connect(self.setToolTip)

    def line_edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo is editable from its constructor on
        return line

    def set_choices(self, items: Sequence[tuple[str, str]], empty_label: str | None = None) -> None:
        """Replace the choices; ``empty_label`` adds a first entry meaning "none"."""
        text = self.currentText()
        with QSignalBlocker(self):
            self.clear()
            if empty_label is not None:
                self.addItem(empty_label, "")
            for key, label in items:
                self.addItem(label, key)
            self.setEditText(text)

    def set_search(self, search: Callable[[str], Sequence[tuple[str, str]]]) -> None:
        self._search = search
        self.line_edit().textEdited.connect(lambda _text: self._timer.start())

    def run_search(self) -> None:
        """Ask the search function for entries matching the typed text (also used by tests)."""
        if self._search is None:
            return
        text = self.currentText()
        found = self._search(text) if len(text.strip()) >= 2 else []
        self.set_choices(found)
        self.searched.emit(len(found))
        if len(found) == 1 and text.strip().isdigit() and len(text.strip()) == WHOLE_NIK:
            self.setCurrentIndex(0)
            return
        completer = self.completer()
        if self.count() and self.line_edit().hasFocus() and completer is not None:
            completer.setCompletionPrefix(text)
            completer.complete()

    def key(self) -> str:
        """The key of the entry whose label is exactly the text shown, else ''."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index) or "") if index >= 0 else ""

    def is_unmatched(self) -> bool:
        """True when something is typed that is not one of the choices."""
        return bool(self.currentText().strip()) and not self.key()

    def set_key(self, key: str) -> None:
        index = self.findData(key) if key else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")

    def pick(self, key: str, label: str) -> None:
        """Select an entry, adding it first if the list does not hold it (search mode)."""
        if self.findData(key) < 0:
            self.addItem(label, key)
        self.set_key(key)
