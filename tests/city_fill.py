"""Test helper: fill a city database with kelurahan records as if their reports were received.

It reads every owned table of a kelurahan database with SQLAlchemy Core and inserts the rows
into the city database with the kelurahan's code, new ids and the city's reference items, and
records the report file in ``received_reports``. It stands in for ``wksbm receive`` so that the
city outputs can be tested on their own; the round trip through ``receive`` is tested there.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReceivedReport,
    ReferenceItem,
)
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.reading.report_reader import open_report

_REFERENCES = {
    "groups": ("type_id", "sector_id"),
    "activities": ("type_id", "sector_id", "funding_id"),
}


def new_city(target: str | Path) -> Database:
    """A city installation (no kelurahan of its own, the 104 kelurahan known)."""
    database = open_database(target, operator="Petugas Dinas")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    return database


def copy_kelurahan(source: Database, city: Database, code: str) -> None:
    """Every record of ``source`` into ``city``, stamped with ``code``."""
    with source.engine.connect() as read, city.engine.begin() as write:
        references = _reference_map(read, write)
        groups = _copy(read, write, Group.__table__, code, references, {})
        members = _copy(read, write, Member.__table__, code, references, {})
        fks = {"group_id": groups, "member_id": members}
        activities = _copy(read, write, Activity.__table__, code, references, fks)
        _copy(read, write, Membership.__table__, code, references, fks)
        _copy(read, write, Assessment.__table__, code, references, fks)
        _copy(
            read, write, Attendance.__table__, code, references, {**fks, "activity_id": activities}
        )


def record_received(city: Database, report: Path, *, received_by: str = "Petugas Dinas") -> None:
    """The ``received_reports`` row ``wksbm receive`` writes for a received report file."""
    with open_report(report) as reader:
        meta = dict(reader.meta)
    local = datetime.fromisoformat(meta["generated_at"]).astimezone()
    with city.engine.begin() as write:
        write.execute(
            insert(ReceivedReport.__table__).values(
                uuid=str(uuid.uuid4()),
                kelurahan_code=meta["kelurahan_code"],
                file_name=report.name,
                checksum=hashlib.sha256(report.read_bytes()).hexdigest(),
                generated_at=local.astimezone(UTC).replace(tzinfo=None),
                period_from=_day(meta.get("period_from")),
                period_to=_day(meta.get("period_to")),
                whole_data=not meta.get("period_from") and not meta.get("period_to"),
                status="received",
                counts="{}",
                receipt="[]",
                received_at=datetime.now(UTC).replace(tzinfo=None),
                received_by=received_by,
            )
        )


def _day(text: str | None) -> Any:
    return datetime.fromisoformat(text).date() if text else None


def _reference_map(read: Connection, write: Connection) -> dict[int, int]:
    table = ReferenceItem.__table__
    city = {(r.kind, r.label): r.id for r in write.execute(select(table))}
    mapping = {}
    for row in read.execute(select(table)):
        key = (row.kind, row.label)
        if key not in city:
            values = {k: v for k, v in row._mapping.items() if k != "id"}
            city[key] = write.execute(
                insert(table).values(values).returning(table.c.id)
            ).scalar_one()
        mapping[row.id] = city[key]
    return mapping


def _copy(
    read: Connection,
    write: Connection,
    table: Table,
    code: str,
    references: dict[int, int],
    fks: dict[str, dict[int, int]],
) -> dict[int, int]:
    """Insert every row of ``table``; returns old id -> new id (empty for tables without ids)."""
    new_ids: dict[int, int] = {}
    parents: list[tuple[int, int]] = []
    for row in read.execute(select(table).order_by(*table.primary_key.columns)):
        values = dict(row._mapping)
        old_id = values.pop("id", None)
        values["kelurahan_code"] = code
        for column in _REFERENCES.get(table.name, ()):
            values[column] = references[values[column]]
        if table.name == "groups" and values["parent_id"] is not None:
            parents.append((old_id, values["parent_id"]))
            values["parent_id"] = None
        for column, mapping in fks.items():
            if column in values:
                values[column] = mapping[values[column]]
        if old_id is None:
            write.execute(insert(table).values(values))
        else:
            new_ids[old_id] = write.execute(
                insert(table).values(values).returning(table.c.id)
            ).scalar_one()
    for child, parent in parents:  # groups name their parent once every group has its new id
        write.execute(
            table.update().where(table.c.id == new_ids[child]).values(parent_id=new_ids[parent])
        )
    return new_ids
