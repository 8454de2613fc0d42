"""Test-wide safety: headless Qt, and a temporary data folder instead of the user's."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.engines import ENGINES, PgServer, require_pg_url
from wksbm_desktop.core.storage.db import open_database

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
def indonesian_interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in Indonesian, whatever WKSBM_LANG the machine has or a test chose."""
    from wksbm_desktop.i18n import set_language

    monkeypatch.delenv("WKSBM_LANG", raising=False)
    set_language("id")
    yield
    set_language("id")


@pytest.fixture(autouse=True)
def no_leftover_log_handlers() -> Iterator[None]:
    """The app logs to a file in the test's data folder; later tests must not see that handler."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# --- both engines: SQLite files and PostgreSQL databases -------------------------------------
# A test that asks (directly or through a fixture) for ``engine_name`` runs once per engine:
# ``[sqlite]`` and ``[postgresql]``. Tests marked ``sqlite_only`` (pragmas, damaged files, backup
# files, crash loops), and tests that touch the database file through ``db_path``, run on SQLite
# only. Without WKSBM_TEST_PG_URL the PostgreSQL variants are skipped with a reason; .ci/run
# starts a server and sets WKSBM_REQUIRE_PG=1, which turns that skip into a failure.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): needs SQLite itself (pragmas, files); never on a server"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_name" not in metafunc.fixturenames:
        return
    sqlite_only = (
        metafunc.definition.get_closest_marker("sqlite_only") is not None
        or "db_path" in metafunc.fixturenames
    )
    metafunc.parametrize("engine_name", ["sqlite"] if sqlite_only else list(ENGINES))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer(require_pg_url())
    yield server
    server.close()


@pytest.fixture(scope="session")
def pg_head_template(pg_server: PgServer) -> str:
    """A PostgreSQL database migrated to head once per run; tests get copies of it."""

    def migrate(url: str) -> None:
        open_database(url).dispose()

    return pg_server.template("head", migrate)


NewTarget = Callable[..., str]


@pytest.fixture
def new_target(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> NewTarget:
    """``new_target(name, at_head=False)``: a new database for ``--db`` / open_database().

    SQLite: a path in tmp_path (created at head when ``at_head``). PostgreSQL: the URL of a new
    database, empty or a copy of the migrated template; dropped after the test.
    """

    def make(name: str = "wksbm.db", at_head: bool = False) -> str:
        if engine_name == "sqlite":
            path = tmp_path / name
            if at_head:
                open_database(path).dispose()
            return str(path)
        server: PgServer = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_head_template") if at_head else None
        url = server.create(template)
        request.addfinalizer(lambda: server.drop(url))
        return url

    return make


@pytest.fixture
def db_target(new_target: NewTarget) -> str:
    """An empty database to name with ``--db``: a file path, or a server URL."""
    return new_target("x.db")
