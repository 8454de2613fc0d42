"""The cycle collector runs on the GUI thread only (ui/gui_gc.py explains the deadlock)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication

from wksbm_desktop.ui.gui_gc import GuiThreadCollector, collect_on_gui_thread


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_the_main_window_turns_automatic_collection_off(main_window) -> None:
    assert not gc.isenabled()
    collectors = QCoreApplication.instance().findChildren(GuiThreadCollector)
    assert len(collectors) == 1
    assert collect_on_gui_thread() is collectors[0]  # once per application


def test_cycles_are_collected_by_the_gui_thread_timer(qtbot, main_window) -> None:
    collector = collect_on_gui_thread()
    assert collector is not None
    collected_in: list[str] = []

    class Watched(_Node):
        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    gone = weakref.ref(Watched())
    # Push generation 0 past its threshold, as ordinary work would, from a worker thread.
    worker = threading.Thread(target=lambda: [_Node() for _ in range(5_000)], name="worker")
    worker.start()
    worker.join()
    assert gone() is not None  # the worker's allocations did not run the collector
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert collected_in == ["MainThread"]
