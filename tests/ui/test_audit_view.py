"""The Riwayat tab of each detail panel and the Data → Riwayat perubahan view with its export."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.ui.conftest import tab_of
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import AuditEntry, Member
from wksbm_desktop.core.services.groups import archive_group, restore_group
from wksbm_desktop.core.services.members import update_member
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.audit_view import PAGE_SIZE, AuditView
from wksbm_desktop.ui.main_window import GROUPS, MEMBERS
from wksbm_desktop.ui.safety import attach

NEW_NIK_TAIL = "0099"


def edit_member(database, operator: str = "Rina") -> tuple[str, str, str]:
    """Change one member's phone and NIK as ``operator``; returns (uuid, old NIK, new NIK)."""
    with database.session(operator=operator) as session:
        member = session.scalars(select(Member).order_by(Member.id).limit(1)).one()
        data = MemberInput(**{f.name: getattr(member, f.name) for f in fields(MemberInput)})
        new_nik = member.nik[:12] + NEW_NIK_TAIL
        update_member(session, member.uuid, replace(data, phone="081234567890", nik=new_nik))
        return member.uuid, data.nik, new_nik


def edit_phones(database, how_many: int) -> None:
    """One "Ubah" entry per member, by operator Operator Uji (the demo data has one entry)."""
    with database.session(operator="Operator Uji") as session:
        for number, member in enumerate(session.scalars(select(Member).limit(how_many))):
            data = MemberInput(**{f.name: getattr(member, f.name) for f in fields(MemberInput)})
            update_member(session, member.uuid, replace(data, phone=f"0812{number:08d}"))


def history_rows(panel) -> list[list[str]]:
    model = panel.history.model
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_the_riwayat_tab_shows_an_edit_old_to_new(qtbot, main_window):
    uuid, old_nik, new_nik = edit_member(main_window.database)
    tab = tab_of(main_window, MEMBERS)
    tab.refresh()
    assert tab.select_uuid(uuid)
    panel = tab.detail
    [(when, operator, action, changes)] = history_rows(panel)
    assert action == "Ubah" and operator == "Rina"
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d\.\d\d", when)
    assert re.search(r"Telepon: .* → 081234567890", changes)
    masked_old = f"{old_nik[:4]}********{old_nik[-4:]}"
    assert f"NIK: {masked_old} → {new_nik[:4]}********{NEW_NIK_TAIL}" in changes
    tab_title = panel.sections.tabText(panel.sections.indexOf(panel.history.view))
    assert tab_title == "Riwayat (1)"


def test_groups_have_their_riwayat_too(qtbot, main_window):
    tab = tab_of(main_window, GROUPS)
    tab.select_row(0)
    uuid = tab.current_uuid()
    assert tab.detail.history.model.rowCount() == 0
    with main_window.database.session(operator="Rina") as session:
        archive_group(session, uuid)
        restore_group(session, uuid)
    tab.refresh()
    assert tab.select_uuid(uuid)
    assert [row[2] for row in history_rows(tab.detail)] == ["Pulihkan", "Arsipkan"]


@pytest.fixture
def view(qtbot, main_window) -> AuditView:
    attach(main_window)
    main_window.findChild(QAction, "auditView").trigger()
    found = main_window.findChild(AuditView, "auditView")
    assert found is not None and found.isVisible()
    yield found
    found.close()


def test_the_audit_view_pages_through_everything(qtbot, main_window, view):
    before = view.total  # the demo data's own entries
    edit_phones(main_window.database, PAGE_SIZE + 20)
    view.reload()
    assert view.total == before + PAGE_SIZE + 20
    assert view.model.rowCount() == PAGE_SIZE
    assert view.range_label.text().startswith(f"1–{PAGE_SIZE} dari ")
    assert not view.previous_button.isEnabled()
    view.next_button.click()
    assert view.offset == PAGE_SIZE and view.previous_button.isEnabled()
    assert view.range_label.text().startswith(f"{PAGE_SIZE + 1}–")


def test_filters_by_operator_record_and_date(qtbot, main_window, view):
    uuid, _old, _new = edit_member(main_window.database, operator="Rina")
    view.reset_filters()
    combo = view.operator_combo
    view.refresh_operators()  # the view opened before Rina acted
    combo.setCurrentIndex(combo.findData("Rina"))
    assert view.total == 1 and view.model.index(0, 1).data() == "Rina"
    combo.setCurrentIndex(0)
    view.record_edit.setText(uuid)
    view.search_records()
    assert view.record_combo.currentData() == uuid
    assert view.total == 1 and view.model.index(0, 4).data() == "Ubah"
    view.reset_filters()
    view.until_check.setChecked(True)
    view.until_edit.setDate(view.until_edit.date().addYears(-30))
    assert (
        view.total == 0
        and view.range_label.text() == "Tidak ada catatan yang cocok dengan saringan."
    )


def test_record_search_by_name_offers_the_matches(qtbot, main_window, view):
    with main_window.database.read_session() as session:
        name = session.scalars(select(Member.full_name).order_by(Member.id).limit(1)).one()
    view.record_edit.setText(name)
    view.search_records()
    QApplication.processEvents()
    view.record_combo.hidePopup()
    labels = [view.record_combo.itemText(i) for i in range(view.record_combo.count())]
    assert any(name in label and label.startswith("Anggota: ") for label in labels)
    assert all(not re.search(r"\d{16}", label) for label in labels)  # NIKs masked in the list


def test_export_writes_the_filtered_list_with_masked_niks(
    qtbot, main_window, view, tmp_path, monkeypatch
):
    uuid, old_nik, new_nik = edit_member(main_window.database)
    target = tmp_path / "riwayat"
    said: list[str] = []
    monkeypatch.setattr(dialogs_util, "get_save_path", lambda *a: str(target))
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": said.append(text))
    view.record_edit.setText(uuid)
    view.search_records()
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    written = Path(str(target) + ".xlsx")
    assert str(written) in said[0] and "1 catatan" in said[0]
    sheet = load_workbook(written, read_only=True).active
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    text = "\n".join(cells)
    # The file mask of exports: the screen's tail would be rebuilt from birth date and sex.
    assert "Perubahan" in text and f"NIK: {new_nik[:4]}************" in text
    assert NEW_NIK_TAIL not in text
    assert old_nik not in text and new_nik not in text
    assert re.search(r"(?<!\d)\d{16}(?!\d)", text) is None
    # The export itself is in the history now, naming who took the file away.
    with main_window.database.read_session() as session:
        query = select(AuditEntry.operator, AuditEntry.changes).where(
            AuditEntry.action == "export_history"
        )
        [(operator, changes)] = session.execute(query).all()
    assert operator == main_window.database.operator and str(written) in changes
