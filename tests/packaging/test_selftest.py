"""The self-test (``--self-test``) and the guard for a build without a console."""

from __future__ import annotations

import os
import runpy
import shutil
import sys
from pathlib import Path

import pytest

from wksbm_desktop.core.storage import db as core_db
from wksbm_desktop.ui import selftest

ROOT = Path(__file__).resolve().parent.parent.parent
STDIO_HOOK = ROOT / "packaging" / "hooks" / "rthook_stdio.py"


@pytest.mark.gui
def test_self_test_passes_and_leaves_no_trace(
    qapp: object, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dict(os.environ)

    assert selftest.run_self_test() == 0

    assert "berhasil" in capsys.readouterr().out
    assert list(isolated_data_dir.iterdir()) == []  # the user's data folder is never touched
    assert dict(os.environ) == before
    assert not [h for h in _root_handlers() if getattr(h, "_wksbm", False)]


@pytest.mark.gui
def test_self_test_failure_names_the_step_and_keeps_the_log(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_open(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(core_db, "open_database", broken_open)

    assert selftest.run_self_test() == 1

    error = capsys.readouterr().err
    assert "membuat database dan menjalankan migrasi" in error
    assert "disk penuh" in error
    folder = _kept_folder(error)
    try:
        log_text = (folder / "log" / "wksbm.log").read_text(encoding="utf-8")
        assert "RuntimeError: disk penuh" in log_text
    finally:
        shutil.rmtree(folder)


def test_frozen_build_without_the_stdio_guard_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "stdout", None)

    assert selftest.run_self_test() == 1

    monkeypatch.undo()
    error = capsys.readouterr().err
    assert "rthook_stdio" in error
    shutil.rmtree(_kept_folder(error))


def test_stdio_guard_replaces_missing_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)

    runpy.run_path(str(STDIO_HOOK))

    replaced = (sys.stdout, sys.stderr)
    try:
        print("tidak boleh gagal")  # would raise AttributeError with sys.stdout None
        print("juga tidak", file=sys.stderr)
        assert all(stream is not None and stream.fileno() >= 0 for stream in replaced)
    finally:
        for stream in replaced:
            if stream is not None:
                stream.close()


def test_stdio_guard_keeps_existing_streams() -> None:
    console = sys.stdout

    runpy.run_path(str(STDIO_HOOK))

    assert sys.stdout is console


def _kept_folder(message: str) -> Path:
    """The temporary folder a failed self-test keeps, from the log path in its message."""
    log_path = Path(message.split("dicatat di ")[1].split(";")[0])
    assert log_path.parent.parent.name.startswith("wksbm-selftest-")
    return log_path.parent.parent


def _root_handlers() -> list[object]:
    import logging

    return list(logging.getLogger().handlers)
