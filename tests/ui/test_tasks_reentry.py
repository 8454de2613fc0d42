"""A shown progress dialog runs the event loop inside its own setValue, so a task may end right
there. The dialog must not be deleted under that call (a CI failure: "Internal C++ object
(QProgressDialog) already deleted" in the progress slot)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from wksbm_desktop.ui.tasks import TaskContext, run_task


def test_a_task_that_ends_inside_the_dialogs_set_value_closes_it_afterwards(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ended_inside: list[bool] = []

    def work(ctx: TaskContext) -> str:
        ctx.progress(0, 10, "mulai")
        threading.Event().wait(0.7)  # shown after 400 ms: from now on setValue runs events
        for step in range(1, 10):
            ctx.progress(step, 10, f"baris {step}")
            threading.Event().wait(0.06)  # past the throttle: each one is sent
        ctx.progress(10, 10, "baris 10")
        return "ok"  # right behind the last progress: delivered inside its setValue

    def on_success(_result: str) -> None:
        ended_inside.append(handle._in_set_value > 0)
        # Whatever runs here may carry out pending deletions (a nested event loop does).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    handle = run_task(window, "Uji", work, on_success)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    qtbot.wait(100)  # anything still queued is delivered, and touches no dead dialog
    assert ended_inside == [True]  # the case this test is about did happen
    assert not shiboken6.isValid(handle.dialog)  # closed and deleted once setValue returned
