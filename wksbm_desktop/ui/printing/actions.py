"""Print actions where the operator is: the group and activity lists, and the Berkas menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.excel.report.rows import Period
    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.tabs.base import ListTab
    from wksbm_desktop.ui.tasks import TaskHandle

# The data layer, QtPdf and QtPrintSupport are imported when something is printed: the main
# window installs these actions before its first paint (main_window._warm_up).
Make = Callable[["Session"], bytes]
# Per tab kind: (object name, text key, what the PDF is made of).
GROUP_DOCUMENTS = (
    ("printProfile", "ui_print.action.profile"),
    ("printLetter", "ui_print.action.letter"),
)
ACTIVITY_DOCUMENTS = (
    ("printAttendance", "ui_print.action.attendance"),
    ("printAttendanceFilled", "ui_print.action.attendance_filled"),
)


def print_document(
    parent: QWidget,
    database: Database,
    title: str,
    file_name: str,
    make: Make,
    unused: Callable[[], None] | None = None,
) -> TaskHandle:
    """Write the PDF in a worker (the window stays usable), then show Qt's print preview.

    ``unused`` runs when the preview is closed without printing or saving.
    """
    from wksbm_desktop.ui.printing import preview
    from wksbm_desktop.ui.tasks import TaskContext, run_task

    def work(_ctx: TaskContext) -> bytes:
        with database.session() as session:
            return make(session)

    def show(data: bytes) -> None:
        if not preview.show_preview(parent, data, title, file_name) and unused is not None:
            unused()

    return run_task(parent, t("ui_print.working", title=title), work, on_success=show)


def _print_letter(tab: ListTab, uuid: str, title: str, file_name: str) -> TaskHandle:
    """The letter takes the next number; closing its preview unprinted gives the number back."""
    from wksbm_desktop.documents.build import numbered_letter

    today = date.today()
    issued: list[str] = []

    def make(session: Session) -> bytes:
        data, number = numbered_letter(session, uuid, today)
        issued.append(number)
        return data

    def give_back() -> None:
        from wksbm_desktop.ui.operations.office import release_letter_number

        if issued:
            release_letter_number(tab, tab.database, issued[0], today)

    return print_document(tab, tab.database, title, file_name, make, give_back)


def _maker(name: str, uuid: str) -> Make:
    from wksbm_desktop.documents import build

    makers: dict[str, Make] = {
        "printProfile": lambda s: build.profile_pdf(s, uuid),
        "printAttendance": lambda s: build.attendance_pdf(s, uuid),
        "printAttendanceFilled": lambda s: build.attendance_pdf(s, uuid, filled=True),
    }
    return makers[name]


def print_from_tab(tab: ListTab, name: str) -> TaskHandle | None:
    """Print the document ``name`` of the tab's selected row; nothing when none is selected."""
    from wksbm_desktop.ui.excel.periods import compact_name

    row, uuid = tab.current_row(), tab.current_uuid()
    if row is None or uuid is None:
        return None
    record = tab.record_name(row)
    title = t(f"ui_print.title.{name}", name=record)
    file_name = f"{t(f'ui_print.file.{name}')}-{compact_name(record)[:40]}.pdf"
    if name == "printLetter":
        return _print_letter(tab, uuid, title, file_name)
    return print_document(tab, tab.database, title, file_name, _maker(name, uuid))


def add_tab_print_actions(tab: ListTab, documents: tuple[tuple[str, str], ...]) -> list[QAction]:
    """A "Cetak" button in the tab's toolbar and the same entries in the row's menu."""
    actions = []
    for name, key in documents:
        action = QAction(t(key), tab)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, n=name: print_from_tab(tab, n))
        actions.append(action)
    menu = QMenu(tab)
    menu.setObjectName(f"{tab.prefix}PrintMenu")
    menu.addActions(actions)
    button = QToolButton(tab)
    button.setObjectName(f"{tab.prefix}PrintButton")
    button.setText(t("ui_print.button"))
    button.setToolTip(t("ui_print.button_tip"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(menu)
    tab.toolbar.addSeparator()
    tab.toolbar.addWidget(button)
    tab.extra_row_actions = [None, *actions]
    tab.table.selectionModel().selectionChanged.connect(lambda *_a: _enable(tab, actions))
    _enable(tab, actions)
    return actions


def _enable(tab: ListTab, actions: list[QAction]) -> None:
    selected = tab.current_uuid() is not None
    for action in actions:
        action.setEnabled(selected)


def add_print_actions_to_tab(tab: Any) -> None:
    """Called by the main window for every list tab it builds; only groups and activities print."""
    from wksbm_desktop.ui.tabs.activity_tab import ActivityTab
    from wksbm_desktop.ui.tabs.group_tab import GroupTab

    if isinstance(tab, GroupTab):
        tab.print_actions = add_tab_print_actions(tab, GROUP_DOCUMENTS)
    elif isinstance(tab, ActivityTab):
        tab.print_actions = add_tab_print_actions(tab, ACTIVITY_DOCUMENTS)


def print_rekap(window: MainWindow, period: Period, today: date | None = None) -> TaskHandle:
    from wksbm_desktop.documents.build import rekap_pdf
    from wksbm_desktop.excel.report.export import period_text

    title = t("ui_print.title.rekap", period=period_text(period))
    name = f"{t('ui_print.file.rekap')}-{_period_slug(period)}.pdf"
    return print_document(
        window, window.database, title, name, lambda s: rekap_pdf(s, period, today)
    )


def _period_slug(period: Period) -> str:
    start = period.start.isoformat() if period.start else ""
    end = period.end.isoformat() if period.end else ""
    return f"{start}_{end}".strip("_") or t("ui_print.file.all")


def install_print_actions(window: MainWindow) -> dict[str, QAction]:
    """Berkas → Cetak rekap… (with the reports) and Kop surat dan kertas… (with the settings)."""
    rekap = QAction(t("ui_print.action.rekap"), window)
    rekap.setObjectName("printRekap")
    rekap.triggered.connect(lambda _checked=False: ask_rekap_period(window))
    window.add_file_action(rekap, "excel")
    letterhead = QAction(t("ui_print.action.letterhead"), window)
    letterhead.setObjectName("letterheadSettings")
    letterhead.triggered.connect(lambda _checked=False: open_letterhead_settings(window))
    window.add_file_action(letterhead, "settings")
    return {"printRekap": rekap, "letterheadSettings": letterhead}


def ask_rekap_period(window: MainWindow) -> TaskHandle | None:
    from wksbm_desktop.ui.printing.rekap_dialog import choose_rekap_period

    period = choose_rekap_period(window)
    return None if period is None else print_rekap(window, period)


def open_letterhead_settings(window: MainWindow) -> None:
    from wksbm_desktop.ui.printing.letterhead_dialog import edit_letterhead

    edit_letterhead(window, window.database)


def city_print_button(board: Any) -> QPushButton:
    """The city board's "Cetak rekap kota…": Rekap Kota of the files on the board, previewed."""
    button = QPushButton(t("ui_print.action.city"), board)
    button.setObjectName("boardPrint")
    button.clicked.connect(lambda _checked=False: print_city_rekap(board))
    return button


def print_city_rekap(board: Any) -> TaskHandle:
    from wksbm_desktop.ui.printing import preview
    from wksbm_desktop.ui.tasks import TaskContext, run_task

    files, database = list(board.files), board.database
    from_database = bool(getattr(board, "from_database", False))
    title = t("ui_print.title.city")

    def work(_ctx: TaskContext) -> bytes:
        from wksbm_desktop.documents.letterhead import letterhead_of, office_lines
        from wksbm_desktop.documents.page import Letterhead
        from wksbm_desktop.documents.rekap_kota import (
            city_sheet,
            city_sheet_of_database,
            render_city_rekap,
        )

        head = Letterhead(office_lines(None), "", None, "A4", "Tangerang", "", "", "", "")
        if database is not None:
            with database.read_session() as session:
                head = letterhead_of(session)
        if from_database and database is not None:  # the board shows the city database
            return render_city_rekap(city_sheet_of_database(database), head)
        return render_city_rekap(city_sheet(files), head)

    def show(data: bytes) -> None:
        preview.show_preview(board, data, title, "RekapKota.pdf")

    return run_task(board, t("ui_print.working", title=title), work, on_success=show)
