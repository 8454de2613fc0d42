"""The role matrix of issue 17: what each role may do."""

from __future__ import annotations

import pytest

from wksbm_desktop.core.domain.roles import PERMISSIONS, Permission, Role, SignedIn, may


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (
            "operator",
            {"record", "import", "export_masked", "backup", "merge", "duplicate_review"},
        ),
        ("admin", {p.value for p in Permission}),
        (
            "dinsos",
            {
                "export_masked",
                "backup",
                "receive",
                "consolidate",
                "nik_review",
                "notices",
                "duplicate_review",
            },
        ),
        ("pemantau", set()),
    ],
)
def test_each_role_holds_exactly_its_permissions(role: str, allowed: set[str]) -> None:
    assert {p.value for p in PERMISSIONS[Role(role)]} == allowed


def test_only_the_administrator_handles_full_niks_accounts_and_restores() -> None:
    for permission in (
        Permission.EXPORT_FULL,
        Permission.ANONYMISE,
        Permission.RESTORE,
        Permission.ACCOUNTS,
        Permission.SETTINGS,
    ):
        assert [role for role in Role if may(role, permission)] == [Role.ADMIN]


def test_signed_in_account_asks_its_role() -> None:
    viewer = SignedIn(1, "pantau", "Pemantau Satu", Role.PEMANTAU)
    clerk = SignedIn(2, "siti", "Siti Aminah", Role.OPERATOR)
    assert not viewer.may(Permission.EXPORT_MASKED)
    assert clerk.may(Permission.RECORD) and not clerk.may(Permission.ANONYMISE)
