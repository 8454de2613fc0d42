"""Helpers shared by the Excel screens: folders, opening results, running core calls as tasks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.settings import Setting, Settings
from wksbm_desktop.ui.tasks import TaskCancelled, TaskContext

T = TypeVar("T")
LAST_FOLDER = Setting("excel/last_folder", "")


def xlsx_filter() -> str:
    return t("ui_excel.filter_xlsx")


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the system (Explorer, Excel); tests replace this."""
    return QDesktopServices.openUrl(url)


def open_folder(path: Path) -> None:
    open_url(QUrl.fromLocalFile(str(path.parent)))


def open_file(path: Path) -> None:
    open_url(QUrl.fromLocalFile(str(path)))


def offer_open_folder(parent: QWidget | None, text: str, path: Path) -> None:
    """Say what was written and offer to show it in its folder."""
    question = f"{text}\n\n{t('ui_excel.open_folder_question')}"
    if dialogs_util.ask_confirmation(parent, question, t("ui_excel.done_title")):
        open_folder(path)


def start_folder(settings: Settings | None) -> Path:
    """The folder last used for Excel files, else Documents, else the home folder."""
    remembered = settings.get(LAST_FOLDER) if settings is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: Settings | None, path: str | Path) -> None:
    if settings is not None:
        folder = Path(path)
        settings.set(LAST_FOLDER, str(folder if folder.is_dir() else folder.parent))


def with_suffix_xlsx(path: str) -> Path:
    """File dialogs on some systems leave the extension off when the operator types a name."""
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")


def get_open_paths(parent: QWidget | None, title: str, start: str, file_filter: str) -> list[str]:
    """Several existing files to read; empty when the operator cancels. Tests replace this."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, file_filter)
    return list(paths)


def get_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    """A folder to read; None when the operator cancels. Tests replace this."""
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def progress_to(ctx: TaskContext, text: str) -> Callable[[int, int], None]:
    """A core ``progress(done, total)`` callback that updates the task's dialog."""
    return lambda done, total: ctx.progress(done, total, text)


def cancellable(ctx: TaskContext, call: Callable[[], T]) -> T:
    """Run a core call; its own "cancelled" error becomes a quiet task cancellation."""
    try:
        return call()
    except WksbmError:
        if ctx.cancelled:
            raise TaskCancelled from None
        raise
