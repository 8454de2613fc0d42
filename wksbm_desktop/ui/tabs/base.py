"""What every list tab shares: toolbar, as-you-type search, filters, SQL-sorted table, details."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui import settings as ui_settings
from wksbm_desktop.ui.models.paged import SEARCH_COUNT_CAP, PagedTableModel
from wksbm_desktop.ui.opening import DatabaseOpening
from wksbm_desktop.ui.operations import RECORDS, OpChanges
from wksbm_desktop.ui.tabs.widgets import FilterCombo, make_list_view

if TYPE_CHECKING:
    from wksbm_desktop.core.queries.common import ListRequest
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.details.base import DetailPanel

_log = logging.getLogger(__name__)
# Typed searches run in the background (models.background), each key at once: a newer key
# interrupts the older query, so no pause is needed to spare the GUI. 0 ms still merges the
# several text changes of one event (a paste) into one query.
SEARCH_DELAY_MS = 0
# A new record may sort far down the list: fetch at most this many pages to select it.
MAX_PAGES_TO_FIND = 25
DEFAULT_SPLIT = (830, 440)  # table : details, scaled to the window by QSplitter


class ListTab(QWidget):
    """Subclasses name their objects (``prefix``), build filters and say how to edit and archive."""

    prefix = ""
    count_key = ""
    search_what_key = ""
    archive_confirm_key = ""
    default_sort = (0, Qt.SortOrder.AscendingOrder)
    column_widths: tuple[int, ...] = ()
    # The kinds of record this list shows: an operation changing one of them refreshes it.
    shows: OpChanges = RECORDS
    changed = Signal()  # after a change made from this tab (a save, archive, restore...)

    def __init__(self, database: Database | DatabaseOpening, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opening = (
            database
            if isinstance(database, DatabaseOpening)
            else DatabaseOpening.open_now(database)
        )
        self._stale = False
        self._pending_detail: str | None = None
        self._filters: dict[str, FilterCombo] = {}
        self.model: PagedTableModel[Any] = self.make_model()
        # Until the data layer is imported the panel is its "choose a row" text (the same look).
        self._detail: DetailPanel | QLabel = (
            self.make_detail() if self.opening.is_open else self._detail_placeholder()
        )
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_as_typed)
        self._build()
        if self.opening.is_open:
            self.refresh_filter_options()  # else when the data layer is here (database_opened)

    @property
    def database(self) -> Database:
        """The open database (imported and opened here if the window started quickly)."""
        return self.opening.get()

    def _detail_placeholder(self) -> QLabel:
        label = QLabel(t("shell.list.no_selection"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: palette(mid);")
        label.setWordWrap(True)
        return label

    def database_opened(self) -> None:
        """The data layer is here: the real detail panel and the filter choices follow."""
        self.detail.show_record(self._pending_detail)
        self.refresh_filter_options()

    @property
    def detail(self) -> DetailPanel:
        """The detail panel (built here, with the data layer, if the window started quickly)."""
        if isinstance(self._detail, QLabel):
            placeholder = self._detail
            panel = self.make_detail()
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, panel)
            self.splitter.setSizes(sizes)
            placeholder.deleteLater()
            self._detail = panel
        return self._detail

    def _show_detail(self, uuid: str | None) -> None:
        if isinstance(self._detail, QLabel) and not self.opening.is_open:
            # The window has just shown: the panel follows with the data layer (database_opened).
            self._pending_detail = uuid
            return
        self.detail.show_record(uuid)

    # What subclasses provide
    def make_model(self) -> PagedTableModel[Any]:
        raise NotImplementedError

    def make_detail(self) -> DetailPanel:
        raise NotImplementedError

    def build_filters(self, layout: QHBoxLayout) -> None:
        """Add the tab's filter combos to the search row (via ``add_filter``)."""

    def refresh_filter_options(self) -> None:
        """Reload choices that come from the data (RW numbers, group names...)."""

    def filter_values(self) -> dict[str, Any]:
        return {name: combo.value() for name, combo in self._filters.items()}

    def open_editor(self, uuid: str | None) -> str | None:
        raise NotImplementedError

    def archive_record(self, uuid: str, version: int) -> None:
        """Archive through the tab's operation (ui/operations); core errors are raised."""
        raise NotImplementedError

    def restore_record(self, uuid: str) -> None:
        raise NotImplementedError

    def record_name(self, row: Any) -> str:
        return str(getattr(row, "name", ""))

    # Building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._build_toolbar_row())
        layout.addLayout(self._build_search_row())
        self.archive_banner = QLabel(t("shell.list.archive_banner"), self)
        self.archive_banner.setObjectName(f"{self.prefix}ArchiveBanner")
        self.archive_banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px;"
        )
        self.archive_banner.setVisible(False)
        layout.addWidget(self.archive_banner)
        self.table = make_list_view(f"{self.prefix}Table", self)
        self.table.setModel(self.model)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.prefix}Splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self._connect_table()

    def _build_toolbar_row(self) -> QHBoxLayout:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName(f"{self.prefix}Toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action("Add", "shell.list.add", "shell.list.add_tip", self._on_add)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = self._action(
            "Edit", "shell.list.edit", "shell.list.edit_tip", self.edit_current
        )
        self.archive_action = self._action(
            "Archive", "shell.list.archive", "shell.list.archive_tip", self.archive_current
        )
        self.restore_action = self._action(
            "Restore", "shell.list.restore", "shell.list.restore_tip", self.restore_current
        )
        self.toolbar.addSeparator()
        self.show_archive_action = self._action(
            "ShowArchive", "shell.list.show_archive", "shell.list.show_archive_tip", None
        )
        self.show_archive_action.setCheckable(True)
        self.show_archive_action.toggled.connect(self._on_show_archive)
        self.restore_action.setVisible(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{self.prefix}Count")
        self.count_label.setStyleSheet("font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.toolbar)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    def _action(
        self,
        name: str,
        text_key: str,
        tip_key: str,
        slot: Callable[[], Any] | None,
        on_toolbar: bool = True,
    ) -> QAction:
        action = QAction(t(text_key), self)
        action.setObjectName(f"{self.prefix}{name}")
        action.setToolTip(t(tip_key))
        # Each tab has its own Tambah: the shortcut must act only in the visible tab.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if on_toolbar:
            self.toolbar.addAction(action)
            self.toolbar.widgetForAction(action).setObjectName(f"{self.prefix}{name}Button")
        return action

    # The row's menu (right click, the Menu key or Shift+F10 on the table)
    def row_menu_actions(self) -> list[QAction | None]:
        """What the row's menu offers, None for a separator; subclasses add their own."""
        actions = [self.edit_action, None, self.archive_action, self.restore_action]
        return [*actions, *self.extra_row_actions]

    # Entries other parts of the program add to the row's menu (ui/printing/actions.py).
    extra_row_actions: list[QAction | None] = []  # noqa: RUF012 - replaced, never mutated
    print_actions: list[QAction] = []  # noqa: RUF012 - the Cetak entries, when the tab has any

    def row_menu(self) -> QMenu:
        menu = QMenu(self.table)
        menu.setObjectName(f"{self.prefix}RowMenu")
        for action in self.row_menu_actions():
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        return menu

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.select_row(index.row())
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _build_search_row(self) -> QHBoxLayout:
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self.prefix}Search")
        self.search.setPlaceholderText(
            t("shell.list.search_placeholder", what=t(self.search_what_key))
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        self.build_filters(row)
        return row

    def add_filter(
        self, layout: QHBoxLayout, name: str, label_key: str, characters: int = 11
    ) -> FilterCombo:
        """A labelled filter combo named ``<prefix>Filter<Name>`` that re-runs the query."""
        object_name = f"{self.prefix}Filter{name[:1].upper()}{name[1:]}"
        combo = FilterCombo(object_name, characters, self)
        label = QLabel(t(label_key), self)
        label.setBuddy(combo)
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addWidget(combo)
        combo.currentIndexChanged.connect(lambda _index: self.apply_request())
        self._filters[name] = combo
        return combo

    def filter_combo(self, name: str) -> FilterCombo:
        return self._filters[name]

    def _connect_table(self) -> None:
        self.model.totalChanged.connect(self._on_total_changed)
        self._reselect_after_load: str | None = None
        self.model.loaded.connect(self._on_loaded_later)
        self.model.failed.connect(self._on_query_failed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_current),
            (Qt.Key.Key_Enter, self.edit_current),
            (Qt.Key.Key_Delete, self._on_delete_key),
        ):
            QShortcut(
                QKeySequence(key), self.table, slot, context=Qt.ShortcutContext.WidgetShortcut
            )
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_actions()

    def start(self, settings: ui_settings.Settings | None = None) -> None:
        """Restore column widths and splitter, then run the first query in header order."""
        header = self.table.horizontalHeader()
        restored = settings is not None and header.restoreState(
            settings.get(ui_settings.header_state(self.prefix))
        )
        if not restored:
            for column, width in enumerate(self.column_widths):
                header.resizeSection(column, width)
            header.setSortIndicator(*self.default_sort)
        state = settings.get(ui_settings.splitter_state(self.prefix)) if settings else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.table.setSortingEnabled(True)  # calls model.sort(): the first query runs here
        if self.model.rowCount() == 0 and not self.model.quick:
            self.apply_request()

    def save_state(self, settings: ui_settings.Settings) -> None:
        settings.set(
            ui_settings.header_state(self.prefix), self.table.horizontalHeader().saveState()
        )
        settings.set(ui_settings.splitter_state(self.prefix), self.splitter.saveState())

    # Loading
    def current_request(self) -> ListRequest:
        return replace(
            self.model.request,
            search=self.search.text(),
            filters=self.filter_values(),
            archived=self.show_archive_action.isChecked(),
        )

    def apply_request(self) -> None:
        """Re-run the list query with the search text, filters and archive choice on screen."""
        self._search_timer.stop()
        selected = self.current_uuid()
        self.model.set_request(self.current_request())
        self._reselect(selected)

    def search_as_typed(self) -> None:
        """The same, off the GUI thread: the answer is shown when it arrives (``model.loaded``)."""
        self._reselect_after_load = self.current_uuid()
        self.model.request_later(self.current_request())

    def _on_loaded_later(self) -> None:
        selected, self._reselect_after_load = self._reselect_after_load, None
        if selected is not None:
            self._reselect(selected)

    def _on_query_failed(self, _message: str) -> None:
        dialogs_util.show_error(self, t("perf.search_failed"))

    def refresh(self) -> None:
        """Reload after a change made here or elsewhere; lazily when the tab is hidden."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh_filter_options()
        self.apply_request()

    def refresh_for(self, changes: OpChanges) -> None:
        """An operation elsewhere committed ``changes``: reload if this list shows any of them."""
        if changes.touches(self.shows):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _reselect(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid) if uuid else None
        if row is None:
            self._show_detail(None)
            self._update_actions()
            return
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def select_uuid(self, uuid: str) -> bool:
        """Select a record, fetching further pages when it sorts beyond those loaded."""
        for _ in range(MAX_PAGES_TO_FIND):
            row = self.model.row_of(uuid)
            if row is not None:
                self.select_row(row)
                return True
            if not self.model.canFetchMore(QModelIndex()):
                break
            self.model.fetchMore(QModelIndex())
        return False

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_uuid(self) -> str | None:
        row = self.current_row()
        return getattr(row, "uuid", None) if row is not None else None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Slots
    def _on_total_changed(self, total: int) -> None:
        if self.model.counting:
            count = "…"  # the rows are shown, their count follows in a moment
        elif self.model.total_is_exact:
            count = thousands(total)
        else:  # a broad search counts its matches only up to the cap
            count = t("perf.count_more", count=thousands(SEARCH_COUNT_CAP))
        self.count_label.setText(t(self.count_key, count=count))

    def _on_model_reset(self) -> None:
        self._show_detail(None)
        self._update_actions()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.current_uuid() if current.isValid() else None)
        self._update_actions()

    def _on_search_return(self) -> None:
        self.apply_request()
        if self.model.rowCount() > 0:
            self.select_row(0)
            self.table.setFocus()

    def _on_show_archive(self, checked: bool) -> None:
        self.archive_banner.setVisible(checked)
        self.apply_request()

    def _on_delete_key(self) -> None:
        if self.show_archive_action.isChecked() or not self.may_record():
            return
        self.archive_current()

    def _update_actions(self) -> None:
        archive_mode = self.show_archive_action.isChecked()
        has_row = self.current_row() is not None
        # A row chosen must not bring back what the role hid (ui/accounts/role_menus.py).
        records = self.may_record()
        self.add_action.setEnabled(records and not archive_mode)
        self.edit_action.setEnabled(records and has_row and not archive_mode)
        self.archive_action.setVisible(records and not archive_mode)
        self.archive_action.setEnabled(records and has_row and not archive_mode)
        self.restore_action.setVisible(records and archive_mode)
        self.restore_action.setEnabled(records and has_row and archive_mode)

    def may_record(self) -> bool:
        """Whether the signed-in role records (without accounts, or before opening: yes)."""
        account = self.database.account if self.opening.is_open else None
        return account is None or account.may(Permission.RECORD)

    # Actions
    def _on_add(self) -> None:
        self._edit(None)

    def edit_current(self) -> None:
        uuid = self.current_uuid()
        if uuid is None or self.show_archive_action.isChecked():
            return
        self._edit(uuid)

    def _edit(self, uuid: str | None) -> None:
        if not self.may_record():
            return  # a Pemantau reads in the detail panel; editors are for those who record
        try:
            saved = self.open_editor(uuid)
        except ImportError:
            _log.exception("editor forms could not be imported")
            dialogs_util.show_info(self, t("shell.list.forms_missing"))
            return
        if saved:
            self.refresh_filter_options()
            self.apply_request()
            self.select_uuid(saved)
            self.changed.emit()

    def archive_current(self) -> None:
        row = self.current_row()
        if row is None or self.show_archive_action.isChecked():
            return
        question = t(self.archive_confirm_key, name=self.record_name(row))
        if not dialogs_util.ask_confirmation(self, question):
            return
        self._change(lambda: self.archive_record(row.uuid, row.version))

    def restore_current(self) -> None:
        row = self.current_row()
        if row is None or not self.show_archive_action.isChecked():
            return
        self._change(lambda: self.restore_record(row.uuid))

    def _change(self, operation: Callable[[], object]) -> bool:
        """Run one operation (ui/operations) for one click; a core error becomes a message."""
        try:
            operation()
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            self.apply_request()
            return False
        self.refresh_filter_options()
        self.apply_request()
        self.changed.emit()
        return True
