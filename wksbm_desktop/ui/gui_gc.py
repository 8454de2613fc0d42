"""Python's cycle collector, run on the GUI thread only.

Automatic garbage collection runs in whichever thread happens to allocate when a threshold is
reached: with list searches and the dashboard querying in worker threads, that can be a worker.
If the garbage holds Qt objects (a closed dialog, a finished job's signals), the worker then
disconnects their signals, taking Qt's connection lock and waiting for the GIL, while the GUI
thread holds the GIL and waits for that same lock to connect a signal: both freeze for good
(seen in the test suite, see tests/ui/test_gui_gc.py). So the collector is switched off and run
here, by a timer of the GUI thread, with the thresholds Python would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    """Collects each generation when its count passes Python's own threshold."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        # While automatic collection is on, Python keeps these at their defaults (700, 10, 10).
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            generation = 0
            if second > self.thresholds[1]:
                generation = 2 if third > self.thresholds[2] else 1
            gc.collect(generation)


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Start the GUI-thread collector once per application (a QCoreApplication must exist)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(GuiThreadCollector, "guiThreadCollector")
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
