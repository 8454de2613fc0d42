"""Office service: the kelurahan from the reference list, Lurah and NIP, audit of changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Office
from wksbm_desktop.core.services.office import get_office, save_office
from wksbm_desktop.core.storage.db import open_database

NIP = "197001012000031001"


def test_fixture_office_knows_its_kecamatan(session: Session) -> None:
    office = get_office(session)
    assert office is not None
    assert office.kelurahan_code == "36.71.05.1008"
    assert office.kelurahan_name == "Poris Plawad"
    assert office.kecamatan_code == "36.71.05"
    assert office.kecamatan_name == "Cipondoh"


def test_saving_again_updates_the_single_office(session: Session) -> None:
    save_office(session, OfficeInput("36.71.05.1008", lurah_name="H. Budi", lurah_nip=NIP))
    assert session.scalar(select(func.count()).select_from(Office)) == 1
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "office").order_by(AuditEntry.id)
    ).all()[-1]
    assert entry.action == "update"
    assert json.loads(entry.changes) == {
        "lurah_name": ["Lurah Uji", "H. Budi"],
        "lurah_nip": ["", NIP],
    }


def test_unknown_kelurahan_is_refused_with_suggestions(session: Session) -> None:
    with pytest.raises(ValidationFailed) as caught:
        save_office(session, OfficeInput("36.71.05.1099"))
    message = caught.value.by_field()["kelurahan"]
    assert "36.71.05.1099" in message
    assert "Mungkin maksud Anda" in message
    assert get_office(session).kelurahan_code == "36.71.05.1008"  # type: ignore[union-attr]


def test_bad_nip_is_refused(session: Session) -> None:
    with pytest.raises(ValidationFailed) as caught:
        save_office(session, OfficeInput("36.71.05.1008", lurah_nip="1970 0101"))
    assert "18 angka" in caught.value.by_field()["lurah_nip"]


def test_nip_with_spaces_is_stored_without_them(session: Session) -> None:
    spaced = "19700101 200003 1 001"
    office = save_office(session, OfficeInput("36.71.05.1008", lurah_nip=spaced))
    assert office.lurah_nip == NIP


def test_city_office_has_no_kelurahan(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kota.db")
    try:
        with database.session() as session:
            office = save_office(session, OfficeInput(None, operator_names="Dinas Sosial"))
            assert office.kelurahan_code is None
    finally:
        database.dispose()
