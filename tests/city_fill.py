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
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    Attendance,
    Group,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    Member,
    Membership,
    ReceivedReport,
    ReferenceItem,
    Visit,
)
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.reading.report_reader import open_report, read_report

_REFERENCES = {
    "groups": ("type_id", "sector_id"),
    "activities": ("type_id", "sector_id", "funding_id"),
    "aid": ("source_id",),
}


def new_city(target: str | Path) -> Database:
    """A city installation (no kelurahan of its own, the 104 kelurahan known)."""
    database = open_database(target, operator="Petugas Dinas")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    return database


def copy_kelurahan(source: Database, city: Database, code: str, report: Path | None = None) -> None:
    """The records of ``source`` into ``city``, stamped with ``code``: every record, or with a
    ``report`` only those it carries (as receiving that report would)."""
    carried = _carried(report) if report is not None else None
    with source.engine.connect() as read, city.engine.begin() as write:
        copy = _Copy(read, write, code, _reference_map(read, write), carried)
        groups = copy.table(Group.__table__, "groups", {})
        members = copy.table(Member.__table__, "members", {})
        fks = {"group_id": groups, "member_id": members}
        activities = copy.table(Activity.__table__, "activities", fks)
        copy.table(Membership.__table__, "memberships", fks)
        copy.table(Assessment.__table__, "assessments", fks)
        copy.table(Attendance.__table__, "attendance", {**fks, "activity_id": activities})
        _copy_programme(copy, fks)  # with a report: those its programme sheets carry


def _copy_programme(copy: _Copy, fks: dict[str, dict[int, int]]) -> None:
    """Aid with its disbursements and LPJ, indicators with their measures, and visits."""
    aid = copy.table(Aid.__table__, "aid", fks)
    copy.table(AidDisbursement.__table__, "disbursements", {"aid_id": aid})
    copy.table(AidReport.__table__, "aid_reports", {"aid_id": aid})
    indicators = copy.table(GroupIndicator.__table__, "indicators", fks)
    measures = {"indicator_id": indicators, "measure_id": _measure_map(copy)}
    copy.table(IndicatorValue.__table__, "indicator_values", measures)
    copy.table(Visit.__table__, "visits", fks)


def _measure_map(copy: _Copy) -> dict[int, int]:
    """The kelurahan's indicator measures to the city's, by sector and label."""
    table = IndicatorMeasure.__table__
    city = {(r.sector_id, r.label): r.id for r in copy.write.execute(select(table))}
    mapping = {}
    for row in copy.read.execute(select(table)):
        sector = copy.references.get(row.sector_id) if row.sector_id is not None else None
        if (sector, row.label) not in city:
            values = {k: v for k, v in row._mapping.items() if k != "id"} | {"sector_id": sector}
            statement = insert(table).values(values).returning(table.c.id)
            city[(sector, row.label)] = copy.write.execute(statement).scalar_one()
        mapping[row.id] = city[(sector, row.label)]
    return mapping


def _carried(report: Path) -> dict[str, set[Any]]:
    """The UUIDs of each data sheet of a report (attendance: activity and member UUIDs)."""
    data = read_report(report)
    carried = {
        key: {row.values["uuid"] for row in rows}
        for key, rows in data.sheets.items()
        if key != "attendance"
    }
    with open_report(report) as reader:  # the programme's sheets (format 5)
        for key in ("aid", "disbursements", "aid_reports", "indicators", "visits"):
            carried[key] = {row.values["uuid"] for row in reader.rows(key)}
    carried["attendance"] = {
        (row.values["activity_uuid"], row.values["member_uuid"])
        for row in data.sheets.get("attendance", [])
    }
    return carried


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


class _Copy:
    def __init__(
        self,
        read: Connection,
        write: Connection,
        code: str,
        references: dict[int, int],
        carried: dict[str, set[Any]] | None,
    ) -> None:
        self.read, self.write, self.code = read, write, code
        self.references, self.carried = references, carried
        self.uuids: dict[str, dict[int, str]] = {}  # old ids of groups, members, activities

    def table(self, table: Table, key: str, fks: dict[str, dict[int, int]]) -> dict[int, int]:
        """Insert the rows of ``table``; returns old id -> new id (empty without ids)."""
        new_ids: dict[int, int] = {}
        parents: list[tuple[int, int, Any]] = []
        self.uuids[key] = {}
        for row in self.read.execute(select(table).order_by(*table.primary_key.columns)):
            values = dict(row._mapping)
            if not self._wanted(key, values):
                continue
            old_id = values.pop("id", None)
            values["kelurahan_code"] = self.code
            for column in _REFERENCES.get(table.name, ()):
                if values[column] is not None:
                    values[column] = self.references[values[column]]
            if table.name == "groups" and values["parent_id"] is not None:
                parents.append((old_id, values["parent_id"], values["updated_at"]))
                values["parent_id"] = None
            for column, mapping in fks.items():
                if column in values:
                    values[column] = mapping[values[column]]
            if old_id is None:
                self.write.execute(insert(table).values(values))
                continue
            self.uuids[key][old_id] = values["uuid"]
            statement = insert(table).values(values).returning(table.c.id)
            new_ids[old_id] = self.write.execute(statement).scalar_one()
        for child, parent, stamp in parents:  # named once every group has its new id
            if parent in new_ids:
                statement = table.update().where(table.c.id == new_ids[child])
                # The stamp is the kelurahan's, not this update's (the column's onupdate).
                self.write.execute(statement.values(parent_id=new_ids[parent], updated_at=stamp))
        return new_ids

    def _wanted(self, key: str, values: dict[str, Any]) -> bool:
        if self.carried is None:
            return True
        if key == "attendance":
            pair = (self.uuids["activities"].get(values["activity_id"]),
                    self.uuids["members"].get(values["member_id"]))  # fmt: skip
            return pair in self.carried["attendance"]
        if key == "indicator_values":  # the measures of the indicator records copied
            return values["indicator_id"] in self.uuids["indicators"]
        return values["uuid"] in self.carried.get(key, set())
