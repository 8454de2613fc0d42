"""The city-scale query shapes: capped counts, searches reading only the columns that can match,
caseless LIKE per engine, the planner-statistics refresh and the indexes behind them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tests.core.conftest import index_sql
from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries import members, stats
from wksbm_desktop.core.queries.common import ListRequest, like
from wksbm_desktop.core.services.members import archive_member
from wksbm_desktop.core.storage import sqlite_stats
from wksbm_desktop.core.storage.db import Database, make_engine, open_database


def test_caseless_like_skips_lower_on_sqlite_and_uses_ilike_on_postgresql() -> None:
    query = select(Member.id).where(like(Member.full_name, "%siti%"))
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    on_postgresql = str(query.compile(dialect=postgresql.dialect()))
    assert "members.full_name LIKE" in on_sqlite and "lower(" not in on_sqlite
    assert "= 1" not in on_sqlite  # a predicate, not a boolean value to compare
    assert "members.full_name ILIKE" in on_postgresql


def test_caseless_like_ignores_case_on_the_engine(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.services.members import create_member

    create_member(session, make.member(1, "P", full_name="SITI Aminah"))
    session.flush()
    found = session.scalars(select(Member.full_name).where(like(Member.full_name, "%siti a%")))
    assert list(found) == ["SITI Aminah"]


def _where(text_typed: str) -> str:
    query = members._base_query(ListRequest(search=text_typed))
    return str(query.compile(dialect=sqlite.dialect()))


def test_a_word_is_looked_for_only_where_it_can_occur() -> None:
    assert "members.nik" not in _where("siti").split("WHERE", 1)[1]
    long_number = _where("04741576").split("WHERE", 1)[1]
    assert "members.nik LIKE" in long_number and "full_name" not in long_number
    assert "members.rt LIKE" not in long_number  # RT holds three digits
    assert "members.rt LIKE" in _where("05").split("WHERE", 1)[1]
    rt_rw = _where("001/003").split("WHERE", 1)[1]
    assert "members.rt || " in rt_rw and "full_name" not in rt_rw
    assert "members.nik" in _where("anon0000").split("WHERE", 1)[1]


def test_count_upto_stops_at_the_cap(database: Database) -> None:
    with database.session() as session:
        demo.generate(session, members=60, seed=5, today=date(2025, 6, 1))
    with database.read_session() as session:
        everyone = members.count_members(session, ListRequest(search="a"))
        assert members.count_members_upto(session, ListRequest(search="a"), 10) == 10
        assert members.count_members_upto(session, ListRequest(search="a"), 10_000) == everyone


def test_live_counts_agree_with_the_full_counts(session: Session, make) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.services.members import create_member

    kept = create_member(session, make.member(1, "P"))
    gone = create_member(session, make.member(2, "L"))
    archive_member(session, gone.uuid)
    session.flush()
    full, live = stats.counts(session), stats.live_counts(session)
    assert live == {k: full[k] for k in ("groups", "members", "activities")}
    assert live["members"] == 1 and full["archived_members"] == 1 and kept.uuid


@pytest.mark.sqlite_only
def test_statistics_are_made_once_the_members_table_is_large(tmp_path: Path) -> None:
    path = tmp_path / "besar.db"
    database = open_database(path)
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO members (uuid, nik, kk, full_name, sex, birth_place, address, rt, "
                "rw, phone, education, occupation, dtsen_registered, disability, notes, version, "
                "created_at, updated_at) VALUES (:u, :n, '', 'Warga', 'L', '', '', '001', '001', "
                "'', '', '', 0, 0, '', 1, '2025-01-01', '2025-01-01')"
            ),
            [{"u": f"u{i}", "n": f"{i:016d}"} for i in range(1500)],
        )
    database.dispose()
    engine = make_engine(path)
    try:
        assert sqlite_stats.refresh_if_stale(engine) is True
        assert sqlite_stats.refresh_if_stale(engine) is False  # now current: nothing to do
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar()
        assert rows and rows > 0
    finally:
        engine.dispose()


def test_small_databases_need_no_statistics() -> None:
    assert sqlite_stats._is_stale(None, 10) is False
    assert sqlite_stats._is_stale(None, 5_000) is True
    assert sqlite_stats._is_stale(5_000, 9_000) is False
    assert sqlite_stats._is_stale(5_000, 150_000) is True


@pytest.mark.sqlite_only
def test_list_indexes_exist_and_archived_indexes_are_partial(db_path: Path) -> None:
    open_database(db_path).dispose()
    engine = make_engine(db_path)
    try:
        sql = index_sql(engine)
    finally:
        engine.dispose()
    assert "lower(full_name)" in sql["ix_members_live_name"]
    assert "archived_at IS NULL" in sql["ix_members_live_name"]
    assert "lower(name)" in sql["ix_groups_live_name"]
    assert "archived_at IS NOT NULL" in sql["ix_members_archived"]
    assert "ix_members_archived_at" not in sql  # the full index misled the planner
