"""The Excel entries of the Berkas menu; the main window calls ``install_excel_actions`` once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard
    from wksbm_desktop.ui.main_window import MainWindow

# The dialogs are imported when first used: they bring openpyxl (and numpy through it), some
# half a second of start-up that the window does not need before the menu is opened.


def start_export(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.export_dialog import start_export as start

    start(window)


def download_template(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.template_action import download_template as download

    download(window, window.database, window.settings)


def open_city_board(window: MainWindow) -> None:
    from wksbm_desktop.ui.excel.city_board import open_city_board as open_board

    open_board(window, window.settings)


def install_excel_actions(window: MainWindow) -> dict[str, QAction]:
    """Add Ekspor laporan, Impor dari Excel, Unduh template impor and Konsolidasi kota."""
    entries = (
        ("exportReport", "ui_excel.action.export", lambda: start_export(window)),
        ("importExcel", "ui_excel.action.import", lambda: open_import_wizard(window)),
        ("downloadTemplate", "ui_excel.action.template", lambda: download_template(window)),
        ("cityBoard", "ui_excel.action.city", lambda: open_city_board(window)),
    )  # fmt: skip
    actions = {}
    for name, key, slot in entries:
        action = QAction(t(key), window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        window.add_file_action(action, "excel")
        actions[name] = action
    return actions


def open_import_wizard(window: MainWindow) -> ImportWizard:
    """The wizard, window-modal but not blocking; a committed import refreshes the window."""
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard

    wizard = ImportWizard(window.database, window.settings, window)
    wizard.imported.connect(lambda _report: window.on_data_changed())
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
