"""The quick first page (plain sqlite3) shows exactly the rows the list query would show."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.queries import members
from wksbm_desktop.core.queries.common import DEFAULT_PAGE_SIZE, ListRequest
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.core.storage.quick_read import QuickReader, is_current_wal_file

SORTS = ("full_name", "nik", "kk", "sex", "birth_date", "rt_rw", "phone", "groups", "unknown")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quick") / "wksbm.db"
    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        demo.generate(session, members=260, seed=3, today=date(2025, 6, 15))
    database.dispose()
    return path


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_first_page_equals_the_list_query(demo_file: Path, sort: str, descending: bool) -> None:
    reader = QuickReader.open(demo_file)
    assert reader is not None
    try:
        quick, total = reader.first_member_page(sort, descending, 120)
    finally:
        reader.close()
    database = open_database(demo_file)
    try:
        with database.read_session() as session:
            request = ListRequest(sort=sort, descending=descending)
            expected = members.list_members(session, request, 0, 120)
            expected_total = members.count_members(session, request)
    finally:
        database.dispose()
    assert [dataclasses.asdict(row) for row in quick] == [
        dataclasses.asdict(row) for row in expected
    ]
    assert total == expected_total and len(quick) == 120
    assert any(row.groups for row in quick) and any(row.birth_date for row in quick)


def test_a_short_list_is_counted_by_its_rows(demo_file: Path) -> None:
    reader = QuickReader.open(demo_file)
    assert reader is not None
    rows, total = reader.first_member_page("full_name", False, 10_000)
    reader.close()
    assert total == len(rows) > 200


def test_page_size_matches_the_list_model() -> None:
    from wksbm_desktop.ui.models import paged

    assert paged.DEFAULT_PAGE_SIZE == DEFAULT_PAGE_SIZE


def test_only_a_current_wal_file_with_an_office_is_read(tmp_path: Path, demo_file: Path) -> None:
    assert is_current_wal_file(demo_file)
    no_office = tmp_path / "new.db"
    open_database(no_office).dispose()
    assert QuickReader.open(no_office) is None
    assert QuickReader.open(tmp_path / "missing.db") is None
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    assert not is_current_wal_file(text) and QuickReader.open(text) is None
    old = tmp_path / "old.db"
    old.write_bytes(demo_file.read_bytes())
    database = open_database(old)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0002_older'")
    database.dispose()
    assert QuickReader.open(old) is None  # an upgrade must run first


def test_reading_the_first_page_writes_nothing_and_needs_no_sqlalchemy(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    script = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from wksbm_desktop.core.storage.quick_read import QuickReader\n"
        f"reader = QuickReader.open(Path({str(demo_file)!r}))\n"
        "rows, total = reader.first_member_page('full_name', False, 200)\n"
        "reader.close()\n"
        "print(json.dumps([len(rows), 'sqlalchemy' in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(result.stdout) == [200, False]
    assert demo_file.read_bytes() == before
