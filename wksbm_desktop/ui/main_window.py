"""The main window: assembles the tabs, the menus and the status bar; no logic of its own."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

from wksbm_desktop import APP_NAME, __version__
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import settings as ui_settings
from wksbm_desktop.ui.city_key_actions import install_city_key_actions
from wksbm_desktop.ui.city_key_actions import show_for as show_city_key_actions
from wksbm_desktop.ui.duplicates.actions import DuplicateActions
from wksbm_desktop.ui.excel.actions import install_excel_actions
from wksbm_desktop.ui.gui_gc import collect_on_gui_thread
from wksbm_desktop.ui.language import install_language_menu
from wksbm_desktop.ui.notices.actions import install_notice_actions
from wksbm_desktop.ui.opening import DatabaseOpening
from wksbm_desktop.ui.operations import DASHBOARD_SHOWS, RECORDS, OpChanges
from wksbm_desktop.ui.operations import changes as operation_changes
from wksbm_desktop.ui.printing.actions import add_print_actions_to_tab, install_print_actions
from wksbm_desktop.ui.programme.menu import install_programme_action
from wksbm_desktop.ui.programme.rubric_editor import install_rubric_action
from wksbm_desktop.ui.tabs.base import ListTab

if TYPE_CHECKING:
    from pathlib import Path

    from wksbm_desktop.core.storage.db import Database

_log = logging.getLogger(__name__)

# The Berkas menu in order; other parts of the program add their actions to a section.
FILE_SECTIONS = ("excel", "backup", "settings", "quit")
DASHBOARD, GROUPS, MEMBERS, ACTIVITIES = range(4)
TAB_KEYS = ("shell.tab.dashboard", "shell.tab.groups", "shell.tab.members", "shell.tab.activities")


# What opening the database imports, in pieces of roughly 100-250 ms each (MainWindow._warm_up).
_DATA_LAYER: tuple[tuple[str, ...], ...] = (
    ("sqlalchemy",),
    ("sqlalchemy.orm",),
    ("wksbm_desktop.core.models", "wksbm_desktop.core.storage.db"),
    ("wksbm_desktop.core.queries.members", "wksbm_desktop.core.queries.groups"),
    ("wksbm_desktop.core.queries.details", "wksbm_desktop.core.queries.stats"),
)


class _PendingTab(QWidget):
    """Stands in for a tab not shown yet: each tab is built when it is first shown."""


class MainWindow(QMainWindow):
    """The window shows first; what can wait is built when needed.

    A tab is built when first shown (or asked for); with a ``DatabaseOpening`` that has not
    opened yet, the Anggota tab shows its first page read directly, and the data layer is
    imported right after the first paint (``finish_opening``), or earlier when anything asks
    for ``database``.
    """

    data_changed = Signal()  # after any committed change (save, archive, import, restore)
    opened = Signal()  # the data layer is imported and the database open
    first_painted = Signal()  # the window is on screen: background work may start

    def __init__(
        self,
        database: Database | DatabaseOpening,
        settings: ui_settings.Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        collect_on_gui_thread()  # never in a worker thread: see ui/gui_gc.py
        self.opening = (
            database
            if isinstance(database, DatabaseOpening)
            else DatabaseOpening.open_now(database)
        )
        self.settings = settings
        self._file_sections: dict[str, QAction] = {}
        self._finished = False
        self._painted = False
        self._build_tabs()
        self._build_menus()
        self._build_status_bar()
        # Feedback files and notices from Dinas Sosial: menus and the status bar (ui/notices).
        self.notice_actions = install_notice_actions(self)
        self.setWindowTitle(APP_NAME)
        operation_changes.changed.connect(self._on_operation)
        if self.opening.is_open:
            self.finish_opening()
        self._restore_settings()

    @property
    def painted(self) -> bool:
        """The window has been painted once (``first_painted`` was emitted or is on its way)."""
        return self._painted

    @property
    def database(self) -> Database:
        """The open database; asking for it before the first paint opens it here."""
        if not self._finished:
            self.finish_opening()
        return self.opening.get()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The window is on screen: what waited starts as soon as this paint is done.
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self._warm_up(list(_DATA_LAYER))

    def _warm_up(self, remaining: list[tuple[str, ...]]) -> None:
        """Import the data layer a piece per turn of the event loop, then open the database.

        Importing it in one go would hold the GUI thread for over half a second right after
        the window appears; in pieces, clicks, keys and repaints are answered in between.
        (A background thread would not help: the import holds the GIL the table's model needs.)
        """
        if self._finished:
            return
        if remaining:
            for name in remaining.pop(0):
                importlib.import_module(name)
            QTimer.singleShot(0, lambda: self._warm_up(remaining))
            return
        self._open_after_paint()

    def _open_after_paint(self) -> None:
        if self._finished:
            return
        try:
            self.finish_opening()
        except Exception as error:
            hold = self.opening.write_hold
            if hold is not None and not hold.settled:
                # The file's check still runs and will explain a damaged file (controller.py).
                _log.warning("opening waits for the start-up check: %s", error)
                return
            if not isinstance(error, WksbmError):
                raise
            from wksbm_desktop.ui import dialogs_util

            dialogs_util.show_error(self, error.message)
            self.close()

    def abandon(self) -> None:
        """The file failed its check: no more use of it, every connection closed."""
        self._finished = True
        self.setEnabled(False)
        self.opening.dispose()

    def finish_opening(self) -> None:
        """Open the database (importing the data layer) and fill what waited for it."""
        if self._finished:
            return
        self.opening.get()
        self._finished = True
        for tab in self._built_list_tabs():
            tab.database_opened()
        # The dashboard, if built, reads its figures now (a pending tab has nothing to read).
        dashboard_opened = getattr(self.tabs.widget(DASHBOARD), "database_opened", None)
        if callable(dashboard_opened):
            dashboard_opened()
        self.update_title()
        self.refresh_counts()
        self.opened.emit()

    # Tabs
    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self._tab_builders: dict[int, Callable[[], QWidget]] = {
            DASHBOARD: self._make_dashboard,
            GROUPS: lambda: self._make_list_tab(GROUPS),
            MEMBERS: lambda: self._make_list_tab(MEMBERS),
            ACTIVITIES: lambda: self._make_list_tab(ACTIVITIES),
        }
        for key in TAB_KEYS:
            self.tabs.addTab(_PendingTab(self.tabs), t(key))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

    def _tab(self, index: int) -> QWidget:
        """The tab at ``index``, built now if it was not yet."""
        widget = self.tabs.widget(index)
        if not isinstance(widget, _PendingTab):
            assert widget is not None, f"no tab at {index}"
            return widget
        built = self._tab_builders[index]()
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, t(TAB_KEYS[index]))
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        widget.deleteLater()
        return built

    def _make_list_tab(self, index: int) -> ListTab:
        tab: ListTab
        if index == MEMBERS:
            from wksbm_desktop.ui.tabs.member_tab import MemberTab

            tab = MemberTab(self.opening, self.tabs)
        elif index == GROUPS:
            from wksbm_desktop.ui.tabs.group_tab import GroupTab

            tab = GroupTab(self.opening, self.tabs)
        else:
            from wksbm_desktop.ui.tabs.activity_tab import ActivityTab

            tab = ActivityTab(self.opening, self.tabs)
        tab.changed.connect(self._on_change_in_tab)
        add_print_actions_to_tab(tab)
        tab.start(self.settings)
        return tab

    def _make_dashboard(self) -> QWidget:
        from wksbm_desktop.ui.tabs.dashboard_tab import DashboardTab

        tab = DashboardTab(self.opening, parent=self)
        tab.group_requested.connect(self.show_group)
        return tab

    def show_group(self, uuid: str) -> None:
        """A group picked on Ringkasan (the Program block's lists): shown in the Kelompok tab."""
        tab = self.group_tab
        self.tabs.setCurrentWidget(tab)
        tab.select_uuid(uuid)

    @property
    def dashboard(self) -> QWidget:
        return self._tab(DASHBOARD)

    @property
    def group_tab(self) -> ListTab:
        return self._list_tab(GROUPS)

    @property
    def member_tab(self) -> ListTab:
        return self._list_tab(MEMBERS)

    @property
    def activity_tab(self) -> ListTab:
        return self._list_tab(ACTIVITIES)

    def _list_tab(self, index: int) -> ListTab:
        tab = self._tab(index)
        assert isinstance(tab, ListTab)
        return tab

    @property
    def list_tabs(self) -> tuple[ListTab, ListTab, ListTab]:
        """All three list tabs (built here if not shown yet)."""
        return (self.group_tab, self.member_tab, self.activity_tab)

    def _built_list_tabs(self) -> list[ListTab]:
        widgets = (self.tabs.widget(index) for index in (GROUPS, MEMBERS, ACTIVITIES))
        return [widget for widget in widgets if isinstance(widget, ListTab)]

    def _on_tab_changed(self, index: int) -> None:
        widget = self._tab(index) if index >= 0 else None
        if isinstance(widget, ListTab):
            # Focus in the tab's search box: typing finds at once (a part of a NIK, a name),
            # Enter then selects the first row; the tab's own Ctrl+N shortcut answers too.
            widget.focus_search()

    # Menus
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(t("shell.menu.file"))
        self.file_menu.setObjectName("fileMenu")
        for section in FILE_SECTIONS:
            marker = self.file_menu.addSeparator()
            marker.setObjectName(f"fileSection_{section}")
            self._file_sections[section] = marker
        # Berkas → Laporan bulan lalu / Ekspor / Impor / Template (Konsolidasi kota: Dinas Sosial)
        self.excel_actions = install_excel_actions(self)
        self.print_actions = install_print_actions(self)
        settings_action = QAction(t("shell.action.office_settings"), self)
        settings_action.setObjectName("officeSettings")
        settings_action.triggered.connect(self.edit_office)
        self.add_file_action(settings_action, "settings")
        quit_action = QAction(t("shell.action.quit"), self)
        quit_action.setObjectName("quitApp")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.add_file_action(quit_action, "quit")
        self.data_menu = self._build_data_menu()
        self.duplicate_actions = DuplicateActions(self)  # Periksa data ganda (issue 18)
        self.programme_action = install_programme_action(self)  # Bantuan & pemantauan (issue 19)
        self.city_menu = self._build_city_menu()
        self.city_key_actions = install_city_key_actions(self)  # ui/city_key_actions.py
        self.help_menu = self._build_help_menu()
        self._build_report_button()

    def _build_city_menu(self) -> QMenu:
        """Dinas Sosial's tools, shown on a city installation only (until accounts and roles).

        A clerk's Berkas menu stays about the kelurahan; ``update_title`` shows this menu once
        the office is known (a city office has no kelurahan) or the database is a server.
        """
        menu = self.menuBar().addMenu(t("ui_main.menu.city"))
        menu.setObjectName("cityMenu")
        from wksbm_desktop.ui.excel.receive_action import receive_action

        self.receive_reports_action = receive_action(self)
        menu.addAction(self.receive_reports_action)
        menu.addAction(self.excel_actions["cityBoard"])
        from wksbm_desktop.ui.city.install import CityViews

        self.city_views = CityViews(self, menu)  # Status laporan, NIK ganda
        menu.addSeparator()
        self._add_server_action(menu)  # the PostgreSQL server, used at Dinas Sosial only
        menu.menuAction().setVisible(False)
        return menu

    def _build_help_menu(self) -> QMenu:
        menu = self.menuBar().addMenu(t("shell.menu.help"))
        menu.setObjectName("helpMenu")
        guide = menu.addAction(t("ui_main.action.guide"))
        guide.setObjectName("helpGuide")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        keys = menu.addAction(t("ui_main.action.shortcuts"))
        keys.setObjectName("helpShortcuts")
        keys.triggered.connect(self.show_shortcuts)
        menu.addSeparator()
        about = menu.addAction(t("shell.action.about"))
        about.setObjectName("aboutApp")
        about.triggered.connect(self.show_about)
        install_language_menu(self)  # Bantuan → Bahasa / Language (ui/language.py)
        return menu

    def _build_report_button(self) -> None:
        """Laporan bulan lalu, always in sight at the top right: the monthly report, two clicks."""
        button = QToolButton(self.tabs)
        button.setObjectName("lastMonthReportButton")
        button.setDefaultAction(self.excel_actions["exportLastMonth"])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setStyleSheet("QToolButton { font-weight: bold; padding: 2px 10px; }")
        self.tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)
        self.report_button = button
        # The month on the label follows the calendar when the window stays open overnight.
        self.file_menu.aboutToShow.connect(self.refresh_report_label)
        self._label_timer = QTimer(self, interval=60 * 60 * 1000)
        self._label_timer.timeout.connect(self.refresh_report_label)
        self._label_timer.start()

    def refresh_report_label(self) -> None:
        from wksbm_desktop.ui.excel.actions import last_month_text

        self.excel_actions["exportLastMonth"].setText(last_month_text())

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

    def _add_server_action(self, menu: QMenu) -> None:
        # The server dialog (and SQLAlchemy's URL parsing with it) is imported when chosen
        # rather than before the window shows.
        action = QAction(t("server.menu.action"), self)
        action.setObjectName("serverSettings")
        action.triggered.connect(self._open_server_dialog)
        menu.addAction(action)

    def _open_server_dialog(self) -> None:
        from wksbm_desktop.ui.setup.server_dialog import ServerDialog

        ServerDialog(self.settings, self).exec()

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
        install_rubric_action(self, menu)  # Rubrik tingkat kelompok (issue 19; Lurah / Admin)
        measures = menu.addAction(t("monitoring.measures.menu"))
        measures.setObjectName("indicatorMeasuresAction")  # hidden for roles that only read
        measures.triggered.connect(self._open_measures)
        menu.addSeparator()
        refresh = menu.addAction(t("shell.action.refresh"))
        refresh.setObjectName("refreshAll")
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        return menu

    def _open_measures(self) -> None:
        from wksbm_desktop.ui.programme.measures_dialog import open_measures_dialog

        open_measures_dialog(self, self.database)

    def _add_in_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        tab = self.tabs.widget(index)
        if isinstance(tab, ListTab):
            tab.add_action.trigger()

    # Status bar
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(t("shell.status_db", path=self.opening.label), self)
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
        from wksbm_desktop.core.queries import stats

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

    def _on_operation(self, database: object, changes: OpChanges, origin: QWidget | None) -> None:
        """An operation (ui/operations) committed: refresh what shows the records it changed."""
        if not self.opening.is_open or database is not self.opening.get():
            return  # another window's database (a test, or a restore's scratch copy)
        for tab in self._built_list_tabs():
            # The tab that asked reloads itself, keeping the row selected (ListTab._change).
            if origin is None or not (tab is origin or tab.isAncestorOf(origin)):
                tab.refresh_for(changes)
        if changes.touches(RECORDS):
            self.refresh_counts()
        if changes.touches(DASHBOARD_SHOWS):
            self._refresh_dashboard()
        self.data_changed.emit()

    def _on_change_in_tab(self) -> None:
        """A tab reports a change it made: its operation refreshed the rest (_on_operation).

        The counts are read again all the same (three small counts), so the status bar is
        right even after a write that did not come through an operation.
        """
        self.refresh_counts()
        self.data_changed.emit()

    def refresh_all(self) -> None:
        for tab in self._built_list_tabs():  # a tab not built yet loads fresh when shown
            tab.refresh()
        self.refresh_counts()
        self._refresh_dashboard()

    def _refresh_dashboard(self) -> None:
        # The dashboard reloads in the background, now if shown, else when next shown.
        refresh = getattr(self.tabs.widget(DASHBOARD), "refresh_later", None)
        if callable(refresh):
            refresh()

    # Office
    def update_title(self) -> None:
        from wksbm_desktop.core.domain.wilayah import kota_tangerang
        from wksbm_desktop.core.services.office import get_office

        with self.database.read_session() as session:
            office = get_office(session)
            code = office.kelurahan_code if office else None
            operator = office.operator_names if office else ""
        kelurahan = kota_tangerang().kelurahan_by_code(code) if code else None
        city = self._is_city_installation(office is not None, code)
        self.city_menu.menuAction().setVisible(city)
        show_city_key_actions(self.city_key_actions, city=city, kelurahan=bool(code))
        # Dinas Sosial sends no kelurahan report: it receives them (Dinas Sosial menu).
        sends_reports = office is None or bool(code)
        self.report_button.setVisible(sends_reports)
        self.excel_actions["exportLastMonth"].setVisible(sends_reports)
        if kelurahan is not None:
            self.setWindowTitle(t("shell.window_title", label=kelurahan.label))
        else:
            self.setWindowTitle(t("shell.window_title_city"))
        if operator and not self.database.operator:
            # The audit log records who acted: the first operator named for the office.
            self.database.operator = operator.split(",")[0].strip()

    def _is_city_installation(self, has_office: bool, kelurahan_code: str | None) -> bool:
        """A Dinas Sosial office has no kelurahan; only Dinas Sosial works on a database server
        (in use, or chosen and unreachable today: its menu is how to change that)."""
        if (has_office and not kelurahan_code) or not self.database.is_sqlite:
            return True
        from wksbm_desktop.ui.setup.server_dialog import SERVER_URL

        return bool(self.settings.get(SERVER_URL))

    def edit_office(self) -> None:
        from wksbm_desktop.ui.setup.office_dialog import run_setup

        if run_setup(self.database, self):
            self.update_title()

    def show_guide(self) -> None:
        from wksbm_desktop.ui.help.guide import show_guide

        show_guide(self)

    def show_shortcuts(self) -> None:
        from wksbm_desktop.ui.help.shortcuts import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        text = t("shell.about_text", version=__version__, database=self.database.label)
        QMessageBox.about(self, t("shell.about_title"), text)

    # Remembering the layout
    def _restore_settings(self) -> None:
        geometry = self.settings.get(ui_settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_size()
        index = self.settings.get(ui_settings.CURRENT_TAB)
        index = index if 0 <= index < self.tabs.count() else DASHBOARD
        self.tabs.setCurrentIndex(index)
        self._tab(index)  # the other tabs are built when first shown

    def _default_size(self) -> None:
        """1280×800, or less on a smaller screen (many kelurahan laptops have 1366×768)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))

    def save_settings(self) -> None:
        self.settings.set(ui_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(ui_settings.CURRENT_TAB, self.tabs.currentIndex())
        for tab in self._built_list_tabs():  # the others were not shown: nothing changed
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


def create_main_window(
    db_path: str | Path, settings: ui_settings.Settings | None = None
) -> MainWindow:
    """The main window for a database that already has an office (a QApplication must exist).

    A current local file shows at once with the first page of the Anggota list; the data
    layer is imported right after the first paint (ui/opening.py). The shell builds every
    window here: the first one, the one after a restore and the self-test's.
    """
    opening = DatabaseOpening.for_target(db_path)
    return MainWindow(opening, settings if settings is not None else ui_settings.Settings())
