"""The Dinas Sosial key: made once at the city, installed (and replaced) at a kelurahan."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import AuditEntry, Office
from wksbm_desktop.core.services import city_key
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database


@pytest.fixture
def city_db(new_target: Callable[..., str]) -> Iterator[Database]:
    """A Dinas Sosial installation: an office without a kelurahan (both engines)."""
    database = open_database(new_target("kota.db", at_head=True), operator="Petugas Dinsos")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    yield database
    database.dispose()


def _key_audit(database: Database) -> list[tuple[str, dict[str, list[object]]]]:
    with database.read_session() as session:
        query = select(AuditEntry).where(AuditEntry.entity == "city_key").order_by(AuditEntry.id)
        return [(e.action, json.loads(e.changes)) for e in session.scalars(query)]


def test_the_city_makes_its_key_once_and_audits_every_hand_out(city_db: Database) -> None:
    with city_db.session() as session:
        first = city_key.city_key_file(session)
    with city_db.session() as session:
        second = city_key.city_key_file(session)
        private = city_key.city_private_key(session)
    assert first["key_id"] == second["key_id"]
    assert first["format"] == "wksbm-kunci-kota" and first["issuer"] == nik_seal.ISSUER
    public = base64.b64decode(first["public_key"])
    assert private is not None and nik_seal.public_key_of(private) == public
    assert "private" not in json.dumps(first)
    assert [action for action, _ in _key_audit(city_db)] == ["create", "export", "export"]


def test_a_kelurahan_cannot_make_or_hand_out_the_city_key(database: Database) -> None:
    with database.session() as session, pytest.raises(WksbmError) as caught:
        city_key.city_key_file(session)
    assert caught.value.key == "city_key.not_city"
    with database.read_session() as session:
        assert city_key.city_private_key(session) is None


def test_a_kelurahan_installs_the_key_and_replaces_it_later(
    database: Database, city_db: Database
) -> None:
    with city_db.session() as session:
        data = city_key.city_key_file(session)
    with database.session() as session:
        assert city_key.installed_key(session) is None
        assert city_key.install_city_key(session, data) == data["key_id"]
    with database.session() as session:
        public, key_id = city_key.installed_key(session) or (b"", "")
        assert key_id == data["key_id"] and public == base64.b64decode(data["public_key"])
        assert city_key.city_private_key(session) is None  # a kelurahan never holds it
        assert city_key.install_city_key(session, data) == key_id  # again: nothing changes
    newer = nik_seal.generate_key_pair()
    text = nik_seal.encode_key_file(newer.public_key, datetime(2026, 12, 1, 9, 0))
    with database.session() as session:
        assert city_key.install_city_key(session, text) == newer.key_id
        assert city_key.installed_key_id(session) == newer.key_id
    assert _key_audit(database) == [
        ("install", {"key_id": [None, data["key_id"]], "issuer": [None, nik_seal.ISSUER]}),
        ("replace", {"key_id": [data["key_id"], newer.key_id], "issuer": [None, nik_seal.ISSUER]}),
    ]


def test_the_city_cannot_install_a_key_file(city_db: Database) -> None:
    with city_db.session() as session:
        data = city_key.city_key_file(session)
    with city_db.session() as session, pytest.raises(WksbmError) as caught:
        city_key.install_city_key(session, data)
    assert caught.value.key == "city_key.not_kelurahan"


def test_a_bad_key_file_changes_nothing(database: Database) -> None:
    with database.session() as session, pytest.raises(WksbmError) as caught:
        city_key.install_city_key(session, {"format": "wksbm-kunci-kota", "version": 1})
    assert caught.value.key == "city_key.file.bad_key"
    with database.read_session() as session:
        assert city_key.installed_key(session) is None
    assert _key_audit(database) == []


def test_two_officers_handing_out_the_first_key_at_once_make_one_key(city_db: Database) -> None:
    """Ani makes the key and has not committed yet; Budi waits for her, then gets the same key."""
    outcome: dict[str, object] = {}

    def budi() -> None:
        try:
            with city_db.session(operator="Budi") as session:
                outcome["key_id"] = city_key.city_key_file(session)["key_id"]
        except Exception as error:  # a refusal is an outcome too; it is asserted below
            outcome["error"] = error

    with city_db.session(operator="Ani") as session:
        ani = city_key.city_key_file(session)["key_id"]
        thread = threading.Thread(target=budi)
        thread.start()
        time.sleep(0.5)  # Budi is waiting for Ani's lock on the office row
    thread.join(timeout=30)
    with city_db.read_session() as session:
        stored = city_key.installed_key_id(session)
    assert stored == ani
    # PostgreSQL: Budi waited and got Ani's key; SQLite: Budi's stale write was refused.
    assert outcome.get("key_id", ani) == ani, outcome
    assert [a for a, _ in _key_audit(city_db)].count("create") == 1


def test_a_damaged_private_key_is_named_as_such(city_db: Database) -> None:
    with city_db.session() as session:
        city_key.ensure_city_key(session)
        office = session.scalars(select(Office)).one()
        other = nik_seal.generate_key_pair().private_key
        office.city_private_key = base64.b64encode(other).decode()
    with city_db.read_session() as session, pytest.raises(WksbmError) as caught:
        city_key.city_private_key(session)
    assert caught.value.key == "city_key.bad_private_key"


@pytest.mark.parametrize("stored", ["@@@ bukan base64", base64.b64encode(b"pendek").decode()])
def test_a_damaged_installed_key_counts_as_none(database: Database, stored: str) -> None:
    """The export then says plainly that no key is installed, and how to install one."""
    with database.session() as session:
        office = session.scalars(select(Office)).one()
        office.city_public_key, office.city_key_id = stored, "AAAA-BBBB-CCCC-DDDD-EEEE"
    with database.read_session() as session:
        assert city_key.installed_key(session) is None
        assert city_key.installed_key_id(session) == ""


def test_a_database_without_office_data_says_so(new_target: Callable[..., str]) -> None:
    database = open_database(new_target("kosong.db", at_head=True))
    try:
        with database.session() as session, pytest.raises(WksbmError) as caught:
            city_key.city_key_file(session)
        assert caught.value.key == "city_key.no_office"
        with database.read_session() as session:
            assert city_key.installed_key(session) is None
            assert city_key.city_private_key(session) is None
    finally:
        database.dispose()
