"""Detail panels: what a narrow panel cuts (long names, the last tab titles) shows on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.ui.conftest import tab_of


def test_tab_titles_and_cut_names_have_tooltips(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(main_window, 1)
    view = main_window.findChild(QTableView, "groupTable")
    view.setCurrentIndex(tab.model.index(0, 0))
    sections = tab.detail.sections
    titles = [sections.tabText(i) for i in range(sections.count())]
    assert [sections.tabToolTip(i) for i in range(sections.count())] == titles
    people = main_window.findChild(QTableView, "groupDetailPeople").model()
    name = people.index(0, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()
