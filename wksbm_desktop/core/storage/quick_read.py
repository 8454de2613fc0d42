"""The first page of the Anggota list straight from a SQLite file, before SQLAlchemy is imported.

Importing SQLAlchemy and the models costs more than showing the whole window, so the window
shows its first page through plain ``sqlite3`` (a read-only connection) and imports the data
layer a moment later (ui/opening.py). This module only reads, and only a file already at the
current schema revision; the statements are those ``core.queries.members`` compiles for SQLite
(tests/core/storage/test_quick_read.py compares the rows for every sort key and direction).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from pathlib import Path

from wksbm_desktop.core.domain.roles import id_on_screen, sees_full_nik
from wksbm_desktop.core.queries.member_row import MemberRow
from wksbm_desktop.core.storage.db import HEAD_REVISION
from wksbm_desktop.core.storage.db_file import connect_read_only

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_FORMAT = 2  # header bytes 18 and 19 (write and read version): 2 in WAL mode

_NAME = "lower(members.full_name)"
# The sort keys of core.queries.members.SORT_KEYS, in SQL; the row id breaks ties last.
_SORT_SQL = {
    "full_name": (_NAME,),
    "nik": ("members.nik",),
    "kk": ("members.kk", _NAME),
    "sex": ("members.sex", _NAME),
    "birth_date": ("members.birth_date", _NAME),
    "rt_rw": ("members.rw", "members.rt", _NAME),
    "phone": ("members.phone", _NAME),
    "groups": (
        "(SELECT min(lower(groups.name)) FROM groups JOIN memberships "
        "ON memberships.group_id = groups.id WHERE memberships.member_id = members.id "
        "AND memberships.ended_on IS NULL AND groups.archived_at IS NULL)",
        _NAME,
    ),
    "kecamatan": (
        "city_kelurahan.kecamatan_name",
        "city_kelurahan.name",
        "members.kelurahan_code",
        _NAME,
    ),
    "kelurahan": ("city_kelurahan.name", "members.kelurahan_code", _NAME),
}
# The owning kelurahan's names (core.queries.city_lists): blank on a kelurahan installation.
_PAGE_SQL = (
    "SELECT members.uuid, members.full_name, members.nik, members.kk, members.sex, "
    "members.birth_date, members.rt, members.rw, members.phone, members.version, "
    "city_kelurahan.kecamatan_name, city_kelurahan.name, members.id "
    "FROM members LEFT OUTER JOIN city_kelurahan "
    "ON city_kelurahan.code = members.kelurahan_code "
    "WHERE members.archived_at IS NULL ORDER BY {order} LIMIT ?"
)
_GROUPS_SQL = (
    "SELECT memberships.member_id, groups.name FROM memberships "
    "JOIN groups ON groups.id = memberships.group_id "
    "WHERE memberships.member_id IN ({marks}) AND memberships.ended_on IS NULL "
    "AND groups.archived_at IS NULL ORDER BY lower(groups.name)"
)


def is_current_wal_file(path: Path) -> bool:
    """A SQLite file in WAL mode (opening it writes nothing), checked from its header only."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header[:16] == SQLITE_HEADER and header[18] == WAL_FORMAT == header[19]


class QuickReader:
    """A read-only connection to a current WKSBM file with an office; ``open`` says if usable."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, path: Path) -> QuickReader | None:
        """None unless the file is at the current revision, in WAL mode and has an office."""
        if not path.is_file() or not is_current_wal_file(path):
            return None
        try:
            # mode=ro: this connection can never write, nor checkpoint the WAL when it closes.
            connection = connect_read_only(path)
        except sqlite3.Error:
            return None
        reader = cls(connection)
        try:
            usable = reader._revision() == HEAD_REVISION and reader._has_office()
        except (sqlite3.Error, UnicodeDecodeError):  # see sqlite_file.UNREADABLE
            usable = False
        if not usable:
            reader.close()
            return None
        return reader

    def _revision(self) -> str | None:
        row = self._connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None

    def _has_office(self) -> bool:
        return self._connection.execute("SELECT 1 FROM office LIMIT 1").fetchone() is not None

    def accounts_exist(self) -> bool:
        """Someone must sign in (an active account exists): nobody has yet while this reads."""
        return (
            self._connection.execute("SELECT 1 FROM accounts WHERE active LIMIT 1").fetchone()
            is not None
        )

    def is_city(self) -> bool:
        """The office has no kelurahan of its own: Dinas Sosial's city installation."""
        row = self._connection.execute(
            "SELECT kelurahan_code FROM office ORDER BY id LIMIT 1"
        ).fetchone()
        return row is not None and not row[0]

    def first_member_page(
        self, sort: str, descending: bool, limit: int
    ) -> tuple[list[MemberRow], int]:
        """The first ``limit`` live members in the list's order, and how many there are in all."""
        direction = " DESC NULLS LAST" if descending else " ASC NULLS FIRST"
        keys = (*_SORT_SQL.get(sort, _SORT_SQL["full_name"]), "members.id")
        order = ", ".join(key + direction for key in keys)
        fetched = self._connection.execute(_PAGE_SQL.format(order=order), (limit,)).fetchall()
        names = self._group_names([row[-1] for row in fetched])
        # Read before anyone signs in: with accounts, the page shows NIKs masked until the
        # list is read again for the person who signed in (roles.sees_full_nik).
        shown = id_on_screen(sees_full_nik(None, self.accounts_exist()))
        rows = [
            MemberRow(
                uuid=row[0],
                full_name=row[1],
                nik=row[2],
                kk=row[3],
                sex=row[4],
                birth_date=date.fromisoformat(row[5]) if row[5] else None,
                rt=row[6],
                rw=row[7],
                phone=row[8],
                version=row[9],
                groups=", ".join(names.get(row[12], ())),
                kecamatan=row[10] or "",
                kelurahan=row[11] or "",
            ).with_ids(shown)
            for row in fetched
        ]
        if len(rows) < limit:
            return rows, len(rows)
        total = self._connection.execute(
            "SELECT count(*) FROM members WHERE members.archived_at IS NULL"
        ).fetchone()[0]
        return rows, max(int(total), len(rows))

    def _group_names(self, member_ids: list[int]) -> dict[int, list[str]]:
        if not member_ids:
            return {}
        marks = ", ".join("?" * len(member_ids))
        names: dict[int, list[str]] = defaultdict(list)
        for member_id, name in self._connection.execute(
            _GROUPS_SQL.format(marks=marks), member_ids
        ):
            names[member_id].append(name)
        return names

    def close(self) -> None:
        self._connection.close()
