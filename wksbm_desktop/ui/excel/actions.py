"""The Excel entries of the Berkas menu; the main window calls ``install_excel_actions`` once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard
    from wksbm_desktop.ui.main_window import MainWindow

# The dialogs are imported when first used: they bring openpyxl (and numpy through it), some
# half a second of start-up that the window does not need before the menu is opened.


def start_export(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.export_dialog import start_export as start

    start(window)


def export_last_month(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.export_dialog import export_last_month as export

    export(window)


def last_month_text() -> str:
    """Laporan bulan lalu (Oktober 2026)…: the month named, so the operator sees which."""
    from wksbm_desktop.ui.excel import periods
    from wksbm_desktop.ui.locale import month_year

    start = periods.quick_period("last_month", periods.today()).start
    assert start is not None
    return t("ui_main.action.last_month", month=month_year(start))


def download_template(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.template_action import download_template as download

    download(window, window.database, window.settings)


def open_city_board(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.city_board import open_city_board as open_board

    open_board(window, window.settings)


def install_excel_actions(window: MainWindow) -> dict[str, QAction]:
    """Add Laporan bulan lalu, Ekspor laporan, Impor dari Excel and Unduh template impor.

    Konsolidasi kota is made here too but placed by the main window in its Dinas Sosial menu.
    """
    entries = (
        ("exportLastMonth", last_month_text(), lambda: export_last_month(window)),
        ("exportReport", t("ui_excel.action.export"), lambda: start_export(window)),
        ("importExcel", t("ui_excel.action.import"), lambda: open_import_wizard(window)),
        ("downloadTemplate", t("ui_excel.action.template"), lambda: download_template(window)),
        ("cityBoard", t("ui_excel.action.city"), lambda: open_city_board(window)),
    )  # fmt: skip
    actions = {}
    for name, text, slot in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        if name != "cityBoard":
            window.add_file_action(action, "excel")
        actions[name] = action
    actions["exportLastMonth"].setToolTip(t("ui_main.action.last_month_tip"))
    actions["exportLastMonth"].setShortcut(QKeySequence("Ctrl+L"))
    actions["exportReport"].setShortcut(QKeySequence("Ctrl+E"))
    actions["importExcel"].setShortcut(QKeySequence("Ctrl+I"))
    return actions


def open_import_wizard(window: MainWindow) -> ImportWizard:
    """The wizard, window-modal but not blocking; a committed import refreshes the window."""
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard

    wizard = ImportWizard(window.database, window.settings, window)
    wizard.imported.connect(lambda _report: window.on_data_changed())
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
