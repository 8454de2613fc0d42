"""Large lists: written in batches, read by either reader, with the same outcome as row by row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.excel.conftest import make_nik
from tests.excel.hostile_books import rows_xml, sheet_xml, write_xlsx
from tests.excel.reading.test_hostile_properties import HEADINGS, cell_values
from wksbm_desktop.core.models import AuditEntry, Member, Membership
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing import lists as import_list
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.reading import reader

Writer = Callable[..., Path]
HEADER = ["NIK", "Nama", "L/P", "Tgl. Lahir", "Kelompok", "Jabatan"]
pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")


def person(serial: int, group: str = "KUBE Mawar", role: str = "Anggota") -> list[object]:
    born = date(1980, 1, 1 + serial % 28)
    return [make_nik("L", born, serial), f"Warga {serial}", "L", born.strftime("%d-%m-%Y"),
            group, role]  # fmt: skip


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return counts(session)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_list, "BATCH_SIZE", 2)


@pytest.mark.usefixtures("small_batches")
def test_every_batch_is_written_with_its_audit(office_db: Database, write_book: Writer):
    rows = [person(n, f"Kelompok {n % 3}") for n in range(1, 8)]
    report = import_workbook(office_db, write_book("besar.xlsx", {"Data": [HEADER, *rows]}))
    assert report.ok and report.written
    assert report.created == {"members": 7, "memberships": 7, "groups": 3}
    with office_db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 7
        assert session.scalar(select(func.count()).select_from(Membership)) == 7
        by_entity = dict(
            session.execute(
                select(AuditEntry.entity, func.count())
                .where(AuditEntry.action == "create")
                .group_by(AuditEntry.entity)
            ).all()
        )
    assert {k: by_entity.get(k) for k in ("group", "member", "membership")} == {
        "group": 3, "member": 7, "membership": 7,
    }  # fmt: skip


@pytest.mark.usefixtures("small_batches")
def test_an_error_in_a_later_batch_writes_nothing(office_db: Database, write_book: Writer):
    before = _counts(office_db)
    rows = [person(n) for n in range(1, 6)] + [[*person(6)[:2], "X", *person(6)[3:]]]
    report = import_workbook(office_db, write_book("gagal.xlsx", {"Data": [HEADER, *rows]}))
    assert not report.ok and not report.written
    assert [(p.row, p.column) for p in report.errors] == [(7, "C (L/P)")]
    assert _counts(office_db) == before


@pytest.mark.usefixtures("small_batches")
def test_a_nik_twice_is_reported_the_same_across_batches(office_db: Database, write_book: Writer):
    rows = [person(1), person(2), person(3), [person(1)[0], "Orang Lain", *person(1)[2:]]]
    report = import_workbook(office_db, write_book("ganda.xlsx", {"Data": [HEADER, *rows]}))
    [error] = report.errors
    assert (error.row, error.column) == (5, "A (NIK)") and "baris 2" in error.message
    assert _counts(office_db)["members"] == 0


@pytest.mark.usefixtures("small_batches")
def test_people_already_registered_are_reused_in_any_batch(office_db: Database, write_book: Writer):
    first = import_workbook(
        office_db, write_book("a.xlsx", {"Data": [HEADER, *map(person, [1, 2])]})
    )
    assert first.ok
    rows = [person(3), person(1, "Posyandu"), person(2), person(4)]
    report = import_workbook(office_db, write_book("b.xlsx", {"Data": [HEADER, *rows]}))
    assert report.ok and report.created == {"members": 2, "memberships": 3, "groups": 1}
    assert report.unchanged == {"members": 2, "memberships": 1}
    assert _counts(office_db)["members"] == 4


def _report(database: Database, path: Path) -> tuple[Any, ...]:
    report = import_workbook(database, path, dry_run=True)
    return report.problems, dict(report.created), dict(report.unchanged), report.rows_read


FUNCTION_DB = settings(
    deadline=None,
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUNCTION_DB
@given(data=st.lists(st.lists(cell_values, min_size=10, max_size=10), min_size=1, max_size=4))
def test_either_reader_gives_the_same_import(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: list[list[Any]]
):
    path = write_xlsx(tmp_path / "acak.xlsx", sheet_xml(rows_xml([HEADINGS, *data])))
    fast = _report(office_db, path)
    with monkeypatch.context() as patch:
        patch.setattr(reader, "_open_fast", lambda source: None)
        assert _report(office_db, path) == fast


def test_the_member_list_of_an_office_reads_the_same(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    rows = [person(n, f"Kelompok {n % 4}", "Ketua" if n < 4 else "Anggota") for n in range(1, 40)]
    rows[7][2] = "Perempuan"  # a row error among good rows
    rows[9][0] = rows[3][0]  # and a NIK twice
    path = write_xlsx(tmp_path / "daftar.xlsx", sheet_xml(rows_xml([HEADER, *rows])))
    with reader.open_workbook(path, fast=True) as workbook:
        assert getattr(workbook, "fast", False)
    fast = _report(office_db, path)
    monkeypatch.setattr(reader, "_open_fast", lambda source: None)
    assert _report(office_db, path) == fast and len(fast[0]) >= 2
