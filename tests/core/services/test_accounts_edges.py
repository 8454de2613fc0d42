"""Accounts at their edges: names taken or claimed, enabling again, the last administrator, and
failed sign-ins and recoveries that must count (or not) exactly as a person expects."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.core.services.test_accounts import ADMIN_PASSWORD, CLERK_PASSWORD, first_admin
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.errors import ValidationFailed, WksbmError
from wksbm_desktop.core.models import Account, AuditEntry
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.storage.db import Database

WRONG_CODE = "AAAA-BBBB-CCCC-DDDD-EEEE"


@pytest.fixture
def admin(database: Database) -> Database:
    """The database with its first administrator (``lurah``) signed in and an operator ``siti``."""
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", Role.OPERATOR, CLERK_PASSWORD)
    return database


def _account(database: Database, user_name: str) -> Account:
    with database.read_session() as session:
        account = accounts.find_account(session, user_name)
        assert account is not None
        session.expunge(account)
        return account


def _actions(database: Database, user_name: str) -> list[str]:
    account_id = str(_account(database, user_name).id)
    with database.read_session() as session:
        query = select(AuditEntry.action).where(
            AuditEntry.entity == "account", AuditEntry.entity_uuid == account_id
        )
        return list(session.scalars(query.order_by(AuditEntry.id)))


# --- adding ----------------------------------------------------------------------------------


def test_an_unknown_role_is_refused_by_name_and_nothing_is_added(admin: Database) -> None:
    with pytest.raises(WksbmError) as refused, admin.session() as session:
        accounts.add_account(session, "budi", "Budi Santoso", "bendahara", CLERK_PASSWORD)
    assert refused.value.key == "accounts.unknown_role"
    assert "bendahara" in refused.value.message
    with admin.read_session() as session:
        assert accounts.find_account(session, "budi") is None


def test_a_taken_user_name_a_long_full_name_and_a_blank_password_are_each_named(
    admin: Database,
) -> None:
    with pytest.raises(ValidationFailed) as failed, admin.session() as session:
        accounts.add_account(session, "SITI", "B" * 151, "operator", " " * 12)
    problems = failed.value.by_field()
    assert set(problems) == {"user_name", "full_name", "password"}
    text = failed.value.message
    assert "'siti' sudah dipakai" in text
    assert "paling banyak 150" in text and "hanya spasi" in text
    with admin.read_session() as session:
        assert [row.user_name for row in accounts.list_accounts(session)] == ["lurah", "siti"]


def test_a_recorded_name_may_keep_its_own_user_name(admin: Database) -> None:
    """A name recorded before accounts existed already holds a user name: the person whose
    history it is takes it over with that same user name (the one case a taken name is fine)."""
    with admin.session() as session:
        recorded = Account(
            user_name="budi.s", full_name="Budi Santoso", role="operator", active=False
        )
        session.add(recorded)
        session.flush()
        recorded_id = recorded.id
    with admin.session() as session:
        row = accounts.add_account(session, "budi.s", "Budi  Santoso", "operator", CLERK_PASSWORD)
    assert (row.user_name, row.full_name, row.active) == ("budi.s", "Budi Santoso", True)
    assert _account(admin, "budi.s").id == recorded_id
    # Once claimed it is an account like any other: the same user name again is taken.
    with pytest.raises(ValidationFailed, match="sudah dipakai"), admin.session() as session:
        accounts.add_account(session, "budi.s", "Budi Santoso", "operator", CLERK_PASSWORD)


# --- listing, disabling and enabling -----------------------------------------------------


def test_enabling_again_lets_the_person_sign_in_with_the_same_password(admin: Database) -> None:
    with admin.session() as session:
        accounts.disable_account(session, "siti")
    with admin.read_session() as session:
        assert [r.user_name for r in accounts.list_accounts(session, include_inactive=False)] == [
            "lurah"
        ]
        assert [r.user_name for r in accounts.list_accounts(session)] == ["lurah", "siti"]
    with admin.session() as session:
        row = accounts.enable_account(session, "Siti")
        again = accounts.enable_account(session, "siti")  # already active: nothing more
    assert row.active and again.active
    assert _actions(admin, "siti") == ["create", "disable", "enable"]
    assert accounts.sign_in(admin, "siti", CLERK_PASSWORD).user_name == "siti"


def test_a_recorded_name_without_a_password_cannot_be_enabled(admin: Database) -> None:
    with admin.session() as session:
        session.add(Account(user_name="tuti", full_name="Tuti", role="operator", active=False))
    with pytest.raises(WksbmError) as refused, admin.session() as session:
        accounts.enable_account(session, "tuti")
    assert refused.value.key == "accounts.enable_needs_password"
    assert not _account(admin, "tuti").active


@pytest.mark.parametrize(
    "change",
    [
        lambda session: accounts.disable_account(session, "tidak.ada"),
        lambda session: accounts.enable_account(session, "tidak.ada"),
        lambda session: accounts.reset_password(session, "Tidak.Ada", "sandi-baru-sekali"),
    ],
    ids=["disable", "enable", "reset"],
)
def test_changing_an_unknown_user_name_says_so(admin: Database, change) -> None:
    with pytest.raises(WksbmError) as refused, admin.session() as session:
        change(session)
    assert refused.value.key == "accounts.no_such_user"
    assert "'tidak.ada'" in refused.value.message


def test_an_administrator_disabled_meanwhile_cannot_disable_the_last_active_one(
    admin: Database,
) -> None:
    """Two administrators at two desks: the second disables the first, whose window is still
    signed in; the first may not then disable the one administrator left."""
    with admin.session() as session:
        accounts.add_account(session, "wakil", "Wakil Lurah", Role.ADMIN, CLERK_PASSWORD)
    still_signed_in = admin.account
    accounts.sign_in(admin, "wakil", CLERK_PASSWORD)
    with admin.session() as session:
        accounts.disable_account(session, "lurah")
    admin.sign_in(still_signed_in)
    with pytest.raises(WksbmError) as refused, admin.session() as session:
        accounts.disable_account(session, "wakil")
    # The window of the disabled one acts no more at all (its row is read, not its sign-in).
    assert refused.value.key == "accounts.refused.disabled"
    assert _account(admin, "wakil").active


# --- own password, failed sign-ins and recoveries ----------------------------------------------


def test_changing_ones_own_password_needs_a_sign_in(admin: Database) -> None:
    admin.sign_in(None)
    with pytest.raises(WksbmError) as refused, admin.session() as session:
        accounts.change_own_password(session, ADMIN_PASSWORD, "sandi-tanpa-masuk")
    assert refused.value.key == "accounts.refused.not_signed_in"
    accounts.sign_in(admin, "lurah", ADMIN_PASSWORD)  # the old password still works


def test_an_unknown_user_name_gets_the_wrong_password_answer_and_locks_nobody(
    admin: Database,
) -> None:
    for _ in range(accounts.FREE_ATTEMPTS + 2):
        with pytest.raises(WksbmError) as wrong:
            accounts.sign_in(admin, "sity", CLERK_PASSWORD)
        assert wrong.value.key == "accounts.wrong_password"  # no hint that the name is wrong
    with admin.read_session() as session:
        counts = {a.user_name: a.failed_attempts for a in session.scalars(select(Account))}
    assert counts == {"lurah": 0, "siti": 0}
    assert accounts.sign_in(admin, "siti", CLERK_PASSWORD).user_name == "siti"


def test_a_locked_administrator_waits_for_the_recovery_code_too(database: Database) -> None:
    code = first_admin(database).recovery_code
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(WksbmError, match="salah"):
            accounts.recover_with_code(database, "lurah", WRONG_CODE, "sandi-baru-1")
    # Now even the right code waits: a code cannot be guessed faster than a password.
    with pytest.raises(WksbmError) as waiting:
        accounts.recover_with_code(database, "lurah", code, "sandi-baru-1")
    assert waiting.value.key == "accounts.wait"
    with database.session() as session:  # the wait is over
        account = accounts.find_account(session, "lurah")
        assert account is not None and account.failed_attempts == accounts.FREE_ATTEMPTS
        account.locked_until = None
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)  # the refused recovery changed nothing
    accounts.recover_with_code(database, "lurah", code, "sandi-baru-1")  # the code still works
    assert accounts.sign_in(database, "lurah", "sandi-baru-1").user_name == "lurah"
