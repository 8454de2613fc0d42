"""Never a traceback: unexpected errors go to the log (NIKs masked) and to an Indonesian dialog."""

from __future__ import annotations

import logging
import re
import sys
import threading

import pytest

from wksbm_desktop.logs import log_file_path, setup_logging
from wksbm_desktop.ui.safety import crash_dialog

NIK = "3671055708900001"


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(crash_dialog, "show_crash", lambda _parent, text: texts.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return texts


def log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file_path().read_text(encoding="utf-8")


def test_the_excepthook_logs_the_details_and_explains_in_indonesian(qtbot, shown):
    log_path = setup_logging()
    crash_dialog.install(log_path)
    try:
        raise ValueError(f"NIK {NIK} tidak cocok")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [text] = shown
    assert "tidak ada data yang tersimpan setengah" in text
    assert str(log_path) in text and "Traceback" not in text and NIK not in text
    logged = log_text()
    assert "ValueError" in logged and "Traceback" in logged
    assert "3671************" in logged and re.search(r"\d{16}", logged) is None


def test_an_error_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(qtbot, shown):
    crash_dialog.install(setup_logging())
    worker = threading.Thread(target=lambda: 1 / 0, name="pekerja-uji")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert "Terjadi kesalahan yang tidak terduga" in shown[0]
    assert "ZeroDivisionError" in log_text() and "pekerja-uji" in log_text()


def test_a_core_error_shows_its_own_message(qtbot, shown):
    from wksbm_desktop.core.errors import DatabaseProblem

    crash_dialog.install(None)
    error = DatabaseProblem("safety.restore.missing", path="x.db")
    sys.excepthook(type(error), error, None)
    assert shown == ["Berkas cadangan x.db tidak ditemukan."]


def test_one_dialog_at_a_time_when_errors_repeat(qtbot, monkeypatch, shown):
    reporter = crash_dialog.install(None)

    def show_and_fail_again(_parent, text):
        shown.append(text)
        reporter.report("lagi")  # an error raised while the first dialog is open

    monkeypatch.setattr(crash_dialog, "show_crash", show_and_fail_again)
    reporter.report("pertama")
    assert shown == ["pertama"]


def test_without_a_log_file_the_dialog_says_so(qtbot):
    assert "tidak bisa ditulis" in crash_dialog.crash_message(None)
