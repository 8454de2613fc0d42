"""Two officers receiving reports at once on the PostgreSQL server (issue 16)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.engines import PgServer
from tests.excel.receiving.kit import KETAPANG, PORIS, city_db, export, kelurahan_db
from wksbm_desktop.core.domain.incoming_report import Receipt
from wksbm_desktop.core.models import Member, ReceivedReport
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.receiving.action import receive_file


@pytest.fixture
def city(pg_server: PgServer, pg_head_template: str) -> Database:
    url = pg_server.create(pg_head_template)
    database = city_db(lambda *args, **kwargs: url)
    yield database
    database.dispose()
    pg_server.drop(url)


def _report(tmp_path: Path, code: str, seed: int) -> Path:
    database = kelurahan_db(tmp_path / f"{code}.db", code=code, members=30, seed=seed)
    try:
        return export(database, tmp_path / f"laporan-{code}.xlsx")
    finally:
        database.dispose()


def _at_once(city: Database, paths: list[Path]) -> list[Receipt]:
    start = threading.Barrier(len(paths))
    results: list[Receipt | BaseException | None] = [None] * len(paths)

    def run(index: int) -> None:
        # Each officer has an application of their own: an engine of their own.
        own = open_database(city.target, operator=f"Petugas {index}")
        start.wait()
        try:
            results[index] = receive_file(own, paths[index])
        except BaseException as error:  # handed to the test thread
            results[index] = error
        finally:
            own.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(paths))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(isinstance(r, Receipt) for r in results), results
    return results  # type: ignore[return-value]


def test_two_kelurahan_received_at_once_both_land(city: Database, tmp_path: Path) -> None:
    paths = [_report(tmp_path, PORIS, 4), _report(tmp_path, KETAPANG, 5)]
    receipts = _at_once(city, paths)
    assert [r.status for r in receipts] == ["received", "received"]
    with city.read_session() as session:
        by_code = select(Member.kelurahan_code, func.count()).group_by(Member.kelurahan_code)
        rows = session.execute(by_code)
        assert dict(rows.all()) == {PORIS: 30, KETAPANG: 30}


def test_the_same_report_received_twice_at_once_lands_once(city: Database, tmp_path: Path) -> None:
    path = _report(tmp_path, PORIS, 4)
    receipts = _at_once(city, [path, path])
    assert sorted(r.status for r in receipts) == ["received", "unchanged"]
    with city.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedReport)) == 1
        assert session.scalar(select(func.count()).select_from(Member)) == 30
