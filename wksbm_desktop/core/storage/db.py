"""Opening the database: connection settings, schema creation and upgrades, sessions."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.storage.db_file import FileKind, inspect_file
from wksbm_desktop.core.storage.sqlite_file import UNREADABLE, unreadable_detail

if TYPE_CHECKING:
    # SQLAlchemy is imported when a database is opened, not with this module: the window's
    # first page is shown before (ui/opening.py), which saves a third of a second at start-up.
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from wksbm_desktop.core.domain.roles import SignedIn

_log = logging.getLogger(__name__)

# The newest migration. A test checks it equals Alembic's head, so opening a current
# database can compare this string and never import Alembic (which costs start-up time).
HEAD_REVISION = "0009_evidence"
BUSY_TIMEOUT_MS = 10_000

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # A plain cursor: sqlite3 connections on Python 3.11 have no ``autocommit`` attribute.
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a file, built from parts: ``#``, ``%`` and ``?`` in a folder name
    stay part of the path (``f"sqlite:///{path}"`` would read ``?`` as the start of options)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path))


def with_driver(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the one driver we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def make_engine(target: str | Path) -> Engine:
    """Create an engine for a SQLite file path or a SQLAlchemy URL, with our connection settings."""
    from sqlalchemy import create_engine, event

    if is_url(target):
        url = with_driver(str(target))
        # A server that does not answer must not freeze the application for minutes.
        options = {"connect_args": {"connect_timeout": 10}} if url.startswith("postgresql") else {}
        engine = create_engine(url, pool_pre_ping=True, **options)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    engine = create_engine(
        sqlite_url(Path(target)), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


# A save that arrives while the start-up check of the file still runs waits this long for it.
WRITE_WAIT_S = 5.0


class WriteHold:
    """Writes wait until the file has passed its start-up check, and never happen if it failed.

    The check (``PRAGMA quick_check``) runs in the background once the window shows
    (ui/safety/controller.py); reading meanwhile cannot harm a damaged file, writing could.
    """

    def __init__(self) -> None:
        self._settled = threading.Event()
        self._problem: str | None = None

    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    @property
    def passed(self) -> bool:
        return self._settled.is_set() and self._problem is None

    def release(self) -> None:
        """The file is healthy: writes go ahead."""
        self._settled.set()

    def refuse(self, problem: str) -> None:
        """The file is damaged: every write from now on is refused."""
        self._problem = problem or "damaged"
        self._settled.set()

    def wait(self, timeout_s: float | None = None) -> None:
        """Return when writes may go ahead; raise a plain explanation otherwise."""
        if not self._settled.wait(WRITE_WAIT_S if timeout_s is None else timeout_s):
            raise DatabaseProblem("db.write_checking")
        if self._problem is not None:
            raise DatabaseProblem("db.write_damaged")


@dataclass
class Database:
    """An open database: the engine, a session factory, and where it lives."""

    engine: Engine
    target: str
    path: Path | None
    operator: str = ""
    write_hold: WriteHold | None = field(default=None, repr=False)
    # The signed-in account every session of this database acts for (core/services/access.py).
    account: SignedIn | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        from sqlalchemy.orm import sessionmaker

        # Registers the ownership check on every session's flush: on a city installation a
        # kelurahan's records are read-only (docs/city.md). Every session is opened here.
        from wksbm_desktop.core.services import ownership  # noqa: F401

        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        """Where the database is, for people to read: a server URL never shows its password."""
        return self.target if self.path is not None else str(self.engine.url)

    @contextmanager
    def session(self, operator: str | None = None) -> Iterator[Session]:
        """One session per user action: commit when the block succeeds, roll back otherwise."""
        if self.write_hold is not None:
            self.write_hold.wait()
        session = self._factory()
        self._identify(session, operator)
        try:
            yield session
            session.commit()
        except BaseException as error:
            _rollback_and_explain(session, error)
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only; nothing is committed."""
        session = self._factory()
        self._identify(session, None)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def _identify(self, session: Session, operator: str | None) -> None:
        """Who the session acts for: the signed-in account, named by its full name in the
        history; without accounts, the operator name given as before."""
        session.info["account"] = self.account
        if self.account is not None:
            session.info["operator"] = self.account.full_name
        else:
            session.info["operator"] = operator if operator is not None else self.operator

    def sign_in(self, account: SignedIn | None) -> None:
        """Act for ``account`` from now on (None: signed out)."""
        self.account = account
        if account is not None:  # file-level work (restore) names the person too
            self.operator = account.full_name

    def has_accounts(self) -> bool:
        """Whether anyone must sign in to work on this database (an active account exists)."""
        from sqlalchemy import select

        from wksbm_desktop.core.models import Account

        # Accounts made from names recorded before sign-in existed are inactive and count not.
        query = select(Account.id).where(Account.active.is_(True)).limit(1)
        with self.read_session() as session:
            return session.scalar(query) is not None

    def dispose(self) -> None:
        self.engine.dispose()


def _rollback_and_explain(session: Session, error: BaseException) -> None:
    """Roll back; another user's write (stale version, lost race) becomes a plain conflict."""
    from wksbm_desktop.core.storage import concurrency

    candidates = concurrency.stale_candidates(session, error)
    session.rollback()
    conflict = concurrency.conflict_for(error, session, candidates)
    if conflict is not None:
        raise conflict from error


def open_database(
    target: str | Path,
    *,
    migrate: bool = True,
    create: bool = True,
    operator: str = "",
    write_hold: WriteHold | None = None,
) -> Database:
    """Open (creating or upgrading when needed) the database at a file path or URL.

    With ``create=False`` a path with no file, or a database without our tables, is refused
    instead of created (the command line: a typo in ``--db`` must not leave a new file). A
    file of another application is always refused before anything could change it.

    With a ``write_hold`` not yet released, nothing is written while opening: the planner
    statistics wait (the caller refreshes them once the hold is released) and a file that
    needs an upgrade is refused, as its start-up check must come first.
    """
    path = None if is_url(target) else Path(target).expanduser().resolve()
    if path is not None:
        _prepare_file(path, create)
    engine = make_engine(path if path is not None else str(target))
    database = Database(engine, str(target), path, operator=operator, write_hold=write_hold)
    held = write_hold is not None and not write_hold.passed
    try:
        if path is None and engine.dialect.name == "postgresql":
            from wksbm_desktop.core.storage.server import require_reachable

            require_reachable(engine)
        current = read_revision(engine)
        if current is None and not create:
            _refuse_missing(database)
        if current != HEAD_REVISION:
            if not migrate or held:
                _refuse_without_migrating(str(target), current)
            _upgrade(database, current)
        if path is not None and not held:
            from wksbm_desktop.core.storage.sqlite_stats import refresh_if_stale

            refresh_if_stale(engine)
    except BaseException:
        engine.dispose()
        raise
    return database


def _refuse_without_migrating(target: str, current: str | None) -> None:
    from wksbm_desktop.core.storage import migrate

    # A newer file must be called newer, not old, or the advice would be wrong.
    if current is not None and not migrate.is_known_revision(current):
        raise DatabaseProblem("db.too_new", revision=current)
    raise DatabaseProblem("db.needs_upgrade", path=target)


def _refuse_missing(database: Database) -> None:
    if database.path is not None:
        raise DatabaseProblem("storage.db_missing", path=str(database.path))
    raise DatabaseProblem("storage.server_no_schema", target=database.label)


def _prepare_file(path: Path, create: bool) -> None:
    """Look at the file before SQLite opens it for writing (which switches it to WAL mode)."""
    if path.is_dir():
        raise DatabaseProblem("db.is_directory", path=str(path))
    state = inspect_file(path)
    if state.kind in (FileKind.MISSING, FileKind.EMPTY) and not create:
        raise DatabaseProblem("storage.db_missing", path=str(path))
    if state.kind is FileKind.MISSING:
        _create_private(path)
    elif state.kind is FileKind.NOT_SQLITE:
        raise DatabaseProblem("db.not_a_database", path=str(path))
    elif state.kind is FileKind.DAMAGED:
        raise DatabaseProblem("storage.db_damaged", path=str(path), detail=state.detail)
    elif state.kind is FileKind.FOREIGN:
        raise DatabaseProblem("storage.db_foreign", path=str(path))


def _create_private(path: Path) -> None:
    """An empty file readable by its owner only; SQLite gives its WAL the same mode."""
    from wksbm_desktop.paths import create_private_file, ensure_private_dir

    try:
        ensure_private_dir(path.parent)
    except OSError as error:
        raise DatabaseProblem("db.cannot_create_folder", path=str(path.parent)) from error
    try:
        create_private_file(path)
    except OSError as error:
        raise DatabaseProblem(
            "storage.db_cannot_create", path=str(path), detail=error.strerror
        ) from error


def read_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    from sqlalchemy import inspect, text

    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                if inspect(connection).get_table_names():
                    raise DatabaseProblem("db.foreign_schema", path=str(engine.url))
                return None
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except (*UNREADABLE, _sqlalchemy_db_error()) as error:
        raise _unreadable(engine, error) from error
    return row[0] if row else None


def _unreadable(engine: Engine, error: BaseException) -> DatabaseProblem:
    """SQLite's own complaint in a plain sentence: no SQLAlchemy wording, no web link."""
    detail = unreadable_detail(getattr(error, "orig", None) or error).strip().splitlines()
    text = detail[0] if detail else type(error).__name__
    if engine.dialect.name == "sqlite":
        return DatabaseProblem("storage.db_damaged", path=str(engine.url.database), detail=text)
    return DatabaseProblem("db.unreadable", path=engine.url.render_as_string(), detail=text)


def _sqlalchemy_db_error() -> type[Exception]:
    from sqlalchemy.exc import DatabaseError

    return DatabaseError


def _upgrade(database: Database, current: str | None) -> None:
    from wksbm_desktop.core.storage import migrate

    if current is not None and not migrate.is_known_revision(current):
        raise DatabaseProblem("db.too_new", revision=current)
    if current is not None and database.path is not None:
        migrate.backup_before_upgrade(database.path, current)
    _log.info("upgrading database schema from %s to %s", current, HEAD_REVISION)
    try:
        migrate.upgrade_to_head(database.engine)
    except _sqlalchemy_error() as error:
        # The migration runs in one transaction: the file is unchanged, and a backup exists.
        _log.exception("database upgrade from %s failed", current)
        if _not_allowed(error):  # a daily-work login on the server: the owner must upgrade
            raise DatabaseProblem(
                "accounts.pg.owner_must_upgrade", target=database.label
            ) from error
        raise DatabaseProblem(
            "db.upgrade_failed", path=database.label, detail=str(error).splitlines()[0]
        ) from error


def _not_allowed(error: BaseException) -> bool:
    """PostgreSQL refused for want of privilege (SQLSTATE 42501, insufficient_privilege)."""
    return getattr(getattr(error, "orig", None), "sqlstate", None) == "42501"


def _sqlalchemy_error() -> type[Exception]:
    from sqlalchemy.exc import SQLAlchemyError

    return SQLAlchemyError
