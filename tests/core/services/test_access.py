"""Where the role check looks for the account: a session, an open database, or nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.services.test_accounts import first_admin
from wksbm_desktop.core.domain.roles import Permission, Role, SignedIn
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.services.access import PermissionRefused, check
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.core.storage.restore import restore

WATCHER = SignedIn(999, "pantau", "Pemantau Uji", Role.PEMANTAU)


def test_the_open_database_and_its_sessions_refuse_a_role_without_the_permission(
    database: Database,
) -> None:
    first_admin(database)
    database.sign_in(WATCHER)
    with pytest.raises(PermissionRefused, match="Pemantau"):
        check(database, Permission.RESTORE)
    with pytest.raises(PermissionRefused, match="Pemantau"), database.session() as session:
        check(session, Permission.RESTORE)


def test_work_on_files_alone_is_not_checked_in_the_core(tmp_path: Path) -> None:
    """Restoring with no database open (it may be too damaged to open): there is no account to
    ask, so the core goes on to its own checks; the shells sign in before they call it."""
    check(tmp_path / "wksbm.db", Permission.RESTORE)  # neither a session nor a database: passes
    current = tmp_path / "wksbm.db"
    current.write_bytes(b"")
    with pytest.raises(DatabaseProblem) as problem:
        restore(current, current)  # the file check speaks, not the role check
    assert problem.value.key == "safety.restore.same_file"
    assert current.read_bytes() == b""
