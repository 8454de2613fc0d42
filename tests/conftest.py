"""Test-wide safety: headless Qt, and a temporary data folder instead of the user's."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own data folder; the real per-user folder is never touched."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("WKSBM_DATA_DIR", str(folder))
    monkeypatch.delenv("WKSBM_DB", raising=False)
    yield folder


@pytest.fixture(autouse=True)
def no_leftover_log_handlers() -> Iterator[None]:
    """The app installs a log file handler in the test's data folder; later tests must not see it."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
