"""Bulk writing: a row checked without queueing, and the paths other engines take."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tests.core.conftest import member_input
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.bulk import BulkWriter, _driver_plan, larger_page_cache
from wksbm_desktop.core.services.members import create_member

MEMBER_KEYS = tuple(c.key for c in Member.__table__.columns if c.key != "id")


def test_checking_a_member_queues_nothing_and_reports_every_problem(session: Session) -> None:
    create_member(session, member_input(1))
    writer = BulkWriter(session)
    writer.check_member(member_input(2))  # a good row passes silently
    with pytest.raises(ValidationFailed) as caught:
        writer.check_member(member_input(1, full_name=" ", rt="12345"))
    errors = caught.value.by_field()
    assert set(errors) == {"nik", "full_name", "rt"}
    assert "Warga Uji 1" in errors["nik"]  # the NIK is already someone's
    writer.flush()
    assert session.scalar(select(func.count()).select_from(Member)) == 1


def test_rows_go_straight_to_the_sqlite_driver_only_when_every_column_is_given() -> None:
    plan = _driver_plan(Member.__table__, sqlite.dialect(), MEMBER_KEYS)
    assert plan is not None and plan.sql.startswith("INSERT INTO members")
    # Without the uuid, only SQLAlchemy knows how to fill it: Core inserts those rows.
    partial = tuple(key for key in MEMBER_KEYS if key != "uuid")
    assert _driver_plan(Member.__table__, sqlite.dialect(), partial) is None
    # PostgreSQL batches through Core's insertmanyvalues.
    assert _driver_plan(Member.__table__, postgresql.dialect(), MEMBER_KEYS) is None


def test_the_bulk_page_cache_leaves_any_engine_usable(session: Session) -> None:
    with larger_page_cache(session):  # on PostgreSQL a SQLite pragma would be an error
        create_member(session, member_input(3, born=date(1990, 2, 3)))
        assert session.execute(text("SELECT 1")).scalar() == 1
    assert session.scalar(select(func.count()).select_from(Member)) == 1
