"""Running slow work (import, export, backup) off the GUI thread, with progress and cancel.

Usage, modelled on Anki's ``aqt.operations``::

    def work(ctx: TaskContext) -> Path:
        for done, row in enumerate(rows, 1):
            if ctx.cancelled:              # the user pressed Batal
                raise TaskCancelled
            ...
            ctx.progress(done, len(rows), t("export.progress_rows"))
        return path

    run_task(self, t("export.title"), work, on_success=lambda path: show_done(path))

Rules for ``work``: it runs in a worker thread, so it must never touch a widget or a Qt
object of the GUI; it opens its own database session (``with database.session() as s``)
and reports only through ``ctx``. ``on_success``, ``on_failure`` and ``on_cancel`` run on
the GUI thread. A failure that is a ``WksbmError`` shows its Indonesian message; anything
else is logged with its traceback and the user sees a short Indonesian sentence instead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t

_log = logging.getLogger(__name__)

T = TypeVar("T")
# Progress signals are throttled: a loop over 100.000 rows must not flood the event queue.
_PROGRESS_INTERVAL_S = 0.05
_SHOW_AFTER_MS = 400


class TaskCancelled(Exception):
    """Raised inside ``work`` by ``ctx.check_cancelled()`` once the user pressed Batal."""


def failure_message(error: BaseException) -> str:
    """What the user reads about a failed task: never a traceback."""
    if isinstance(error, WksbmError):
        return error.message
    return t("task.unexpected")


def show_failure(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user a task failed; tests replace this."""
    QMessageBox.warning(parent, title, message)


class TaskContext:
    """Handed to ``work``: report progress and see whether the user cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Thread-safe: updates the progress dialog through a queued signal."""
        now = time.monotonic()
        if done < total and now - self._last_report < _PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._signals.progress.emit(int(done), int(total), text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(
        self,
        work: Callable[[TaskContext], object],
        ctx: TaskContext,
        signals: _Signals,
        released: threading.Event,
    ):
        super().__init__()
        self._work: Callable[[TaskContext], object] | None = work
        self._ctx: TaskContext | None = ctx
        self._signals: _Signals | None = signals
        self._released = released

    def run(self) -> None:
        assert self._work is not None and self._ctx is not None and self._signals is not None
        try:
            result = self._work(self._ctx)
        except BaseException as error:
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)
        finally:
            # The signals object lives on the GUI thread and must die there: the handle keeps
            # it until this thread has let go (TaskHandle._forget), so the last reference is
            # never dropped here, where deleting a QObject of another thread can crash.
            self._work = self._ctx = self._signals = None
            self._released.set()


class TaskHandle(QObject):
    """A running task: its progress dialog, ``cancel()``, and ``finished`` once it is over."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        cancellable: bool = True,
    ) -> None:
        # No Qt parent: the handle must outlive a window closed mid-task, to drop the result
        # quietly; ``_running`` keeps it alive until the worker has let go.
        super().__init__(None)
        self.title, self.done, self.orphaned = title, False, False
        self._in_set_value = 0  # calls of the dialog's setValue under way (it runs the event loop)
        # What the work gave back, kept also when the callbacks are dropped (``_orphan``).
        self.result: object = None
        self.error: BaseException | None = None
        self._parent = parent
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self.signals = _Signals()
        self.ctx = TaskContext(self.signals)
        self.worker_released = threading.Event()  # set by the worker once it holds nothing
        self.dialog = QProgressDialog(title, t("task.cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(_SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.destroyed.connect(self._orphan)
        if not cancellable:  # a save cannot be half undone once the worker committed it
            self.dialog.setCancelButton(None)
        # This object lives on the GUI thread: queued connections run the slots there.
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.progress.connect(self._on_progress, queued)
        self.signals.succeeded.connect(self._succeeded, queued)
        self.signals.failed.connect(self._failed, queued)

    def cancel(self) -> None:
        if not self.done and not self.orphaned:
            self.ctx.cancel()
            self.dialog.setLabelText(t("task.cancelling"))

    @Slot()
    def _orphan(self) -> None:
        """The window that started the task closed before it ended: stop, and drop the result.

        Qt deleted the progress dialog with its window; the callbacks would touch that
        window's deleted widgets too, so none of them runs any more.
        """
        if not self.done:
            self.orphaned = True
            self.ctx.cancel()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.done or self.orphaned:
            return
        if text and not self.ctx.cancelled:
            self.dialog.setLabelText(text)
        self.dialog.setMaximum(max(total, 0))
        # Last, and guarded: a shown modal QProgressDialog runs the event loop inside
        # setValue, so the task may end (and _finish run) before it returns. The dialog must
        # not be deleted under its own setValue: _finish leaves that to the end of the
        # outermost such call (the task ended within it when ``done`` is set here).
        self._in_set_value += 1
        try:
            self.dialog.setValue(min(done, total) if total > 0 else 0)
        finally:
            self._in_set_value -= 1
        if self.done and not self.orphaned and not self._in_set_value:
            self._release_dialog()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.result = result
        self._finish()
        if self.orphaned:
            return
        if self.ctx.cancelled:
            self._cancelled()
        else:
            self._on_success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        if isinstance(error, TaskCancelled):
            self._cancelled()
            return
        if not isinstance(error, WksbmError):
            _log.error("task %r failed", self.title, exc_info=error)
        if self.orphaned:
            return
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_failure(self._parent, self.title, failure_message(error))

    def _cancelled(self) -> None:
        if self._on_cancel is not None and not self.orphaned:
            self._on_cancel()

    def _finish(self) -> None:
        self.done = True
        if not self.orphaned and not self._in_set_value:
            self._release_dialog()
        elif not self.orphaned:
            self.dialog.hide()  # out of sight for what follows; deleted once setValue returns
        self._forget()
        self.finished.emit()

    def _release_dialog(self) -> None:
        if not shiboken6.isValid(self.dialog):  # gone with its window meanwhile
            return
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _forget(self) -> None:
        """Let the handle (and its signals) go once the worker thread has let go of them."""
        if self.worker_released.is_set():
            _running.discard(self)
        else:
            QTimer.singleShot(5, self._forget)


# Running tasks are kept referenced here, so a handle nobody holds is not collected mid-way.
_running: set[TaskHandle] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> TaskHandle:
    """Run ``work(ctx)`` in the thread pool behind a progress dialog with a Batal button.

    When it returns, ``on_success(result)`` runs on the GUI thread, unless the user
    cancelled: then ``on_cancel()`` runs (if given) and the result is dropped. When it raises,
    ``on_failure(error)`` runs if given; otherwise the user sees ``failure_message(error)``.
    Unexpected errors (not ``WksbmError``) are always logged with their traceback.
    ``cancellable=False`` shows no Batal button (ui/operations: a write is all or nothing).
    """
    handle = TaskHandle(parent, title, on_success, on_failure, on_cancel, cancellable)
    _running.add(handle)
    worker = _Worker(work, handle.ctx, handle.signals, handle.worker_released)
    QThreadPool.globalInstance().start(worker)
    return handle
