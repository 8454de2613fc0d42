"""Where the application keeps its files: one place, overridable for tests and by the user."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

from platformdirs import user_data_dir

APP_DIR_NAME = "WKSBM Desktop"
DB_FILE_NAME = "wksbm.db"
ENV_DB = "WKSBM_DB"
# Tests and portable installs point the whole data folder elsewhere with this variable.
ENV_DATA_DIR = "WKSBM_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (never Documents or a synced folder)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def log_dir() -> Path:
    return data_dir() / "log"


def resolve_db_target(explicit: str | None = None) -> str:
    """The database to open: ``--db`` first, then ``WKSBM_DB``, then the default file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DB)
    if from_env:
        return from_env
    return str(default_db_path())


# --- Private files ----------------------------------------------------------------------------
# The database, its backups, the logs and the pgpass file hold personal data. On Linux and macOS
# they are created readable by their owner only, from the first byte (not chmod-ed afterwards).
# On Windows these modes mean nothing; the per-user %LOCALAPPDATA% folder protects them there.

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by the owner only; returns it.

    A folder that already exists is left as it is (it may be a shared one the user chose),
    except the application's own data folder, which is narrowed to the owner.
    """
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        # mkdir's mode passes through the umask; chmod right after, before anything is written.
        created.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        _narrow(created, PRIVATE_DIR_MODE)
    if folder.resolve() == data_dir().resolve():
        _narrow(folder, PRIVATE_DIR_MODE)
    return folder


def create_private_file(path: Path) -> Path:
    """Create an empty file that only its owner can read, unless one is there already."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return Path(path)
    os.close(fd)
    return Path(path)


def open_private(path: Path, mode: str = "a", encoding: str | None = "utf-8") -> IO[Any]:
    """``open(path, mode)`` for writing, creating the file readable by the owner only."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0) if "b" in mode else 0
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    return os.fdopen(fd, mode, encoding=encoding)


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` atomically; the file is never readable by others."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def _narrow(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    # A folder of another user (or a read-only medium) keeps its mode; nothing else to do.
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
