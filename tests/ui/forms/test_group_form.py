"""The group form: a new group with a Ketua and members, one Ketua only, edits, conflicts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.models import Assessment, Group, Membership
from wksbm_desktop.core.services.groups import update_group
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import GroupDialog


def _add(qtbot, dialog: GroupDialog, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    """Search the member by part of the name, pick them, choose the role, press Tambahkan."""
    panel = dialog.members
    dialog.tabs.setCurrentWidget(panel)
    panel.picker.setEditText(name.split()[0].lower())
    panel.picker.run_search()
    index = next(
        i for i in range(panel.picker.count()) if panel.picker.itemText(i).startswith(name)
    )
    panel.picker.setCurrentIndex(index)
    panel.add_role.set_key(role)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _fill_group(qtbot, dialog: GroupDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.name, "KUBE Melati")
    dialog.type.set_key("KUBE")
    dialog.sector.set_key("Ekonomi Produktif")
    dialog.rw.setText("5")


def test_new_group_with_ketua_and_members(database, members, drive, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def driver(dialog: GroupDialog) -> None:
        _fill_group(qtbot, dialog)
        _add(qtbot, dialog, "Budi Santoso", "ketua")
        _add(qtbot, dialog, "Siti Aminah", "anggota")
        _add(qtbot, dialog, "Joko Prasetyo", "ketua")  # a second Ketua is refused at once
        label = dialog.errors.label_for("membership.add.role")
        seen["role_message"] = label.text() if label.isVisible() else ""
        dialog.members.add_role.set_key("sekretaris")
        qtbot.mouseClick(dialog.members.add_button, Qt.MouseButton.LeftButton)
        dialog.assessments.level.set_key("tumbuh")
        dialog.assessments.add_from_fields()
        dialog.save()

    drive(driver)
    uuid = forms.edit_group(None, database, None)
    assert "sudah punya Ketua (Budi Santoso)" in seen["role_message"]
    assert uuid is not None
    with database.read_session() as session:
        group = session.scalars(select(Group).where(Group.uuid == uuid)).one()
        assert (group.name, group.rw) == ("KUBE Melati", "005")
        roles = session.execute(
            select(Membership.role).where(
                Membership.group_id == group.id, Membership.ended_on.is_(None)
            )
        ).scalars()
        assert sorted(roles) == ["anggota", "ketua", "sekretaris"]
        levels = session.scalars(select(Assessment.level).where(Assessment.group_id == group.id))
        assert list(levels) == ["tumbuh"]


def test_ketua_refused_by_the_core_shows_next_to_role_and_saves_nothing(
    database, members, kube_melati, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    group_uuid = kube_melati
    seen: dict[str, object] = {}

    def driver(dialog: GroupDialog) -> None:
        # Meanwhile, at another PC, someone makes Siti the Ketua.
        with database.session() as session:
            add_membership(session, members["Siti Aminah"], group_uuid, "ketua", date(2025, 1, 1))
        dialog.name.setText("KUBE Melati Jaya")
        _add(qtbot, dialog, "Budi Santoso", "ketua")  # the form did not know about Siti
        seen["saved"] = dialog.save()
        seen["message"] = dialog.errors.label_for("membership.add.role").text()
        seen["tab"] = dialog.tabs.currentIndex()
        dialog.reject()

    drive(driver)
    assert forms.edit_group(None, database, group_uuid) is None
    assert seen["saved"] is False
    assert "sudah punya Ketua (Siti Aminah)" in str(seen["message"])
    assert seen["tab"] == 1  # the form switched to the tab with the message
    with database.read_session() as session:
        group = session.scalars(select(Group).where(Group.uuid == group_uuid)).one()
        assert group.name == "KUBE Melati"  # the whole save was rolled back


def test_missing_fields_are_marked_and_nothing_saved(database, drive) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def driver(dialog: GroupDialog) -> None:
        dialog.sk_date.line.setText("31-02-2020")
        dialog.save()  # the half-right date is caught before the core is asked
        seen["date"] = dialog.errors.label_for("sk_date").text()
        dialog.sk_date.line.setText("")
        dialog.save()
        seen["name"] = dialog.errors.label_for("name").text()
        seen["type"] = dialog.errors.label_for("type").text()
        dialog.reject()

    drive(driver)
    assert forms.edit_group(None, database, None) is None
    assert "17-08-2024" in seen["date"]
    assert "Nama kelompok wajib diisi" in seen["name"]
    assert "Jenis kelompok wajib diisi" in seen["type"]


def test_editing_a_group_and_replacing_the_ketua(
    database, members, kube_melati, drive, qtbot
) -> None:  # type: ignore[no-untyped-def]
    group_uuid = kube_melati
    with database.session() as session:
        add_membership(session, members["Budi Santoso"], group_uuid, "ketua", date(2024, 1, 1))

    def driver(dialog: GroupDialog) -> None:
        assert dialog.name.text() == "KUBE Melati"
        dialog.status.set_key("kurang_aktif")
        dialog.members.select_row(0)  # Budi, the Ketua, steps down...
        dialog.members.row_date.set_date(date(2025, 1, 31))
        assert dialog.members.end_selected()
        _add(qtbot, dialog, "Siti Aminah", "ketua")  # ...so Siti may take over in the same save
        dialog.save()

    drive(driver)
    assert forms.edit_group(None, database, group_uuid) == group_uuid
    with database.read_session() as session:
        group = session.scalars(select(Group).where(Group.uuid == group_uuid)).one()
        assert group.status == "kurang_aktif" and group.version == 2
        current = session.execute(
            select(Membership.role, Membership.ended_on).where(Membership.group_id == group.id)
        ).all()
        assert sorted(current, key=str) == sorted(
            [("ketua", date(2025, 1, 31)), ("ketua", None)], key=str
        )


def test_conflict_shows_who_changed_it(database, kube_melati, drive) -> None:  # type: ignore[no-untyped-def]
    group_uuid = kube_melati
    seen: dict[str, object] = {}

    def driver(dialog: GroupDialog) -> None:
        with database.session(operator="Operator Lain") as session:
            update_group(session, group_uuid, GroupInput("KUBE Mawar", "KUBE", "Sosial"))
        dialog.phone.setText("0812 3456 7890")
        seen["saved"] = dialog.save()
        seen["banner"] = dialog.banner.text()
        dialog.reject()

    drive(driver)
    assert forms.edit_group(None, database, group_uuid) is None
    assert seen["saved"] is False
    assert "Operator Lain" in str(seen["banner"]) and "sudah diubah" in str(seen["banner"])


def test_tab_order_follows_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GroupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    order = []
    widget = dialog.name
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:3] == [dialog.type, dialog.sector, dialog.parent_group.lineEdit()] or order[
        :3
    ] == [dialog.type, dialog.sector, dialog.parent_group]
