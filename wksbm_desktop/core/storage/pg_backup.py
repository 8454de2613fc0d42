"""Backups of a server database with pg_dump and pg_restore (custom format): the server's tools."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from wksbm_desktop import paths
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage.backup import BACKUP_DIR_NAME, STAMP_FORMAT
from wksbm_desktop.core.storage.db import with_driver
from wksbm_desktop.paths import create_private_file, ensure_private_dir

ENV_PG_BIN = "WKSBM_PG_BIN"  # a folder holding pg_dump and pg_restore, when not on PATH
DUMP_MAGIC = b"PGDMP"  # the first bytes of a pg_dump custom-format archive
TIMEOUT_S = 3600
_SEARCH = (
    "/usr/lib/postgresql/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
)


def find_tool(name: str) -> str | None:
    """pg_dump or pg_restore: WKSBM_PG_BIN, then PATH, then the usual install folders."""
    folder = os.environ.get(ENV_PG_BIN)
    if folder:
        return shutil.which(name, path=folder)
    found = shutil.which(name)
    if found:
        return found
    for pattern in _SEARCH:
        for candidate in sorted(glob.glob(pattern), reverse=True):  # newest version first
            found = shutil.which(name, path=candidate)
            if found:
                return found
    return None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq reads it, with the password moved to PGPASSWORD (not the command line)."""
    parsed = make_url(with_driver(url))
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    # URL.set() keeps a value given as None, so the password is dropped with _replace.
    plain = parsed._replace(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def default_dump_path(url: str, reason: str = "manual") -> Path:
    name = make_url(with_driver(url)).database or "wksbm"
    stamp = utcnow().strftime(STAMP_FORMAT)
    return paths.data_dir() / BACKUP_DIR_NAME / f"{name}-server-{reason}-{stamp}.dump"


def backup_server(url: str, out: Path | None = None, reason: str = "manual") -> Path:
    """Write a pg_dump custom-format archive of the server database; returns its path."""
    tool = find_tool("pg_dump")
    if tool is None:
        raise DatabaseProblem("server.backup.no_pg_dump")
    target = (out or default_dump_path(url, reason)).expanduser().resolve()
    if target.exists():
        raise DatabaseProblem("server.backup.out_exists", path=str(target))
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)  # pg_dump writes into it and keeps its owner-only mode
    dsn, env = _libpq(url)
    command = [tool, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={dsn}"]
    _run(command, env, "server.backup.failed")
    os.replace(partial, target)
    return target


def validate_dump(path: Path) -> None:
    if not path.is_file():
        raise DatabaseProblem("server.restore.missing", path=str(path))
    with path.open("rb") as handle:
        if handle.read(len(DUMP_MAGIC)) != DUMP_MAGIC:
            raise DatabaseProblem("server.restore.not_a_dump", path=str(path))


def check_dump_contents(tool: str, dump: Path) -> None:
    """Refuse a dump holding anything but WKSBM's tables (a trigger, function, view, rule...),
    read from its table of contents before pg_restore touches the server."""
    from wksbm_desktop.core.storage.pg_schema import dump_listing, foreign_entries

    try:
        listing = dump_listing(tool, str(dump))
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DatabaseProblem("server.restore.failed", detail=str(error)) from error
    foreign = foreign_entries(listing)
    if foreign:
        shown = "; ".join(foreign[:5]) + (f" (+{len(foreign) - 5})" if len(foreign) > 5 else "")
        raise DatabaseProblem("server.restore.foreign_objects", path=str(dump), details=shown)


def restore_server(url: str, dump: Path) -> Path | None:
    """Replace the server database's contents by ``dump`` in one transaction.

    A dump of the current state is written first when pg_dump is available; returns its path.
    """
    validate_dump(dump)
    tool = find_tool("pg_restore")
    if tool is None:
        raise DatabaseProblem("server.backup.no_pg_restore")
    check_dump_contents(tool, dump)
    safety = backup_server(url, reason="sebelum-pulih") if find_tool("pg_dump") else None
    dsn, env = _libpq(url)
    command = [tool, "--clean", "--if-exists", "--single-transaction", "--no-owner",
               f"--dbname={dsn}", str(dump)]  # fmt: skip
    _run(command, env, "server.restore.failed")
    return safety


def _run(command: list[str], env: dict[str, str], failure_key: str) -> None:
    try:
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DatabaseProblem(failure_key, detail=str(error)) from error
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise DatabaseProblem(failure_key, detail=detail[-1] if detail else result.returncode)
