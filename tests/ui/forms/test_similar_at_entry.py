"""At entry: a new person who looks like someone registered (not only by the exact NIK) is
named under the fields before saving, with a way to open that record; saving is never held."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import MemberDialog

BORN = date(1980, 5, 17)


@pytest.fixture
def muhammad(database: Database) -> str:
    """Muhammad Rizki, born 17-05-1980, RT/RW 005/002."""
    with database.session() as session:
        values = MemberInput("3671051705800011", "Muhammad Rizki", birth_date=BORN, rt="5", rw="2")
        return create_member(session, values).uuid


def _count_members(database: Database) -> int:
    with database.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Member)) or 0)


def _type_draft(qtbot, dialog: MemberDialog, name: str, born: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.full_name, name)
    dialog.birth_date.line.setText(born)


def test_a_spelling_variant_with_the_same_birth_date_is_named_and_opened(
    database, muhammad, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    dialogs: list[str] = []

    def driver(dialog: MemberDialog) -> None:
        dialogs.append(dialog.windowTitle())
        if len(dialogs) > 1:
            seen["name"] = dialog.full_name.text()
            dialog.reject()
            return
        _type_draft(qtbot, dialog, "Muhamad Rizki", "17-05-1980")
        seen["before"] = dialog.similar_box.isVisible()
        qtbot.waitUntil(dialog.similar_box.isVisible, timeout=3000)
        seen["text"] = dialog.similar_box.text.text()
        seen["owner_box"] = dialog.owner_box.isVisible()
        qtbot.mouseClick(dialog.similar_box.open_button, Qt.MouseButton.LeftButton)

    drive(driver)
    forms.edit_member(None, database, None)
    assert seen["before"] is False  # the check waits for a pause in typing
    text = str(seen["text"])
    assert text.startswith("Mungkin sudah terdaftar: Muhammad Rizki, RT/RW 005/002.")
    assert "Tanggal lahir sama (17-05-1980)" in text
    assert seen["owner_box"] is False  # not the exact NIK: that box stays for its own case
    assert dialogs == ["Anggota baru", "Ubah anggota: Muhammad Rizki"]
    assert seen["name"] == "Muhammad Rizki"
    assert _count_members(database) == 1


def test_the_notice_never_holds_saving_another_person(database, muhammad, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    def driver(dialog: MemberDialog) -> None:
        _type_draft(qtbot, dialog, "Muhamad Rizki", "17-05-1980")
        qtbot.waitUntil(dialog.similar_box.isVisible, timeout=3000)
        dialog.nik.setText("3671051705800099")
        dialog.save()  # the clerk knows better: a namesake born the same day

    drive(driver)
    assert forms.edit_member(None, database, None) is not None
    assert _count_members(database) == 2


def test_someone_else_entirely_shows_no_notice(database, muhammad, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        _type_draft(qtbot, dialog, "Siti Aminah", "17-05-1980")
        dialog.look_for_similar()  # ask now rather than after the pause
        qtbot.waitUntil(lambda: not dialog._similar.busy, timeout=3000)
        seen["shown"] = dialog.similar_box.isVisible()
        dialog.reject()

    drive(driver)
    forms.edit_member(None, database, None)
    assert seen["shown"] is False


def test_editing_an_existing_member_does_not_look_for_others(
    database, muhammad, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def driver(dialog: MemberDialog) -> None:
        assert dialog._similar is None
        dialog.reject()

    drive(driver)
    forms.edit_member(None, database, muhammad)


def test_a_nik_one_digit_off_is_named_and_the_exact_nik_keeps_its_own_box(
    database, muhammad, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.full_name, "Muhammad Rizky")
        qtbot.keyClicks(dialog.nik, "3671051705800017")  # the last digit mistyped
        qtbot.waitUntil(dialog.similar_box.isVisible, timeout=3000)
        seen["typo"] = dialog.similar_box.text.text()
        dialog.nik.setText("3671051705800011")  # now exactly his NIK
        qtbot.waitUntil(dialog.owner_box.isVisible, timeout=3000)
        dialog.look_for_similar()
        qtbot.waitUntil(lambda: not dialog._similar.busy, timeout=3000)
        seen["similar_after"] = dialog.similar_box.isVisible()
        dialog.reject()

    drive(driver)
    forms.edit_member(None, database, None)
    assert "NIK hanya berbeda satu angka" in str(seen["typo"])
    assert seen["similar_after"] is False  # the owner's box says it already, right under NIK
