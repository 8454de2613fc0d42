"""The role matrix of issue 17: what each role may do."""

from __future__ import annotations

import pytest

from wksbm_desktop.core.domain.roles import (
    PERMISSIONS,
    Permission,
    Role,
    SignedIn,
    id_on_screen,
    may,
    sees_full_nik,
)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (
            "operator",
            {
                "record",
                "import",
                "export_masked",
                "backup",
                "see_full_nik",
                "merge",
                "duplicate_review",
            },
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
                "see_full_nik",
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


NIK = "3671051203900004"


def test_only_the_pemantau_sees_niks_masked() -> None:
    assert [role for role in Role if not may(role, Permission.SEE_FULL_NIK)] == [Role.PEMANTAU]
    viewer = SignedIn(1, "pantau", "Pemantau Satu", Role.PEMANTAU)
    clerk = SignedIn(2, "siti", "Siti Aminah", Role.OPERATOR)
    assert not sees_full_nik(viewer, accounts_exist=True)
    assert sees_full_nik(clerk, accounts_exist=True)


def test_nobody_signed_in_sees_niks_whole_only_without_accounts() -> None:
    assert sees_full_nik(None, accounts_exist=False)  # as before accounts existed
    assert not sees_full_nik(None, accounts_exist=True)  # the window before sign-in


def test_a_masked_id_on_screen_keeps_only_the_kab_kota() -> None:
    assert id_on_screen(True)(NIK) == NIK
    assert id_on_screen(False)(NIK) == "3671************"
    assert id_on_screen(False)("") == ""
