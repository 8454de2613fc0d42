"""The log file never holds a full NIK, neither in messages nor in tracebacks."""

from __future__ import annotations

import logging
import re

from wksbm_desktop.logs import log_file_path, setup_logging

NIK = "3671055708900001"


def test_log_file_masks_niks_in_messages_and_exceptions() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    # An earlier test's handler may still point at its own data folder: start from none.
    for handler in before:
        if getattr(handler, "_wksbm", False):
            root.removeHandler(handler)
    path = setup_logging()
    try:
        assert path is not None
        log = logging.getLogger("wksbm_desktop.uji")
        log.warning("baris %s gagal: NIK %s", 7, NIK)
        log.info(f"KK {NIK[:6]}1234567890 dan NIK {NIK}")
        try:
            raise ValueError(f"NIK {NIK} sudah terdaftar")
        except ValueError:
            log.exception("impor gagal untuk %s", NIK)
        for handler in root.handlers:
            handler.flush()
        text = log_file_path().read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
    assert "sudah terdaftar" in text and "ValueError" in text and "baris 7 gagal" in text
    assert "3671********0001" in text
    assert re.search(r"\d{16}", text) is None
