"""Editor forms for groups, members and activities; each returns the saved uuid or None."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from wksbm_desktop.core import queries_forms as queries
from wksbm_desktop.core.db import Database
from wksbm_desktop.ui.forms import base, saving
from wksbm_desktop.ui.forms.activity_form import ActivityDialog
from wksbm_desktop.ui.forms.group_form import GroupDialog
from wksbm_desktop.ui.forms.member_form import MemberDialog

__all__ = [
    "ActivityDialog",
    "GroupDialog",
    "MemberDialog",
    "edit_activity",
    "edit_group",
    "edit_member",
]

T = TypeVar("T")


def _read(database: Database, query: Callable[..., T], *args: object) -> T:
    with database.read_session() as session:
        return query(session, *args)


def _finish(dialog: base.FormDialog) -> str | None:
    # exec_dialog is looked up on the module at call time so tests can replace it.
    accepted = base.exec_dialog(dialog)
    uuid = dialog.saved_uuid if accepted else None
    dialog.deleteLater()
    return uuid


def edit_group(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the group editor (``uuid`` None = a new group); the saved uuid, or None if cancelled."""
    form = _read(database, queries.load_group_form, uuid)
    dialog = GroupDialog(parent)
    dialog.set_member_search(lambda text: _member_choices(database, text))
    dialog.load(form)
    version = form.record.version if form.record else None
    dialog.set_saver(lambda values: saving.save_group(database, uuid, version, values))
    return _finish(dialog)


def _member_choices(database: Database, text: str) -> list[tuple[str, str]]:
    return [(c.uuid, c.label) for c in _read(database, queries.search_members, text)]


def edit_member(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the member editor (``uuid`` None = a new member); the saved uuid, or None."""
    form = _read(database, queries.load_member_form, uuid)
    dialog = MemberDialog(parent)
    dialog.load(form)
    version = form.record.version if form.record else None
    dialog.set_saver(lambda values: saving.save_member(database, uuid, version, values))
    return _finish(dialog)


def edit_activity(parent: QWidget, database: Database, uuid: str | None) -> str | None:
    """Open the activity editor (``uuid`` None = a new activity); the saved uuid, or None."""
    form = _read(database, queries.load_activity_form, uuid)

    def members_of(group_uuid: str) -> list[queries.Choice]:
        return _read(database, queries.current_members, group_uuid)

    dialog = ActivityDialog(parent, members_of=members_of)
    dialog.load(form)
    version = form.record.version if form.record else None
    dialog.set_saver(lambda values: saving.save_activity(database, uuid, version, values))
    return _finish(dialog)
