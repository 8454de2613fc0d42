"""A NIK already registered is named as soon as its 16 digits are typed, with one-click
ways on: open that person, or add that person to the group being edited."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import GroupDialog, MemberDialog

BUDI_NIK = "3671051705800011"
NEW_NIK = "3671052202950004"  # nobody has it yet


@pytest.fixture
def bambang(database: Database, kube_melati: str) -> str:
    """Bambang Irawan, RT/RW 005/002, Ketua of KUBE Melati."""
    with database.session() as session:
        uuid = create_member(session, MemberInput(BUDI_NIK, "Bambang Irawan", rt="5", rw="2")).uuid
        add_membership(session, uuid, kube_melati, "ketua", date(2024, 1, 1))
    return uuid


def _count_members(database: Database) -> int:
    with database.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Member)) or 0)


def _type_nik(qtbot, dialog: MemberDialog, nik: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.nik, nik)
    qtbot.waitUntil(lambda: not dialog._lookup_timer.isActive())


def test_owner_is_shown_while_typing_and_opened_in_one_click(
    database, bambang, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    dialogs: list[str] = []

    def driver(dialog: MemberDialog) -> None:
        dialogs.append(dialog.windowTitle())
        if len(dialogs) == 1:
            qtbot.keyClicks(dialog.nik, BUDI_NIK[:15])
            seen["at_15"] = dialog.owner_box.isVisible()
            _type_nik(qtbot, dialog, BUDI_NIK[15:])
            seen["text"] = dialog.owner_box.text.text()
            seen["add_shown"] = dialog.owner_box.add_button.isVisible()
            qtbot.mouseClick(dialog.owner_box.open_button, Qt.MouseButton.LeftButton)
            return
        seen["name"] = dialog.full_name.text()
        seen["notice"] = dialog.banner.text()
        dialog.phone.setText("0812 1111 2222")
        dialog.save()

    drive(driver)
    assert forms.edit_member(None, database, None) == bambang
    assert seen["at_15"] is False
    text = str(seen["text"])
    assert "Bambang Irawan" in text and "005/002" in text and "KUBE Melati (Ketua)" in text
    assert seen["add_shown"] is False  # no group is being edited here
    assert dialogs == ["Anggota baru", "Ubah anggota: Bambang Irawan"]
    assert seen["name"] == "Bambang Irawan" and "tersimpan" in str(seen["notice"])
    assert _count_members(database) == 1
    with database.read_session() as session:
        assert (
            session.scalar(select(Member.phone).where(Member.uuid == bambang)) == "0812 1111 2222"
        )


def test_saving_a_taken_nik_at_once_is_refused_with_the_owner_shown(
    database, bambang, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        dialog.nik.setText(BUDI_NIK)  # pasted, and Simpan pressed before the lookup's pause
        dialog.full_name.setText("Bambang I.")
        seen["saved"] = dialog.save()
        seen["box"] = dialog.owner_box.isVisible()
        seen["message"] = dialog.errors.label_for("nik").text()
        dialog.reject()

    drive(driver)
    assert forms.edit_member(None, database, None) is None
    assert seen["saved"] is False and seen["box"] is True
    assert "sudah dipakai" in str(seen["message"])
    assert _count_members(database) == 1


def test_group_form_new_member_with_a_known_nik_adds_that_person(
    database, bambang, members, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Posyandu Mawar is being entered; Bambang's paper form turns out to be a known NIK."""
    seen: dict[str, object] = {}

    def driver(dialog: QDialog) -> None:
        if isinstance(dialog, MemberDialog):
            seen["member_title"] = dialog.windowTitle()
            _type_nik(qtbot, dialog, BUDI_NIK)
            seen["add_text"] = dialog.owner_box.add_button.text()
            qtbot.mouseClick(dialog.owner_box.add_button, Qt.MouseButton.LeftButton)
            return
        assert isinstance(dialog, GroupDialog)
        dialog.name.setText("Posyandu Mawar")
        dialog.type.set_key("Posyandu")
        dialog.sector.set_key("Kesehatan")
        dialog.tabs.setCurrentWidget(dialog.members)
        qtbot.mouseClick(dialog.members.new_button, Qt.MouseButton.LeftButton)
        seen["listed"] = dialog.members.model.rowCount()
        dialog.save()

    drive(driver)
    group_uuid = forms.edit_group(None, database, None)
    assert seen["add_text"] == "Tambahkan ke Posyandu Mawar"
    assert seen["member_title"] == "Anggota baru untuk Posyandu Mawar"
    assert seen["listed"] == 1
    assert _count_members(database) == 4  # nobody registered twice
    with database.read_session() as session:
        joined = session.scalars(
            select(Member.full_name)
            .join(Membership, Membership.member_id == Member.id)
            .join(Group, Group.id == Membership.group_id)
            .where(Group.uuid == group_uuid)
        )
        assert list(joined) == ["Bambang Irawan"]


def test_group_form_whole_nik_in_picker_picks_or_offers_to_register(
    database, bambang, kube_melati, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: QDialog) -> None:
        if isinstance(dialog, MemberDialog):
            seen["prefilled"] = dialog.nik.text()
            qtbot.keyClicks(dialog.full_name, "Rina Wati")
            dialog.save()
            return
        panel = dialog.members
        panel.picker.setEditText(BUDI_NIK)
        panel.picker.run_search()
        seen["picked"] = panel.picker.key()
        panel.picker.setEditText(NEW_NIK)
        panel.picker.run_search()
        seen["hint"] = dialog.errors.label_for("membership.add").text()
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        seen["rows"] = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
        dialog.save()

    drive(driver)
    assert forms.edit_group(None, database, kube_melati) == kube_melati
    assert seen["picked"] == bambang  # the one person with that NIK is chosen at once
    assert "belum terdaftar" in str(seen["hint"]) and "Anggota baru" in str(seen["hint"])
    assert seen["prefilled"] == NEW_NIK
    assert any(str(row).startswith("Rina Wati") for row in seen["rows"])  # type: ignore[union-attr]
    with database.read_session() as session:
        roles = session.execute(
            select(Member.full_name, Membership.role).join(
                Membership, Membership.member_id == Member.id
            )
        )
        assert sorted(tuple(r) for r in roles) == [
            ("Bambang Irawan", "ketua"),
            ("Rina Wati", "anggota"),
        ]


def test_groups_chosen_before_the_nik_was_known_go_along_to_that_person(
    database, bambang, members, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The clerk picked Posyandu first; opening Bambang's record keeps that choice."""
    from wksbm_desktop.core.domain.inputs import GroupInput
    from wksbm_desktop.core.services.groups import create_group

    with database.session() as session:
        posyandu = create_group(session, GroupInput("Posyandu Mawar", "Posyandu", "Kesehatan"))
        posyandu_uuid = posyandu.uuid
    seen: dict[str, object] = {}
    count = [0]

    def driver(dialog: MemberDialog) -> None:
        count[0] += 1
        if count[0] == 1:
            panel = dialog.memberships
            panel.picker.set_key(posyandu_uuid)
            qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
            _type_nik(qtbot, dialog, BUDI_NIK)
            qtbot.mouseClick(dialog.owner_box.open_button, Qt.MouseButton.LeftButton)
            return
        seen["dirty"] = dialog.is_dirty()
        dialog.save()

    drive(driver)
    assert forms.edit_member(None, database, None) == bambang
    assert seen["dirty"] is True  # the carried choice is not saved yet
    with database.read_session() as session:
        groups = session.scalars(
            select(Group.name)
            .join(Membership, Membership.group_id == Group.id)
            .join(Member, Member.id == Membership.member_id)
            .where(Member.uuid == bambang, Membership.ended_on.is_(None))
            .order_by(Group.name)
        )
        assert list(groups) == ["KUBE Melati", "Posyandu Mawar"]
