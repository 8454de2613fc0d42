"""The evidence operations: each writes through its service and announces what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.programme.conftest import first_group, jpeg_bytes, sign_in_as, write
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.queries.attachments import attachments_of
from wksbm_desktop.core.queries.rubric import rubric
from wksbm_desktop.core.services.access import PermissionRefused
from wksbm_desktop.core.services.attachments import AttachmentRefused
from wksbm_desktop.core.services.rubric import Answer
from wksbm_desktop.ui import operations
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import evidence as ops


@pytest.fixture
def announced() -> Iterator[list[OpChanges]]:
    seen: list[OpChanges] = []

    def note(_database: object, changes: OpChanges, _origin: object) -> None:
        seen.append(changes)

    operations.changes.changed.connect(note)
    yield seen
    operations.changes.changed.disconnect(note)


def test_attachment_operations_announce_evidence(
    qtbot, database, announced, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    group = first_group(database)
    path = write(tmp_path, "foto.jpg", jpeg_bytes())
    uuid = ops.add_attachment_file(parent, database, "group", group, "foto_kegiatan", path)
    ops.describe_attachment(parent, database, uuid, "Rapat Juni", "foto_kegiatan")
    ops.archive_attachment(parent, database, uuid)
    ops.restore_attachment(parent, database, uuid)
    assert announced == [OpChanges(evidence=True)] * 4
    with database.read_session() as session:
        (row,) = attachments_of(session, "group", group)
    assert row.title == "Rapat Juni" and row.archived_at is None


def test_a_refused_file_raises_and_announces_nothing(
    qtbot, database, announced, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "catatan.txt", b"bukan gambar")
    with pytest.raises(AttachmentRefused):
        ops.add_attachment_file(None, database, "group", first_group(database), "lainnya", path)
    assert announced == []


def test_recording_an_assessment_changes_the_levels_shown(qtbot, database, announced) -> None:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        criteria = rubric(session)
    answers = {c.uuid: Answer(c.level == "tumbuh") for c in criteria}
    group = first_group(database)
    uuid = ops.record_assessment(None, database, group, date(2025, 6, 1), "tumbuh", answers)
    assert uuid and announced == [OpChanges(assessments=True, evidence=True)]
    assert announced[0].touches(OpChanges(assessments=True))


def test_rubric_operations_announce_evidence(qtbot, database, announced) -> None:  # type: ignore[no-untyped-def]
    uuid = ops.add_criterion(None, database, "maju", "Punya rekening bank atas nama kelompok.")
    ops.reword_criterion(None, database, uuid, "Punya rekening bank kelompok.")
    with database.read_session() as session:
        order = [c.uuid for c in rubric(session, include_inactive=True) if c.level == "maju"]
    ops.reorder_criteria(None, database, "maju", [order[-1], *order[:-1]])
    ops.set_criterion_active(None, database, uuid, False)
    assert announced == [OpChanges(evidence=True)] * 4
    with database.read_session() as session:
        rows = [c for c in rubric(session, include_inactive=True) if c.level == "maju"]
    assert rows[0].text == "Punya rekening bank kelompok." and not rows[0].active


def test_a_pemantau_is_refused_by_the_core(qtbot, database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(database, Role.PEMANTAU)
    path = write(tmp_path, "foto.jpg", jpeg_bytes())
    with pytest.raises(PermissionRefused):
        ops.add_attachment_file(None, database, "group", first_group(database), "lainnya", path)
