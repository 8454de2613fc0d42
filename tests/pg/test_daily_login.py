"""Daily work on the server with a login that cannot alter or drop tables; only the owner login
runs migrations, and the daily login gets a plain message when one is needed (issue 17, point 6)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from tests.core.conftest import group_input, member_input
from tests.engines import PgServer
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import make_engine, open_database

# What README ("Login harian") tells IT to run as the owner, with ROLE for the daily login.
GRANTS = (
    "GRANT CONNECT ON DATABASE {db} TO {role}",
    "GRANT USAGE ON SCHEMA public TO {role}",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
)


@pytest.fixture
def server_db(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A new server database owned by the suite's login, and a daily login granted on it."""
    owner_url = pg_server.create()
    role = f"wksbm_kerja_{uuid.uuid4().hex[:8]}"
    name = make_url(owner_url).database
    admin = create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
    daily_url = make_url(owner_url).set(username=role).render_as_string(hide_password=False)
    yield owner_url, daily_url
    pg_server.drop(owner_url)
    with admin.connect() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
    admin.dispose()
    assert name


def _grant(owner_url: str, daily_url: str) -> None:
    role, name = make_url(daily_url).username, make_url(owner_url).database
    engine = make_engine(owner_url)
    with engine.begin() as connection:
        for grant in GRANTS:
            connection.execute(text(grant.format(db=name, role=role)))
    engine.dispose()


def test_daily_login_works_but_cannot_alter_or_drop(server_db: tuple[str, str]) -> None:
    owner_url, daily_url = server_db
    owner = open_database(owner_url)  # the owner creates the schema once
    with owner.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    owner.dispose()
    _grant(owner_url, daily_url)

    daily = open_database(daily_url, create=False)
    try:
        with daily.session() as session:
            accounts.create_first_administrator(session, "kadis", "Kepala Dinas", "sandi-kadis-1")
        accounts.sign_in(daily, "kadis", "sandi-kadis-1")
        with daily.session() as session:
            create_group(session, group_input())
            create_member(session, member_input(1))
        for ddl in ("ALTER TABLE members ADD COLUMN x INTEGER", "DROP TABLE audit_entries"):
            with pytest.raises(ProgrammingError, match="must be owner"), daily.engine.begin() as c:
                c.execute(text(ddl))
    finally:
        daily.dispose()


def test_a_needed_migration_asks_for_the_owner(server_db: tuple[str, str]) -> None:
    owner_url, daily_url = server_db
    engine = make_engine(owner_url)
    migrate.upgrade_to(engine, "0005_city")  # a server left by the previous release
    engine.dispose()
    _grant(owner_url, daily_url)

    with pytest.raises(DatabaseProblem) as refused:
        open_database(daily_url, create=False)
    assert refused.value.key == "accounts.pg.owner_must_upgrade"
    assert "login pemilik" in refused.value.message

    open_database(owner_url, create=False).dispose()  # the owner upgrades ...
    daily = open_database(daily_url, create=False)  # ... and daily work goes on
    with daily.session() as session:
        assert accounts.needs_first_administrator(session)
    daily.dispose()
