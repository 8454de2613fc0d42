"""``audit.record_backup``: which copy, why, where to, and who; the start-up copy taken before
anyone signed in names no person (issue 17)."""

from __future__ import annotations

import json

from sqlalchemy import select

from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.audit import record_backup
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import fixed_language


def _entry(database: Database) -> tuple[str, dict[str, list[str | None]]]:
    with database.read_session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "backup"
        return entry.operator, json.loads(entry.changes)


def _with_admin(database: Database) -> None:
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", "rahasia-lurah-1")


def test_a_backup_names_the_signed_in_account_why_and_where(database: Database) -> None:
    _with_admin(database)
    database.sign_in(SignedIn(1, "lurah", "Ibu Lurah", Role.ADMIN))
    with database.session() as session:
        record_backup(session, "wksbm-20250101.db", "flashdisk", "E:\\")
    operator, changes = _entry(database)
    assert operator == "Ibu Lurah"
    assert changes == {
        "file": [None, "wksbm-20250101.db"],
        "reason": [None, "flashdisk"],
        "folder": [None, "E:\\"],
    }


def test_before_sign_in_the_copy_is_the_applications_in_indonesian(database: Database) -> None:
    _with_admin(database)
    with fixed_language("en"), database.session() as session:
        record_backup(session, "wksbm-otomatis.db", "otomatis")
    operator, changes = _entry(database)
    assert operator == "otomatis (sebelum masuk)" and "folder" not in changes


def test_without_accounts_the_operator_of_the_session_is_named(database: Database) -> None:
    with database.session(operator="Pak Rahmat") as session:
        record_backup(session, "wksbm-manual.db")
    assert _entry(database) == ("Pak Rahmat", {"file": [None, "wksbm-manual.db"],
                                               "reason": [None, "manual"]})  # fmt: skip
