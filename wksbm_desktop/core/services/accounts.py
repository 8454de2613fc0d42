"""Accounts: the first administrator, adding and disabling people, passwords, signing in.

Passwords and recovery codes are kept only as Argon2id hashes (argon2-cffi). Failed sign-ins
make the next attempt wait longer and longer; the recovery code of an administrator is shown
once when made and works once.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission, Role, SignedIn
from wksbm_desktop.core.errors import ValidationCollector, WksbmError
from wksbm_desktop.core.models import Account, utcnow
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import (
    note_account_created,
    requires,
    signed_in,
)

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from wksbm_desktop.core.storage.db import Database

MIN_PASSWORD_LENGTH = 8
USER_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
# Free attempts, then a wait that doubles with every further failure, up to the longest.
FREE_ATTEMPTS = 3
FIRST_DELAY_S = 5
LONGEST_DELAY_S = 15 * 60
# Recovery codes: no 0/O, 1/I/L, so a printed code reads back without doubt.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_GROUPS, _CODE_GROUP_LENGTH = 5, 4


@dataclass(frozen=True)
class AccountRow:
    """An account as lists show it (never its hashes)."""

    user_name: str
    full_name: str
    role: Role
    active: bool
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class NewAdministrator:
    account: SignedIn
    recovery_code: str  # shown once; only its hash is kept


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()  # Argon2id with the library's recommended (RFC 9106) parameters


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


def secret_matches(stored: str | None, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        _hasher().hash(secret)  # the same time as a real check: no hint that the name is wrong
        return False
    try:
        return _hasher().verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def normal_user_name(user_name: str) -> str:
    return user_name.strip().lower()


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUP_LENGTH))
        for _ in range(_CODE_GROUPS)
    )
    return "-".join(groups)


def _normal_code(code: str) -> str:
    plain = re.sub(r"[^A-Z0-9]", "", code.upper())
    groups = [plain[i : i + _CODE_GROUP_LENGTH] for i in range(0, len(plain), _CODE_GROUP_LENGTH)]
    return "-".join(groups)


# --- reading -----------------------------------------------------------------------------------


def list_accounts(session: Session, include_inactive: bool = True) -> list[AccountRow]:
    query = select(Account).order_by(Account.active.desc(), Account.full_name)
    if not include_inactive:
        query = query.where(Account.active.is_(True))
    return [_row(account) for account in session.scalars(query)]


def needs_first_administrator(session: Session) -> bool:
    """No active account yet: the GUI asks for the first administrator before anything else."""
    query = select(Account.id).where(Account.active.is_(True)).limit(1)
    return session.scalar(query) is None


def find_account(session: Session, user_name: str) -> Account | None:
    return session.scalar(select(Account).where(Account.user_name == normal_user_name(user_name)))


def _row(account: Account) -> AccountRow:
    return AccountRow(
        account.user_name,
        account.full_name,
        Role(account.role),
        account.active,
        account.last_sign_in_at,
    )


def identity(account: Account) -> SignedIn:
    return SignedIn(account.id, account.user_name, account.full_name, Role(account.role))


# --- creating ----------------------------------------------------------------------------------


def create_first_administrator(
    session: Session, user_name: str, full_name: str, password: str
) -> NewAdministrator:
    """The first account of a database (or of one upgraded from before accounts existed)."""
    if not needs_first_administrator(session):
        raise WksbmError("accounts.first_admin_exists")
    account = _new_account(session, user_name, full_name, Role.ADMIN, password)
    code = new_recovery_code()
    account.recovery_hash = hash_secret(code)
    session.flush()
    note_account_created(session)
    return NewAdministrator(identity(account), code)


@requires(Permission.ACCOUNTS)
def add_account(
    session: Session, user_name: str, full_name: str, role: Role | str, password: str
) -> AccountRow:
    return _row(_new_account(session, user_name, full_name, _role(role), password))


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise WksbmError("accounts.unknown_role", role=str(role)) from None


def _new_account(
    session: Session, user_name: str, full_name: str, role: Role, password: str
) -> Account:
    user_name, full_name = normal_user_name(user_name), " ".join(full_name.split())
    _check_new(session, user_name, full_name or user_name, password)
    # A name recorded before accounts existed becomes this person's account: the history
    # written under that name stays theirs.
    account = _recorded_name(session, full_name or user_name) or Account()
    account.user_name, account.full_name = user_name, full_name or user_name
    account.role, account.active = role.value, True
    account.password_hash = hash_secret(password)
    account.failed_attempts, account.locked_until = 0, None
    if account.id is None:
        session.add(account)
    session.flush()
    audit.record(
        session,
        "account",
        str(account.id),
        "create",
        {
            "user_name": [None, user_name],
            "full_name": [None, account.full_name],
            "role": [None, role.value],
        },
    )
    return account


def _recorded_name(session: Session, full_name: str) -> Account | None:
    query = select(Account).where(
        func.lower(Account.full_name) == full_name.lower(),
        Account.active.is_(False),
        Account.password_hash.is_(None),
    )
    return session.scalar(query)


def _check_new(session: Session, user_name: str, full_name: str, password: str) -> None:
    errors = ValidationCollector()
    if not USER_NAME_PATTERN.match(user_name):
        errors.add("user_name", "accounts.user_name_invalid")
    elif find_account(session, user_name) is not None and not _claims(
        session, user_name, full_name
    ):
        errors.add("user_name", "accounts.user_name_taken", user_name=user_name)
    if len(full_name) > 150:
        errors.add("full_name", "accounts.full_name_too_long")
    elif _full_name_taken(session, full_name):
        errors.add("full_name", "accounts.full_name_taken", name=full_name)
    _check_password(errors, "password", password)
    errors.raise_if_any()


def _claims(session: Session, user_name: str, full_name: str) -> bool:
    """The user name belongs to the recorded name this new account takes over."""
    recorded = _recorded_name(session, full_name)
    return recorded is not None and recorded.user_name == user_name


def _full_name_taken(session: Session, full_name: str) -> bool:
    query = select(Account.id).where(
        func.lower(Account.full_name) == full_name.lower(),
        (Account.active.is_(True)) | (Account.password_hash.is_not(None)),
    )
    return session.scalar(query.limit(1)) is not None


def _check_password(errors: ValidationCollector, field: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        errors.add(field, "accounts.password_too_short", length=MIN_PASSWORD_LENGTH)
    elif not password.strip():
        errors.add(field, "accounts.password_blank")


def check_new_password(password: str) -> None:
    errors = ValidationCollector()
    _check_password(errors, "password", password)
    errors.raise_if_any()


# --- changing ----------------------------------------------------------------------------------


def _existing(session: Session, user_name: str) -> Account:
    account = find_account(session, user_name)
    if account is None:
        raise WksbmError("accounts.no_such_user", user_name=normal_user_name(user_name))
    return account


@requires(Permission.ACCOUNTS)
def disable_account(session: Session, user_name: str) -> AccountRow:
    account = _existing(session, user_name)
    me = signed_in(session)
    if me is not None and me.account_id == account.id:
        raise WksbmError("accounts.cannot_disable_self")
    if account.role == Role.ADMIN and account.active and _active_admins(session) <= 1:
        raise WksbmError("accounts.last_admin")
    if account.active:
        account.active = False
        audit.record(session, "account", str(account.id), "disable", {"active": [True, False]})
    return _row(account)


@requires(Permission.ACCOUNTS)
def enable_account(session: Session, user_name: str) -> AccountRow:
    account = _existing(session, user_name)
    if account.password_hash is None:
        raise WksbmError("accounts.enable_needs_password", user_name=account.user_name)
    if not account.active:
        account.active = True
        audit.record(session, "account", str(account.id), "enable", {"active": [False, True]})
    return _row(account)


@requires(Permission.ACCOUNTS)
def set_role(session: Session, user_name: str, role: Role | str) -> AccountRow:
    """An administrator gives a person another role (a clerk becomes Lurah, a Lurah leaves).

    One's own role is changed by another administrator, so nobody locks themselves out of the
    accounts by mistake; the last active administrator keeps the role.
    """
    account, new = _existing(session, user_name), _role(role)
    me = signed_in(session)
    if me is not None and me.account_id == account.id:
        raise WksbmError("accounts.cannot_change_own_role")
    old = Role(account.role)
    if old == Role.ADMIN and new != Role.ADMIN and account.active and _active_admins(session) <= 1:
        raise WksbmError("accounts.last_admin_role")
    if new != old:
        account.role = new.value
        audit.record(
            session, "account", str(account.id), "set_role", {"role": [old.value, new.value]}
        )
    return _row(account)


def _active_admins(session: Session) -> int:
    query = select(func.count(Account.id)).where(
        Account.active.is_(True), Account.role == Role.ADMIN.value
    )
    return int(session.scalar(query) or 0)


@requires(Permission.ACCOUNTS)
def reset_password(session: Session, user_name: str, new_password: str) -> AccountRow:
    """An administrator sets another person's password (they forgot it, or left a lock)."""
    account = _existing(session, user_name)
    check_new_password(new_password)
    _set_password(account, new_password)  # a disabled account stays disabled
    audit.record(session, "account", str(account.id), "reset_password")
    return _row(account)


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    """The signed-in person changes their own password, proving the old one first."""
    me = signed_in(session)
    if me is None:
        raise WksbmError("accounts.refused.not_signed_in")
    account = session.get(Account, me.account_id)
    if account is None or not secret_matches(account.password_hash, old_password):
        raise WksbmError("accounts.old_password_wrong")
    check_new_password(new_password)
    _set_password(account, new_password)
    audit.record(session, "account", str(account.id), "change_password")


def _set_password(account: Account, password: str) -> None:
    account.password_hash = hash_secret(password)
    account.failed_attempts, account.locked_until = 0, None


# --- signing in --------------------------------------------------------------------------------


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed attempts in a row: 0, 0, 0, 5, 10, 20, ..."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), LONGEST_DELAY_S)


def sign_in(database: Database, user_name: str, password: str) -> SignedIn:
    """Check the password; the account acts for every session of ``database`` from now on.

    A failed attempt is counted (in its own transaction, so the refusal does not undo it) and
    makes the next one wait; a wrong user name and a wrong password get the same answer.
    """
    account = verify_password(database, user_name, password)
    database.sign_in(account)
    return account


def verify_password(database: Database, user_name: str, password: str) -> SignedIn:
    """The account named, if ``password`` is its password; counts failures and waits."""
    now = utcnow()
    with database.session() as session:
        outcome = _attempt(session, user_name, password, now)
    if isinstance(outcome, WksbmError):
        raise outcome
    return outcome


def _attempt(
    session: Session, user_name: str, password: str, now: datetime
) -> SignedIn | WksbmError:
    account = find_account(session, user_name)
    if account is not None and (waiting := _still_waiting(account, now)) is not None:
        return waiting
    usable = account is not None and account.active
    if not secret_matches(account.password_hash if usable and account else None, password):
        _count_failure(account, now)
        return WksbmError("accounts.wrong_password")
    assert account is not None
    account.failed_attempts, account.locked_until = 0, None
    account.last_sign_in_at = now
    return identity(account)


def _still_waiting(account: Account, now: datetime) -> WksbmError | None:
    if account.locked_until is None or account.locked_until <= now:
        return None
    seconds = int((account.locked_until - now).total_seconds()) + 1
    return WksbmError("accounts.wait", seconds=seconds)


def _count_failure(account: Account | None, now: datetime) -> None:
    if account is None:
        return
    account.failed_attempts += 1
    wait = delay_after(account.failed_attempts)
    account.locked_until = now + timedelta(seconds=wait) if wait else None


def recover_with_code(database: Database, user_name: str, code: str, new_password: str) -> str:
    """An administrator who forgot their password sets a new one with the recovery code.

    The code works once: a new one is made, to be shown once and kept on paper. Failures count
    like failed sign-ins.
    """
    check_new_password(new_password)
    now = utcnow()
    with database.session() as session:
        outcome = _recover(session, user_name, code, new_password, now)
    if isinstance(outcome, WksbmError):
        raise outcome
    return outcome


def _recover(
    session: Session, user_name: str, code: str, new_password: str, now: datetime
) -> str | WksbmError:
    account = find_account(session, user_name)
    if account is not None and (waiting := _still_waiting(account, now)) is not None:
        return waiting
    usable = account is not None and account.active and account.role == Role.ADMIN.value
    stored = account.recovery_hash if usable and account else None
    if not secret_matches(stored, _normal_code(code)):
        _count_failure(account, now)
        return WksbmError("accounts.recovery_wrong")
    assert account is not None
    _set_password(account, new_password)
    fresh = new_recovery_code()
    account.recovery_hash = hash_secret(fresh)
    session.info["operator"] = account.full_name  # nobody is signed in yet: name the person
    audit.record(session, "account", str(account.id), "recover")
    return fresh
