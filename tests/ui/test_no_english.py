"""No English on screen: every window, dialog, menu, context menu and calendar the app shows.

The dialogs are found generically: every entry of every menu (the Dinas Sosial menu too) is
triggered while a sweeper reads and closes whatever window or dialog appears, modal or not,
so a dialog another part of the program adds is checked without changing this test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from wksbm_desktop.ui.main_window import ACTIVITIES, DASHBOARD, GROUPS, MEMBERS

# English words that are never Indonesian, wherever they appear (whole words, as written).
ENGLISH_ANYWHERE = (
    "Cancel",
    "Undo",
    "Redo",
    "Copy",
    "Paste",
    "Select All",
    "Show Details",
    "Hide Details",
    "Database server",
    "Look in",
    "File name",
    "Files of type",
    "Date Modified",
    "All Files",
    "Previous Month",
    "Next Month",
    "Settings",
    "Browse",
    "Loading",
    "Step up",
    "Step down",
    "Scroll here",
    "Scroll up",
    "Scroll down",
    "Page up",
    "Page down",
    "Left edge",
    "Right edge",
    *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    *("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    *("January", "February", "March", "May", "June", "July", "August"),
    *("October", "December", "Aug", "Oct", "Dec"),
)
# Short words that can sit inside Indonesian ("No. KK"), so they count only as the whole text
# of a button, menu entry or tab.
ENGLISH_LABELS = frozenset(
    (
        "Yes",
        "No",
        "Save",
        "Save As",
        "Open",
        "Close",
        "Help",
        "Apply",
        "Reset",
        "Back",
        "Next",
        "Finish",
        "Commit",
        "Delete",
        "Cut",
        "File",
        "Edit",
        "View",
        "Tools",
        "Search",
        "Error",
        "Warning",
        "Information",
        "Name",
        "Size",
        "Type",
        "Done",
        "Continue",
        "Retry",
        "Abort",
        "Ignore",
        "Discard",
        "Detail View",
        "List View",
        "New Folder",
        "Parent Directory",
    )
)
_ANYWHERE = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_ANYWHERE) + r")\b")
_TAGS = re.compile(r"<[^>]+>")


def bare(text: str) -> str:
    """A label as read: no accelerator "&", no shortcut after a tab, no trailing dots/colon."""
    text = text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(".…:").strip()


@dataclass
class Seen:
    """Texts found on screen, each with where it was found; then the English among them."""

    texts: list[tuple[str, str, bool]] = field(default_factory=list)  # where, text, is_label

    def add(self, where: str, text: str, is_label: bool = False) -> None:
        if text and text.strip():
            self.texts.append((where, _TAGS.sub(" ", text), is_label))

    def english(self) -> list[str]:
        found = []
        for where, text, is_label in self.texts:
            match = _ANYWHERE.search(text)
            if match:
                found.append(f"{where}: {match.group(0)!r} in {text[:80]!r}")
            elif is_label and bare(text) in ENGLISH_LABELS:
                found.append(f"{where}: {text!r}")
        return sorted(set(found))


def read_menu(seen: Seen, menu: QMenu, where: str) -> None:
    seen.add(where, menu.title(), is_label=True)
    for action in menu.actions():
        read_action(seen, action, where)


def read_action(seen: Seen, action: QAction, where: str) -> None:
    if action.isSeparator():
        return
    seen.add(where, action.text(), is_label=True)
    seen.add(where, action.toolTip())
    if action.menu() is not None:
        read_menu(seen, action.menu(), f"{where} > {bare(action.text())}")  # type: ignore[arg-type]


def column_count(model) -> int:
    """Python models take the parent argument, list models keep columnCount private."""
    for count in (lambda: model.columnCount(QModelIndex()), model.columnCount):
        try:
            return int(count())
        except TypeError:
            continue
    return 1


def read_view(seen: Seen, view: QAbstractItemView, where: str) -> None:
    model = view.model()
    if model is None:
        return
    for column in range(min(column_count(model), 40)):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        seen.add(where, str(header or ""), is_label=True)


def read_widget(seen: Seen, root: QWidget, where: str) -> None:
    """Everything a person can read in ``root`` now: texts, titles, headers, tips, menus."""
    seen.add(where, root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        seen.add(where, widget.toolTip())
        if isinstance(widget, QLabel):
            seen.add(where, widget.text())
        elif isinstance(widget, QAbstractButton):
            seen.add(where, widget.text(), is_label=True)
        elif isinstance(widget, QGroupBox):
            seen.add(where, widget.title())
        elif isinstance(widget, QLineEdit):
            seen.add(where, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                seen.add(where, widget.itemText(index))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                seen.add(where, widget.tabText(index), is_label=True)
                seen.add(where, widget.tabToolTip(index))
        elif isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
            seen.add(where, widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            read_view(seen, widget, where)
    for action in root.actions():
        read_action(seen, action, where)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            read_action(seen, action, f"{where} menu")


class Sweeper:
    """Reads and closes every window that appears while something runs (modal loops too)."""

    def __init__(self, seen: Seen, keep: QWidget) -> None:
        self.seen, self.keep = seen, keep
        self.closed: list[str] = []
        self.errors: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.sweep)

    def sweep(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.keep or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            name = widget.objectName() or type(widget).__name__
            try:
                read_widget(self.seen, widget, name)
            except Exception as error:
                self.seen.add(name, f"unreadable: {error!r}")
                self.errors.append(f"{name}: {error!r}")
            self.closed.append(name)
            if isinstance(widget, QMessageBox) and widget.escapeButton() is None:
                widget.done(0)
            elif isinstance(widget, QDialog):
                widget.reject()
                widget.close()
            else:
                widget.close()

    def run(self, qtbot, work: Callable[[], object], settle_ms: int = 150) -> None:
        self.timer.start()
        try:
            work()
            qtbot.wait(settle_ms)  # a dialog opened without blocking, or after a short task
            self.sweep()
        finally:
            self.timer.stop()


def leaf_actions(window) -> Iterator[tuple[str, QAction]]:
    """Every entry of every menu, hidden menus included (the Dinas Sosial one)."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} > {bare(action.text())}")
            else:
                yield f"{path} > {bare(action.text())}", action

    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from walk(top.menu(), bare(top.text()))


NOT_TRIGGERED = {"quitApp"}  # closes the window under test


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture
def safe_window(main_window, monkeypatch):
    """The main window with its backup and history menus, and no system file browser."""
    from wksbm_desktop.ui.excel import common
    from wksbm_desktop.ui.safety import attach

    attach(main_window)
    monkeypatch.setattr(common, "open_url", lambda _url: None)
    return main_window


@pytest.mark.slow
def test_every_tab_menu_and_row_menu_is_indonesian(qtbot, safe_window, seen):
    window = safe_window
    for index in (DASHBOARD, GROUPS, MEMBERS, ACTIVITIES):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        if hasattr(tab, "select_row") and tab.model.rowCount():
            tab.select_row(0)  # the detail panel shows a record
            read_menu(seen, tab.row_menu(), f"tab {index} row menu")
        qtbot.wait(50)
        read_widget(seen, window, f"main window, tab {window.tabs.tabText(index)}")
    for where, action in leaf_actions(window):
        read_action(seen, action, where)
    assert seen.english() == []


@pytest.mark.slow
def test_every_dialog_the_menus_open_is_indonesian(qtbot, safe_window, seen):
    window = safe_window
    sweeper = Sweeper(seen, window)
    opened = []
    for where, action in list(leaf_actions(window)):
        if action.objectName() in NOT_TRIGGERED or not action.isEnabled():
            continue
        before = len(sweeper.closed)
        sweeper.run(qtbot, action.trigger)
        opened.append((where, sweeper.closed[before:]))
    # The sweep saw the dialogs: a menu that opens nothing (Muat ulang) is fine, but most do.
    with_dialogs = [where for where, names in opened if names]
    assert len(with_dialogs) >= 8, opened
    names = {name for _where, found in opened for name in found}
    assert {
        *("setupDialog", "exportDialog", "importWizard", "restoreDialog", "auditView"),
        *("groupDialog", "memberDialog", "activityDialog", "cityBoard", "serverDialog"),
        *("guideWindow", "shortcutsDialog", "QFileDialog", "QMessageBox"),
    } <= names
    assert sweeper.errors == []
    assert seen.english() == []


def test_the_context_menu_of_a_text_field_is_indonesian(qtbot, seen):
    for edit in (QLineEdit("teks"), QPlainTextEdit("teks")):
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        read_menu(seen, menu, type(edit).__name__)
        texts = [bare(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert "Salin" in texts and "Tempel" in texts and "Pilih semua" in texts
    assert seen.english() == []


def test_right_click_menus_of_date_number_and_scroll_widgets_are_indonesian(qtbot, seen):
    """The menus Qt builds inside its own context-menu handlers, read while they are open."""
    shown: list[str] = []

    def read_open_menus() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                read_menu(seen, widget, "context menu")
                shown.extend(bare(a.text()) for a in widget.actions() if not a.isSeparator())
                widget.close()

    timer = QTimer()
    timer.timeout.connect(read_open_menus)
    timer.start(30)
    for widget in (QDateEdit(QDate(2026, 12, 2)), QSpinBox(), QScrollBar()):
        qtbot.addWidget(widget)
        widget.show()
        point = QPoint(3, 3)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))
        QApplication.sendEvent(widget, event)
    timer.stop()
    assert {"Naikkan", "Turunkan", "Pilih semua"} <= set(shown)
    assert seen.english() == []


def test_a_calendar_popup_names_months_and_days_in_indonesian(qtbot, seen):
    edit = QDateEdit(QDate(2026, 12, 2))
    edit.setCalendarPopup(True)
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    assert isinstance(calendar, QCalendarWidget)
    calendar.setSelectedDate(QDate(2026, 12, 2))
    calendar.show()
    read_widget(seen, calendar, "calendar")
    view = calendar.findChild(QAbstractItemView)
    days = [str(view.model().index(0, c).data()) for c in range(view.model().columnCount())]
    for text in days:
        seen.add("calendar day names", text)
    buttons = [b.text() for b in calendar.findChildren(QAbstractButton)]
    assert "Desember" in buttons
    assert any(day.startswith("Sen") for day in days)  # Senin
    assert seen.english() == []


def test_standard_buttons_are_indonesian(qtbot, seen):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = sorted(bare(button.text()) for button in box.buttons())
    assert texts == ["Batal", "OK", "Simpan", "Tidak", "Tutup", "Ya"]
    read_widget(seen, box, "button box")
    assert seen.english() == []


def test_the_server_dialog_cancel_is_batal(qtbot, tmp_path, seen):
    from wksbm_desktop.ui.settings import Settings
    from wksbm_desktop.ui.setup.server_dialog import ServerDialog

    dialog = ServerDialog(Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(dialog)
    read_widget(seen, dialog, "server dialog")
    assert "Batal" in [bare(b.text()) for b in dialog.findChildren(QAbstractButton)]
    assert seen.english() == []


def test_the_word_list_catches_what_it_should():
    seen = Seen()
    seen.add("x", "December 2026")
    seen.add("x", "&Cancel", is_label=True)
    seen.add("x", "No", is_label=True)
    seen.add("x", "No. KK")  # Nomor: Indonesian
    seen.add("x", "Database: /tmp/wksbm.db")
    assert len(seen.english()) == 3
    assert date(2026, 12, 1)  # the calendar test's month


@pytest.mark.slow
def test_the_import_wizard_pages_are_indonesian(qtbot, main_window, tmp_path, seen, monkeypatch):
    """Past its first page too: mapping and the check with its list of problems."""
    from tests.ui.test_excel_import import bad_rows, choose, open_wizard, run_check, write_sheet
    from wksbm_desktop.ui import dialogs_util

    opened: list[str] = []
    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *_a: opened.pop(0))
    wizard = open_wizard(main_window)
    read_widget(seen, wizard, "import wizard, file page")
    choose(qtbot, wizard, {"open": opened}, write_sheet(tmp_path / "salah.xlsx", bad_rows()))
    read_widget(seen, wizard, "import wizard, file chosen")
    wizard.next()
    read_widget(seen, wizard, "import wizard, mapping page")
    run_check(qtbot, wizard)
    read_widget(seen, wizard, "import wizard, check page")
    assert wizard.check_page.model.rowCount() > 0  # the problems were listed and read
    assert seen.english() == []
