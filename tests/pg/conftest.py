"""Fixtures for the engine tests: the core fixtures, and one database on each engine at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.core.conftest import database, make  # noqa: F401  (shared with tests/core)
from tests.engines import PgServer
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database

KELURAHAN = "36.71.05.1008"
DEMO_TODAY = date(2025, 6, 15)


@pytest.fixture
def both_targets(tmp_path: Path, pg_server: PgServer) -> Iterator[dict[str, str]]:
    """An empty SQLite file and an empty PostgreSQL database, for comparing the two."""
    url = pg_server.create()
    yield {"sqlite": str(tmp_path / "banding.db"), "postgresql": url}
    pg_server.drop(url)


@pytest.fixture
def demo_pair(both_targets: dict[str, str]) -> Iterator[dict[str, Database]]:
    """The same demo seed on both engines."""
    opened = {}
    for engine, target in both_targets.items():
        opened[engine] = open_database(target, operator="Penguji")
        with opened[engine].session() as session:
            save_office(session, OfficeInput(kelurahan_code=KELURAHAN, lurah_name="Lurah Uji"))
        with opened[engine].session() as session:
            generate(session, members=150, seed=9, today=DEMO_TODAY)
    yield opened
    for each in opened.values():
        each.dispose()
