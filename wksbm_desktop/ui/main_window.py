"""The main window: assembles the tabs, the menus and the status bar; no logic of its own."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop import __version__
from wksbm_desktop.core import stats
from wksbm_desktop.core.db import Database
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.wilayah import kota_tangerang
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import settings as ui_settings
from wksbm_desktop.ui.excel.actions import install_excel_actions
from wksbm_desktop.ui.server_dialog import install_server_action
from wksbm_desktop.ui.setup_dialog import run_setup
from wksbm_desktop.ui.tabs.activity_tab import ActivityTab
from wksbm_desktop.ui.tabs.base import ListTab
from wksbm_desktop.ui.tabs.group_tab import GroupTab
from wksbm_desktop.ui.tabs.member_tab import MemberTab

_log = logging.getLogger(__name__)

# The Berkas menu in order; other parts of the program add their actions to a section.
FILE_SECTIONS = ("excel", "backup", "settings", "quit")
DASHBOARD, GROUPS, MEMBERS, ACTIVITIES = range(4)


class MainWindow(QMainWindow):
    data_changed = Signal()  # after any committed change (save, archive, import, restore)

    def __init__(
        self, database: Database, settings: ui_settings.Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.database = database
        self.settings = settings
        self._file_sections: dict[str, QAction] = {}
        self._build_tabs()
        self._build_menus()
        self._build_status_bar()
        self.update_title()
        self.refresh_counts()
        self._restore_settings()

    # Tabs
    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = self._make_dashboard()
        self.group_tab = GroupTab(self.database, self.tabs)
        self.member_tab = MemberTab(self.database, self.tabs)
        self.activity_tab = ActivityTab(self.database, self.tabs)
        self.tabs.addTab(self.dashboard, t("shell.tab.dashboard"))
        self.tabs.addTab(self.group_tab, t("shell.tab.groups"))
        self.tabs.addTab(self.member_tab, t("shell.tab.members"))
        self.tabs.addTab(self.activity_tab, t("shell.tab.activities"))
        for tab in self.list_tabs:
            tab.changed.connect(self.on_data_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

    def _make_dashboard(self) -> QWidget:
        try:
            from wksbm_desktop.ui.dashboard import DashboardTab
        except ImportError:
            _log.info("dashboard not available yet; showing a placeholder")
            placeholder = QWidget(self)
            placeholder.setObjectName("dashboardPlaceholder")
            layout = QVBoxLayout(placeholder)
            label = QLabel(t("shell.dashboard_pending"), placeholder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
            return placeholder
        return DashboardTab(self.database, parent=self)

    @property
    def list_tabs(self) -> tuple[ListTab, ListTab, ListTab]:
        return (self.group_tab, self.member_tab, self.activity_tab)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, ListTab):
            # Focus inside the tab, so its own Ctrl+N / Ctrl+F shortcuts answer.
            widget.table.setFocus(Qt.FocusReason.TabFocusReason)

    # Menus
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(t("shell.menu.file"))
        self.file_menu.setObjectName("fileMenu")
        for section in FILE_SECTIONS:
            marker = self.file_menu.addSeparator()
            marker.setObjectName(f"fileSection_{section}")
            self._file_sections[section] = marker
        install_excel_actions(self)  # Berkas → Ekspor / Impor / Template / Konsolidasi kota
        settings_action = QAction(t("shell.action.office_settings"), self)
        settings_action.setObjectName("officeSettings")
        settings_action.triggered.connect(self.edit_office)
        self.add_file_action(settings_action, "settings")
        install_server_action(self)  # Berkas → Database server (PostgreSQL, Dinas Sosial)
        quit_action = QAction(t("shell.action.quit"), self)
        quit_action.setObjectName("quitApp")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.add_file_action(quit_action, "quit")
        self.data_menu = self._build_data_menu()
        self.help_menu = self.menuBar().addMenu(t("shell.menu.help"))
        self.help_menu.setObjectName("helpMenu")
        about = self.help_menu.addAction(t("shell.action.about"))
        about.setObjectName("aboutApp")
        about.triggered.connect(self.show_about)

    def add_file_action(self, action: QAction, section: str) -> None:
        """Put an action in a section of the Berkas menu: excel, backup, settings or quit."""
        if section not in self._file_sections:
            raise ValueError(f"unknown Berkas section {section!r}; use one of {FILE_SECTIONS}")
        following = FILE_SECTIONS.index(section) + 1
        before = (
            self._file_sections[FILE_SECTIONS[following]]
            if following < len(FILE_SECTIONS)
            else None
        )
        if before is None:
            self.file_menu.addAction(action)
        else:
            self.file_menu.insertAction(before, action)

    def _build_data_menu(self) -> QMenu:
        menu = self.menuBar().addMenu(t("shell.menu.data"))
        menu.setObjectName("dataMenu")
        for key, name, tab_index in (
            ("shell.action.new_group", "newGroup", GROUPS),
            ("shell.action.new_member", "newMember", MEMBERS),
            ("shell.action.new_activity", "newActivity", ACTIVITIES),
        ):
            action = menu.addAction(t(key))
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, i=tab_index: self._add_in_tab(i))
        menu.addSeparator()
        refresh = menu.addAction(t("shell.action.refresh"))
        refresh.setObjectName("refreshAll")
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        return menu

    def _add_in_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        tab = self.tabs.widget(index)
        if isinstance(tab, ListTab):
            tab.add_action.trigger()

    # Status bar
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(t("shell.status_db", path=self.database.label), self)
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("statusCounts")
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("statusBackup")
        self.backup_label.setVisible(False)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.counts_label)

    def refresh_counts(self) -> None:
        with self.database.read_session() as session:
            numbers = stats.live_counts(session)  # the three shown; stats.counts is far more
        self.counts_label.setText(
            t(
                "shell.status_counts",
                groups=thousands(numbers["groups"]),
                members=thousands(numbers["members"]),
                activities=thousands(numbers["activities"]),
            )
        )

    def set_last_backup(self, text: str) -> None:
        """Show when the last backup was made; an empty text hides the label."""
        self.backup_label.setText(t("shell.status_backup", text=text) if text else "")
        self.backup_label.setVisible(bool(text))

    # Refreshing after changes
    def on_data_changed(self) -> None:
        """A save, archive or restore anywhere: every list, the counts and the dashboard follow."""
        self.refresh_all()
        # Committed work: the 30-minute backup policy listens (ui/safety/backup_actions.py).
        self.data_changed.emit()

    def refresh_all(self) -> None:
        for tab in self.list_tabs:
            tab.refresh()
        self.refresh_counts()
        # The dashboard reloads in the background, now if shown, else when next shown.
        refresh = getattr(self.dashboard, "refresh_later", None)
        if callable(refresh):
            refresh()

    # Office
    def update_title(self) -> None:
        with self.database.read_session() as session:
            office = get_office(session)
            code = office.kelurahan_code if office else None
            operator = office.operator_names if office else ""
        kelurahan = kota_tangerang().kelurahan_by_code(code) if code else None
        if kelurahan is not None:
            self.setWindowTitle(t("shell.window_title", label=kelurahan.label))
        else:
            self.setWindowTitle(t("shell.window_title_city"))
        if operator and not self.database.operator:
            # The audit log records who acted: the first operator named for the office.
            self.database.operator = operator.split(",")[0].strip()

    def edit_office(self) -> None:
        if run_setup(self.database, self):
            self.update_title()

    def show_about(self) -> None:
        text = t("shell.about_text", version=__version__, database=self.database.label)
        QMessageBox.about(self, t("shell.about_title"), text)

    # Remembering the layout
    def _restore_settings(self) -> None:
        geometry = self.settings.get(ui_settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_size()
        for tab in self.list_tabs:
            tab.start(self.settings)
        index = self.settings.get(ui_settings.CURRENT_TAB)
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else DASHBOARD)

    def _default_size(self) -> None:
        """1280×800, or less on a smaller screen (many kelurahan laptops have 1366×768)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))

    def save_settings(self) -> None:
        self.settings.set(ui_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(ui_settings.CURRENT_TAB, self.tabs.currentIndex())
        for tab in self.list_tabs:
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
