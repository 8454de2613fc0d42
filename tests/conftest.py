"""Test-wide safety: headless Qt, and a temporary data folder instead of the user's."""

from __future__ import annotations

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
