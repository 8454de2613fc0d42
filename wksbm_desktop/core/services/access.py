"""Roles enforced in the core: ``@requires(permission)`` on every service that writes or
hands out personal data; the shells only hide what the core would refuse anyway."""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, runtime_checkable

from wksbm_desktop.core.domain.roles import (
    Permission,
    Role,
    SignedIn,
    id_on_screen,
    sees_full_nik,
)
from wksbm_desktop.core.errors import WksbmError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

P = ParamSpec("P")
R = TypeVar("R")

ACCOUNT_KEY = "account"  # session.info: the SignedIn the session acts for, or None
_ACCOUNTS_EXIST_KEY = "accounts_exist"  # session.info: cached answer, asked once per session
# session.info: (account id, the account as its row stands now, or None when disabled), read
# once per session: an administrator may disable an account or change its role while a window
# signed in as it stays open, and every guarded call must follow the row, not the sign-in.
_CURRENT_KEY = "account_now"

# Every guarded operation by "module.function", for the test that walks them against each role.
REGISTRY: dict[str, tuple[Callable[..., Any], Permission]] = {}


class PermissionRefused(WksbmError):
    """The signed-in account's role may not do this; nothing was changed."""


class AccountDisabled(PermissionRefused):
    """The signed-in account was disabled by an administrator since it signed in."""

    def __init__(self) -> None:
        super().__init__("accounts.refused.disabled")


def requires(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Refuse the call, before anything happens, unless the session's account may do it.

    The session (or Database) is the first argument, or the ``database`` keyword.
    """

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            check(_holder(args, kwargs), permission)
            return function(*args, **kwargs)

        guarded.permission = permission  # type: ignore[attr-defined]
        REGISTRY[f"{function.__module__}.{function.__qualname__}"] = (guarded, permission)
        return guarded

    return decorate


def _holder(args: tuple[Any, ...], kwargs: dict[str, Any]) -> object:
    """The session or database an operation works on: its first argument, or the keyword
    (``restore`` and ``consolidate`` take files first and the open database by keyword)."""
    for value in (*args[:1], kwargs.get("session"), kwargs.get("database")):
        if _is_holder(value):
            return value
    return None


@runtime_checkable
class AccountHolder(Protocol):
    """What a Database offers here (typed by shape: storage.db must not import services)."""

    account: SignedIn | None

    def has_accounts(self) -> bool: ...

    def read_session(self) -> AbstractContextManager[Session]: ...


def _is_holder(value: object) -> bool:
    from sqlalchemy.orm import Session

    return isinstance(value, Session) or _is_database(value)


def _is_database(value: object) -> bool:
    return isinstance(value, AccountHolder)


def check(holder: Session | AccountHolder | object, permission: Permission) -> None:
    """Raise PermissionRefused unless the account acting through ``holder`` may do it.

    A database without any account yet works as before accounts existed (no sign-in); once
    one exists, nothing may be done without a signed-in account. A holder that is neither a
    session nor a database (a file path: no database involved) is not checked here.
    """
    checked, account = _acting(holder)
    if not checked:
        return
    if account is _DISABLED:
        raise AccountDisabled()
    refuse_unless(account if isinstance(account, SignedIn) else None, permission)


class _Disabled:
    """The signed-in account's row says it is disabled now."""


_DISABLED = _Disabled()


def _acting(
    holder: Session | AccountHolder | object,
) -> tuple[bool, SignedIn | _Disabled | None]:
    """Whether roles apply to ``holder`` (accounts exist), and the account acting through it
    as its row stands now (``_DISABLED`` once an administrator disabled it)."""
    from sqlalchemy.orm import Session

    if isinstance(holder, Session):
        account = holder.info.get(ACCOUNT_KEY)
        if account is None:
            return accounts_exist(holder), None
        return True, account_now(holder, account)
    if _is_database(holder):
        assert isinstance(holder, AccountHolder)
        if holder.account is None:
            return holder.has_accounts(), None
        return True, _database_account_now(holder)
    return False, None


def account_now(session: Session, account: SignedIn) -> SignedIn | _Disabled:
    """``account`` as its row stands now: its current role, or ``_DISABLED``.

    Read once per session (bulk work checks per row). Accounts are never deleted, so an
    account without a row exists only where a test made one up (a restored file makes the
    window sign in again): it keeps the role it has. A row always wins.
    """
    cached = session.info.get(_CURRENT_KEY)
    if cached is None or cached[0] != account.account_id:
        from sqlalchemy import select

        from wksbm_desktop.core.models import Account

        query = select(Account.user_name, Account.role, Account.active).where(
            Account.id == account.account_id
        )
        row = session.execute(query).first()
        now: SignedIn | _Disabled = account
        if row is not None:
            user_name, role, active = row
            # Another name under this number: the database was put back from an older copy
            # elsewhere; this window's account is not the one the row holds.
            usable = active and user_name == account.user_name
            now = replace(account, role=Role(role)) if usable else _DISABLED
        cached = (account.account_id, now)
        session.info[_CURRENT_KEY] = cached
    now = cached[1]
    assert isinstance(now, SignedIn | _Disabled)
    return now


def _database_account_now(database: AccountHolder) -> SignedIn | _Disabled:
    """For a database (file-level work: backup, restore, the NIK ganda list) through one
    short read session of its own."""
    account = database.account
    assert account is not None
    with database.read_session() as session:
        return account_now(session, account)


def ids_on_screen(holder: Session | AccountHolder) -> Callable[[str], str]:
    """How NIK and No. KK show to whoever reads through ``holder`` (a session or database):
    whole, or masked for a Pemantau (``roles.sees_full_nik`` decides)."""
    return id_on_screen(shows_full_nik(holder))


def shows_full_nik(holder: Session | AccountHolder) -> bool:
    checked, account = _acting(holder)
    if account is _DISABLED:
        return False  # refused at the next guarded call; meanwhile nothing whole on screen
    return sees_full_nik(account if isinstance(account, SignedIn) else None, checked)


def refuse_unless(account: SignedIn | None, permission: Permission) -> None:
    if account is None:
        raise PermissionRefused("accounts.refused.not_signed_in")
    if not account.may(permission):
        raise PermissionRefused(
            f"accounts.refused.{permission.value}", role=_role_label(account.role)
        )


def _role_label(role: str) -> str:
    from wksbm_desktop.i18n import t

    return t(f"accounts.role.{role}")


def accounts_exist(session: Session) -> bool:
    """Whether any active account exists (asked once per session: bulk work asks per row)."""
    cached = session.info.get(_ACCOUNTS_EXIST_KEY)
    if cached is None:
        from sqlalchemy import select

        from wksbm_desktop.core.models import Account

        # Accounts made from names recorded before sign-in existed are inactive: a database
        # holding only those still works as before, until its first administrator is made.
        query = select(Account.id).where(Account.active.is_(True)).limit(1)
        cached = session.scalar(query) is not None
        session.info[_ACCOUNTS_EXIST_KEY] = cached
    return bool(cached)


def note_account_created(session: Session) -> None:
    session.info[_ACCOUNTS_EXIST_KEY] = True


def signed_in(session: Session) -> SignedIn | None:
    account = session.info.get(ACCOUNT_KEY)
    return account if isinstance(account, SignedIn) else None
