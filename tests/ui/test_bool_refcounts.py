"""The Qt binding must not drop references to True/False: on Python 3.11 that aborts the app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from tests.ui.conftest import tab_of
from wksbm_desktop.ui import tasks
from wksbm_desktop.ui.main_window import MEMBERS

# PySide6 6.12.0 returns a borrowed True from SignalInstance.emit() and .disconnect(): every
# call from Python takes one reference away from True, until "bool_dealloc" kills the program
# (pyproject.toml pins PySide6 below 6.12 for this). From Python 3.12 on, True and False are
# immortal and their counts never move, so there is nothing to measure.
pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True and False are immortal from Python 3.12 on"
)

ROUNDS = 300
# Caches may take a few references while we measure; a leak loses at least one per round.
SLACK = ROUNDS // 10
# Something else in the process (a leftover thread, a finaliser) may free references once while
# we measure; a binding bug loses them on every try, so one clean try of three is enough.
TRIES = 3


def bool_refcounts() -> tuple[int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False)


def references_lost(action: Callable[[], object], rounds: int) -> tuple[int, int]:
    true_before, false_before = bool_refcounts()
    for _ in range(rounds):
        action()
    true_after, false_after = bool_refcounts()
    return true_before - true_after, false_before - false_after


def assert_bools_kept(action: Callable[[], object], rounds: int = ROUNDS) -> None:
    action()  # first call fills caches
    losses = []
    for _ in range(TRIES):
        lost = references_lost(action, rounds)
        if max(lost) <= SLACK:
            return
        losses.append(lost)
    pytest.fail(f"(True, False) lost {losses} references in {TRIES} tries of {rounds} calls")


class Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)
    number = Signal(int)


def test_emitting_signals_keeps_true_and_false(qapp):
    emitter = Emitter()
    received: list[object] = []
    emitter.flag.connect(received.append)
    emitter.number.connect(received.append)

    def emit_all() -> None:
        emitter.plain.emit()
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.number.emit(7)
        received.clear()

    assert_bools_kept(emit_all)


def test_disconnecting_a_slot_keeps_true_and_false(qapp):
    emitter = Emitter()

    def slot() -> None:
        pass

    def connect_and_disconnect() -> None:
        emitter.plain.connect(slot)
        emitter.plain.disconnect(slot)

    assert_bools_kept(connect_and_disconnect)


def test_searching_and_sorting_the_member_list_keeps_true_and_false(main_window):
    tab = tab_of(main_window, MEMBERS)
    words = iter(["a", "bu", "", "si", "zz"] * ROUNDS)
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * ROUNDS)

    def search_and_sort() -> None:
        tab.search.setText(next(words))
        tab.apply_request()
        tab.table.sortByColumn(1, next(orders))
        tab.table.selectRow(0)

    assert_bools_kept(search_and_sort, rounds=80)


def test_finished_tasks_keep_true_and_false(qtbot, main_window):
    done: list[int] = []

    def run_one() -> None:
        handle = tasks.run_task(main_window, "uji", lambda _ctx: 1, on_success=done.append)
        qtbot.waitUntil(lambda: handle.done)

    assert_bools_kept(run_one, rounds=100)
    assert len(done) > 100 and set(done) == {1}  # every task ran and reported
