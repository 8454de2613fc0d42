"""Schema migrations: from an empty database, the schema equals the models; old files upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from tests.core.conftest import index_sql
from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.models import Base, Member, Office, ReferenceItem
from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.backup import integrity_problem
from wksbm_desktop.core.storage.db import HEAD_REVISION, make_engine, open_database, read_revision

FIRST = "0001_initial"


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "skema.db")
    try:
        migrate.upgrade_to_head(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_partial_unique_indexes_exist_after_migration(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "skema.db")
    try:
        migrate.upgrade_to_head(engine)
        sql = index_sql(engine)
    finally:
        engine.dispose()
    assert "archived_at IS NULL" in sql["uq_members_live_nik"]
    assert "role = 'ketua'" in sql["uq_memberships_current_ketua"]
    assert "ended_on IS NULL" in sql["uq_memberships_current_member_group"]


def _database_at_first_revision(path: Path) -> None:
    """A file as an older release left it: schema 0001, an office, members, a custom type."""
    engine = make_engine(path)
    try:
        migrate.upgrade_to(engine, FIRST)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO office (kelurahan_code, kelurahan_name, address, lurah_name, "
                    "lurah_nip, operator_names, created_at, updated_at) VALUES ('36.71.05.1008', "
                    "'Poris Plawad', '', 'Lurah Lama', '', '', '2024-01-01', '2024-01-01')"
                )
            )
            for serial in (1, 2, 3):
                connection.execute(
                    text(
                        "INSERT INTO members (uuid, nik, kk, full_name, sex, birth_place, "
                        "address, rt, rw, phone, education, occupation, dtsen_registered, "
                        "disability, notes, version, created_at, updated_at) VALUES "
                        "(:uuid, :nik, '', :name, 'L', '', '', '001', '002', '', '', '', 0, 0, "
                        "'', 1, '2024-01-01', '2024-01-01')"
                    ),
                    {
                        "uuid": f"00000000-0000-4000-8000-00000000000{serial}",
                        "nik": f"367105170580{serial:04d}",
                        "name": f"Warga Lama {serial}",
                    },
                )
            # An operator may have added their own entry; the seed must not collide with it.
            connection.execute(
                text(
                    "INSERT INTO reference_items (kind, label, sort_order, active) "
                    "VALUES ('group_type', 'Sanggar Seni', 1, 1), ('sector', 'Lainnya', 1, 1)"
                )
            )
    finally:
        engine.dispose()


def test_older_database_is_upgraded_after_a_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "kantor.db"
    _database_at_first_revision(path)
    probe = make_engine(path)
    assert read_revision(probe) == FIRST
    probe.dispose()

    database = open_database(path)
    try:
        assert read_revision(database.engine) == HEAD_REVISION
        with database.read_session() as session:
            names = session.scalars(select(Member.full_name).order_by(Member.id)).all()
            lurah = session.scalars(select(Office.lurah_name)).one()
            types = session.scalars(
                select(ReferenceItem.label).where(ReferenceItem.kind == "group_type")
            ).all()
            sectors_named_lainnya = session.scalar(
                select(func.count())
                .select_from(ReferenceItem)
                .where(ReferenceItem.kind == "sector", ReferenceItem.label == "Lainnya")
            )
    finally:
        database.dispose()
    assert names == ["Warga Lama 1", "Warga Lama 2", "Warga Lama 3"]
    assert lurah == "Lurah Lama"
    assert "Sanggar Seni" in types
    assert {"WKSBM", "KSM", "KUBE", "Bank Sampah"} <= set(types)
    assert sectors_named_lainnya == 1

    backups = list((tmp_path / "cadangan").glob("*.db"))
    assert len(backups) == 1
    assert FIRST in backups[0].name
    assert integrity_problem(backups[0]) is None
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
        assert copy.execute("SELECT COUNT(*) FROM members").fetchone() == (3,)
    copy.close()
    assert not list((tmp_path / "cadangan").glob("*.partial"))


def test_opening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "kantor.db"
    open_database(path).dispose()
    open_database(path).dispose()
    assert not (tmp_path / "cadangan").exists()


def test_known_revisions() -> None:
    assert migrate.is_known_revision(FIRST)
    assert migrate.is_known_revision(HEAD_REVISION)
    assert not migrate.is_known_revision("zzzz")


def test_a_failed_upgrade_leaves_the_file_at_its_old_revision(tmp_path: Path) -> None:
    path = tmp_path / "kantor.db"
    _database_at_first_revision(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TRIGGER gagal BEFORE INSERT ON reference_items "
            "BEGIN SELECT RAISE(ABORT, 'uji gagal'); END"
        )
    connection.close()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert caught.value.key == "db.upgrade_failed"
    assert "cadangan" in caught.value.message
    probe = make_engine(path)
    try:
        assert read_revision(probe) == FIRST
    finally:
        probe.dispose()
    assert len(list((tmp_path / "cadangan").glob("*.db"))) == 1
