"""The member form: live NIK checks in words, filling from the NIK, saving, unsaved changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import Member, Membership
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import MemberDialog, base

FEMALE_1980 = "3671055705800001"  # Cipondoh, 17-05-1980 + 40 for a woman, serial 0001


def _count(database: Database, model: type) -> int:
    with database.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_invalid_nik_is_explained_and_nothing_is_saved(database, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.nik, "3671051705800000")  # serial 0000 does not exist
        qtbot.keyClicks(dialog.full_name, "Budi Santoso")
        seen["live"] = dialog.errors.label_for("nik").text()
        seen["saved"] = dialog.save()
        seen["after_save"] = dialog.errors.label_for("nik").text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    drive(driver)
    assert forms.edit_member(None, database, None) is None
    assert "0000" in str(seen["live"]) and "KTP" in str(seen["live"])
    assert seen["saved"] is False and seen["still_open"] is True
    assert "0000" in str(seen["after_save"])
    assert _count(database, Member) == 0


def test_short_nik_says_how_many_digits_while_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.nik, "3671a")
    assert "huruf" in dialog.errors.label_for("nik").text()
    dialog.nik.setText("3671055")
    assert "7 angka" in dialog.errors.label_for("nik").text()


def test_valid_nik_fills_sex_and_birth_date_then_saves(database, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.nik, FEMALE_1980)
        seen["sex"] = dialog.sex.key()
        seen["birth"] = dialog.birth_date.date()
        seen["message"] = dialog.errors.label_for("nik").text()
        qtbot.keyClicks(dialog.full_name, "Siti Aminah")
        dialog.rt.setText("5")
        dialog.save()

    drive(driver)
    uuid = forms.edit_member(None, database, None)
    assert seen["sex"] == "P" and seen["birth"] == date(1980, 5, 17)
    assert "perempuan" in str(seen["message"])
    assert uuid is not None
    with database.read_session() as session:
        member = session.scalars(select(Member).where(Member.uuid == uuid)).one()
        assert (member.nik, member.sex, member.birth_date, member.rt) == (
            FEMALE_1980,
            "P",
            date(1980, 5, 17),
            "005",
        )


def test_nik_against_entered_sex_explains_the_mismatch(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.sex.set_key("L")
    dialog.nik.setText(FEMALE_1980)
    text = dialog.errors.label_for("nik").text()
    assert "perempuan" in text and "laki-laki" in text
    assert dialog.sex.key() == "L"  # what the operator entered is never overwritten


def test_editing_a_member_and_joining_a_group(database, kube_melati, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    group_uuid = kube_melati
    with database.session() as session:
        member_uuid = create_member(session, MemberInput(FEMALE_1980, "Siti Aminah")).uuid

    def driver(dialog: MemberDialog) -> None:
        assert dialog.nik.text() == FEMALE_1980
        dialog.full_name.setText("Siti Aminah Rahayu")
        panel = dialog.memberships
        panel.picker.set_key(group_uuid)
        panel.add_role.set_key("bendahara")
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        dialog.save()

    drive(driver)
    assert forms.edit_member(None, database, member_uuid) == member_uuid
    with database.read_session() as session:
        saved = session.scalars(select(Member).where(Member.uuid == member_uuid)).one()
        assert saved.full_name == "Siti Aminah Rahayu" and saved.version == 2
        roles = session.scalars(select(Membership.role).where(Membership.member_id == saved.id))
        assert list(roles) == ["bendahara"]


def test_closing_with_unsaved_changes_asks_first(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def confirm(parent: object) -> bool:
        asked.append("ask")
        return answers.pop(0)

    monkeypatch.setattr(base, "confirm_discard", confirm)
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    from wksbm_desktop.core.queries.forms import MemberForm

    dialog.load(MemberForm(None, ("SD/Sederajat",), (), ()))
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    qtbot.keyClicks(dialog.full_name, "Budi")
    dialog.reject()
    assert asked == ["ask"] and dialog.isVisible()  # "Kembali ke formulir"
    dialog.reject()
    assert asked == ["ask", "ask"] and not dialog.isVisible()
