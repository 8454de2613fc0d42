"""Small things that trip a clerk: RT/RW order, required marks, attendance search,
"Simpan & tambah lagi", and long names that are cut."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from wksbm_desktop.core.models import Activity, Attendance, Member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import ActivityDialog, GroupDialog, MemberDialog, base


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a shown test form at teardown never waits on a question."""
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def group_uuid(database: Database, members: dict[str, str], kube_melati: str) -> str:
    """KUBE Melati with Budi, Siti and Joko as its current members."""
    with database.session() as session:
        for member_uuid in members.values():
            add_membership(session, member_uuid, kube_melati, "anggota", date(2024, 1, 1))
    return kube_melati


def _label_of(dialog: QWidget, field: QWidget) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.buddy() is field)


@pytest.mark.parametrize("dialog_type", [GroupDialog, MemberDialog])
def test_rt_comes_before_rw_on_one_row_in_both_forms(qtbot, dialog_type) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_type()
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    rt, rw = (
        dialog.rt.mapTo(dialog, dialog.rt.rect().topLeft()),
        dialog.rw.mapTo(dialog, dialog.rw.rect().topLeft()),
    )
    assert rt.y() == rw.y() and rt.x() < rw.x()
    assert _label_of(dialog, dialog.rt).replace("&", "") == "RT/RW:"
    following = dialog.rt.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()  # the "/" between them takes no focus
    assert following is dialog.rw


@pytest.mark.parametrize(
    ("dialog_type", "required", "optional"),
    [
        (GroupDialog, ("name", "type", "sector", "status"), ("phone", "address")),
        (MemberDialog, ("nik", "full_name", "sex"), ("kk", "phone")),
        (ActivityDialog, ("group", "held_on", "title", "type", "funding"), ("location",)),
    ],
)
def test_required_fields_are_marked_before_anything_is_saved(
    qtbot, dialog_type, required, optional
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_type()
    qtbot.addWidget(dialog)
    dialog.show()
    for name in required:
        assert _label_of(dialog, getattr(dialog, name)).endswith("*:"), name
    for name in optional:
        assert "*" not in _label_of(dialog, getattr(dialog, name)), name
    assert dialog.legend.isVisible() and dialog.legend.text() == "* wajib diisi"


def _shown(dialog: ActivityDialog) -> list[str]:
    view = dialog.attendance.view
    return [str(view.model().index(r, 0).data()) for r in range(view.model().rowCount())]


def test_attendance_search_filters_by_name_nik_and_number_and_keeps_ticks(
    database, group_uuid, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: ActivityDialog) -> None:
        dialog.select_group(group_uuid)
        search = dialog.attendance.search
        qtbot.keyClicks(search, "siti")
        seen["by_name"] = _shown(dialog)
        qtbot.keyClick(search, Qt.Key.Key_Return)  # ticks the one left
        seen["still_open"] = dialog.isVisible()
        search.setText("0003")  # the end of Joko's NIK
        seen["by_nik"] = _shown(dialog)
        search.setText("2")  # number 2 on the list (by name: Budi, Joko, Siti)
        seen["by_number"] = _shown(dialog)
        search.clear()
        seen["all"] = len(_shown(dialog))
        seen["tooltip"] = (
            dialog.attendance.view.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
        )
        dialog.title.setText("Rapat anggota")
        dialog.type.set_key("Rapat")
        dialog.funding.set_key("Swadaya/Iuran")
        dialog.save()

    drive(driver)
    uuid = forms.edit_activity(None, database, None)
    assert [row.split(" (")[0] for row in seen["by_name"]] == ["3. Siti Aminah"]  # type: ignore[attr-defined]
    assert seen["still_open"] is True
    assert [row.split(" (")[0] for row in seen["by_nik"]] == ["2. Joko Prasetyo"]  # type: ignore[attr-defined]
    assert [row.split(" (")[0] for row in seen["by_number"]] == ["2. Joko Prasetyo"]  # type: ignore[attr-defined]
    assert seen["all"] == 3
    assert str(seen["tooltip"]).startswith("Siti Aminah (")
    with database.read_session() as session:
        activity = session.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        attended = session.scalars(
            select(Member.full_name)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.activity_id == activity.id)
        )
        assert list(attended) == ["Siti Aminah"]


def test_select_all_with_a_filter_ticks_only_what_is_shown(database, group_uuid, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ActivityDialog(
        members_of=lambda uuid: forms._read(database, forms.queries.current_members, uuid)
    )
    qtbot.addWidget(dialog)
    dialog.load(forms._read(database, forms.queries.load_activity_form, None))
    dialog.select_group(group_uuid)
    dialog.attendance.search.setText("o")  # Budi Santoso, Joko Prasetyo
    dialog.attendance.select_all.click()
    dialog.attendance.search.clear()
    assert len(dialog.attendance.checked()) == 2
    assert "2 dari 3" in dialog.attendance.count_label.text()


def test_save_and_next_member_keeps_rt_rw_and_opens_an_empty_form(database, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, object]] = []
    papers = [("3671051705800001", "Budi Santoso"), ("3671055705800002", "Siti Aminah")]

    def driver(dialog: MemberDialog) -> None:
        seen.append(
            {
                "nik": dialog.nik.text(),
                "rt_rw": (dialog.rt.text(), dialog.rw.text()),
                "notice": dialog.banner.text() if dialog.banner.isVisible() else "",
                "dirty": dialog.is_dirty(),
                "tip": dialog.next_button.toolTip() if dialog.next_button else "",
                "focus": dialog.focusWidget() is dialog.nik,
            }
        )
        nik, name = papers[len(seen) - 1]
        qtbot.keyClicks(dialog.nik, nik)
        qtbot.keyClicks(dialog.full_name, name)
        if len(seen) == 1:
            dialog.rt.setText("005")
            dialog.rw.setText("002")
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        else:
            dialog.save()

    drive(driver)
    last = forms.edit_member(None, database, None)
    assert len(seen) == 2
    assert seen[1]["nik"] == "" and seen[1]["rt_rw"] == ("005", "002")
    assert "Budi Santoso" in str(seen[1]["notice"]) and seen[1]["dirty"] is False
    assert seen[1]["focus"] is True  # typing goes straight into the NIK of the next form
    assert "Ctrl+Shift+S" in str(seen[0]["tip"])
    with database.read_session() as session:
        rows = session.execute(select(Member.uuid, Member.full_name, Member.rt, Member.rw))
        saved = {name: (uuid, rt, rw) for uuid, name, rt, rw in rows}
    assert set(saved) == {"Budi Santoso", "Siti Aminah"}
    assert saved["Siti Aminah"] == (last, "005", "002")


def test_save_and_next_activity_keeps_the_group_and_kinds(
    database, group_uuid, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str, int]] = []

    def driver(dialog: ActivityDialog) -> None:
        seen.append((dialog.group.key(), dialog.title.text(), dialog.attendance.model.rowCount()))
        if len(seen) == 1:
            dialog.select_group(group_uuid)
            dialog.type.set_key("Rapat")
            dialog.funding.set_key("Swadaya/Iuran")
            dialog.title.setText("Rapat Januari")
            dialog.save_and_next()
        else:
            dialog.title.setText("Rapat Februari")
            dialog.save()

    drive(driver)
    assert forms.edit_activity(None, database, None) is not None
    assert seen[1] == (group_uuid, "", 3)
    with database.read_session() as session:
        titles = session.scalars(select(Activity.title).order_by(Activity.id))
        assert list(titles) == ["Rapat Januari", "Rapat Februari"]


def test_a_long_name_in_a_picker_shows_whole_on_hover(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ActivityDialog()
    qtbot.addWidget(dialog)
    long_name = "Kelompok Usaha Bersama Melati Sejahtera Mandiri Kelurahan Poris Plawad (KUBE)"
    dialog.group.set_choices([("g1", long_name)])
    dialog.group.set_key("g1")
    assert dialog.group.toolTip() == long_name
