"""What the Indikator and Kunjungan pages share: one group's records in a table, with buttons
to add, change, archive and restore, and a switch to the archived records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.programme_group import programme_group
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import changes as operation_changes
from wksbm_desktop.ui.tabs.widgets import make_list_view

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database

# A page reloads when the monitoring records or the groups themselves change.
SHOWS = OpChanges(monitoring=True, groups=True)


class RecordListPage(QWidget):
    """Subclasses name the page (``prefix``), read rows and open their editor."""

    prefix = ""
    headers: tuple[str, ...] = ()
    max_column_width = 260  # longer texts show whole when hovered
    no_rows_key = ""  # what the page says when the group has no record yet

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.group_uuid: str | None = None
        self.group_archived = False
        self.group_own = True
        self.rows: list[Any] = []
        self.setObjectName(f"{self.prefix}Page")
        self.empty = QLabel(t("monitoring.page.choose_group"), self)
        self.empty.setObjectName(f"{self.prefix}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.content = QWidget(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(self.content)
        self.heading.setObjectName(f"{self.prefix}Heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        layout.addLayout(self._build_buttons())
        self.archive_banner = QLabel(t("monitoring.page.archive_banner"), self.content)
        self.archive_banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px;"
        )
        self.archive_banner.setWordWrap(True)
        self.archive_banner.hide()
        layout.addWidget(self.archive_banner)
        self.table = make_list_view(f"{self.prefix}Table", self.content, sortable=False)
        self.model = TextTableModel([t(h) for h in self.headers], parent=self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.archive_current,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        layout.addWidget(self.table, 1)
        self.no_rows = QLabel(self.content)
        self.no_rows.setObjectName(f"{self.prefix}NoRows")
        self.no_rows.setWordWrap(True)
        self.no_rows.setStyleSheet("color: #555555; font-style: italic;")
        self.no_rows.hide()
        layout.addWidget(self.no_rows)
        self.build_below(layout)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.build_page(outer, self.stack)
        operation_changes.changed.connect(self._on_operation)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = self._button("Add", f"monitoring.{self.prefix}.add", self.add_record)
        self.edit_button = self._button("Edit", "monitoring.page.edit", self.edit_current)
        self.archive_button = self._button(
            "Archive", "monitoring.page.archive", self.archive_current
        )
        self.restore_button = self._button(
            "Restore", "monitoring.page.restore", self.restore_current
        )
        for button in (self.add_button, self.edit_button, self.archive_button,
                       self.restore_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.show_archived = QCheckBox(t("monitoring.page.show_archived"), self.content)
        self.show_archived.setObjectName(f"{self.prefix}ShowArchived")
        self.show_archived.toggled.connect(self._on_show_archived)
        row.addWidget(self.show_archived)
        return row

    def _button(self, name: str, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(t(key), self.content)
        button.setObjectName(f"{self.prefix}{name}")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # What subclasses provide.
    def build_below(self, layout: QVBoxLayout) -> None:
        """Add what shows under the table (a chart, the selected record in full)."""

    def build_page(self, outer: QVBoxLayout, records: QWidget) -> None:
        """Place the group's records on the page (a second list may stand beside them)."""
        outer.addWidget(records)

    def read(self, session: Session, uuid: str, archived: bool) -> tuple[str, bool, list[Any]]:
        """The heading, whether the group is archived, and the rows (archived ones or not)."""
        raise NotImplementedError

    def row_texts(self, row: Any) -> Sequence[str]:
        raise NotImplementedError

    def open_editor(self, row: Any | None) -> str | None:
        raise NotImplementedError

    def archive_record(self, row: Any) -> None:
        raise NotImplementedError

    def restore_record(self, row: Any) -> None:
        raise NotImplementedError

    def archive_question(self, row: Any) -> str:
        raise NotImplementedError

    def rows_shown(self, rows: list[Any]) -> None:
        """The rows were reloaded (for what is drawn from all of them)."""

    def row_selected(self, row: Any | None) -> None:
        """The current row changed."""

    # Showing a group.
    def show_group(self, uuid: str | None) -> None:
        """Show ``uuid``'s records (None: no group chosen)."""
        self.group_uuid = uuid
        self.reload()

    def reload(self, select: str | None = None) -> None:
        uuid = self.group_uuid
        if uuid is None:
            self.stack.setCurrentWidget(self.empty)
            self.rows = []
            self.model.set_rows([])
            self.rows_shown([])
            self._update_buttons()
            return
        with self.database.read_session() as session:
            heading, self.group_archived, self.rows = self.read(
                session, uuid, self.show_archived.isChecked()
            )
            group = programme_group(session, uuid)
        # At the city a kelurahan's records arrive with its report: they are read-only here.
        self.group_own = group is not None and group.own
        if self.group_archived:
            heading = t("monitoring.page.group_archived", heading=heading)
        self.heading.setText(heading)
        self.model.set_rows([self.row_texts(row) for row in self.rows])
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widest = self.max_column_width
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))
        self.stack.setCurrentWidget(self.content)
        archived = self.show_archived.isChecked()
        self.no_rows.setText(t("monitoring.page.no_archived" if archived else self.no_rows_key))
        self.no_rows.setVisible(not self.rows)
        self.rows_shown(self.rows)
        uuids = [row.uuid for row in self.rows]
        if select in uuids:
            self.table.selectRow(uuids.index(select))
        elif self.rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.row_selected(self.current_row())

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def may_record(self) -> bool:
        account = self.database.account
        return account is None or account.may(Permission.RECORD)

    def _update_buttons(self) -> None:
        archived = self.show_archived.isChecked()
        records = self.may_record()
        has_row = self.current_row() is not None
        live_group = self.group_uuid is not None and not self.group_archived and self.group_own
        for button in (self.add_button, self.edit_button, self.archive_button):
            button.setVisible(records and not archived)
        self.restore_button.setVisible(records and archived)
        self.add_button.setEnabled(live_group)
        self.edit_button.setEnabled(live_group and has_row)
        self.archive_button.setEnabled(live_group and has_row)
        self.restore_button.setEnabled(live_group and has_row)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.row_selected(self.current_row() if current.isValid() else None)

    def _on_show_archived(self, checked: bool) -> None:
        self.archive_banner.setVisible(checked)
        self.reload()

    def _on_operation(self, database: Database, changes: OpChanges, _origin: object) -> None:
        if database is self.database and changes.touches(SHOWS):
            self.refresh()

    def refresh(self) -> None:
        """Reread after a change (here or in another window), keeping the row selected."""
        self.reload(select=getattr(self.current_row(), "uuid", None))

    # Actions.
    def add_record(self) -> None:
        if self.may_record() and self.group_uuid is not None and not self.group_archived:
            self._after_edit(self.open_editor(None))

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or self.show_archived.isChecked() or not self.may_record():
            return
        if self.group_archived:
            return
        self._after_edit(self.open_editor(row))

    def _after_edit(self, saved: str | None) -> None:
        if saved:
            self.reload(select=saved)

    def archive_current(self) -> None:
        row = self.current_row()
        if row is None or self.show_archived.isChecked() or not self.may_record():
            return
        if not dialogs_util.ask_confirmation(self, self.archive_question(row)):
            return
        self._change(lambda: self.archive_record(row))

    def restore_current(self) -> None:
        row = self.current_row()
        if row is None or not self.show_archived.isChecked() or not self.may_record():
            return
        self._change(lambda: self.restore_record(row))

    def _change(self, operation: Callable[[], object]) -> None:
        try:
            operation()
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.refresh()
