"""The programme window: opened from the Kelompok tab and the Data menu, one per main window,
one group chooser for every page, read-only for a Pemantau and for a kelurahan's records."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QTabWidget, QToolButton, QWidget
from sqlalchemy import select, update

from tests.ui.conftest import tab_of
from tests.ui.test_account_screens import CLERK_PASSWORD, add_clerk, make_admin
from wksbm_desktop.core.domain.programme_inputs import AidInput, AidReportInput
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.services import accounts
from wksbm_desktop.ui.main_window import GROUPS
from wksbm_desktop.ui.operations import groups as group_ops
from wksbm_desktop.ui.operations import programme as ops
from wksbm_desktop.ui.programme.window import ProgrammeWindow, open_programme_window


class _Page(QWidget):
    """A page another part of the program adds: it is told the group."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str | None] = []

    def show_group(self, uuid: str | None) -> None:
        self.shown.append(uuid)


def _select_group(window, uuid: str):  # type: ignore[no-untyped-def]
    tab = tab_of(window, GROUPS)
    assert tab.select_uuid(uuid)
    return tab


def test_the_programme_button_opens_one_window_on_the_chosen_group(
    qtbot, main_window, group_uuid
) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(main_window, GROUPS)
    button = main_window.findChild(QToolButton, "programmeButton")
    shown = button.text().replace("&&", "&")  # "&&" is a plain "&" on screen
    assert shown == "Bantuan & pemantauan" and not button.isEnabled()  # no row yet
    _select_group(main_window, group_uuid)
    assert button.isEnabled()
    button.click()
    window = main_window.findChild(ProgrammeWindow, "programmeWindow")
    assert window is not None and window.isVisible() and window.isWindow()
    assert window.current_group() == group_uuid and window.group_combo.key() == group_uuid
    assert window.windowTitle().startswith("Bantuan & pemantauan · ")
    tabs = window.findChild(QTabWidget, "programmeTabs")
    assert tabs.tabText(0) == "Bantuan"
    assert "Modal usaha ternak kambing" in [row.purpose for row in window.aid_page.aid.rows]
    # Another group, then the button again: the same window, now on that group.
    other = tab.model.row_at(0).uuid if tab.model.row_at(0).uuid != group_uuid else (
        tab.model.row_at(1).uuid)  # fmt: skip
    tab.select_uuid(other)
    button.click()
    assert main_window.findChildren(ProgrammeWindow) == [window]
    assert window.current_group() == other and window.aid_page.group_uuid == other


def test_the_data_menu_opens_it_and_pages_follow_the_chooser(
    qtbot, main_window, group_uuid
) -> None:  # type: ignore[no-untyped-def]
    action = main_window.findChild(QAction, "programmeAction")
    assert action in main_window.data_menu.actions()
    _select_group(main_window, group_uuid)
    action.trigger()
    window = main_window.findChild(ProgrammeWindow, "programmeWindow")
    page = _Page()
    window.add_page(page, "Halaman lain")
    assert page.shown == [group_uuid]
    combo = window.group_combo
    other = next(combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) != group_uuid)
    combo.setCurrentIndex(combo.findData(other))
    assert window.aid_page.group_uuid == other  # the page in sight at once
    window.tabs.setCurrentWidget(page)  # the other page when it is shown
    assert page.shown[-1] == other


def test_the_window_follows_a_change_saved_elsewhere(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    before = len(window.aid_page.aid.rows)
    ops.save_aid(main_window, main_window.database, None, None,
                 AidInput(group_uuid, date(2025, 1, 5), "Mesin jahit", 3_000_000))  # fmt: skip
    qtbot.waitUntil(lambda: len(window.aid_page.aid.rows) == before + 1)


def test_the_group_detail_flags_an_overdue_lpj_in_words(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    aid = next(row for row in window.aid_page.aid.rows if row.purpose.startswith("Modal"))
    ops.save_report(main_window, main_window.database, None, None,
                    AidReportInput(aid.uuid, date(2025, 1, 15)))  # fmt: skip
    tab = _select_group(main_window, group_uuid)
    flag = main_window.findChild(QLabel, "groupDetailLpjOverdue")
    qtbot.waitUntil(lambda: flag.text() != "")
    assert flag.text() == (
        "LPJ terlambat sejak batas waktu 15-01-2025 (151 hari): Modal usaha ternak kambing."
    )
    assert tab.detail.form.isRowVisible(flag)
    sections = tab.detail.sections
    view = main_window.findChild(QTableView, "groupDetailAid")
    title = sections.tabText(sections.indexOf(view))
    assert title.startswith("Bantuan (") and title.endswith("LPJ terlambat")
    cells = [view.model().index(r, 2).data() for r in range(view.model().rowCount())]
    assert "TERLAMBAT (batas 15-01-2025)" in cells


def test_a_pemantau_reads_but_cannot_add(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database, Role.PEMANTAU)
    accounts.sign_in(database, "siti", CLERK_PASSWORD)
    window = open_programme_window(main_window, group_uuid)
    page = window.aid_page
    assert page.aid.rows  # reads
    for name in ("aidAddButton", "aidEditButton", "aidDisburseButton", "aidArchiveButton",
                 "disbursementEditButton", "reportEditButton"):  # fmt: skip
        assert not page.findChild(QPushButton, name).isVisible(), name
    page.add_aid()  # even asked directly: no form
    note = window.findChild(QLabel, "programmeReadOnly")
    assert note.isVisible() and "Pemantau" in note.text()


def test_a_kelurahan_s_group_at_the_city_is_read_only(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    with main_window.database.session() as session:
        session.execute(
            update(Group).where(Group.uuid == group_uuid).values(kelurahan_code="36.71.01.1001")
        )
        assert session.scalar(select(Group.kelurahan_code).where(Group.uuid == group_uuid))
    window = open_programme_window(main_window, group_uuid)
    assert not window.aid_page.findChild(QPushButton, "aidAddButton").isVisible()
    note = window.findChild(QLabel, "programmeReadOnly")
    assert note.isVisible() and "hanya dapat dibaca" in note.text()


def test_a_double_click_in_the_detail_opens_the_window_on_that_aid(
    qtbot, main_window, group_uuid
) -> None:  # type: ignore[no-untyped-def]
    _select_group(main_window, group_uuid)
    view = main_window.findChild(QTableView, "groupDetailAid")
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data().startswith("Modal"))
    assert main_window.findChild(ProgrammeWindow) is None
    main_window.group_tab.detail.aid.open_window(row)
    window = main_window.findChild(ProgrammeWindow, "programmeWindow")
    assert window.isVisible() and window.current_group() == group_uuid
    assert window.aid_page.current_aid().purpose == "Modal usaha ternak kambing"


def test_the_group_s_row_menu_offers_the_window(main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    tab = _select_group(main_window, group_uuid)
    menu = tab.row_menu()
    assert tab.programme_action in menu.actions() and tab.programme_action.isEnabled()
    menu.deleteLater()


def test_a_group_archived_while_shown_becomes_read_only(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    assert window.aid_page.findChild(QPushButton, "aidAddButton").isVisible()
    with main_window.database.read_session() as session:
        version = session.scalar(select(Group.version).where(Group.uuid == group_uuid))
    group_ops.archive_group(main_window, main_window.database, group_uuid, version)
    note = window.findChild(QLabel, "programmeReadOnly")
    qtbot.waitUntil(lambda: note.isVisible())
    assert "diarsipkan" in note.text()
    assert window.group_combo.currentText().endswith("(diarsipkan)")
    assert not window.aid_page.findChild(QPushButton, "aidAddButton").isVisible()
