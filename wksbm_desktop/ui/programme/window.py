"""Bantuan & pemantauan: a window beside the main one with the programme's pages for a group.

One group chooser at the top serves every page (Bantuan, and the pages other parts of the
program add with ``add_page``): when it changes, each page's ``show_group(uuid)`` reads that
group. A page is any QWidget with ``show_group(uuid: str | None)``; the window calls it again
after any change committed to the database (an operation, an import, a restore), for the page
in sight at once and for the others when they are next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from wksbm_desktop.core.queries.programme_group import group_choices
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.widgets import SearchableCombo
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import changes as operation_changes
from wksbm_desktop.ui.programme.group_access import group_access

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.main_window import MainWindow

WINDOW_SIZE = (1180, 680)  # fits a 1366x768 screen with the taskbar


class ProgrammeWindow(QWidget):
    """The programme's pages for one group at a time, chosen at the top."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(t("aid_ui.window.title"))
        self.database = database
        self._stale: set[int] = set()
        self._needs_groups = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(t("aid_ui.window.group"), self)
        self.group_combo = SearchableCombo(self, t("aid_ui.window.group_hint"))
        self.group_combo.setObjectName("programmeGroup")
        self.group_combo.setMinimumContentsLength(40)
        label.setBuddy(self.group_combo)
        row.addWidget(label)
        row.addWidget(self.group_combo, 1)
        row.addStretch(0)
        layout.addLayout(row)
        self.note = QLabel(self)
        self.note.setObjectName("programmeReadOnly")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px;")
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        self.group_combo.currentIndexChanged.connect(lambda _index: self._on_group_chosen())
        self.group_combo.line_edit().editingFinished.connect(self._on_group_chosen)
        self._shown_group: str | None = None
        self.refresh_groups()
        from wksbm_desktop.ui.programme.aid_page import AidPage
        from wksbm_desktop.ui.programme.indicators_page import IndicatorsPage
        from wksbm_desktop.ui.programme.visits_page import VisitsPage

        self.aid_page = AidPage(database, self)
        self.add_page(self.aid_page, t("aid_ui.page.aid"))
        self.indicators_page = IndicatorsPage(database, self)
        self.add_page(self.indicators_page, t("aid_ui.page.indicators"))
        self.visits_page = VisitsPage(database, self)
        self.add_page(self.visits_page, t("aid_ui.page.visits"))
        # "Belum dikunjungi 6 bulan": a double click shows that group on every page.
        self.visits_page.group_requested.connect(self.select_group)
        operation_changes.changed.connect(self._on_operation)
        self.resize(*WINDOW_SIZE)

    # Pages
    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page (a widget with ``show_group(uuid)``); it is shown the current group."""
        index = self.tabs.addTab(widget, title)
        self._show_on(index)
        return index

    def _show_on(self, index: int) -> None:
        page = self.tabs.widget(index)
        show = getattr(page, "show_group", None)
        if callable(show):
            show(self.current_group())
        self._stale.discard(index)

    def _on_tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._show_on(index)

    # The group
    def refresh_groups(self) -> None:
        """Read the live groups again (names change, groups are archived or added)."""
        with self.database.read_session() as session:
            choices = group_choices(session)
        current = self.current_group()
        if current and current not in {uuid for uuid, _label in choices}:
            choices.append((current, self._archived_label(current)))
        with QSignalBlocker(self.group_combo):
            self.group_combo.set_choices(choices)
            self.group_combo.set_key(current or "")

    def _archived_label(self, uuid: str) -> str:
        """A group chosen from the archive keeps its place in the chooser, said so."""
        group = group_access(self.database, uuid).group
        name = group.name if group is not None else uuid
        return t("aid_ui.window.archived_group", name=name)

    def current_group(self) -> str | None:
        return self._shown_group

    def select_group(self, uuid: str | None) -> None:
        """Show ``uuid`` on every page (None: no group)."""
        if uuid and self.group_combo.findData(uuid) < 0:
            self._shown_group = uuid
            self.refresh_groups()
        with QSignalBlocker(self.group_combo):
            self.group_combo.set_key(uuid or "")
        self._set_group(uuid)

    def _on_group_chosen(self) -> None:
        uuid = self.group_combo.key()
        if uuid and uuid != self._shown_group:
            self._set_group(uuid)

    def _set_group(self, uuid: str | None) -> None:
        self._shown_group = uuid
        access = group_access(self.database, uuid)
        self.note.setText(access.reason)
        self.note.setVisible(bool(access.reason))
        group = access.group
        title = t("aid_ui.window.title")
        self.setWindowTitle(f"{title} · {group.name}" if group is not None else title)
        self._stale = set(range(self.tabs.count()))
        self._show_on(self.tabs.currentIndex())

    # Following changes
    def _on_operation(self, database: object, changes: OpChanges, _origin: object) -> None:
        if database is self.database and changes.any:
            self._reload_timer.start()

    def reload_later(self) -> None:
        """Something changed (an import, a restore...): read again once the event is done."""
        self._reload_timer.start()

    def reload(self) -> None:
        """Read the groups and the page in sight again; the other pages when next shown."""
        if not self.isVisible():
            self._stale = set(range(self.tabs.count()))
            self._needs_groups = True
            return
        self.refresh_groups()
        self._set_group(self._shown_group)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._needs_groups:
            self._needs_groups = False
            self.reload()


def open_programme_window(
    main_window: MainWindow | QWidget, group_uuid: str | None = None
) -> ProgrammeWindow:
    """Show the main window's programme window (one per main window), on ``group_uuid``.

    ``main_window`` is the MainWindow (typed loosely so the Kelompok tab can pass its own
    top-level window without importing the main window's module).
    """
    window = main_window.findChild(ProgrammeWindow, "programmeWindow")
    if window is None:
        database = cast("Database", main_window.database)  # type: ignore[union-attr]
        window = ProgrammeWindow(database, main_window)
        changed = getattr(main_window, "data_changed", None)
        if changed is not None:  # imports, restores: what no operation announces
            changed.connect(window.reload_later)
    if group_uuid is not None or window.current_group() is None:
        window.select_group(group_uuid)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
