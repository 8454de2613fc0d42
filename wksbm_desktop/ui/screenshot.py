"""``--screenshot DIR``: render the main window at 1280×800 on each tab, one PNG per tab."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui.main_window import MainWindow
from wksbm_desktop.ui.settings import Settings
from wksbm_desktop.ui.tabs.base import ListTab
from wksbm_desktop.ui.tabs.dashboard_tab import DashboardTab

FILE_NAMES = ("1-ringkasan.png", "2-kelompok.png", "3-anggota.png", "4-kegiatan.png")
SIZE = (1280, 800)
SETTLE_MS = 250


def settle(milliseconds: int = SETTLE_MS) -> None:
    """Let layouts, lazy loads and chart drawing finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QApplication.processEvents()


def take_screenshots(database: Database, folder: Path) -> list[Path]:
    """Write the four PNGs; fresh settings, so saved column widths never leak into them."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(database, Settings(Path(scratch) / "screenshot.ini"))
        window.resize(*SIZE)
        window.show()
        for index, name in enumerate(FILE_NAMES):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.widget(index)
            if isinstance(tab, ListTab) and tab.model.rowCount() > 0:
                tab.select_row(0)
            if isinstance(tab, DashboardTab) and tab.busy:
                tab.refresh()  # figures loading in the background: read them now
            settle()
            path = folder / name
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
        window.close()
    return written
