"""One list query at a time off the GUI thread; a newer request cancels the one still running.

Typing in a search box starts a query per key. They run here, in one worker thread, so the
window keeps answering keys and painting while SQLite scans; a request overtaken by a newer
one is skipped before it starts, or interrupted while it runs (SQLite), and its answer, if any,
is dropped. The answer comes back on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database

_log = logging.getLogger(__name__)
_pool: QThreadPool | None = None


def query_pool() -> QThreadPool:
    """The one worker thread for list queries (more would only compete for the same file)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread: no start-up cost per keystroke
    return _pool


class _Answer(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, str)


class QueryJob(QRunnable):
    """Run ``work(session)`` in a read session unless cancelled first; answer with its result."""

    def __init__(self, database: Database, generation: int, work: Callable[[Session], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.answer = _Answer()
        self._database, self._generation, self._work = database, generation, work
        self._lock = threading.Lock()
        self._cancelled = False
        self._raw: Any = None

    def cancel(self) -> None:
        """Called from the GUI thread: skip the job, or stop its SQLite statement now."""
        with self._lock:
            self._cancelled = True
            # The raw connection is set only while this job holds it, so no other query can
            # be interrupted by mistake.
            if isinstance(self._raw, sqlite3.Connection):
                self._raw.interrupt()

    def run(self) -> None:
        if self._cancelled:
            return
        try:
            with self._database.read_session() as session:
                self._hold(session)
                try:
                    result = self._work(session)
                finally:
                    with self._lock:
                        self._raw = None
        except OperationalError as error:
            if not self._cancelled:
                _log.exception("list query failed")
                self.answer.failed.emit(self._generation, str(error))
            return
        except Exception as error:  # the GUI shows a message; the log keeps the details
            _log.exception("list query failed")
            self.answer.failed.emit(self._generation, str(error))
            return
        if not self._cancelled:
            self.answer.done.emit(self._generation, result)

    def _hold(self, session: Session) -> None:
        raw = session.connection().connection.driver_connection
        with self._lock:
            self._raw = raw
            if self._cancelled and isinstance(raw, sqlite3.Connection):
                raw.interrupt()
