"""Small building blocks the account dialogs share: password fields and the error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def text_field(parent: QWidget, name: str, placeholder_key: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    if placeholder_key:
        field.setPlaceholderText(t(placeholder_key))
    return field


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_problem(label: QLabel, error: WksbmError | str) -> None:
    text = error.message if isinstance(error, WksbmError) else error
    label.setText(text)
    label.setVisible(bool(text))


def same_twice(first: QLineEdit, again: QLineEdit) -> None:
    """Raise when the repeated password differs (a typo would lock the person out)."""
    if first.text() != again.text():
        raise WksbmError("accounts.ui.repeat_differs")
