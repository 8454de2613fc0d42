"""Helpers for receiving tests: kelurahan databases that export reports, and a city database."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period

PORIS = "36.71.05.1008"  # Poris Plawad, Kecamatan Cipondoh
KETAPANG = "36.71.05.1001"
DEMO_TODAY = date(2025, 6, 15)


def kelurahan_db(path: Path, code: str = PORIS, members: int = 40, seed: int = 4) -> Database:
    """A kelurahan database (SQLite) with demo records."""
    database = open_database(path, operator="Operator Kelurahan")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=code, lurah_name="Lurah", lurah_nip=""))
    with database.session() as session:
        generate(session, members=members, seed=seed, today=DEMO_TODAY)
    return database


def city_db(new_target: Callable[..., str], operator: str = "Petugas Dinas") -> Database:
    database = open_database(new_target("kota.db", at_head=True), operator=operator)
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    return database


_last_export = [0.0]


def export(
    database: Database, out: Path, period: Period | None = None, full_nik: bool = True
) -> Path:
    """A report; never in the same second as the one before (reports are ordered by it)."""
    wait = _last_export[0] + 1.05 - time.time()
    if wait > 0:
        time.sleep(wait)
    options = ExportOptions(period=period or Period(), full_nik=full_nik, today=DEMO_TODAY)
    export_report(database, out, options)
    _last_export[0] = time.time()
    return out


def members_by_uuid(session: Session) -> dict[str, Member]:
    """Every member by uuid, detached with its values loaded (usable after the session)."""
    found = {member.uuid: member for member in session.scalars(select(Member))}
    session.expunge_all()
    return found
