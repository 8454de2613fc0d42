"""The few modal message and file dialogs, behind small functions that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wksbm_desktop.i18n import t


def ask_confirmation(parent: QWidget | None, text: str, title: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title or t("shell.confirm_title"), text, parent=parent
    )
    yes = box.addButton(t("shell.yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(t("shell.no"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.warning(parent, title or t("shell.error_title"), text)


def show_info(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or t("shell.info_title"), text)


def get_save_path(parent: QWidget | None, title: str, start: str, file_filter: str) -> str | None:
    """A file name to write, or None when the operator cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return path or None


def get_open_path(parent: QWidget | None, title: str, start: str, file_filter: str) -> str | None:
    """An existing file to read, or None when the operator cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
    return path or None


def get_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    """An existing folder or drive (a flashdisk), or None when the operator cancels."""
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None
