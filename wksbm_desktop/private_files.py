"""Private folders for plaintext intermediates: owner-only, removed on exit, swept after a kill.

A workbook that will be encrypted exists in clear for a while (XlsxWriter's row files, the
assembled .xlsx before msoffcrypto encrypts it, the NIK index of a consolidation). Those files
live only in ``kerja/`` inside the per-user data folder, in a folder readable by its owner alone,
never beside the target file or in the shared temporary folder. Each folder holds a lock while its
process runs; a folder whose lock is free belongs to a killed process and is removed by the next
start (:func:`sweep_private_folders`).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

from wksbm_desktop.paths import data_dir

WORK_DIR_NAME = "kerja"
LOCK_NAME = ".dipakai"
# A folder younger than this without its lock file is still being set up by another process.
_SETUP_GRACE_SECONDS = 60.0
_log = logging.getLogger(__name__)


def work_root() -> Path:
    return data_dir() / WORK_DIR_NAME


class PrivateFolder:
    """A fresh owner-only folder under ``kerja/``; ``close()`` (or leaving ``with``) removes it."""

    def __init__(self, purpose: str) -> None:
        root = _private_root()
        sweep_private_folders()
        self.path = Path(tempfile.mkdtemp(prefix=f"{purpose}-", dir=root))  # mode 0700
        self._lock: IO[bytes] | None = _hold_lock(self.path / LOCK_NAME)

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the file releases its lock
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> PrivateFolder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def sweep_private_folders() -> int:
    """Remove the private folders of processes that are gone; returns how many were removed."""
    root = work_root()
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return 0  # no kerja/ yet, or an unreadable data folder: nothing of ours to sweep
    removed = 0
    for folder in folders:
        if _in_use(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    if removed:
        _log.info("removed %d private folder(s) left by an interrupted run", removed)
    return removed


def _private_root() -> Path:
    root = work_root()
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(root, 0o700)  # also when an older version created it with the umask's mode
    return root


def _in_use(folder: Path) -> bool:
    lock_path = folder / LOCK_NAME
    try:
        handle = lock_path.open("rb+")
    except FileNotFoundError:
        try:
            age = time.time() - folder.stat().st_mtime
        except OSError:
            return True
        return age < _SETUP_GRACE_SECONDS
    except OSError:
        return True  # Windows refuses to open a file another process holds locked
    with handle:
        return not _try_lock(handle)


def _hold_lock(path: Path) -> IO[bytes]:
    handle = path.open("wb+")
    handle.write(b"0")
    handle.flush()
    if not _try_lock(handle):
        handle.close()
        raise OSError(f"cannot lock {path}")
    return handle


def _try_lock(handle: IO[bytes]) -> bool:
    """Lock the file for this process without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
