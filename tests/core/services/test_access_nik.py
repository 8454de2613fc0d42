"""``access.ids_on_screen``: the one rule for NIK and No. KK on screen, read from a session or a
database: whole without accounts and for every role but the Pemantau (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import ids_on_screen, shows_full_nik
from wksbm_desktop.core.storage.db import Database

NIK = "3671051705800001"


def test_without_accounts_niks_show_whole(database: Database) -> None:
    assert ids_on_screen(database)(NIK) == NIK
    with database.read_session() as session:
        assert ids_on_screen(session)(NIK) == NIK


@pytest.mark.parametrize(
    ("role", "shown"), [(Role.OPERATOR, NIK), (Role.PEMANTAU, "3671" + "*" * 12)]
)
def test_a_signed_in_role_decides(database: Database, role: Role, shown: str) -> None:
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", "rahasia-lurah-1")
    assert not shows_full_nik(database)  # accounts exist, nobody signed in
    database.sign_in(SignedIn(2, "uji", "Akun Uji", role))
    assert ids_on_screen(database)(NIK) == shown
    with database.read_session() as session:
        assert ids_on_screen(session)(NIK) == shown


def test_a_file_is_no_reader(tmp_path: Path) -> None:
    assert shows_full_nik(tmp_path / "wksbm.db")  # type: ignore[arg-type]


def test_an_operation_on_files_alone_is_checked_by_its_shell(tmp_path: Path) -> None:
    """Without a session or database (the command line checked ``--user`` already) a guarded
    file operation goes ahead, here to its own plain refusal of a missing folder."""
    from wksbm_desktop.core.errors import DatabaseProblem
    from wksbm_desktop.core.services.access import PermissionRefused
    from wksbm_desktop.core.storage.offsite import copy_outside

    with pytest.raises(DatabaseProblem) as refused:
        copy_outside(tmp_path / "wksbm.db", tmp_path / "tidak-ada")
    assert not isinstance(refused.value, PermissionRefused)
