"""The activity form: group picker, rupiah amount, attendance checklist, editing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from wksbm_desktop.core.models import Activity, Attendance, Member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import ActivityDialog
from wksbm_desktop.ui.forms.widgets import RupiahEdit, format_rupiah, parse_date_text


@pytest.fixture
def group_uuid(database: Database, members: dict[str, str], kube_melati: str) -> str:
    """KUBE Melati with Budi, Siti and Joko as its current members."""
    with database.session() as session:
        for member_uuid in members.values():
            add_membership(session, member_uuid, kube_melati, "anggota", date(2024, 1, 1))
    return kube_melati


def _tick(dialog: ActivityDialog, row: int) -> None:
    model = dialog.attendance.model
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_recording_an_activity_with_attendance(database, group_uuid, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: ActivityDialog) -> None:
        dialog.group.setEditText("KUBE Melati (KUBE)")
        dialog.group.lineEdit().editingFinished.emit()
        seen["listed"] = dialog.attendance.model.rowCount()
        seen["sector"] = dialog.sector.key()  # taken from the group
        qtbot.keyClicks(dialog.title, "Pelatihan menjahit")
        dialog.type.set_key("Pelatihan")
        dialog.funding.set_key("APBD Kota")
        qtbot.keyClicks(dialog.amount, "1500000")
        seen["amount_text"] = dialog.amount.text()
        _tick(dialog, 0)
        _tick(dialog, 2)
        seen["participants"] = dialog.participants.value()
        dialog.beneficiaries.setValue(40)
        dialog.save()

    drive(driver)
    uuid = forms.edit_activity(None, database, None)
    assert seen["listed"] == 3 and seen["sector"] == "Ekonomi Produktif"
    assert seen["amount_text"] == "Rp 1.500.000"
    assert seen["participants"] == 2  # at least the number ticked
    assert uuid is not None
    with database.read_session() as session:
        activity = session.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        assert (activity.amount, activity.participants_count, activity.beneficiaries_count) == (
            1_500_000,
            2,
            40,
        )
        attended = session.scalars(
            select(Member.full_name)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.activity_id == activity.id)
        )
        assert sorted(attended) == ["Budi Santoso", "Siti Aminah"]  # rows 0 and 2, by name


def test_select_all_then_edit_keeps_ticks_and_count(database, group_uuid, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    def create(dialog: ActivityDialog) -> None:
        dialog.select_group(group_uuid)
        dialog.attendance.select_all.click()
        assert len(dialog.attendance.checked()) == 3
        dialog.title.setText("Rapat anggota")
        dialog.type.set_key("Rapat")
        dialog.funding.set_key("Swadaya/Iuran")
        dialog.participants.setValue(5)  # two guests came too
        dialog.save()

    drive(create)
    uuid = forms.edit_activity(None, database, None)
    assert uuid is not None
    seen: dict[str, object] = {}

    def edit(dialog: ActivityDialog) -> None:
        seen["ticked"] = len(dialog.attendance.checked())
        seen["participants"] = dialog.participants.value()
        seen["clean"] = not dialog.is_dirty()
        dialog.amount.set_amount(250_000)
        dialog.save()

    drive(edit)
    assert forms.edit_activity(None, database, uuid) == uuid
    assert seen == {"ticked": 3, "participants": 5, "clean": True}
    with database.read_session() as session:
        activity = session.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        assert (activity.amount, activity.participants_count, activity.version) == (250_000, 5, 2)


def test_missing_group_and_bad_amount_are_reported(database, group_uuid, drive) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def driver(dialog: ActivityDialog) -> None:
        dialog.group.setEditText("Kelompok yang tidak ada")
        dialog.amount.setText("satu juta")
        dialog.save()
        seen["group"] = dialog.errors.label_for("group_uuid").text()
        seen["amount"] = dialog.errors.label_for("amount").text()
        dialog.group.setEditText("")
        dialog.amount.setText("")
        dialog.save()
        seen["group_core"] = dialog.errors.label_for("group_uuid").text()
        seen["title_core"] = dialog.errors.label_for("title").text()
        dialog.reject()

    drive(driver)
    assert forms.edit_activity(None, database, None) is None
    assert "daftar" in seen["group"] and "1.500.000" in seen["amount"]
    assert "Pilih kelompok" in seen["group_core"]
    assert "Nama kegiatan wajib diisi" in seen["title_core"]
    with database.read_session() as session:
        assert session.scalars(select(Activity.id)).first() is None


def test_rupiah_edit_regroups_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "12500")
    assert edit.text() == "Rp 12.500" and edit.amount() == 12_500
    edit.clear()
    assert edit.amount() == 0
    assert format_rupiah(1_500_000) == "Rp 1.500.000"


def test_dates_are_read_the_indonesian_way() -> None:
    assert parse_date_text("17-08-2024") == date(2024, 8, 17)
    assert parse_date_text("1/2/2024") == date(2024, 2, 1)
    assert parse_date_text("17082024") == date(2024, 8, 17)
    assert parse_date_text("31-02-2024") is None
    assert parse_date_text("17-08-24") is None  # a two-digit year is ambiguous
