"""Messages shown right under the field they are about, and a banner for the rest."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

_STYLES = {
    "error": "color: #a50e0e;",
    "hint": "color: #555555;",
    "notice": "color: #1a4f8b;",
}
BANNER_STYLE = (
    "background: #fdecea; color: #a50e0e; border: 1px solid #f1b0b0; border-radius: 4px; "
    "padding: 6px;"
)
NOTICE_BANNER_STYLE = (
    "background: #e6f4ea; color: #1e5e2e; border: 1px solid #a8d5b4; border-radius: 4px; "
    "padding: 6px;"
)


def message_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_message(label: QLabel, text: str, level: str = "error") -> None:
    label.setStyleSheet(_STYLES[level])
    label.setText(text)
    label.setVisible(bool(text))


class FieldErrors:
    """Maps field names (as the core names them) to the label under each field.

    An unknown name falls back to its dotted parents ("membership.add.role" →
    "membership.add" → "membership") and finally to the banner at the top of the form.
    """

    def __init__(self, banner: QLabel) -> None:
        self.banner = banner
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The widget with its message label underneath, ready to put in a layout."""
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = message_label(container)
        layout.addWidget(label)
        container.setFocusProxy(widget)
        self.register(field, label, widget)
        return container

    def register(self, field: str, label: QLabel, widget: QWidget) -> None:
        self._labels[field] = label
        self._widgets[field] = widget

    def add_row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> QLabel:
        """A form row whose label gives Alt+letter access to the field (``&`` in ``text``)."""
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, self.wrap(field, widget))
        return label

    def label_for(self, field: str) -> QLabel | None:
        return self._labels.get(self._resolve(field) or "")

    def _resolve(self, field: str) -> str | None:
        name = field
        while name:
            if name in self._labels:
                return name
            name = name.rpartition(".")[0]
        return None

    def clear(self) -> None:
        for label in self._labels.values():
            set_message(label, "")
        set_message(self.banner, "")

    def show(self, errors: Mapping[str, str], banner_text: str = "") -> None:
        """Show each message by its field; reveal and focus the first field with an error."""
        self.clear()
        grouped: dict[str, list[str]] = {}
        unplaced: list[str] = [banner_text] if banner_text else []
        for field, text in errors.items():
            name = self._resolve(field)
            if name is None:
                unplaced.append(text)
            else:
                grouped.setdefault(name, []).append(text)
        # Two fields may share one label (RT and RW on one row): collect their texts first.
        by_label: dict[int, tuple[QLabel, list[str]]] = {}
        for name, texts in grouped.items():
            label = self._labels[name]
            by_label.setdefault(id(label), (label, []))[1].extend(texts)
        for label, texts in by_label.values():
            set_message(label, "\n".join(texts))
        if unplaced:
            self.banner.setStyleSheet(BANNER_STYLE)
            self.banner.setText("\n".join(unplaced))
            self.banner.show()
        if grouped:
            reveal(self._widgets[next(iter(grouped))])

    def set_message(self, field: str, text: str, level: str = "error") -> None:
        label = self.label_for(field)
        if label is not None:
            set_message(label, text, level)


def reveal(widget: QWidget) -> None:
    """Switch every enclosing tab to the one holding ``widget``, then focus it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    parent.setCurrentIndex(index)
        child = parent
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
