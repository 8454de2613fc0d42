"""Measurements of the real window, each run in its own process by ``bench.probe``.

Times are in milliseconds; every "ours" figure comes with the same work done plainly
(the recorded SQL replayed through bare sqlite3, or a bare PySide6 window).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

MEMBERS_TAB = 2
SETTLE_TIMEOUT_S = 60.0


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


_ticker: Any = None


def _wait(app: Any, condition: Callable[[], bool], timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Run the event loop until ``condition``, idle in Qt between events like a real session.

    A busy Python loop here would hold the GIL and slow the application's worker thread; so
    the loop blocks in Qt until an event arrives, a 1 ms ticker bounding each wait.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    global _ticker
    if _ticker is None:
        _ticker = QTimer()
        _ticker.setInterval(1)
        _ticker.start()
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _ready_line() -> None:
    print("READY", flush=True)


# --- start-up ---------------------------------------------------------------------------------


def startup_bare() -> dict[str, Any]:
    """A bare PySide6 main window at the same size, shown and painted: the floor for start-up."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    _wait(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    window.repaint()
    _ready_line()
    return {}


def _open_window(db: str, tab: int) -> tuple[Any, Any]:
    from PySide6.QtWidgets import QApplication

    from wksbm_desktop.ui import settings as ui_settings
    from wksbm_desktop.ui.main_window import create_main_window

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="wksbm-bench-ui-"))
    settings = ui_settings.Settings(folder / "bench.ini")
    settings.set(ui_settings.CURRENT_TAB, tab)  # an operator who last worked in this tab
    window = create_main_window(db, settings)
    window.resize(1280, 800)
    window.show()
    return app, window


def _list_ready(tab: Any) -> bool:
    model = tab.model
    return model.rowCount() > 0 and not getattr(model, "busy", False)


def startup_app(db: str, tab: int = MEMBERS_TAB, tour: bool = False) -> dict[str, Any]:
    """The real window on the city database until usable: painted, with the list showing rows.

    With ``tour`` the process then visits every tab (the dashboard included) so that its peak
    memory is the application's with the city database open and every panel loaded.
    """
    app, window = _open_window(db, tab)
    _wait(app, lambda: window.windowHandle().isExposed() and _list_ready(window.member_tab))
    window.repaint()
    _ready_line()
    result: dict[str, Any] = {"members_shown": window.member_tab.model.total}
    if tour:
        started = time.perf_counter()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            _wait(app, lambda: not _dashboard_busy(window))
            window.repaint()
        for tab_widget in window.list_tabs:
            _wait(app, lambda t=tab_widget: _list_ready(t))
        result["tour_ms"] = _ms(started)
    return result


def startup_main(db: str, tab: int = MEMBERS_TAB) -> dict[str, Any]:
    """``python main.py --db DB`` as an operator starts it, until the window is usable.

    The whole real path: single-instance lock, the safety check of the file, opening (and
    upgrading) the database, the window. The event loop is replaced by the readiness check.
    """
    from PySide6.QtWidgets import QApplication

    from wksbm_desktop.ui import settings as ui_settings

    class _Measured(QApplication):
        def exec(self) -> int:  # type: ignore[override]
            window = next(w for w in self.topLevelWidgets() if w.objectName() == "mainWindow")
            _wait(self, lambda: _exposed(window) and _list_ready(window.member_tab))
            window.repaint()
            _ready_line()
            window.close()
            return 0

    app = _Measured([])
    settings = ui_settings.Settings()  # the data folder's, as main.py uses
    settings.set(ui_settings.CURRENT_TAB, tab)
    settings.sync()
    from wksbm_desktop import app as application

    code = application.main(["--db", db])
    del app
    return {"exit_code": code}


def _exposed(window: Any) -> bool:
    handle = window.windowHandle()
    return window.isVisible() and handle is not None and handle.isExposed()


def _dashboard_busy(window: Any) -> bool:
    return bool(getattr(window.dashboard, "busy", False))


# --- the member list --------------------------------------------------------------------------


def _member_window(db: str) -> tuple[Any, Any, Any, Any]:
    from bench.sqlreplay import PlainSql, SqlRecorder

    app, window = _open_window(db, MEMBERS_TAB)
    _wait(app, lambda: _list_ready(window.member_tab))
    recorder = SqlRecorder(window.database.engine)
    return app, window, recorder, PlainSql(Path(db))


def _settled(tab: Any, text: str) -> bool:
    timer = getattr(tab, "_search_timer", None)
    pending = timer is not None and timer.isActive()
    return not pending and tab.model.request.search == text and _list_ready_or_empty(tab)


def _list_ready_or_empty(tab: Any) -> bool:
    return not getattr(tab.model, "busy", False)


def pick_queries(window: Any, count: int) -> list[str]:
    """Real search words spread over the list: first names, surname parts, NIK and RT/RW."""
    model = window.member_tab.model
    while model.rowCount() < min(model.total, 2000) and model.canFetchMore(_root()):
        model.fetchMore(_root())
    step = max(model.rowCount() // count, 1)
    rows = [model.row_at(i) for i in range(0, model.rowCount(), step)][:count]
    queries = []
    for index, row in enumerate(rows):
        words = row.full_name.split()
        kind = index % 5
        if kind == 0:
            queries.append(words[0])
        elif kind == 1:
            queries.append(words[-1][:4])
        elif kind == 2:
            queries.append(row.nik[-8:])
        elif kind == 3:
            queries.append(f"{row.rt}/{row.rw}")
        else:
            queries.append(f"{words[0][:3]} {row.rw}")
    return queries


def _root() -> Any:
    from PySide6.QtCore import QModelIndex

    return QModelIndex()


def search(db: str, queries: int = 40, typing_gap_ms: int = 90) -> dict[str, Any]:
    """Last keystroke → table showing the results, against the same SQL replayed directly.

    Each query is typed into ``memberSearch`` but for its last character; once the table has
    settled, the last key is pressed and the clock runs until the results are painted. The
    statements the application ran meanwhile are replayed through bare sqlite3. Separately,
    whole words are typed at ``typing_gap_ms`` per key while a 4 ms heartbeat timer records
    the longest stall of the GUI thread (a frozen frame is a stall over 16 ms).
    """
    from PySide6.QtTest import QTest

    app, window, recorder, plain = _member_window(db)
    tab = window.member_tab
    words = pick_queries(window, queries)
    ui, sql, stalls = [], [], []
    for word in words:
        tab.search.setText(word[:-1])
        _wait(app, lambda w=word[:-1]: _settled(tab, w))
        with recorder.recording() as statements:
            started = time.perf_counter()
            QTest.keyClick(tab.search, word[-1])
            _wait(app, lambda w=word: _settled(tab, w))
            tab.table.viewport().repaint()
            ui.append(_ms(started))
        sql.append(plain.replay(statements))
    for word in words[: max(len(words) // 2, 1)]:
        tab.search.clear()
        _wait(app, lambda: _settled(tab, ""))
        stalls.append(_typing_stall(app, tab, word, typing_gap_ms))
    tab.search.setText("")
    plain.close()
    return {"queries": words, "ui_ms": ui, "sql_ms": sql, "stall_ms": stalls}


def _typing_stall(app: Any, tab: Any, word: str, gap_ms: int) -> float:
    """Type ``word`` key by key; the longest gap between 4 ms heartbeats while it settles."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(4)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    for char in word:
        QTest.keyClick(tab.search, char)
        deadline = time.perf_counter() + gap_ms / 1000
        _wait(app, lambda d=deadline: time.perf_counter() >= d)
    _wait(app, lambda: _settled(tab, word))
    tab.table.viewport().repaint()
    app.processEvents()
    heartbeat.stop()
    gaps = [(b - a) * 1000 for a, b in pairwise(beats)]
    return max(gaps, default=0.0)


def sort(db: str, rounds: int = 10) -> dict[str, Any]:
    """A click on the name header until the table is re-filled, against the same SQL."""
    from PySide6.QtCore import Qt

    app, window, recorder, plain = _member_window(db)
    tab = window.member_tab
    ui, sql = [], []
    for index in range(rounds):
        order = Qt.SortOrder.DescendingOrder if index % 2 == 0 else Qt.SortOrder.AscendingOrder
        with recorder.recording() as statements:
            started = time.perf_counter()
            tab.table.sortByColumn(0, order)
            _wait(app, lambda: _list_ready(tab))
            tab.table.viewport().repaint()
            ui.append(_ms(started))
        sql.append(plain.replay(statements))
    plain.close()
    return {"ui_ms": ui, "sql_ms": sql}


def scroll(db: str, rows: int = 20_000, rounds: int = 3) -> dict[str, Any]:
    """Scrolling down page by page (fetchMore) to row ``rows`` or the end, against plain SQL.

    The plain side is one query fetching the same rows in the same order, the best plain way.
    """
    app, window, recorder, plain = _member_window(db)
    tab = window.member_tab
    model = tab.model
    ui, sql, reached = [], [], 0
    for _ in range(rounds):
        with recorder.recording() as first_page:
            tab.apply_request()
            _wait(app, lambda: _list_ready(tab))
        started = time.perf_counter()
        while model.rowCount() < rows and model.canFetchMore(_root()):
            model.fetchMore(_root())
            tab.table.scrollToBottom()
        tab.table.viewport().repaint()
        ui.append(_ms(started))
        reached = model.rowCount()
        sql.append(_one_query_for(plain, first_page, reached))
    plain.close()
    return {"rows": reached, "ui_ms": ui, "sql_ms": sql}


def _one_query_for(plain: Any, statements: list[tuple[str, Any]], rows: int) -> float:
    """The first page's query asked for ``rows`` rows at once: the best plain way to get them."""
    for statement, parameters in statements:
        if statement.rstrip().endswith("LIMIT ? OFFSET ?") and "FROM members" in statement:
            values = [*list(parameters)[:-2], rows, 0]
            return plain.replay([(statement, tuple(values))])
    return 0.0


def member_form(db: str, rounds: int = 10) -> dict[str, Any]:
    """``forms.edit_member`` until its dialog is painted, against the SQL of its loading."""
    from wksbm_desktop.ui import forms
    from wksbm_desktop.ui.forms import base

    app, window, recorder, plain = _member_window(db)
    model = window.member_tab.model
    uuids = [model.row_at(i * 7).uuid for i in range(rounds)]

    def show_and_close(dialog: Any) -> bool:
        dialog.show()
        dialog.repaint()
        app.processEvents()
        return False

    base.exec_dialog = show_and_close  # the form opens and is painted, then closed unsaved
    ui, sql = [], []
    for uuid in uuids:
        with recorder.recording() as statements:
            started = time.perf_counter()
            forms.edit_member(window, window.database, uuid)
            ui.append(_ms(started))
        app.processEvents()
        sql.append(plain.replay(statements))
    plain.close()
    return {"ui_ms": ui, "sql_ms": sql}


def dashboard(db: str, rounds: int = 5) -> dict[str, Any]:
    """The Ringkasan refresh until repainted, against its SQL aggregates run directly."""
    from bench.sqlreplay import PlainSql, SqlRecorder

    app, window = _open_window(db, 0)
    _wait(app, lambda: not _dashboard_busy(window) and _list_ready(window.member_tab))
    recorder = SqlRecorder(window.database.engine)
    plain = PlainSql(Path(db))
    ui, sql = [], []
    for _ in range(rounds):
        with recorder.recording() as statements:
            started = time.perf_counter()
            window.dashboard.refresh()
            _wait(app, lambda: not _dashboard_busy(window))
            window.dashboard.repaint()
            ui.append(_ms(started))
        sql.append(plain.replay(statements))
    plain.close()
    return {"ui_ms": ui, "sql_ms": sql}


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {"median_ms": 0.0, "p95_ms": 0.0}
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(ordered), "p95_ms": p95}


PROBES: dict[str, Callable[..., dict[str, Any]]] = {
    "startup_bare": startup_bare,
    "startup_app": startup_app,
    "startup_main": startup_main,
    "search": search,
    "sort": sort,
    "scroll": scroll,
    "member_form": member_form,
    "dashboard": dashboard,
}
