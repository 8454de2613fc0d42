"""Fixtures of the evidence screens' tests: a demo database, files made in the test, roles."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.models import Activity, Group
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.storage.db import Database, open_database

ADMIN_PASSWORD = "sandi-lurah-poris"
CLERK_PASSWORD = "sandi-siti-aminah"
GREEN = (40, 140, 60)


def jpeg_bytes(size: tuple[int, int] = (1600, 1200), colour: tuple[int, int, int] = GREEN) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def minimal_pdf() -> bytes:
    """A one-page PDF, small but real enough for a viewer."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def database(demo_db: Path) -> Iterator[Database]:
    db = open_database(demo_db, operator="Operator Uji")
    yield db
    db.dispose()


def first_group(database: Database) -> str:
    with database.read_session() as session:
        query = select(Group.uuid).where(Group.archived_at.is_(None)).order_by(Group.id)
        return session.scalars(query).first()  # type: ignore[return-value]


def first_activity(database: Database) -> str:
    with database.read_session() as session:
        query = select(Activity.uuid).where(Activity.archived_at.is_(None)).order_by(Activity.id)
        return session.scalars(query).first()  # type: ignore[return-value]


def sign_in_as(database: Database, role: Role) -> None:
    """Accounts from now on: the Lurah (admin) makes "siti" with ``role``, who signs in."""
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Budi Santoso", ADMIN_PASSWORD)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    if role is not Role.ADMIN:
        with database.session() as session:
            accounts.add_account(session, "siti", "Siti Aminah", role, CLERK_PASSWORD)
        accounts.sign_in(database, "siti", CLERK_PASSWORD)
