"""Private folders for plaintext intermediates: owner-only, removed, swept only when abandoned."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wksbm_desktop.private_files import (
    LOCK_NAME,
    PrivateFolder,
    sweep_private_folders,
    work_root,
)

ROOT = Path(__file__).resolve().parents[1]


def test_folder_is_private_and_removed_on_every_exit() -> None:
    with pytest.raises(RuntimeError), PrivateFolder("uji") as work:
        (work.path / "laporan.xlsx").write_bytes(b"PK")
        if sys.platform != "win32":
            assert stat.S_IMODE(work.path.stat().st_mode) == 0o700
            assert stat.S_IMODE(work_root().stat().st_mode) == 0o700
        raise RuntimeError("gagal di tengah ekspor")
    assert not work.path.exists()


def test_sweep_leaves_a_running_export_alone() -> None:
    with PrivateFolder("uji") as work:
        assert sweep_private_folders() == 0
        assert work.path.is_dir()


def test_sweep_removes_the_folder_of_a_killed_process() -> None:
    script = (
        "import os; from wksbm_desktop.private_files import PrivateFolder; "
        "w = PrivateFolder('uji'); print(w.path, flush=True); os._exit(0)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    left = Path(done.stdout.strip())
    assert left.is_dir() and (left / LOCK_NAME).exists()  # os._exit skipped every clean-up
    assert sweep_private_folders() == 1
    assert not left.exists()


def test_sweep_waits_for_a_folder_still_being_set_up() -> None:
    work_root().mkdir(parents=True, exist_ok=True)
    young = work_root() / "ekspor-baru"
    young.mkdir()
    assert sweep_private_folders() == 0 and young.is_dir()
    old = time.time() - 3600
    os.utime(young, (old, old))
    assert sweep_private_folders() == 1 and not young.exists()
