"""Test databases on both engines: SQLite files, and PostgreSQL databases cloned from a template."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

ENGINES = ("sqlite", "postgresql")
# The server to test against (an admin login that may CREATE DATABASE); .ci/run sets both.
ENV_PG_URL = "WKSBM_TEST_PG_URL"
ENV_REQUIRE_PG = "WKSBM_REQUIRE_PG"
SKIP_REASON = (
    f"PostgreSQL tests need a server: set {ENV_PG_URL}=postgresql+psycopg://postgres@127.0.0.1:PORT/"
    "postgres (.ci/pg_cluster.sh start prints one)"
)


def pg_admin_url() -> str | None:
    return os.environ.get(ENV_PG_URL) or None


def require_pg_url() -> str:
    """The server URL, or skip (locally) / fail (in CI, where a server must be there)."""
    url = pg_admin_url()
    if url is None:
        if os.environ.get(ENV_REQUIRE_PG) == "1":
            pytest.fail(f"{ENV_REQUIRE_PG}=1 but {ENV_PG_URL} is not set", pytrace=False)
        pytest.skip(SKIP_REASON)
    return url


class PgServer:
    """Creates and drops throwaway databases; each is a fast copy of a migrated template."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self._admin: Engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self._prefix = f"wksbm_test_{uuid.uuid4().hex[:8]}"
        self._templates: dict[str, str] = {}
        self._created: set[str] = set()

    def url_for(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(sql))

    def create(self, template: str | None = None) -> str:
        """A new database, empty or cloned from ``template``; returns its URL."""
        name = f"{self._prefix}_{uuid.uuid4().hex[:10]}"
        source = template or "template0"
        # C.UTF-8 sorts like SQLite (by code point) and still lower()s Indonesian letters.
        self._execute(
            f"CREATE DATABASE {name} TEMPLATE {source} ENCODING 'UTF8' "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
        self._created.add(name)
        return self.url_for(name)

    def template(self, key: str, prepare: Callable[[str], None]) -> str:
        """A template database prepared once per test session (e.g. migrated to head)."""
        if key not in self._templates:
            url = self.create()
            prepare(url)  # must dispose its engines: a template must have no connections
            self._templates[key] = make_url(url).database or ""
        return self._templates[key]

    def drop(self, url: str) -> None:
        name = make_url(url).database or ""
        # FORCE ends connections a test may have leaked, so one leak cannot break the next test.
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._created.discard(name)

    def close(self) -> None:
        for name in list(self._created):
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._created.clear()
        self._admin.dispose()
