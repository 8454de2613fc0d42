"""Operations on members: save a form (with its memberships), archive, restore, anonymise."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.services import members
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.values import AddMembership, MemberValues
from wksbm_desktop.ui.operations import CollectionOp, OpChanges
from wksbm_desktop.ui.operations.memberships import apply_changes, join_group

# Archiving ends a member's memberships and restoring reopens them: the groups' counts move.
MEMBERS_AND_MEMBERSHIPS = OpChanges(members=True, memberships=True)


def save_member(
    parent: QWidget | None,
    database: Database,
    uuid: str | None,
    version: int | None,
    values: MemberValues,
) -> str:
    """Create or update a member with the membership changes of its form."""

    def op(session: Session) -> str:
        if uuid is None:
            member = members.create_member(session, values.member)
        else:
            member = members.update_member(session, uuid, values.member, expected_version=version)
        member_uuid = member.uuid

        def join(change: AddMembership) -> None:
            join_group(session, member_uuid, change, change.other_uuid)

        apply_changes(session, values.memberships, join)
        return member_uuid

    made = OpChanges(members=True, memberships=bool(values.memberships))
    return CollectionOp(parent, database, op, made, t("op.saving")).run()


def archive_member(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    def op(session: Session) -> None:
        members.archive_member(session, uuid, version)

    CollectionOp(parent, database, op, MEMBERS_AND_MEMBERSHIPS, t("op.archiving")).run()


def restore_member(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> None:
        members.restore_member(session, uuid)

    CollectionOp(parent, database, op, MEMBERS_AND_MEMBERSHIPS, t("op.restoring")).run()


def anonymise_member(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    """Remove a member's personal fields (UU PDP request); names in groups' lists change too."""

    def op(session: Session) -> None:
        members.anonymise_member(session, uuid, version)

    CollectionOp(parent, database, op, OpChanges(members=True), t("op.anonymising")).run()
