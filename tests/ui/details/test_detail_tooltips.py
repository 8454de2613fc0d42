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


def test_the_section_list_names_every_tab_and_opens_the_one_chosen(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolButton

    tab = tab_of(main_window, 1)
    view = main_window.findChild(QTableView, "groupTable")
    view.setCurrentIndex(tab.model.index(0, 0))
    sections = tab.detail.sections
    button = main_window.findChild(QToolButton, "groupDetailSectionList")
    assert button is sections.cornerWidget() and button.text().startswith("Semua bagian")
    menu = button.menu()
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    assert titles == [sections.tabText(i) for i in range(sections.count())]
    assert sections.count() >= 7 and any(title.startswith("Riwayat") for title in titles)
    assert [a.isChecked() for a in menu.actions()][sections.currentIndex()]
    menu.actions()[-1].trigger()  # the last tab, the one a narrow panel hides first
    assert sections.currentIndex() == sections.count() - 1
