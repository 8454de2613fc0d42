"""Migration 0007: dismissed pairs, member merges and ``members.merged_into``, on both engines;
the members a database already holds are kept, and the step can be taken back."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from sqlalchemy import inspect, text

from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import make_engine, read_revision

MEMBER = (
    "INSERT INTO members (uuid, nik, kk, full_name, sex, birth_place, address, rt, rw, phone, "
    "education, occupation, dtsen_registered, disability, notes, version, created_at, "
    "updated_at, kelurahan_code) VALUES ('00000000-0000-4000-8000-000000000001', "
    "'3671051705800001', '', 'Warga Lama', 'L', '', '', '001', '002', '', '', '', false, false, "
    "'', 1, '2026-01-01', '2026-01-01', '36.71.05.1008')"
)


def test_upgrade_keeps_members_and_downgrade_takes_it_back(
    new_target: Callable[..., str],
) -> None:
    engine = make_engine(new_target("lama.db"))
    try:
        migrate.upgrade_to(engine, "0006_accounts")
        with engine.begin() as connection:
            connection.execute(text(MEMBER))
        migrate.upgrade_to(engine, "0007_duplicates")
        assert read_revision(engine) == "0007_duplicates"
        schema = inspect(engine)
        assert {"dismissed_pairs", "member_merges"} <= set(schema.get_table_names())
        assert "merged_into" in {c["name"] for c in schema.get_columns("members")}
        assert "ix_members_kk" in {i["name"] for i in schema.get_indexes("members")}
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT full_name, merged_into FROM members")).all()
        assert [tuple(row) for row in rows] == [("Warga Lama", None)]
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006_accounts")
        schema = inspect(engine)
        assert "dismissed_pairs" not in schema.get_table_names()
        assert "merged_into" not in {c["name"] for c in schema.get_columns("members")}
    finally:
        engine.dispose()
