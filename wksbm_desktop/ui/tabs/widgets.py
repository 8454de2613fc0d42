"""Small building blocks shared by the list tabs: the table view and the filter combo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from wksbm_desktop.i18n import t


def make_list_view(
    object_name: str, parent: QWidget | None = None, *, sortable: bool = True
) -> QTableView:
    """A row-selecting table tuned for long lists (fixed row height, no grid); ``sortable``
    shows the header's sort arrow (the list tabs sort by clicking it)."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    # A fixed row height lets Qt skip measuring rows: essential with 100,000 of them.
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(sortable)
    return view


class FilterCombo(QComboBox):
    """A filter choice whose first entry ("Semua") means no filter; data is the filter value."""

    def __init__(
        self, object_name: str, characters: int = 11, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # Sized by characters, so the window still fits a 1024-pixel screen;
        # the drop-down list itself widens to show long names whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.view().setMinimumWidth(220)
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, Any]], all_text: str = "") -> None:
        """Replace the choices, keeping the current one when it is still offered."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(all_text or t("shell.list.filter_all"), None)
        for text, value in choices:
            self.addItem(text, value)
        position = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(position, 0))
        self.blockSignals(False)

    def value(self) -> Any:
        return self.currentData()
