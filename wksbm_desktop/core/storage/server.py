"""The PostgreSQL server: building its URL, testing a connection, plain reasons when it fails."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from wksbm_desktop import paths
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.i18n import t

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5

# Ready-to-use states: the application can open the database (creating or upgrading the tables).
USABLE = ("ok", "needs_init", "needs_upgrade")

# SQLSTATE codes sent by the server when it refuses a login.
_STATES = {
    "28P01": "bad_password",  # invalid_password
    "3D000": "no_database",  # invalid_catalog_name
    "28000": "not_allowed",  # invalid_authorization_specification (pg_hba.conf)
    "42501": "not_allowed",  # insufficient_privilege (CONNECT not granted)
}
# Without a SQLSTATE (the server was never reached, or the text is all we have).
_PHRASES = (  # in this order: 'role "x" does not exist' is a login problem, not a database
    ("not permitted to log in", "not_allowed"),
    ("password authentication failed", "bad_password"),
    ("no password supplied", "bad_password"),
    ('role "', "bad_password"),
    ("does not exist", "no_database"),
    ("no pg_hba.conf entry", "not_allowed"),
    ("permission denied", "not_allowed"),
)


@dataclass(frozen=True)
class ConnectionReport:
    """What a connection test found: a status from USABLE or a problem, and a plain message."""

    status: str
    message: str
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in USABLE


def server_url(
    host: str, database: str, user: str, password: str = "", port: int = DEFAULT_PORT
) -> str:
    """A SQLAlchemy URL for the psycopg driver; the password is quoted, never logged."""
    url = URL.create(
        DRIVER, username=user or None, password=password or None, host=host, port=port,
        database=database,
    )  # fmt: skip
    return url.render_as_string(hide_password=False)


def classify(error: BaseException) -> str:
    """Why a connection failed: bad_password, no_database, not_allowed or unreachable."""
    original = getattr(error, "orig", error)
    state = getattr(original, "sqlstate", None)
    if state in _STATES:
        return _STATES[state]
    text_ = str(original).lower()
    for phrase, status in _PHRASES:
        if phrase in text_:
            return status
    return "unreachable"


def test_connection(url: str, timeout: int = CONNECT_TIMEOUT_S) -> ConnectionReport:
    """Connect to ``url`` once and say, in plain Indonesian, whether WKSBM can use it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return ConnectionReport("not_url", t("server.test.not_url"))
    if not parsed.drivername.startswith("postgresql"):
        return ConnectionReport("not_url", t("server.test.not_url"))
    try:
        engine = create_engine(parsed, connect_args={"connect_timeout": timeout})
    except ModuleNotFoundError:
        return ConnectionReport("no_driver", t("server.test.no_driver"))
    try:
        return _inspect_database(engine, parsed)
    except DBAPIError as error:
        status = classify(error)
        return ConnectionReport(status, t(f"server.test.{status}", **_names(parsed)))
    finally:
        engine.dispose()


# pytest would collect a module-level function named test_*; this one is not a test.
test_connection.__test__ = False  # type: ignore[attr-defined]


def _inspect_database(engine: Engine, url: URL) -> ConnectionReport:
    names = _names(url)
    with engine.connect() as connection:
        version = ".".join(str(part) for part in connection.dialect.server_version_info or ())
        tables = inspect(connection).get_table_names()
        if not tables:
            return ConnectionReport("needs_init", t("server.test.needs_init", **names))
        if "alembic_version" not in tables:
            return ConnectionReport("foreign", t("server.test.foreign", **names))
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    # Alembic's scripts say what is current (the same HEAD_REVISION core/storage/db.py checks).
    from wksbm_desktop.core.storage.migrate import head_revision, is_known_revision

    if revision == head_revision():
        return ConnectionReport("ok", t("server.test.ok", version=version, **names), revision)
    if revision is not None and not is_known_revision(revision):
        return ConnectionReport("too_new", t("server.test.too_new", **names), revision)
    return ConnectionReport("needs_upgrade", t("server.test.needs_upgrade", **names), revision)


def _names(url: URL) -> dict[str, object]:
    return {
        "host": url.host or "localhost", "port": url.port or DEFAULT_PORT,
        "database": url.database or "", "user": url.username or "",
    }  # fmt: skip


def require_reachable(engine: Engine) -> None:
    """Connect once before opening a server database, so a failure gets a plain reason."""
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        status = classify(error)
        raise DatabaseProblem(f"server.test.{status}", **_names(engine.url)) from error


# --- the password stays out of the settings file -----------------------------------------------
# libpq reads passwords from a "pgpass" file (host:port:database:user:password, mode 0600) when
# the URL has none. The application keeps its own in the data folder and points PGPASSFILE at
# it, so the settings file holds only the password-free URL.

PGPASS_FILE_NAME = "pgpass.conf"


def pgpass_path() -> Path:
    return paths.data_dir() / PGPASS_FILE_NAME


def use_pgpass() -> None:
    """Let libpq find remembered passwords (call once at start-up, before connecting)."""
    if pgpass_path().exists():
        os.environ.setdefault("PGPASSFILE", str(pgpass_path()))


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(url: str, password: str) -> None:
    """Keep ``password`` for this server login in the pgpass file (replacing an older one).

    The file is written whole and renamed into place, readable by its owner only from the
    start (libpq also ignores a pgpass file that others can read). The format has no escape
    for a line break, so a value holding one is refused: it would add a line of its own.
    """
    parsed = make_url(url)
    fields = [parsed.host or "localhost", str(parsed.port or DEFAULT_PORT),
              parsed.database or "*", parsed.username or ""]  # fmt: skip
    if any(_breaks_line(value) for value in (*fields, password)):
        raise DatabaseProblem("storage.pgpass_newline")
    prefix = ":".join(_escape(f) for f in fields) + ":"
    path = pgpass_path()
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(prefix)]
    lines.append(prefix + _escape(password))
    paths.ensure_private_dir(path.parent)
    paths.write_private_text(path, "\n".join(lines) + "\n")
    os.environ["PGPASSFILE"] = str(path)


def _breaks_line(value: str) -> bool:
    # libpq reads the file line by line; a carriage return would end up inside a field.
    return "\n" in value or "\r" in value
