"""Migration 0006: the operator names recorded before accounts existed become inactive accounts,
so the change history keeps its names; the database still works without signing in."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from tests.core.conftest import group_input
from wksbm_desktop.core.models import Account
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import make_engine, open_database

AUDIT = (
    "INSERT INTO audit_entries (at, operator, entity, entity_uuid, action, changes) "
    "VALUES ('2026-01-05 08:00:00', :name, 'group', '', 'create', '{}')"
)


def _office_at_0005(path: Path) -> None:
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0005_city")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO office (kelurahan_code, kelurahan_name, address, lurah_name, "
                "lurah_nip, operator_names, created_at, updated_at) VALUES ('36.71.05.1008', "
                "'Poris Plawad', '', 'Budi Santoso', '', 'Siti Aminah, Rina Wati', "
                "'2026-01-01', '2026-01-01')"
            )
        )
        for name in ("Siti Aminah", "sistem", "baris perintah", "Joko S.", "Joko S"):
            connection.execute(text(AUDIT), {"name": name})
    engine.dispose()


def test_recorded_names_become_inactive_accounts(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    _office_at_0005(path)
    database = open_database(path)
    with database.read_session() as session:
        rows = session.execute(
            select(
                Account.user_name, Account.full_name, Account.active, Account.password_hash
            ).order_by(Account.full_name)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("joko.s", "Joko S", False, None),
        ("joko.s2", "Joko S.", False, None),  # the same letters: a free user name is found
        ("rina.wati", "Rina Wati", False, None),
        ("siti.aminah", "Siti Aminah", False, None),
    ]
    with database.session() as session:  # no active account yet: work goes on without sign-in
        assert accounts.needs_first_administrator(session)
        create_group(session, group_input())
    database.dispose()
