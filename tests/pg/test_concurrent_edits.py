"""Several people at once, on both engines: a stale save is refused by name and nothing is lost."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import select

from tests.core.conftest import member_input
from wksbm_desktop.core.errors import ConflictError
from wksbm_desktop.core.models import AuditEntry, Member
from wksbm_desktop.core.services.members import create_member, get_member, update_member
from wksbm_desktop.core.storage.db import Database


@pytest.fixture
def member_uuid(database: Database) -> str:
    with database.session(operator="Penguji") as session:
        return create_member(session, member_input(1, phone="0811111111")).uuid


def _load(database: Database, uuid: str) -> tuple[int, Member]:
    with database.read_session() as session:
        member = get_member(session, uuid)
        return member.version, member


def test_second_of_two_editors_is_refused_with_who_and_what(
    database: Database, member_uuid: str
) -> None:
    ani_version, _ = _load(database, member_uuid)
    budi_version, _ = _load(database, member_uuid)
    assert ani_version == budi_version == 1
    with database.session(operator="Ani") as session:
        update_member(session, member_uuid, member_input(1, phone="0822222222"),
                      expected_version=ani_version)  # fmt: skip
    with pytest.raises(ConflictError) as refused, database.session(operator="Budi") as session:
        update_member(session, member_uuid, member_input(1, full_name="Nama Dari Budi"),
                      expected_version=budi_version)  # fmt: skip
    message = refused.value.message
    assert "Ani" in message and "phone" in message, message
    _assert_only_ani_saved(database, member_uuid)


def test_race_between_check_and_write_is_refused(database: Database, member_uuid: str) -> None:
    """Budi's save starts while Ani's is still open: it waits, then is refused, never overwrites."""
    outcome: dict[str, Any] = {}
    with database.session(operator="Ani") as ani:
        update_member(ani, member_uuid, member_input(1, phone="0822222222"), expected_version=1)
        ani.flush()  # Ani's row is written (and locked) but not committed yet
        thread = threading.Thread(target=_budi_saves, args=(database, member_uuid, outcome))
        thread.start()
        time.sleep(0.5)  # Budi is now waiting for Ani's lock
        assert thread.is_alive(), outcome
    thread.join(timeout=30)
    assert isinstance(outcome.get("error"), ConflictError), outcome
    assert "Ani" in outcome["error"].message, outcome["error"].message
    _assert_only_ani_saved(database, member_uuid)


def _budi_saves(database: Database, uuid: str, outcome: dict[str, Any]) -> None:
    try:
        with database.session(operator="Budi") as session:
            update_member(session, uuid, member_input(1, full_name="Nama Dari Budi"),
                          expected_version=1)  # fmt: skip
        outcome["saved"] = True
    except Exception as error:  # handed to the test thread to assert on
        outcome["error"] = error


def _assert_only_ani_saved(database: Database, uuid: str) -> None:
    with database.read_session() as session:
        member = get_member(session, uuid)
        assert (member.phone, member.full_name, member.version) == ("0822222222", "Warga Uji 1", 2)
        operators = session.scalars(
            select(AuditEntry.operator).where(AuditEntry.entity_uuid == uuid)
        ).all()
    assert sorted(operators) == ["Ani", "Penguji"], "Budi's refused save left no trace"
