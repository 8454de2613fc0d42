"""Editor forms for groups, members and activities; each returns the saved uuid or None."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.queries import forms as queries
from wksbm_desktop.core.queries.nik_owner import find_nik_owner
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import base
from wksbm_desktop.ui.forms.activity_form import ActivityDialog
from wksbm_desktop.ui.forms.group_form import GroupDialog
from wksbm_desktop.ui.forms.member_form import MemberDialog
from wksbm_desktop.ui.forms.similar_box import SimilarSearch
from wksbm_desktop.ui.operations import activities as activity_ops
from wksbm_desktop.ui.operations import groups as group_ops
from wksbm_desktop.ui.operations import members as member_ops

__all__ = [
    "ActivityDialog",
    "GroupDialog",
    "MemberDialog",
    "edit_activity",
    "edit_group",
    "edit_member",
    "new_members_for_group",
]

T = TypeVar("T")
Open = Callable[[str | None], base.FormDialog]  # builds and loads the form for a uuid


def _read(database: Database, query: Callable[..., T], *args: object) -> T:
    with database.read_session() as session:
        return query(session, *args)


@dataclass
class Outcome:
    """What a run of forms did: records saved (in order) and existing ones picked instead."""

    saved: list[str] = field(default_factory=list)
    picked: list[str] = field(default_factory=list)

    @property
    def last_saved(self) -> str | None:
        return self.saved[-1] if self.saved else None


def _run(open_form: Open, uuid: str | None) -> Outcome:
    """Show forms until the operator is done: "Simpan & tambah lagi" opens the next empty
    one (with the sticky choices), and "Buka data orang ini" opens that record instead."""
    outcome, sticky, notice, carried = Outcome(), None, "", None
    while True:
        dialog = open_form(uuid)
        if sticky is not None:
            dialog.apply_sticky(sticky)
            dialog.mark_clean()
        if carried is not None:
            dialog.receive(carried)  # unsaved choices: the form is dirty with them, rightly
        dialog.show_notice(notice)
        # exec_dialog is looked up on the module at call time so tests can replace it.
        base.exec_dialog(dialog)
        if dialog.saved_uuid is not None:
            outcome.saved.append(dialog.saved_uuid)
        again, follow_up, carried = dialog.next_requested, dialog.follow_up, dialog.carried()
        sticky, name = dialog.sticky(), dialog.saved_name()
        dialog.deleteLater()
        if again:
            uuid, notice, carried = None, t("forms.clerk.saved_next", name=name), None
            continue
        if follow_up is None:
            return outcome
        action, uuid = follow_up
        if action == "use":
            outcome.picked.append(uuid)
            return outcome
        sticky, notice = None, t("forms.clerk.opened_existing")


def edit_group(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the group editor (``uuid`` None = a new group); the saved uuid, or None if cancelled."""

    def open_form(uuid: str | None) -> base.FormDialog:
        form = _read(database, queries.load_group_form, uuid)
        dialog = GroupDialog(parent)
        dialog.set_member_search(lambda text: _member_choices(database, text))
        dialog.members.set_new_members(
            lambda typed: new_members_for_group(dialog, database, dialog.name.text(), typed)
        )
        dialog.load(form)
        version = form.record.version if form.record else None
        dialog.set_saver(
            lambda values: group_ops.save_group(dialog, database, uuid, version, values)
        )
        if uuid is None:
            dialog.offer_save_and_next()
        return dialog

    return _run(open_form, uuid).last_saved


def _member_choices(database: Database, text: str) -> list[tuple[str, str]]:
    return [(c.uuid, c.label) for c in _read(database, queries.search_members, text)]


def _member_form(parent: QWidget | None, database: Database, group_name: str | None) -> Open:
    def open_form(uuid: str | None) -> base.FormDialog:
        form = _read(database, queries.load_member_form, uuid)
        dialog = MemberDialog(parent, group_name=group_name)
        dialog.set_nik_lookup(lambda nik: _read(database, find_nik_owner, nik, uuid))
        if uuid is None:  # a new person: say so when someone like them is registered already
            dialog.set_similar_search(SimilarSearch(database, None, dialog))
        dialog.load(form)
        version = form.record.version if form.record else None
        dialog.set_saver(
            lambda values: member_ops.save_member(dialog, database, uuid, version, values)
        )
        dialog.offer_save_and_next()
        return dialog

    return open_form


def edit_member(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the member editor (``uuid`` None = a new member); the saved uuid, or None."""
    return _run(_member_form(parent, database, None), uuid).last_saved


def new_members_for_group(
    parent: QWidget, database: Database, group_name: str, typed: str = ""
) -> list[tuple[str, str]]:
    """From a group's member list: register people (or find them by NIK) to add to the group.

    ``typed`` (a NIK typed in the picker) starts the first form. Returns (uuid, label) of
    everyone saved or picked, in order, for the group form to add.
    """
    open_member = _member_form(parent, database, group_name.strip())
    digits = "".join(c for c in typed if c.isdigit())

    def open_form(uuid: str | None) -> base.FormDialog:
        nonlocal digits
        dialog = open_member(uuid)
        if uuid is None and digits and isinstance(dialog, MemberDialog):
            dialog.nik.setText(digits)
            dialog.look_up_nik()
            dialog.mark_clean()
            digits = ""
        return dialog

    outcome = _run(open_form, None)
    people = []
    for uuid in (*outcome.saved, *outcome.picked):
        choice = _read(database, queries.member_choice_of, uuid)
        if choice is not None:
            people.append((choice.uuid, choice.label))
    return people


def edit_activity(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the activity editor (``uuid`` None = a new activity); the saved uuid, or None."""

    def members_of(group_uuid: str) -> list[queries.Choice]:
        return _read(database, queries.current_members, group_uuid)

    def open_form(uuid: str | None) -> base.FormDialog:
        form = _read(database, queries.load_activity_form, uuid)
        dialog = ActivityDialog(parent, members_of=members_of)
        dialog.load(form)
        version = form.record.version if form.record else None
        dialog.set_saver(
            lambda values: activity_ops.save_activity(dialog, database, uuid, version, values)
        )
        dialog.offer_save_and_next()
        return dialog

    return _run(open_form, uuid).last_saved
