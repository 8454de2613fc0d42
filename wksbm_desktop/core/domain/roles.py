"""Who may do what: the four roles and the permissions each one holds (issue 17, point 3)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    ADMIN = "admin"  # the Lurah, or the head of the Dinas's installation
    DINSOS = "dinsos"  # Petugas Dinas Sosial, on the city installation
    PEMANTAU = "pemantau"  # reads with masked NIKs, exports nothing with personal data


class Permission(StrEnum):
    RECORD = "record"  # groups, members, memberships, assessments, activities, lists
    IMPORT = "import"  # workbooks, notices from the Dinas
    EXPORT_MASKED = "export_masked"  # report, history, documents: NIK masked
    EXPORT_FULL = "export_full"  # anything with full NIK
    BACKUP = "backup"
    ANONYMISE = "anonymise"
    RESTORE = "restore"  # put a backup back in place of the database
    SETTINGS = "settings"  # office, signature details, letterhead, the city key
    ACCOUNTS = "accounts"
    RECEIVE = "receive"  # reports of the kelurahan, at the city
    CONSOLIDATE = "consolidate"
    NIK_REVIEW = "nik_review"  # NIK ganda decisions
    NOTICES = "notices"  # feedback to the kelurahan
    MERGE = "merge"  # merge two records of one person, and undo a merge (issue 18)
    # Mark a likely duplicate "bukan orang yang sama": the clerk at the kelurahan, and at the
    # city the Dinas officer whose NIK ganda review the whole-city finder feeds.
    DUPLICATE_REVIEW = "duplicate_review"


_OPERATOR = frozenset(
    {
        Permission.RECORD,
        Permission.IMPORT,
        Permission.EXPORT_MASKED,
        Permission.BACKUP,
        Permission.MERGE,
        Permission.DUPLICATE_REVIEW,
    }
)
_DINSOS = frozenset(
    {
        Permission.EXPORT_MASKED,
        Permission.BACKUP,
        Permission.RECEIVE,
        Permission.CONSOLIDATE,
        Permission.NIK_REVIEW,
        Permission.NOTICES,
        Permission.DUPLICATE_REVIEW,
    }
)

# The administrator holds every permission: on a city installation the first account made is
# an administrator, and it must be able to do the Dinas's work before anyone else exists.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: _OPERATOR,
    Role.ADMIN: frozenset(Permission),
    Role.DINSOS: _DINSOS,
    Role.PEMANTAU: frozenset(),
}


def may(role: Role | str, permission: Permission) -> bool:
    return permission in PERMISSIONS[Role(role)]


@dataclass(frozen=True)
class SignedIn:
    """The account a session acts for: what the history names and what the role allows."""

    account_id: int
    user_name: str
    full_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)
