"""Monitoring visits (monev): what a visit needs, its follow-up, history, archive and restore."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.programme_inputs import VisitInput
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group
from wksbm_desktop.core.services.visits import (
    archive_visit,
    record_visit,
    restore_visit,
    update_visit,
)


def visit(group: Group, **changes: Any) -> VisitInput:
    values: dict[str, Any] = {
        "group_uuid": group.uuid, "visited_on": date(2025, 5, 14),
        "facilitator": "Dra. Sri Wahyuni (TKSK)",
        "findings": "Pembukuan kas belum rutin.", "recommendations": "Buku kas harian.",
    }  # fmt: skip
    return VisitInput(**(values | changes))


def errors_of(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def test_a_visit_and_its_follow_up_are_recorded(session: Session, group: Group) -> None:
    recorded = record_visit(session, visit(group))
    assert (recorded.follow_up_status, recorded.kelurahan_code) == ("belum", "36.71.05.1008")
    done = visit(group, follow_up="Bendahara dilatih", follow_up_status="selesai")
    update_visit(session, recorded.uuid, done, expected_version=1)
    query = select(AuditEntry.action, AuditEntry.changes).where(
        AuditEntry.entity_uuid == recorded.uuid
    ).order_by(AuditEntry.id)  # fmt: skip
    entries = [(action, json.loads(changes)) for action, changes in session.execute(query)]
    assert entries[0][0] == "create" and entries[0][1]["visited_on"] == [None, "2025-05-14"]
    assert entries[1] == ("update", {"follow_up": ["", "Bendahara dilatih"],
                                     "follow_up_status": ["belum", "selesai"]})  # fmt: skip


def test_a_visit_needs_a_date_a_facilitator_and_findings(session: Session) -> None:
    data = VisitInput(group_uuid="", visited_on=None, facilitator=" ", findings="")
    errors = errors_of(lambda: record_visit(session, data))
    assert errors == {
        "group_uuid": "Pilih kelompok yang masih aktif (tidak diarsipkan).",
        "visited_on": "Tanggal kunjungan wajib diisi.",
        "facilitator": "Pendamping wajib diisi.",
        "findings": "Temuan wajib diisi.",
    }


def test_a_visit_is_not_in_the_future_and_a_follow_up_says_what_it_is(
    session: Session, group: Group
) -> None:
    data = visit(group, visited_on=date.today() + timedelta(days=1), follow_up_status="proses")
    errors = errors_of(lambda: record_visit(session, data))
    assert errors["visited_on"] == (
        "Tanggal kunjungan tidak boleh di masa depan. Periksa kembali tanggalnya."
    )
    assert "Tuliskan tindak lanjutnya" in errors["follow_up"]
    errors = errors_of(lambda: record_visit(session, visit(group, follow_up_status="nanti")))
    assert set(errors) == {"follow_up_status"}


def test_a_visit_is_archived_and_restored(session: Session, group: Group) -> None:
    recorded = record_visit(session, visit(group))
    archive_visit(session, recorded.uuid)
    assert recorded.archived_at is not None
    restore_visit(session, recorded.uuid)
    assert recorded.archived_at is None
