"""Every guarded call follows the account's row as it stands now, not as it stood at sign-in:
an administrator disables an account or changes its role while a window signed in as it stays
open (several officers on the city's PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from tests.core.conftest import member_input
from tests.core.services.test_accounts import ADMIN_PASSWORD, CLERK_PASSWORD, first_admin
from wksbm_desktop.core.domain.roles import Permission, Role, SignedIn
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Account, Member
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import (
    AccountDisabled,
    PermissionRefused,
    check,
    shows_full_nik,
)
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import Database


def _signed_in_as(database: Database, user_name: str, role: Role) -> SignedIn:
    """An administrator adds ``user_name``, who then signs in on ``database``."""
    admin = first_admin(database).account
    database.sign_in(admin)
    with database.session() as session:
        accounts.add_account(session, user_name, f"Akun {user_name}", role, CLERK_PASSWORD)
    return accounts.sign_in(database, user_name, CLERK_PASSWORD)


def _as_admin(database: Database, change: Any) -> None:
    """The administrator's desk changes the account; this window keeps its sign-in."""
    mine = database.account
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        change(session)
    database.sign_in(mine)


def _set_role(user_name: str, role: Role) -> Any:
    def change(session: Any) -> None:
        query = update(Account).where(Account.user_name == user_name).values(role=role.value)
        session.execute(query)

    return change


def _members(database: Database) -> int:
    with database.read_session() as session:
        return int(session.scalar(select(func.count(Member.id))) or 0)


def test_a_disabled_account_is_refused_at_its_next_call_and_nothing_changes(
    database: Database,
) -> None:
    _signed_in_as(database, "siti", Role.OPERATOR)
    with database.session() as session:
        create_member(session, member_input(1))
    _as_admin(database, lambda session: accounts.disable_account(session, "siti"))
    assert database.account is not None and database.account.user_name == "siti"
    with pytest.raises(AccountDisabled) as refused, database.session() as session:
        create_member(session, member_input(2))
    assert refused.value.key == "accounts.refused.disabled"
    assert "dinonaktifkan" in refused.value.message and "Lurah/Admin" in refused.value.message
    assert _members(database) == 1
    with pytest.raises(AccountDisabled):
        check(database, Permission.BACKUP)  # file-level work through the database itself
    assert not shows_full_nik(database)
    with database.read_session() as session:
        assert not shows_full_nik(session)


def test_an_account_enabled_again_works_again(database: Database) -> None:
    _signed_in_as(database, "siti", Role.OPERATOR)
    _as_admin(database, lambda session: accounts.disable_account(session, "siti"))
    _as_admin(database, lambda session: accounts.enable_account(session, "siti"))
    with database.session() as session:
        create_member(session, member_input(1))
    assert _members(database) == 1


def test_an_administrator_made_operator_may_no_longer_export_full_niks(
    database: Database, tmp_path: Path
) -> None:
    from wksbm_desktop.excel.report import ExportOptions, export_report

    _signed_in_as(database, "wakil", Role.ADMIN)
    _as_admin(database, _set_role("wakil", Role.OPERATOR))
    target = tmp_path / "laporan.xlsx"
    with pytest.raises(PermissionRefused, match="NIK lengkap"):
        export_report(database, target, ExportOptions(full_nik=True))
    assert not target.exists()
    with pytest.raises(PermissionRefused), database.session() as session:
        accounts.add_account(session, "baru", "Orang Baru", Role.OPERATOR, CLERK_PASSWORD)
    assert shows_full_nik(database)  # an operator still reads NIK whole


def test_a_pemantau_made_operator_records_and_reads_niks_whole(database: Database) -> None:
    _signed_in_as(database, "rina", Role.PEMANTAU)
    assert not shows_full_nik(database)
    with pytest.raises(PermissionRefused), database.session() as session:
        create_member(session, member_input(1))
    _as_admin(database, _set_role("rina", Role.OPERATOR))
    with database.session() as session:
        create_member(session, member_input(1))
    assert _members(database) == 1
    assert shows_full_nik(database)


def test_an_operator_made_pemantau_reads_niks_masked(database: Database) -> None:
    _signed_in_as(database, "siti", Role.OPERATOR)
    _as_admin(database, _set_role("siti", Role.PEMANTAU))
    with database.read_session() as session:
        assert not shows_full_nik(session)


def test_another_name_under_the_accounts_number_is_not_this_account(
    database: Database,
) -> None:
    """A database put back from an older copy elsewhere may hold someone else under the
    number this window signed in with: the window acts for nobody."""
    made = first_admin(database).account
    database.sign_in(SignedIn(made.account_id, "orang-lain", "Orang Lain", Role.ADMIN))
    with pytest.raises(AccountDisabled), database.session() as session:
        create_member(session, member_input(1))
    assert _members(database) == 0


@contextmanager
def _account_reads(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "FROM account" in statement:
            seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_the_account_row_is_read_once_per_session(database: Database) -> None:
    _signed_in_as(database, "siti", Role.OPERATOR)
    with _account_reads(database) as seen, database.session() as session:
        for serial in range(1, 13):  # twelve guarded calls in one session
            create_member(session, member_input(serial))
        assert shows_full_nik(session)
    assert len(seen) == 1
    assert _members(database) == 12
    with _account_reads(database) as seen:
        check(database, Permission.RECORD)  # a database: one short read session of its own
    assert len(seen) == 1


def test_an_open_session_keeps_what_it_read_until_it_ends(database: Database) -> None:
    """Once per session: the change counts from the next user action (the next session)."""
    _signed_in_as(database, "siti", Role.OPERATOR)
    with database.read_session() as session:
        check(session, Permission.RECORD)
        _as_admin(database, lambda other: accounts.disable_account(other, "siti"))
        check(session, Permission.RECORD)  # read before the change: this action finishes
    with pytest.raises(AccountDisabled):
        check(database, Permission.RECORD)


def test_the_last_active_administrator_is_never_disabled(database: Database) -> None:
    """Two desks disabling each other at the same moment both read two administrators; the
    count is asked again when disabling. Here an administrator without a row (as a race leaves
    one acting) meets the one administrator left."""
    first_admin(database)
    database.sign_in(SignedIn(999, "tamu", "Admin Tanpa Baris", Role.ADMIN))
    with pytest.raises(WksbmError) as refused, database.session() as session:
        accounts.disable_account(session, "lurah")
    assert refused.value.key == "accounts.last_admin"
    with database.read_session() as session:
        assert session.scalar(select(Account.active).where(Account.user_name == "lurah"))
