"""Kelurahan reports built in memory, row by row, as the excel reader hands them to the city."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from tests.excel.receiving.kit import PORIS
from wksbm_desktop.core.domain.incoming_report import IncomingReport, Receipt
from wksbm_desktop.core.services import receiving
from wksbm_desktop.core.storage.db import Database

FULL_NIK = "3671055705800001"  # a woman born 17-05-1980 in Cipondoh
FULL_KK = "3671050101090001"
MASKED_NIK = "3671************"
MASKED_KK = "3671************"


def new_uuid() -> str:
    return str(uuid.uuid4())


def group(name: str = "KUBE Melati", **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Kelompok", "_row": 2, "uuid": new_uuid(), "parent_uuid": "",
        "name": name, "type": "KUBE", "sector": "Ekonomi Produktif", "status": "aktif",
        "rw": "003", "rt": "005", "address": "Jl. Melati", "founded_on": date(2019, 2, 3),
        "sk_number": "", "sk_date": None, "sk_issuer": "", "phone": "", "notes": "",
        "updated_at": None,
    }  # fmt: skip
    return row | changes


def member(name: str = "Siti Aminah", nik: str = FULL_NIK, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Warga", "_row": 2, "uuid": new_uuid(), "nik": nik, "kk": FULL_KK,
        "full_name": name, "sex": "P", "birth_place": "Tangerang",
        "birth_date": date(1980, 5, 17), "address": "Jl. Melati 3", "rt": "005", "rw": "003",
        "phone": "081234567890", "education": "SD/Sederajat", "occupation": "Pedagang",
        "dtsen_registered": True, "dtsen_decile": 2, "dtsen_as_of": None, "disability": False,
        "notes": "", "updated_at": None,
    }  # fmt: skip
    return row | changes


def membership(
    of: dict[str, Any], to: dict[str, Any], role: str = "anggota", **changes: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Anggota", "_row": 2, "uuid": new_uuid(), "member_uuid": of["uuid"],
        "group_uuid": to["uuid"], "role": role, "started_on": date(2024, 1, 1),
        "ended_on": None, "updated_at": None,
    }  # fmt: skip
    return row | changes


def activity(of: dict[str, Any], title: str = "Rapat anggota", **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Kegiatan", "_row": 2, "uuid": new_uuid(), "group_uuid": of["uuid"],
        "held_on": date(2025, 5, 10), "title": title, "type": "Rapat", "sector": "Sosial",
        "funding": "Swadaya/Iuran", "amount": 0, "participants_count": 12,
        "beneficiaries_count": 0, "location": "Balai RW", "facilitator": "", "outcome": "",
        "updated_at": None,
    }  # fmt: skip
    return row | changes


def assessment(of: dict[str, Any], level: str | None = "tumbuh", **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Penilaian", "_row": 2, "uuid": new_uuid(), "group_uuid": of["uuid"],
        "assessed_on": date(2025, 3, 1), "level": level, "notes": "", "updated_at": None,
    }  # fmt: skip
    return row | changes


def tombstone(entity: str, record: dict[str, Any] | str, removal: str) -> dict[str, Any]:
    """A row of the hidden ``_hapus`` sheet: ``record`` (or its uuid) was archived, anonymised
    or deleted at the kelurahan."""
    uuid_ = record if isinstance(record, str) else record["uuid"]
    return {"_sheet": "_hapus", "_row": 2, "entity": entity, "removal": removal,
            "at": datetime(2025, 6, 1, 2, 0), "uuid": uuid_}  # fmt: skip


class City:
    """A city database receiving in-memory reports, each newer than the one before."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._stamp = datetime(2025, 6, 15, 3, 0)

    def report(
        self,
        code: str = PORIS,
        whole: bool = True,
        removed: list[dict[str, Any]] | None = None,
        **rows: list[dict[str, Any]],
    ) -> IncomingReport:
        self._stamp += timedelta(minutes=1)
        period = (None, None) if whole else (date(2025, 5, 1), date(2025, 5, 31))
        return IncomingReport(
            file_name=f"laporan-{self._stamp:%H%M}.xlsx", checksum=new_uuid().replace("-", ""),
            kelurahan_code=code, kelurahan_name="Poris Plawad", period_from=period[0],
            period_to=period[1], generated_at=self._stamp, rows=rows, removed=removed or [],
        )  # fmt: skip

    def receive(self, report: IncomingReport) -> Receipt:
        with self.database.session() as session:
            return receiving.receive_report(session, report)

    def read(self, query: Callable[[Session], Any]) -> Any:
        with self.database.read_session() as session:
            return query(session)
