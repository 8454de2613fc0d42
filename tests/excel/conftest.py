"""Fixtures for Excel tests: real databases (SQLite and PostgreSQL) and hand-made workbooks."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database

KELURAHAN = "36.71.05.1008"  # Poris Plawad, Cipondoh
OTHER_KELURAHAN = "36.71.01.1001"
TODAY = date(2026, 6, 30)


def fits_page_width(sheet: Any) -> bool:
    """Printed one page wide, as many pages tall as needed. fitToWidth may be left out of the
    file: 1 is its default in the standard (openpyxl then reads None)."""
    setup = sheet.page_setup
    return (
        bool(sheet.sheet_properties.pageSetUpPr.fitToPage)
        and setup.fitToWidth in (None, 1)
        and setup.fitToHeight == 0
    )


def make_nik(sex: str, born: date, serial: int = 1, region: str = "367105") -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def new_database(path: Path | str, kelurahan: str = KELURAHAN) -> Database:
    database = open_database(path, operator="Penguji")
    with database.session() as session:
        save_office(
            session,
            OfficeInput(
                kelurahan_code=kelurahan,
                lurah_name="Hj. Siti Aminah",
                lurah_nip="197001011990032001",
            ),
        )
    return database


@pytest.fixture
def office_db(new_target: Callable[..., str]) -> Iterator[Database]:
    database = new_database(new_target("kantor.db", at_head=True))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(new_target: Callable[..., str]) -> Iterator[Database]:
    database = new_database(new_target("demo.db", at_head=True))
    with database.session() as session:
        generate(session, members=60, seed=7)
    yield database
    database.dispose()


@pytest.fixture
def fresh_db(new_target: Callable[..., str]) -> Iterator[Database]:
    database = new_database(new_target("baru.db", at_head=True))
    yield database
    database.dispose()


@pytest.fixture
def write_book(tmp_path: Path) -> Callable[..., Path]:
    """Write rows (lists of cell values) to one or more sheets of a new .xlsx file."""

    def write(
        name: str, sheets: dict[str, Sequence[Sequence[Any]]], text_columns: Sequence[int] = ()
    ) -> Path:
        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(list(row))
            for column in text_columns:
                for (cell,) in sheet.iter_rows(min_col=column, max_col=column):
                    cell.number_format = "@"
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
