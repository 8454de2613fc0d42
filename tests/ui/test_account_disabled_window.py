"""A window signed in as an account an administrator disabled meanwhile: its next change is
refused with a plain message, the window covers itself and asks someone to sign in again."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from tests.core.conftest import group_input
from tests.ui.test_account_screens import ADMIN_PASSWORD, add_clerk, make_admin
from wksbm_desktop.core.models import Account, Group
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import AccountDisabled
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.ui.accounts import gate as gate_module
from wksbm_desktop.ui.accounts.gate import install_account_gate
from wksbm_desktop.ui.operations import CollectionOp, OpChanges
from wksbm_desktop.ui.settings import Settings


def _disable_elsewhere(database, user_name: str) -> None:  # type: ignore[no-untyped-def]
    """The administrator's desk (another computer on the same server) disables the account."""
    with database.session() as session:
        query = update(Account).where(Account.user_name == user_name).values(active=False)
        session.execute(query)


def _save_group(window, name: str) -> None:  # type: ignore[no-untyped-def]
    op = CollectionOp(window, window.database,
                      lambda session: create_group(session, group_input(name)),
                      OpChanges(groups=True), "Simpan")  # fmt: skip
    op.run()


def _groups(database) -> list[str]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        query = select(Group.name).where(Group.name.like("KUBE Se%")).order_by(Group.name)
        return list(session.scalars(query))


@pytest.mark.parametrize("someone_signs_in", [True, False])
def test_a_disabled_account_is_refused_and_the_window_asks_to_sign_in_again(
    qtbot, main_window, tmp_path, monkeypatch, someone_signs_in: bool
) -> None:  # type: ignore[no-untyped-def]
    database = main_window.database
    make_admin(database)
    add_clerk(database)
    asked: list[str] = []

    def sign_in(_parent, db, last_user):  # type: ignore[no-untyped-def]
        asked.append(last_user)
        if len(asked) == 1:
            return accounts.sign_in(db, "siti", "sandi-siti-aminah")
        assert gate.covers and all(cover.isVisible() for cover in gate.covers)
        assert db.account is None  # the disabled account acts no more meanwhile
        return accounts.sign_in(db, "lurah", ADMIN_PASSWORD) if someone_signs_in else None

    told: list[bool] = []
    monkeypatch.setattr(gate_module, "ask_sign_in", sign_in)
    monkeypatch.setattr(gate_module, "tell_disabled", lambda _parent: told.append(True))
    gate = install_account_gate(main_window, Settings(tmp_path / "ui.ini"))
    qtbot.waitUntil(lambda: gate.account is not None)
    _save_group(main_window, "KUBE Sebelum")
    _disable_elsewhere(database, "siti")

    with pytest.raises(AccountDisabled) as refused:
        _save_group(main_window, "KUBE Sesudah")
    assert "dinonaktifkan" in refused.value.message
    assert _groups(database) == ["KUBE Sebelum"]
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert told == [True] and asked[1] == ""  # someone else types their own name
    if someone_signs_in:
        assert gate.account is not None and gate.account.user_name == "lurah"
        assert gate.covers == [] and "Budi Santoso" in gate.status.text()
        _save_group(main_window, "KUBE Sesudah")
        assert _groups(database) == ["KUBE Sebelum", "KUBE Sesudah"]
    else:
        qtbot.waitUntil(lambda: not main_window.isVisible())
        assert gate.account is None and database.account is None
