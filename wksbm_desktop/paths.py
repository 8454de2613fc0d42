"""Where the application keeps its files: one place, overridable for tests and by the user."""

from __future__ import annotations

import os
from pathlib import Path

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
