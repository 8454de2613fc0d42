"""A choice filled in but not added (Tambahkan not pressed) is never dropped silently:
it counts as an unsaved change, and Simpan asks whether to add it first."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from wksbm_desktop.core.models import Assessment, Group, Member, Membership
from wksbm_desktop.core.queries.forms import MemberForm
from wksbm_desktop.ui import forms
from wksbm_desktop.ui.forms import GroupDialog, MemberDialog, base, pending
from wksbm_desktop.ui.forms.pending import PendingAnswer


class Questions(list[list[str]]):
    """The pending-choice questions asked, answered from ``answers`` (then: add)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[PendingAnswer] = []

    def ask(self, _parent: object, descriptions: list[str]) -> PendingAnswer:
        self.append(list(descriptions))
        return self.answers.pop(0) if self.answers else PendingAnswer.ADD


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(pending, "ask_pending", questions.ask)
    return questions


def _memberships(database, member_uuid: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        rows = session.execute(
            select(Group.name, Membership.role)
            .join(Membership, Membership.group_id == Group.id)
            .join(Member, Member.id == Membership.member_id)
            .where(Member.uuid == member_uuid)
        )
        return [tuple(row) for row in rows]


def _choose_group_without_adding(dialog: MemberDialog, group_uuid: str) -> None:
    panel = dialog.memberships
    panel.picker.set_key(group_uuid)
    panel.add_role.set_key("bendahara")


def test_member_form_adds_the_chosen_group_on_simpan(
    database, members, kube_melati, drive, asked
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: MemberDialog) -> None:
        _choose_group_without_adding(dialog, kube_melati)
        seen["dirty"] = dialog.is_dirty()
        dialog.save()

    drive(driver)
    uuid = members["Siti Aminah"]
    assert forms.edit_member(None, database, uuid) == uuid
    assert seen["dirty"] is True
    assert len(asked) == 1 and "KUBE Melati" in asked[0][0] and "Bendahara" in asked[0][0]
    assert _memberships(database, uuid) == [("KUBE Melati", "bendahara")]


def test_member_form_back_to_form_saves_nothing_skip_saves_without_it(
    database, members, kube_melati, drive, asked
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    asked.answers.extend([PendingAnswer.BACK, PendingAnswer.SKIP])

    def driver(dialog: MemberDialog) -> None:
        dialog.full_name.setText("Siti Aminah Rahayu")
        _choose_group_without_adding(dialog, kube_melati)
        seen["back"] = dialog.save()
        seen["open"] = dialog.isVisible()
        seen["skip"] = dialog.save()

    drive(driver)
    uuid = members["Siti Aminah"]
    assert forms.edit_member(None, database, uuid) == uuid
    assert seen == {"back": False, "open": True, "skip": True}
    assert _memberships(database, uuid) == []  # the operator chose to save without it
    with database.read_session() as session:
        name = session.scalar(select(Member.full_name).where(Member.uuid == uuid))
    assert name == "Siti Aminah Rahayu"


def test_group_form_adds_the_picked_member_on_simpan(
    database, members, kube_melati, drive, asked, qtbot
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: GroupDialog) -> None:
        panel = dialog.members
        panel.picker.setEditText("joko")
        panel.picker.run_search()
        panel.picker.setCurrentIndex(0)
        panel.add_role.set_key("sekretaris")
        seen["dirty"] = dialog.is_dirty()
        dialog.save()

    drive(driver)
    assert forms.edit_group(None, database, kube_melati) == kube_melati
    assert seen["dirty"] is True
    assert len(asked) == 1 and "Joko Prasetyo" in asked[0][0]
    assert _memberships(database, members["Joko Prasetyo"]) == [("KUBE Melati", "sekretaris")]


def test_group_form_adds_the_filled_in_assessment_on_simpan(
    database, kube_melati, drive, asked
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: GroupDialog) -> None:
        seen["clean_at_start"] = not dialog.is_dirty()
        levels = dialog.assessments
        levels.date_edit.set_date(date(2025, 3, 1))
        levels.level.set_key("maju")
        seen["dirty"] = dialog.is_dirty()
        dialog.save()

    drive(driver)
    assert forms.edit_group(None, database, kube_melati) == kube_melati
    assert seen == {"clean_at_start": True, "dirty": True}
    assert len(asked) == 1 and "Maju" in asked[0][0] and "01-03-2025" in asked[0][0]
    with database.read_session() as session:
        rows = [tuple(r) for r in session.execute(select(Assessment.assessed_on, Assessment.level))]
    assert rows == [(date(2025, 3, 1), "maju")]


def test_a_pending_choice_that_cannot_be_added_stops_the_save_and_says_why(
    database, members, kube_melati, drive, asked
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def driver(dialog: GroupDialog) -> None:
        dialog.members.picker.setEditText("nama yang tidak ada")
        seen["saved"] = dialog.save()
        seen["message"] = dialog.errors.label_for("membership.add").text()
        seen["tab"] = dialog.tabs.currentIndex()
        dialog.members.picker.setEditText("")
        dialog.reject()

    drive(driver)
    assert forms.edit_group(None, database, kube_melati) is None
    assert seen["saved"] is False and seen["tab"] == 1
    assert "Pilih anggota dari daftar" in str(seen["message"])
    assert "nama yang tidak ada" in asked[0][0]


def test_closing_with_only_a_pending_choice_asks_before_discarding(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(base, "confirm_discard", lambda parent: asked.append("ask") or False)
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.load(MemberForm(None, (), (), ()))
    dialog.memberships.set_choices([("g1", "KUBE Melati (KUBE)")])
    dialog.show()
    dialog.memberships.picker.set_key("g1")
    dialog.reject()
    assert asked == ["ask"] and dialog.isVisible()
