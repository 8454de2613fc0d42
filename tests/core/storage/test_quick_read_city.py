"""The quick first page of a city installation carries the Kecamatan and Kelurahan columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.city_data import build_city
from wksbm_desktop.core.queries.common import ListRequest
from wksbm_desktop.core.queries.members import list_members
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.core.storage.quick_read import QuickReader


@pytest.mark.parametrize(("sort", "descending"), [("kelurahan", False), ("kecamatan", True)])
def test_quick_page_matches_the_list_query(tmp_path: Path, sort: str, descending: bool) -> None:
    path = tmp_path / "kota.db"
    database = open_database(path)
    build_city(database)
    with database.read_session() as session:
        expected = list_members(session, ListRequest(sort=sort, descending=descending), 0, 50)
    database.dispose()
    reader = QuickReader.open(path)
    assert reader is not None
    try:
        assert reader.is_city()
        rows, total = reader.first_member_page(sort, descending, 50)
    finally:
        reader.close()
    assert rows == expected and total == len(expected)
    assert {row.kelurahan for row in rows} == {"Sukarasa", "Sukaasih", "Keroncong"}


def test_a_kelurahan_file_is_no_city(tmp_path: Path) -> None:
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office

    path = tmp_path / "kel.db"
    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008"))
    database.dispose()
    reader = QuickReader.open(path)
    assert reader is not None
    try:
        assert not reader.is_city()
    finally:
        reader.close()
