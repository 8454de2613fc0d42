"""The plain way of landing the 104 reports, for bench/receive_bench.py to compare against.

python-calamine reads every data sheet; the same rows the receive writes (the same columns, the
coded words turned into codes, reference labels into ids, UUIDs into ids) go into the same
tables of an empty city database with one ``executemany`` per sheet and file, through the bare
driver (sqlite3 or psycopg). No checks, no diff, no receipt: the floor for this work.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wksbm_desktop.excel.report.schema import CODES, DATA_SHEETS, part_names

SPECS = {spec.key: spec for spec in DATA_SHEETS}
WORDS = {
    name: {label.lower(): code for code, label in codes.items()} for name, codes in CODES.items()
}
YES = {"ya": True, "tidak": False}


def _rows(book: Any, key: str) -> tuple[dict[str, int], list[list[Any]]]:
    found: list[list[Any]] = []
    positions: dict[str, int] = {}
    for name in part_names(SPECS[key].name, list(book.sheet_names)):
        grid = book.get_sheet_by_name(name).to_python()
        header = {str(v).lower(): i for i, v in enumerate(grid[0])}
        positions = {c.key: header[c.header.lower()] for c in SPECS[key].columns}
        found += grid[1:]
    return positions, found


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value or None


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class PlainLoader:
    """Lands reports with bare executemany; ``cursor``/``commit`` come from the driver."""

    def __init__(self, connection: Any, mark: str) -> None:
        self.connection = connection
        self.cursor = connection.cursor()
        self.mark = mark
        self.now = datetime(2026, 1, 1)
        self.cursor.execute("SELECT kind, lower(label), id FROM reference_items")
        self.references = {(k, label): i for k, label, i in self.cursor.fetchall()}

    def insert(self, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ", ".join([self.mark] * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self.cursor.executemany(sql, rows)

    def ids(self, table: str, code: str) -> dict[str, int]:
        self.cursor.execute(
            f"SELECT uuid, id FROM {table} WHERE kelurahan_code = {self.mark}", (code,)
        )
        return dict(self.cursor.fetchall())

    def ref(self, kind: str, label: Any) -> int | None:
        return self.references.get((kind, _text(label).lower()))

    def land(self, path: Path, code: str) -> None:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        self._groups(book, code)
        groups = self.ids("groups", code)
        self._members(book, code)
        members = self.ids("members", code)
        self._memberships(book, code, groups, members)
        self._activities(book, code, groups)
        self._attendance(book, code, self.ids("activities", code), members)
        self._assessments(book, code, groups)
        book.close()
        self.connection.commit()

    def _groups(self, book: Any, code: str) -> None:
        p, rows = _rows(book, "groups")
        status = WORDS["status"]
        self.insert("groups", ["uuid", "kelurahan_code", "name", "type_id", "sector_id", "status",
                               "rw", "rt", "address", "founded_on", "sk_number", "sk_date",
                               "sk_issuer", "phone", "notes", "created_at", "updated_at",
                               "version"], [
            (r[p["uuid"]], code, r[p["name"]], self.ref("group_type", r[p["type"]]),
             self.ref("sector", r[p["sector"]]), status[_text(r[p["status"]]).lower()],
             _text(r[p["rw"]]), _text(r[p["rt"]]), _text(r[p["address"]]),
             _date(r[p["founded_on"]]), _text(r[p["sk_number"]]), _date(r[p["sk_date"]]),
             _text(r[p["sk_issuer"]]), _text(r[p["phone"]]), _text(r[p["notes"]]),
             self.now, self.now, 1)
            for r in rows
        ])  # fmt: skip

    def _members(self, book: Any, code: str) -> None:
        p, rows = _rows(book, "members")
        self.insert("members", ["uuid", "kelurahan_code", "nik", "kk", "full_name", "sex",
                                "birth_place", "birth_date", "address", "rt", "rw", "phone",
                                "education", "occupation", "dtsen_registered", "dtsen_decile",
                                "dtsen_as_of", "disability", "notes", "created_at",
                                "updated_at", "version"], [
            (r[p["uuid"]], code, _text(r[p["nik"]]), _text(r[p["kk"]]), r[p["full_name"]],
             r[p["sex"]], _text(r[p["birth_place"]]), _date(r[p["birth_date"]]),
             _text(r[p["address"]]), _text(r[p["rt"]]), _text(r[p["rw"]]), _text(r[p["phone"]]),
             _text(r[p["education"]]), _text(r[p["occupation"]]),
             YES.get(_text(r[p["dtsen_registered"]]).lower(), False),
             int(r[p["dtsen_decile"]]) if r[p["dtsen_decile"]] not in ("", None) else None,
             _date(r[p["dtsen_as_of"]]), YES.get(_text(r[p["disability"]]).lower(), False),
             _text(r[p["notes"]]), self.now, self.now, 1)
            for r in rows
        ])  # fmt: skip

    def _memberships(
        self, book: Any, code: str, groups: dict[str, int], members: dict[str, int]
    ) -> None:
        p, rows = _rows(book, "memberships")
        role = WORDS["role"]
        self.insert("memberships", ["uuid", "kelurahan_code", "member_id", "group_id", "role",
                                    "started_on", "ended_on", "created_at", "updated_at"], [
            (r[p["uuid"]], code, members[r[p["member_uuid"]]], groups[r[p["group_uuid"]]],
             role[_text(r[p["role"]]).lower()], _date(r[p["started_on"]]),
             _date(r[p["ended_on"]]), self.now, self.now)
            for r in rows
        ])  # fmt: skip

    def _activities(self, book: Any, code: str, groups: dict[str, int]) -> None:
        p, rows = _rows(book, "activities")
        self.insert("activities", ["uuid", "kelurahan_code", "group_id", "held_on", "title",
                                   "type_id", "sector_id", "funding_id", "location",
                                   "facilitator", "amount", "participants_count",
                                   "beneficiaries_count", "outcome", "created_at", "updated_at",
                                   "version"], [
            (r[p["uuid"]], code, groups[r[p["group_uuid"]]], _date(r[p["held_on"]]),
             _text(r[p["title"]]), self.ref("activity_type", r[p["type"]]),
             self.ref("sector", r[p["sector"]]), self.ref("funding_source", r[p["funding"]]),
             _text(r[p["location"]]), _text(r[p["facilitator"]]), int(r[p["amount"]] or 0),
             int(r[p["participants_count"]] or 0), int(r[p["beneficiaries_count"]] or 0),
             _text(r[p["outcome"]]), self.now, self.now, 1)
            for r in rows
        ])  # fmt: skip

    def _attendance(
        self, book: Any, code: str, activities: dict[str, int], members: dict[str, int]
    ) -> None:
        p, rows = _rows(book, "attendance")
        a, m = p["activity_uuid"], p["member_uuid"]
        self.insert("attendance", ["activity_id", "member_id", "kelurahan_code"],
                    [(activities[r[a]], members[r[m]], code) for r in rows])  # fmt: skip

    def _assessments(self, book: Any, code: str, groups: dict[str, int]) -> None:
        p, rows = _rows(book, "assessments")
        level = WORDS["level"]
        self.insert("assessments", ["uuid", "kelurahan_code", "group_id", "assessed_on", "level",
                                    "notes", "created_at", "updated_at"], [
            (r[p["uuid"]], code, groups[r[p["group_uuid"]]], _date(r[p["assessed_on"]]),
             level[_text(r[p["level"]]).lower()], _text(r[p["notes"]]), self.now, self.now)
            for r in rows
        ])  # fmt: skip


def land_all(files: list[Path], connect: Callable[[], Any], mark: str) -> None:
    from python_calamine import CalamineWorkbook

    connection = connect()
    loader = PlainLoader(connection, mark)
    for path in files:
        book = CalamineWorkbook.from_path(str(path))
        meta = dict((row[0], row[1]) for row in book.get_sheet_by_name("_meta").to_python()[1:])
        book.close()
        loader.land(path, str(meta["kelurahan_code"]))
    connection.close()
