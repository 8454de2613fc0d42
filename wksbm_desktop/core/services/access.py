"""Roles enforced in the core: ``@requires(permission)`` on every service that writes or
hands out personal data; the shells only hide what the core would refuse anyway."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, runtime_checkable

from wksbm_desktop.core.domain.roles import Permission, SignedIn, id_on_screen, sees_full_nik
from wksbm_desktop.core.errors import WksbmError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

P = ParamSpec("P")
R = TypeVar("R")

ACCOUNT_KEY = "account"  # session.info: the SignedIn the session acts for, or None
_ACCOUNTS_EXIST_KEY = "accounts_exist"  # session.info: cached answer, asked once per session

# Every guarded operation by "module.function", for the test that walks them against each role.
REGISTRY: dict[str, tuple[Callable[..., Any], Permission]] = {}


class PermissionRefused(WksbmError):
    """The signed-in account's role may not do this; nothing was changed."""


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
    if checked:
        refuse_unless(account, permission)


def _acting(holder: Session | AccountHolder | object) -> tuple[bool, SignedIn | None]:
    """Whether roles apply to ``holder`` (accounts exist), and the account acting through it."""
    from sqlalchemy.orm import Session

    if isinstance(holder, Session):
        account = holder.info.get(ACCOUNT_KEY)
        return account is not None or accounts_exist(holder), account
    if _is_database(holder):
        assert isinstance(holder, AccountHolder)
        return holder.account is not None or holder.has_accounts(), holder.account
    return False, None


def ids_on_screen(holder: Session | AccountHolder) -> Callable[[str], str]:
    """How NIK and No. KK show to whoever reads through ``holder`` (a session or database):
    whole, or masked for a Pemantau (``roles.sees_full_nik`` decides)."""
    return id_on_screen(shows_full_nik(holder))


def shows_full_nik(holder: Session | AccountHolder) -> bool:
    checked, account = _acting(holder)
    return sees_full_nik(account, accounts_exist=checked)


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
