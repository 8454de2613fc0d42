"""Whether the programme's pages may change a group's records, and if not, why (in words).

A Pemantau reads only; on a city installation a kelurahan's records arrive with its report
and are read-only (docs/city.md); an archived group takes nothing new. The services refuse
all of these anyway: the pages disable their buttons so nobody fills in a form for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.queries.programme_group import ProgrammeGroup, programme_group
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t


@dataclass(frozen=True)
class GroupAccess:
    group: ProgrammeGroup | None  # None: no group chosen, or it no longer exists
    may_change: bool
    reason: str  # why not, for the read-only note; "" when the records may change


def group_access(database: Database, uuid: str | None) -> GroupAccess:
    if not uuid:
        return GroupAccess(None, False, "")
    with database.read_session() as session:
        group = programme_group(session, uuid)
    if group is None:
        return GroupAccess(None, False, "")
    account = database.account
    if account is not None and not account.may(Permission.RECORD):
        role = t(f"accounts.role.{account.role.value}")
        return GroupAccess(group, False, t("aid_ui.readonly.role", role=role))
    if not group.own:
        return GroupAccess(group, False, t("aid_ui.readonly.kelurahan", kelurahan=group.owner))
    if group.archived:
        return GroupAccess(group, False, t("aid_ui.readonly.archived"))
    return GroupAccess(group, True, "")
