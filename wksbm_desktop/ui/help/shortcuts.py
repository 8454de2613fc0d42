"""Bantuan → Pintasan keyboard: every shortcut, read from the window's own actions and keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.i18n import has_key, t

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: where it works, the keys as the operator types them, what they do."""

    place: str
    keys: str
    what: str


def keys_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A menu text without its accelerator mark and trailing dots: "&Keluar" → "Keluar"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def menu_shortcuts(window: MainWindow) -> list[Shortcut]:
    """Every menu entry with a shortcut, named by its menu path ("Berkas > Keluar")."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {plain(action.text())}")  # type: ignore[arg-type]
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                what = f"{path} > {plain(action.text())}"
                found.append(
                    Shortcut(t("ui_main.keys.place_window"), keys_text(action.shortcut()), what)
                )

    for top in window.menuBar().actions():
        if top.menu() is not None and top.isVisible():
            walk(top.menu(), plain(top.text()))  # type: ignore[arg-type]
    return found


def widget_shortcuts(owner: QObject, place: str, scope: str) -> list[Shortcut]:
    """Actions with shortcuts and the plain key shortcuts (QShortcut) of a widget.

    A key shortcut has no text of its own: its meaning is ``ui_main.keys.<scope>.<keys>`` in
    the catalogue (the test fails when a new one has none).
    """
    found: list[Shortcut] = []
    seen: set[str] = set()
    for action in owner.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.text():
            continue
        keys = keys_text(action.shortcut())
        if keys not in seen:
            seen.add(keys)
            found.append(Shortcut(place, keys, plain(action.text())))
    for shortcut in owner.findChildren(QShortcut):
        portable = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        keys = keys_text(shortcut.key())
        if keys in seen or not portable:
            continue
        seen.add(keys)
        found.append(Shortcut(place, keys, t(shortcut_key(scope, portable))))
    return found


def shortcut_key(scope: str, portable: str) -> str:
    return f"ui_main.keys.{scope}.{portable}"


def form_shortcuts() -> list[Shortcut]:
    """The editors' own keys, read from a form built for the purpose and thrown away."""
    from wksbm_desktop.ui.forms.base import FormDialog

    form = FormDialog(None, "")
    try:
        return widget_shortcuts(form, t("ui_main.keys.place_forms"), "forms")
    finally:
        form.deleteLater()


def all_shortcuts(window: MainWindow) -> list[Shortcut]:
    found = menu_shortcuts(window)
    known = {entry.keys for entry in found}
    tab = window.member_tab  # the three list tabs share their keys (tabs/base.py)
    found += [
        entry
        for entry in widget_shortcuts(tab, t("ui_main.keys.place_lists"), "lists")
        if entry.keys not in known
    ]
    found += widget_shortcuts(window.dashboard, t("ui_main.keys.place_dashboard"), "dashboard")
    found += form_shortcuts()
    return found


def missing_descriptions(window: MainWindow) -> list[str]:
    """Key shortcuts without a meaning in the catalogue (for the test that keeps this honest)."""
    missing = []
    for owner, scope in ((window.member_tab, "lists"), (window.dashboard, "dashboard")):
        for shortcut in owner.findChildren(QShortcut):
            portable = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
            if portable and not has_key(shortcut_key(scope, portable)):
                missing.append(shortcut_key(scope, portable))
    return missing


class ShortcutsDialog(QDialog):
    """A plain table: where, which keys, what happens."""

    def __init__(self, entries: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(t("ui_main.keys.title"))
        layout = QVBoxLayout(self)
        intro = QLabel(t("ui_main.keys.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(entries), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [t("ui_main.keys.col_place"), t("ui_main.keys.col_keys"), t("ui_main.keys.col_what")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.place, entry.keys, entry.what)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(t("ui_main.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("shortcutsClose")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def texts(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())]


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(all_shortcuts(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
