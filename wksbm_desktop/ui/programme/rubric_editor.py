"""Data > Rubrik tingkat kelompok: the office's checklist per level (issue 19, point 5).

Lurah / Admin only (Permission.SETTINGS): the criteria decide what each level means in the
office's figures. Per level: add, reword, move up or down, deactivate and reactivate. Answers
already recorded keep the words they were given (docs/programme-evidence.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import ASSESSMENT_LEVELS
from wksbm_desktop.core.queries.labels import level_label
from wksbm_desktop.core.queries.rubric import CriterionRow, rubric
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.operations import evidence as evidence_ops

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

ROW_KEY = Qt.ItemDataRole.UserRole
ACTION_NAME = "rubricEditor"  # ui/accounts/role_menus.py: Permission.SETTINGS


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The criterion's words from the operator, or None when cancelled (tests replace it)."""
    value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return value.strip() if ok else None


class LevelPage(QWidget):
    """The criteria of one level, in the office's order, the inactive ones greyed."""

    def __init__(self, editor: RubricEditor, level: str) -> None:
        super().__init__(editor.tabs)
        self.editor, self.level = editor, level
        self.setObjectName(f"rubricPage_{level}")
        self.list = QListWidget(self)
        self.list.setObjectName(f"rubricList_{level}")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(lambda _row: self.update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.reword())
        self.add_button = self._button("Add", "evidence_ui.rubric.add", self.add)
        self.reword_button = self._button("Reword", "evidence_ui.rubric.reword", self.reword)
        self.up_button = self._button("Up", "evidence_ui.rubric.up", lambda: self.move_by(-1))
        self.down_button = self._button("Down", "evidence_ui.rubric.down", lambda: self.move_by(1))
        self.active_button = self._button(
            "Active", "evidence_ui.rubric.deactivate", self.toggle_active
        )
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.reword_button,
            self.up_button,
            self.down_button,
            self.active_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.criteria: list[CriterionRow] = []

    def _button(self, name: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(t(key), self)
        button.setObjectName(f"rubric{name}_{self.level}")
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def fill(self, criteria: list[CriterionRow], keep: str | None = None) -> None:
        self.criteria = criteria
        chosen = self.current()
        current = keep or (chosen.uuid if chosen else None)
        self.list.clear()
        for number, criterion in enumerate(criteria, start=1):
            text = f"{number}. {criterion.text}"
            if not criterion.active:
                text += " " + t("evidence_ui.rubric.inactive_mark")
            item = QListWidgetItem(text)
            item.setData(ROW_KEY, criterion)
            if not criterion.active:
                item.setForeground(QColor("#888888"))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if criterion.uuid == current:
                self.list.setCurrentItem(item)
        self.update_buttons()

    def current(self) -> CriterionRow | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ROW_KEY)

    def update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = self.current()
        self.reword_button.setEnabled(chosen is not None)
        self.up_button.setEnabled(chosen is not None and row > 0)
        self.down_button.setEnabled(chosen is not None and row < len(self.criteria) - 1)
        self.active_button.setEnabled(chosen is not None)
        key = "evidence_ui.rubric.reactivate"
        if chosen is None or chosen.active:
            key = "evidence_ui.rubric.deactivate"
        self.active_button.setText(t(key))

    # Changes, each through its operation; a refusal is shown and the list reloaded.
    def add(self) -> None:
        title = t("evidence_ui.rubric.add_title", level=level_label(self.level))
        text = ask_text(self, title, t("evidence_ui.rubric.text_label"))
        if text:
            self.editor.change(
                lambda: evidence_ops.add_criterion(self, self.editor.database, self.level, text)
            )

    def reword(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        title = t("evidence_ui.rubric.reword_title", level=level_label(self.level))
        text = ask_text(self, title, t("evidence_ui.rubric.reword_label"), chosen.text)
        if text and text != chosen.text:
            self.editor.change(
                lambda: evidence_ops.reword_criterion(self, self.editor.database, chosen.uuid, text)
            )

    def move_by(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.criteria):
            return
        order = [criterion.uuid for criterion in self.criteria]
        order[row], order[target] = order[target], order[row]
        self.editor.change(
            lambda: evidence_ops.reorder_criteria(self, self.editor.database, self.level, order),
            keep=order[target],
        )

    def toggle_active(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        if chosen.active:
            question = t("evidence_ui.rubric.deactivate_confirm", text=chosen.text)
            if not dialogs_util.ask_confirmation(self, question):
                return
        self.editor.change(
            lambda: evidence_ops.set_criterion_active(
                self, self.editor.database, chosen.uuid, not chosen.active
            )
        )


class RubricEditor(QDialog):
    """One tab per level (Tumbuh to Mandiri) with its criteria and the buttons that change them."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("rubricEditor")
        self.setWindowTitle(t("evidence_ui.rubric.title"))
        layout = QVBoxLayout(self)
        intro = QLabel(t("evidence_ui.rubric.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rubricTabs")
        self.pages = {level: LevelPage(self, level) for level in ASSESSMENT_LEVELS}
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs, 1)
        close = QDialogButtonBox(self)
        close.addButton(t("evidence_ui.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 480)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        with self.database.read_session() as session:
            criteria = rubric(session, include_inactive=True)
        for index, (level, page) in enumerate(self.pages.items()):
            of_level = [criterion for criterion in criteria if criterion.level == level]
            page.fill(of_level, keep)
            active = sum(criterion.active for criterion in of_level)
            self.tabs.setTabText(
                index, t("evidence_ui.rubric.tab", level=level_label(level), count=active)
            )

    def change(self, operation: object, keep: str | None = None) -> bool:
        try:
            result = operation()  # type: ignore[operator]
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            self.reload()
            return False
        self.reload(keep or (result if isinstance(result, str) else None))
        return True


def install_rubric_action(window: QWidget, menu: QMenu) -> QAction:
    """Data > Rubrik tingkat kelompok…; the role decides whether it shows (role_menus.py)."""
    action = QAction(t("evidence_ui.rubric.menu"), window)
    action.setObjectName(ACTION_NAME)

    def open_editor() -> None:
        database = getattr(window, "database", None)
        if database is not None:
            RubricEditor(database, window).exec()

    action.triggered.connect(lambda _checked=False: open_editor())
    menu.addAction(action)
    return action
