"""Audit read side: filters, paging, Indonesian descriptions, masked Excel export."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import update

from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.queries.audit import (
    AuditFilter,
    count_audit,
    display_value,
    list_audit,
    operators,
)
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member, update_member
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report.audit_export import export_audit


def _history(database: Database, make: Any) -> str:
    """A member created by Siti and edited by Budi; a group created by Budi. Returns the uuid."""
    with database.session(operator="Siti") as session:
        member = create_member(session, make.member(3, full_name="Ahmad Fauzi", rt="1"))
    with database.session(operator="Budi") as session:
        update_member(session, member.uuid, make.member(3, full_name="Ahmad Fauzi S", rt="2"))
        create_group(session, make.group("KUBE Mawar"))
    return member.uuid


def test_member_history_is_described_in_indonesian(database: Database, make: Any) -> None:
    uuid = _history(database, make)
    with database.read_session() as session:
        rows = list_audit(session, AuditFilter(entity_uuid=uuid))
    assert [(r.action_label, r.operator) for r in rows] == [("Ubah", "Budi"), ("Tambah", "Siti")]
    edit = rows[0]
    assert edit.entity_label == "Anggota"
    assert "Nama lengkap: Ahmad Fauzi → Ahmad Fauzi S" in edit.description
    assert "RT: 001 → 002" in edit.description
    created = rows[1].description
    assert created.startswith("Tambah anggota: ")
    assert "Tanggal lahir: 17-05-1980" in created
    assert "NIK: 3671********0003" in created
    assert re.search(r"\d{16}", created) is None


def test_filters_by_operator_entity_and_dates(database: Database, make: Any) -> None:
    _history(database, make)
    with database.session() as session:
        # Move every entry to two days ago, then add one for today.
        session.execute(update(AuditEntry).values(at=datetime.now() - timedelta(days=2)))
    with database.session(operator="Ani") as session:
        audit.record(session, "group", "g-1", "archive")
    today = date.today()
    with database.read_session() as session:
        assert count_audit(session) == 5  # office, member ×2, group, archive
        assert count_audit(session, AuditFilter(operator="Budi")) == 2
        assert count_audit(session, AuditFilter(entity="group")) == 2
        assert count_audit(session, AuditFilter(since=today)) == 1
        assert count_audit(session, AuditFilter(until=today - timedelta(days=1))) == 4
        assert count_audit(session, AuditFilter(since=today, operator="Budi")) == 0
        assert operators(session) == ["Ani", "Budi", "Penguji", "Siti"]


def test_paging_returns_newest_first_without_overlap(database: Database) -> None:
    with database.session(operator="Siti") as session:
        for n in range(25):
            audit.record(session, "group", f"g-{n}", "update", {"name": [f"A{n}", f"B{n}"]})
    with database.read_session() as session:
        first = list_audit(session, offset=0, limit=10)
        second = list_audit(session, offset=10, limit=10)
        rest = list_audit(session, offset=20, limit=10)
    ids = [r.id for r in first + second + rest]
    assert len(ids) == len(set(ids)) == 26
    assert ids == sorted(ids, reverse=True)
    assert all(isinstance(r.at, datetime) for r in first)


def test_display_values() -> None:
    assert display_value(None) == "(kosong)"
    assert display_value(True) == "Ya" and display_value(False) == "Tidak"
    assert display_value("2024-02-29") == "29-02-2024"
    assert display_value("KK 3671051203100004 lama") == "KK 3671********0004 lama"
    assert display_value(["5c1c2a4e-0000-4000-8000-000000000001"]) == "1"
    assert display_value("x" * 500).endswith("…")


def test_export_masks_niks_and_keeps_text_cells(
    database: Database, make: Any, tmp_path: Path
) -> None:
    _history(database, make)
    with database.session(operator="=SUM(A1)") as session:
        audit.record(session, "member", "u", "update", {"notes": [None, "NIK 3671051708800003"]})
    target = tmp_path / "keluar" / "riwayat.xlsx"
    with database.read_session() as session:
        written = export_audit(session, AuditFilter(), target)
    assert written == 5
    assert not list(target.parent.glob("*.partial"))
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Waktu", "Operator", "Data", "ID data", "Tindakan", "Perubahan"]
    assert len(values) == 6
    text = repr(values)
    assert re.search(r"\d{16}", text) is None
    # The file mask, not the screen's: birth date and sex in the same entry rebuild the latter.
    assert "3671************" in text and "0003" not in text
    formula_cell = sheet.cell(row=2, column=2)
    assert formula_cell.value == "=SUM(A1)" and formula_cell.data_type == "s"
