"""A second copy on the same data folder is refused and brings the first window forward."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety import startup
from wksbm_desktop.ui.safety.single_instance import SingleInstance, lock_path_for


def test_a_second_lock_on_the_same_folder_fails_and_asks_the_first(qtbot, tmp_path: Path):
    lock = lock_path_for(tmp_path / "wksbm.db", tmp_path)
    first, second = SingleInstance(lock), SingleInstance(lock)
    asked: list[bool] = []
    first.on_request(lambda: asked.append(True))
    try:
        assert first.acquire()
        assert not second.acquire()
        assert second.ask_first_to_show()
        qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    finally:
        first.release()
    assert second.acquire()  # free again once the first copy ends
    second.release()


def test_another_folder_is_another_instance(qtbot, tmp_path: Path):
    one = SingleInstance(lock_path_for(tmp_path / "a" / "wksbm.db", tmp_path))
    other = SingleInstance(lock_path_for(tmp_path / "b" / "wksbm.db", tmp_path))
    try:
        assert one.acquire() and other.acquire()
        assert one.server_name != other.server_name
    finally:
        one.release()
        other.release()


def test_the_second_start_is_refused_politely_and_raises_the_first_window(
    qtbot, main_window, monkeypatch
):
    infos: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": infos.append(text))
    first = startup.begin(str(main_window.database.path))
    assert first.may_open
    try:
        first.run.attach(main_window)
        main_window.showMinimized()
        assert main_window.isMinimized()
        second = startup.begin(str(main_window.database.path))
        assert not second.may_open and second.exit_code == 0
        assert "sudah terbuka" in infos[0] and "Traceback" not in infos[0]
        qtbot.waitUntil(lambda: not main_window.isMinimized(), timeout=5000)
    finally:
        first.run.finish()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_copy_does_not_block_the_next_start(qtbot, tmp_path: Path):
    lock = lock_path_for(tmp_path / "wksbm.db", tmp_path)
    holder = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from wksbm_desktop.ui.safety.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance(Path({str(lock)!r}))
        print("locked" if instance.acquire() else "refused", flush=True)
        time.sleep(60)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        assert not SingleInstance(lock).acquire()  # alive: refused
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert lock.exists()  # the killed copy could not clean up
    survivor = SingleInstance(lock)
    assert survivor.acquire()
    survivor.release()
