"""run_task: work off the GUI thread, callbacks on it, Indonesian failures, and cancelling."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.ui import tasks
from wksbm_desktop.ui.tasks import TaskContext, run_task


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        tasks, "show_failure", lambda parent, title, text: messages.append((title, text))
    )
    return messages


def test_success_runs_work_in_a_worker_and_callback_on_gui_thread(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker_is_gui"] = QThread.currentThread() == gui
        for done in range(1, 4):
            ctx.progress(done, 3, f"Baris {done}")
        return 42

    def on_success(result: int) -> None:
        seen["result"] = result
        seen["callback_is_gui"] = QThread.currentThread() == gui

    handle = run_task(None, "Ekspor", work, on_success)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen == {"worker_is_gui": False, "result": 42, "callback_is_gui": True}
    assert shown == []


def test_wksbm_error_shows_its_indonesian_message(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    def work(ctx: TaskContext) -> None:
        raise WksbmError("db.is_directory", path="/data")

    handle = run_task(None, "Cadangan", work, lambda _r: None)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert shown == [("Cadangan", "/data adalah folder, bukan berkas database.")]


def test_unexpected_error_is_logged_and_shown_without_traceback(qtbot, shown, caplog) -> None:  # type: ignore[no-untyped-def]
    def work(ctx: TaskContext) -> None:
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR, logger="wksbm_desktop.ui.tasks"):
        handle = run_task(None, "Impor", work, lambda _r: None)
        qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(shown) == 1
    assert "tidak terduga" in shown[0][1] and "ZeroDivisionError" not in shown[0][1]
    assert "Traceback" not in shown[0][1]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_on_failure_receives_the_error_instead_of_a_message(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def work(ctx: TaskContext) -> None:
        raise WksbmError("db.is_directory", path="/data")

    handle = run_task(None, "Impor", work, lambda _r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], WksbmError)
    assert shown == []


def test_cancel_stops_the_work_and_skips_on_success(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def work(ctx: TaskContext) -> str:
        started.set()
        for step in range(1000):
            if ctx.cancelled:
                raise tasks.TaskCancelled
            steps.append(step)
            threading.Event().wait(0.01)
        return "selesai"

    handle = run_task(
        None,
        "Ekspor",
        work,
        lambda r: outcome.append(r),
        on_cancel=lambda: outcome.append("dibatalkan"),
    )
    assert started.wait(5)
    cancel_button = handle.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert outcome == ["dibatalkan"]
    assert len(steps) < 1000
    assert shown == []


def test_a_window_closed_mid_task_stops_it_and_drops_its_result(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    started, reported = threading.Event(), threading.Event()
    outcome: list[str] = []

    def work(ctx: TaskContext) -> str:
        started.set()
        for step in range(500):
            if ctx.cancelled:
                raise tasks.TaskCancelled
            ctx.progress(step, 500, f"Baris {step}")
            threading.Event().wait(0.01)
            if step > 3:
                reported.set()
        return "selesai"

    handle = run_task(
        window, "Membaca", work, outcome.append, outcome.append, lambda: outcome.append("batal")
    )
    assert started.wait(5) and reported.wait(5)
    window.deleteLater()  # the office closes the window while the task still reports
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    qtbot.wait(50)  # progress signals still queued are delivered now, and must do nothing
    assert handle.orphaned and handle.ctx.cancelled
    assert outcome == [] and shown == []
