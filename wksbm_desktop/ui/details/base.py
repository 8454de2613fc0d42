"""The frame every detail panel shares: a heading, a form of facts and tabs of small tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.simple import TextTableModel


class DetailPanel(QWidget):
    """Shows one record; subclasses fill ``show_record`` from a core detail query."""

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

    def _build_content(self) -> None:
        layout = QVBoxLayout(self._content)
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
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.sections, 1)
        self._fields: dict[str, QLabel] = {}

    def add_field(self, key: str) -> QLabel:
        value = QLabel(self._content)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(t(key) + ":", self._content)
        label.setStyleSheet("color: #555;")
        self.form.addRow(label, value)
        self._fields[key] = value
        return value

    def set_field(self, key: str, text: str) -> None:
        """Fill a fact; an empty one is hidden rather than shown as a blank line."""
        value = self._fields[key]
        value.setText(text)
        self.form.setRowVisible(value, bool(text))

    def add_section(self, headers: Sequence[str], name: str) -> tuple[QTableView, TextTableModel]:
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
        return view, model

    def set_section(
        self, view: QTableView, model: TextTableModel, title: str, rows: Sequence[Sequence[str]]
    ) -> None:
        model.set_rows(rows)
        self.sections.setTabText(self.sections.indexOf(view), title)
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 170))

    def show_record(self, uuid: str | None) -> None:
        if uuid is None or not self.load(uuid):
            self._stack.setCurrentWidget(self._empty)
            return
        self._stack.setCurrentWidget(self._content)

    def load(self, uuid: str) -> bool:
        """Fill the panel for ``uuid``; False when the record no longer exists."""
        raise NotImplementedError

    @property
    def is_showing_record(self) -> bool:
        return self._stack.currentWidget() is self._content
