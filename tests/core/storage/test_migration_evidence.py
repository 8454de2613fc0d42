"""Migration 0009: a database with assessments gains the default rubric and the attachment
tables; its assessments stay as they were, without answers or a suggestion."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from wksbm_desktop.core.queries.attachments import attachment_counts
from wksbm_desktop.core.queries.rubric import answers_of, rubric
from wksbm_desktop.core.storage import migrate
from wksbm_desktop.core.storage.db import make_engine, open_database


def test_an_assessment_written_at_0006_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0006_accounts")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO reference_items (kind, label, sort_order, active) "
                "VALUES ('group_type', 'Uji', 99, 1), ('sector', 'Uji', 99, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO groups (uuid, name, type_id, sector_id, rw, rt, address, sk_number, "
                "sk_issuer, status, phone, notes, version, kelurahan_code, created_at, "
                "updated_at) SELECT 'g-1', 'KUBE Lama', t.id, s.id, '', '', '', '', '', "
                "'aktif', '', '', 1, '', '2025-01-01', '2025-01-01' FROM reference_items t, "
                "reference_items s WHERE t.label = 'Uji' AND t.kind = 'group_type' "
                "AND s.label = 'Uji' AND s.kind = 'sector'"
            )
        )
        connection.execute(
            text(
                "INSERT INTO assessments (uuid, group_id, assessed_on, level, notes, "
                "kelurahan_code, created_at, updated_at) SELECT 'a-1', id, '2025-02-01', "
                "'maju', 'lama', '', '2025-02-01', '2025-02-01' FROM groups"
            )
        )
    engine.dispose()
    database = open_database(path)
    with database.read_session() as session:
        row = session.execute(
            text("SELECT level, notes, suggested_level, suggestion_reasons FROM assessments")
        ).one()
        assert tuple(row) == ("maju", "lama", "", "")
        assert answers_of(session, "a-1") == []
        assert len(rubric(session)) == 19
        assert attachment_counts(session, "").total == 0
    database.dispose()
