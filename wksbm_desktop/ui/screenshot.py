"""``--screenshot DIR``: render the main window at 1280×800 on each tab, one PNG per tab, and
the programme window on its Bantuan and Indikator pages."""

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
# The programme window (issue 19), on its first two pages.
PROGRAMME_NAMES = ("5-bantuan.png", "6-indikator.png")
SIZE = (1280, 800)
SETTLE_MS = 250


def settle(milliseconds: int = SETTLE_MS) -> None:
    """Let layouts, lazy loads and chart drawing finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QApplication.processEvents()


def take_screenshots(database: Database, folder: Path) -> list[Path]:
    """Write the PNGs; fresh settings, so saved column widths never leak into them."""
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
        written += _programme_screenshots(window, folder)
        window.close()
    return written


def _programme_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """The programme window on the group with the most records, one PNG per page."""
    from wksbm_desktop.core.queries.programme_group import showcase_group
    from wksbm_desktop.ui.programme.window import open_programme_window

    with window.database.read_session() as session:
        group = showcase_group(session)
    programme = open_programme_window(window, group)
    programme.resize(*SIZE)
    written = []
    for index, name in enumerate(PROGRAMME_NAMES):
        programme.tabs.setCurrentIndex(index)
        settle()
        path = folder / name
        if not programme.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    programme.close()
    return written
