"""Pemberitahuan Dinas Sosial: every notice from the feedback files, unread first, markable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.queries.notices import NoticeRow, all_notices
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.notices.events import notice_events
from wksbm_desktop.ui.notices.texts import kind_text, local_text, record_text, state_text
from wksbm_desktop.ui.operations.notices import mark_notices_read

COLUMNS = ("state", "received", "kind", "record", "message")
WIDTHS = (70, 120, 110, 200)


def notice_cells(row: NoticeRow) -> tuple[str, ...]:
    return (state_text(row), local_text(row.received_at), kind_text(row), record_text(row),
            row.message)  # fmt: skip


class NoticesView(QDialog):
    """The list on top, the chosen notice in full below, "Tandai sudah dibaca" at the bottom."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticesView")
        self.setWindowTitle(t("city_output.notices.title"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.database = database
        self.rows: list[NoticeRow] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("noticesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [t(f"city_output.notices.col.{name}") for name in COLUMNS]
        self.model = TextTableModel(headers, parent=self)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("noticeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        layout.addLayout(self._buttons())
        self.resize(1000, 560)
        notice_events().changed.connect(self._on_notices_changed)
        self.reload()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("noticesTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.read_button = QPushButton(t("city_output.notices.mark_read"), self)
        self.read_button.setObjectName("markNoticesRead")
        self.read_button.clicked.connect(self.mark_selected_read)
        self.read_all_button = QPushButton(t("city_output.notices.mark_all_read"), self)
        self.read_all_button.setObjectName("markAllNoticesRead")
        self.read_all_button.clicked.connect(self.mark_all_read)
        close = QPushButton(t("city_output.notices.close"), self)
        close.clicked.connect(self.close)
        row.addWidget(self.read_button)
        row.addWidget(self.read_all_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def _on_notices_changed(self) -> None:
        if self.isVisible():  # a hidden window reloads when shown again (open_notices)
            self.reload()

    def reload(self) -> None:
        with self.database.read_session() as session:
            self.rows = all_notices(session)
        self.model.set_rows([notice_cells(row) for row in self.rows])
        unread = sum(1 for row in self.rows if row.unread)
        if self.rows:
            text = t("city_output.notices.summary", count=len(self.rows), unread=unread)
        else:
            text = t("city_output.notices.empty")
        self.summary.setText(text)
        self.read_all_button.setEnabled(unread > 0)
        self._on_selection_changed()

    def selected(self) -> list[NoticeRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row] for row in rows if row < len(self.rows)]

    def _on_selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.read_button.setEnabled(any(row.unread for row in chosen))
        if len(chosen) == 1:
            row = chosen[0]
            sent, source = local_text(row.sent_at) or "-", row.source or "-"
            text = t("city_output.notices.detail", record=record_text(row), source=source,
                     sent=sent, message=row.message)  # fmt: skip
            self.detail.setText(text)
        else:
            self.detail.setText(t("city_output.notices.choose"))

    def mark_selected_read(self) -> None:
        self._mark([row.uuid for row in self.selected() if row.unread])

    def mark_all_read(self) -> None:
        self._mark([row.uuid for row in self.rows if row.unread])

    def _mark(self, uuids: list[str]) -> None:
        mark_notices_read(self, self.database, uuids)  # this window reloads with the others


def open_notices(parent: QWidget, database: Database) -> NoticesView:
    """Show the window (one per main window; a second click brings it forward)."""
    view = parent.findChild(NoticesView, "noticesView")
    if view is None:
        view = NoticesView(database, parent)
    else:
        view.reload()
    view.show()
    view.raise_()
    view.activateWindow()
    return view
