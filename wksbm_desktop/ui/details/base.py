"""The frame every detail panel shares: a heading, a form of facts and tabs of small tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.history import HistorySection
from wksbm_desktop.ui.details.notices import NoticeBox
from wksbm_desktop.ui.models.simple import TextTableModel

FIELD = "shell.detail.field."
COLUMN = "shell.detail.col."

D = TypeVar("D")  # the core's frozen detail row: GroupDetail, MemberDetail, ActivityDetail


class DetailTable(NamedTuple):
    """One tab of small tables: the view and the rows it shows."""

    view: QTableView
    model: TextTableModel


class DetailPanel(QWidget, Generic[D]):
    """Shows one record: subclasses add facts and tables in ``build``, ``read`` the core's
    detail row and ``fill`` the panel from it; every panel ends with its Riwayat tab."""

    def __init__(self, database: Database, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName(object_name)
        self._stack = QStackedWidget(self)
        self._empty = QLabel(t("shell.list.no_selection"), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setStyleSheet("color: palette(mid);")
        self._empty.setWordWrap(True)
        self._content = QWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._build_content()
        self.build()
        self.history = HistorySection(self)
        # Notices from Dinas Sosial about this record (a kelurahan's feedback files).
        self.notices = NoticeBox(self)
        self._content_layout.insertWidget(2, self.notices)  # under the heading and its note

    def _build_content(self) -> None:
        layout = self._content_layout = QVBoxLayout(self._content)
        layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel(self._content)
        self.heading.setObjectName(f"{self.objectName()}Heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(t("shell.detail.archived_note"), self._content)
        self.note.setStyleSheet("color: #a05a00; font-weight: bold;")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(3)
        self.sections = QTabWidget(self._content)
        self.sections.setObjectName(f"{self.objectName()}Sections")
        self.sections.setCornerWidget(self._section_list(), Qt.Corner.TopRightCorner)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.sections, 1)
        self._fields: dict[str, QLabel] = {}

    def _section_list(self) -> QToolButton:
        """Every tab by name in one menu: a narrow panel shows only the first few titles and
        scroll arrows, and a group's Lampiran or Riwayat would otherwise go unnoticed."""
        button = QToolButton(self.sections)
        button.setObjectName(f"{self.objectName()}SectionList")
        button.setText(t("shell.detail.sections_menu") + " ▾")
        # The style's own arrow sits on the text's last letters: the text carries one.
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        button.setToolTip(t("shell.detail.sections_menu_tip"))
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_section_list(menu))
        button.setMenu(menu)
        return button

    def _fill_section_list(self, menu: QMenu) -> None:
        menu.clear()
        for index in range(self.sections.count()):
            action = menu.addAction(self.sections.tabText(index))
            action.setCheckable(True)
            action.setChecked(index == self.sections.currentIndex())
            action.triggered.connect(lambda _on, i=index: self.sections.setCurrentIndex(i))

    # What subclasses provide.
    def build(self) -> None:
        """Add the facts (``add_fields``) and tables (``add_table``), in the order shown."""
        raise NotImplementedError

    def read(self, session: Session, uuid: str) -> D | None:
        """The record's detail row from the core; None when it no longer exists."""
        raise NotImplementedError

    def fill(self, detail: D) -> None:
        raise NotImplementedError

    # Building blocks.
    def add_fields(self, *names: str) -> None:
        """Facts shown as "label: value", labelled by ``shell.detail.field.<name>``."""
        for name in names:
            value = QLabel(self._content)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(t(FIELD + name) + ":", self._content)
            label.setStyleSheet("color: #555;")
            self.form.addRow(label, value)
            self._fields[name] = value

    def set_fields(self, **texts: str) -> None:
        """Fill facts by name; an empty one is hidden rather than shown as a blank line."""
        for name, text in texts.items():
            value = self._fields[name]
            value.setText(text)
            self.form.setRowVisible(value, bool(text))

    def show_heading(self, text: str, archived: bool) -> None:
        self.heading.setText(text)
        self.note.setVisible(archived)

    def add_table(self, name: str, *columns: str) -> DetailTable:
        """A tab whose view is named ``<panel><name>``, headed by ``shell.detail.col.<column>``."""
        return self.add_section([t(COLUMN + column) for column in columns], name)

    def add_section(self, headers: Sequence[str], name: str) -> DetailTable:
        model = TextTableModel(headers, parent=self)
        view = QTableView(self.sections)
        view.setObjectName(f"{self.objectName()}{name}")
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sections.addTab(view, "")
        return DetailTable(view, model)

    def fill_table(self, table: DetailTable, title_key: str, rows: Sequence[Sequence[str]]) -> None:
        """Show ``rows`` under a tab title that counts them (``title_key`` takes ``count``)."""
        self.set_section(table, t(title_key, count=thousands(len(rows))), rows)

    def set_section(self, table: DetailTable, title: str, rows: Sequence[Sequence[str]]) -> None:
        view, model = table
        model.set_rows(rows)
        index = self.sections.indexOf(view)
        self.sections.setTabText(index, title)
        # A narrow panel scrolls its tabs and cuts the last title: hovering names it whole.
        self.sections.setTabToolTip(index, title)
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 170))

    # Showing a record.
    def show_record(self, uuid: str | None) -> None:
        if uuid is None or not self.load(uuid):
            self._stack.setCurrentWidget(self._empty)
            return
        self._stack.setCurrentWidget(self._content)

    def load(self, uuid: str) -> bool:
        """Fill the panel for ``uuid``; False when the record no longer exists."""
        with self.database.read_session() as session:
            detail = self.read(session, uuid)
        if detail is None:
            return False
        self.fill(detail)
        self.history.load(uuid)
        self.notices.load(uuid)
        return True

    @property
    def is_showing_record(self) -> bool:
        return self._stack.currentWidget() is self._content
