"""Migration 0008: the programme's tables on both engines, the seeded lists of aid sources and
sector measures, one live indicator record per group and period, and the way back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import make_engine

REVISION = "0008_programme"
TABLES = {
    "aid", "aid_disbursements", "aid_reports", "indicator_measures", "group_indicators",
    "group_indicator_values", "visits",
}  # fmt: skip


def _previous() -> str:
    """The revision before this one (re-pointed when another lands first)."""
    down = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(REVISION)
    assert down is not None and isinstance(down.down_revision, str)
    return down.down_revision


@pytest.fixture
def engine(new_target: Callable[..., str]) -> Iterator[Engine]:
    engine = make_engine(new_target("lama.db"))
    migrate.upgrade_to(engine, _previous())
    with engine.begin() as connection:
        # An office renamed one sector: its measures are not seeded, the others are.
        connection.execute(
            text("UPDATE reference_items SET label = 'Peternakan dan Perikanan' "
                 "WHERE kind = 'sector' AND label = 'Peternakan'")
        )  # fmt: skip
    yield engine
    engine.dispose()


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_the_upgrade_adds_the_tables_and_seeds_the_lists(engine: Engine) -> None:
    migrate.upgrade_to(engine, REVISION)
    assert set(inspect(engine).get_table_names()) >= TABLES
    sources = _rows(
        engine,
        "SELECT label, sort_order FROM reference_items WHERE kind = 'aid_source' "
        "ORDER BY sort_order",
    )
    assert [label for label, _order in sources] == [
        "Kemensos/APBN", "APBD Kota", "CSR", "Baznas", "Swadaya", "Lainnya",
    ]  # fmt: skip
    measures = _rows(
        engine,
        "SELECT r.label, m.label, m.unit FROM indicator_measures m "
        "JOIN reference_items r ON r.id = m.sector_id ORDER BY r.sort_order, m.sort_order",
    )
    sectors = {sector for sector, _label, _unit in measures}
    assert sectors == {"Pertanian", "Ekonomi Produktif", "Pengelolaan Sampah"}
    assert ("Pengelolaan Sampah", "Sampah terkumpul", "kg") in measures
    assert ("Pengelolaan Sampah", "Nilai sampah", "Rp") in measures


def _indicator(connection: object, uuid: str, archived: str | None = None) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO group_indicators (uuid, group_id, period_kind, period_start, cash, "
            "notes, archived_at, version, kelurahan_code, created_at, updated_at) VALUES "
            "(:uuid, 1, 'triwulan', '2025-04-01', 1000, '', :archived, 1, '', "
            "'2025-05-01', '2025-05-01')"
        ),
        {"uuid": uuid, "archived": archived},
    )


def test_one_live_indicator_record_per_group_and_period(engine: Engine) -> None:
    migrate.upgrade_to(engine, REVISION)
    with engine.begin() as connection:
        group_type, sector = connection.execute(
            text("SELECT MIN(id), MAX(id) FROM reference_items WHERE kind = 'sector'")
        ).one()
        connection.execute(
            text(
                "INSERT INTO groups (id, uuid, name, type_id, sector_id, rw, rt, address, "
                "sk_number, sk_issuer, status, phone, notes, version, kelurahan_code, "
                "created_at, updated_at) VALUES (1, 'g-1', 'KUBE Uji', :t, :s, '', '', '', '', "
                "'', 'aktif', '', '', 1, '', '2025-01-01', '2025-01-01')"
            ),
            {"t": group_type, "s": sector},
        )
        _indicator(connection, "i-1")
        _indicator(connection, "i-0", archived="2025-05-02")  # an archived one may share it
    with pytest.raises(IntegrityError), engine.begin() as connection:
        _indicator(connection, "i-2")


def test_the_downgrade_removes_what_the_upgrade_added(engine: Engine) -> None:
    migrate.upgrade_to(engine, REVISION)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, _previous())
    assert not TABLES & set(inspect(engine).get_table_names())
    assert _rows(engine, "SELECT COUNT(*) FROM reference_items WHERE kind = 'aid_source'") == [(0,)]
