"""The city's side of every list: Kecamatan and Kelurahan columns, filters and sort keys.

On a city installation each record carries the kelurahan that owns it (``kelurahan_code``);
the names come from ``city_kelurahan``. On a kelurahan installation that table is empty and
the two columns stay blank (the tabs do not show them there).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import CityKelurahan
from wksbm_desktop.core.queries.common import Column, ListRequest, Query

KECAMATAN = "kecamatan"
KELURAHAN = "kelurahan"
PLACE_COLUMNS = (CityKelurahan.kecamatan_name, CityKelurahan.name)


def with_place(query: Query, code_column: Column) -> Query:
    """Join the kelurahan names; the Dinas's own entries (code "") keep blank names."""
    return query.outerjoin(CityKelurahan, CityKelurahan.code == code_column)


def place_sort_keys(name_key: Column) -> dict[str, tuple[Column, ...]]:
    """Sort keys of the two columns; they need ``with_place`` in the query."""
    return {
        KECAMATAN: (CityKelurahan.kecamatan_name, CityKelurahan.name, name_key),
        KELURAHAN: (CityKelurahan.name, name_key),
    }


def place_filtered(query: Query, request: ListRequest, code_column: Column) -> Query:
    """The Kecamatan and Kelurahan filters, on the record's own code (no join needed)."""
    if (kelurahan := request.filter(KELURAHAN)) is not None:
        query = query.where(code_column == kelurahan)
    if (kecamatan := request.filter(KECAMATAN)) is not None:
        codes = select(CityKelurahan.code).where(CityKelurahan.kecamatan_code == kecamatan)
        query = query.where(code_column.in_(codes))
    return query


@dataclass(frozen=True)
class PlaceChoice:
    code: str
    name: str
    kecamatan_code: str
    kecamatan_name: str


def place_choices(session: Session) -> list[PlaceChoice]:
    """Every kelurahan of the city by kecamatan and name, for the filters."""
    query = select(
        CityKelurahan.code,
        CityKelurahan.name,
        CityKelurahan.kecamatan_code,
        CityKelurahan.kecamatan_name,
    ).order_by(func.lower(CityKelurahan.kecamatan_name), func.lower(CityKelurahan.name))
    return [PlaceChoice(*row) for row in session.execute(query)]
