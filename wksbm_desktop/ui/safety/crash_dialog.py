"""Never a traceback: unexpected errors are logged in full and explained in an Indonesian dialog."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t

_log = logging.getLogger("wksbm_desktop.crash")


def crash_message(log_path: Path | str | None) -> str:
    log = str(log_path) if log_path else t("ui_safety.crash.no_log")
    return t("ui_safety.crash.text", log=log)


def show_crash(parent: QWidget | None, text: str) -> None:
    """The dialog itself; tests replace this."""
    QMessageBox.critical(parent, t("ui_safety.crash.title"), text)


class CrashReporter(QObject):
    """Installed once per run; marshals reports from worker threads to the GUI thread."""

    _report = Signal(str)

    def __init__(self, log_path: Path | str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        # The formatter masks NIKs in the message and the traceback alike.
        _log.critical("unexpected error", exc_info=(kind, value, trace))
        text = value.message if isinstance(value, WksbmError) else crash_message(self.log_path)
        self.report(text)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        thread = args.thread.name if args.thread is not None else "?"
        _log.critical(
            "unexpected error in thread %s",
            thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self.report(crash_message(self.log_path))

    def report(self, text: str) -> None:
        """Show ``text`` on the GUI thread, whichever thread calls."""
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show(text)
        else:
            self._report.emit(text)

    @Slot(str)
    def _show(self, text: str) -> None:
        # One dialog at a time: an error repeating in a timer must not stack dialogs.
        if self._showing:
            return
        self._showing = True
        try:
            show_crash(QApplication.activeWindow(), text)
        except Exception:  # the dialog itself failed: the log holds the details
            _log.exception("could not show the error dialog")
        finally:
            self._showing = False


_installed: CrashReporter | None = None


def install(log_path: Path | str | None) -> CrashReporter:
    """Replace sys.excepthook and threading.excepthook for the rest of the run."""
    global _installed
    if _installed is None:
        _installed = CrashReporter(log_path, QCoreApplication.instance())
    _installed.log_path = log_path
    sys.excepthook = _installed.excepthook
    threading.excepthook = _installed.thread_excepthook
    return _installed
