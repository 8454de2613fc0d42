"""The city installation: its list of every kelurahan of Kota Tangerang (docs/city.md)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.core.models import CityKelurahan, Office


def is_city(session: Session) -> bool:
    """A city installation has an office without a kelurahan of its own."""
    office = session.scalars(select(Office).order_by(Office.id)).first()
    return office is not None and not office.kelurahan_code


def seed_city_kelurahan(session: Session) -> int:
    """Add the kelurahan of Kota Tangerang the list lacks (all 104 on a new city database).

    Idempotent: running it again adds nothing and keeps the report stamps of existing rows.
    """
    known = set(session.scalars(select(CityKelurahan.code)))
    added = [
        CityKelurahan(
            code=kelurahan.code,
            name=kelurahan.name,
            kecamatan_code=kelurahan.kecamatan_code,
            kecamatan_name=kelurahan.kecamatan_name,
        )
        for kelurahan in kota_tangerang().kelurahan_list()
        if kelurahan.code not in known
    ]
    session.add_all(added)
    session.flush()
    return len(added)
