"""Fixtures for core tests: a real database (SQLite and PostgreSQL) with an office, and helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.models import Group, Member
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database

KELURAHAN = "36.71.05.1008"
REGION = "367105"  # Kota Tangerang, Kecamatan Cipondoh
OPERATOR = "Penguji"


def make_nik(sex: str, born: date, serial: int = 1, region: str = REGION) -> str:
    """A NIK for a person of ``sex`` born on ``born`` (women have 40 added to the day)."""
    day = born.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def member_input(
    serial: int = 1, sex: str = "L", born: date = date(1980, 5, 17), **changes: object
) -> MemberInput:
    values: dict[str, object] = {
        "nik": make_nik(sex, born, serial),
        "full_name": f"Warga Uji {serial}",
        "sex": sex,
        "birth_date": born,
    }
    values.update(changes)
    return MemberInput(**values)  # type: ignore[arg-type]


def group_input(name: str = "KUBE Melati 1", **changes: object) -> GroupInput:
    values: dict[str, object] = {"name": name, "type": "KUBE", "sector": "Ekonomi Produktif"}
    values.update(changes)
    return GroupInput(**values)  # type: ignore[arg-type]


def index_sql(engine: Engine) -> dict[str, str]:
    """Each index of a SQLite database by name, with the SQL that created it."""
    with engine.connect() as connection:
        query = text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return {name: sql for name, sql in connection.execute(query).tuples()}


class Make:
    """Builders for test inputs, handed to tests by the ``make`` fixture."""

    nik = staticmethod(make_nik)
    member = staticmethod(member_input)
    group = staticmethod(group_input)


@pytest.fixture
def make() -> Make:
    return Make()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "wksbm.db"


@pytest.fixture
def database(new_target: Callable[..., str]) -> Iterator[Database]:
    """A fresh database at head, with the office of Kel. Poris Plawad (36.71.05.1008).

    Runs on both engines (see tests/conftest.py); on SQLite it is the file at ``db_path``.
    """
    db = open_database(new_target("wksbm.db", at_head=True), operator=OPERATOR)
    with db.session() as session:
        save_office(session, OfficeInput(kelurahan_code=KELURAHAN, lurah_name="Lurah Uji"))
    yield db
    db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """One session for the whole test; committed at the end like a user action."""
    with database.session(operator=OPERATOR) as s:
        yield s


@pytest.fixture
def group(session: Session) -> Group:
    return create_group(session, group_input())


@pytest.fixture
def member(session: Session) -> Member:
    return create_member(session, member_input(1))
