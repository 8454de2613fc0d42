"""Accounts: the first administrator, passwords as Argon2id hashes, growing delays, the recovery
code that works once, and roles enforced in every service operation (issue 17)."""

from __future__ import annotations

import importlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.core.conftest import group_input
from wksbm_desktop.core.domain.roles import PERMISSIONS, Role, SignedIn
from wksbm_desktop.core.errors import ValidationFailed, WksbmError
from wksbm_desktop.core.models import Account, AuditEntry, Group, utcnow
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import REGISTRY, PermissionRefused
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.storage.db import Database

ADMIN_PASSWORD = "rahasia-lurah-1"
CLERK_PASSWORD = "sandi-operator-2"


def first_admin(database: Database) -> accounts.NewAdministrator:
    with database.session() as session:
        return accounts.create_first_administrator(
            session, "Lurah", "Ibu Lurah Poris", ADMIN_PASSWORD
        )


def test_first_administrator_signs_in_and_names_the_history(database: Database) -> None:
    made = first_admin(database)
    assert made.account.role is Role.ADMIN and made.account.user_name == "lurah"
    signed = accounts.sign_in(database, "LURAH", ADMIN_PASSWORD)  # any case
    assert signed == made.account
    with database.session() as session:
        create_group(session, group_input())
    with database.read_session() as session:
        operators = session.scalars(
            select(AuditEntry.operator).where(AuditEntry.entity == "group")
        ).all()
    assert operators == ["Ibu Lurah Poris"]


def test_a_second_first_administrator_is_refused(database: Database) -> None:
    first_admin(database)
    with pytest.raises(WksbmError) as refused, database.session() as session:
        accounts.create_first_administrator(session, "lain", "Orang Lain", ADMIN_PASSWORD)
    assert refused.value.key == "accounts.first_admin_exists"


def test_without_accounts_nobody_signs_in_and_work_goes_on(database: Database) -> None:
    with database.session() as session:
        assert accounts.needs_first_administrator(session)
        create_group(session, group_input())


def test_once_an_account_exists_a_session_without_sign_in_writes_nothing(
    database: Database,
) -> None:
    first_admin(database)
    with pytest.raises(PermissionRefused) as refused, database.session() as session:
        create_group(session, group_input())
    assert "masuk dulu" in refused.value.message
    with database.read_session() as session:
        assert session.scalar(select(Group.id)) is None


def test_no_password_or_code_in_clear_anywhere_in_the_database(
    database: Database, tmp_path: Path
) -> None:
    code = first_admin(database).recovery_code
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", "operator", CLERK_PASSWORD)
    dump = _every_text_value(database)
    for secret in (ADMIN_PASSWORD, CLERK_PASSWORD, code, code.replace("-", "")):
        assert secret not in dump
    with database.read_session() as session:
        hashes = session.scalars(select(Account.password_hash)).all()
    assert all(value and value.startswith("$argon2id$") for value in hashes)


def _every_text_value(database: Database) -> str:
    values: list[str] = []
    with database.engine.connect() as connection:
        for table in ("accounts", "audit_entries", "office"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                values.extend(str(value) for value in row)
    return "\n".join(values)


def test_wrong_passwords_make_the_next_attempt_wait_longer(database: Database) -> None:
    first_admin(database)
    for _ in range(accounts.FREE_ATTEMPTS):
        with pytest.raises(WksbmError, match="salah"):
            accounts.sign_in(database, "lurah", "salah-sekali")
    with database.read_session() as session:
        account = accounts.find_account(session, "lurah")
        assert account is not None and account.failed_attempts == 3
        assert account.locked_until is not None and account.locked_until > utcnow()
    # Even the right password waits now: guessing gets slower and slower.
    with pytest.raises(WksbmError) as waiting:
        accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    assert waiting.value.key == "accounts.wait"
    assert [accounts.delay_after(n) for n in range(2, 7)] == [0, 5, 10, 20, 40]
    assert accounts.delay_after(40) == accounts.LONGEST_DELAY_S


def test_the_right_password_after_the_wait_clears_the_count(database: Database) -> None:
    first_admin(database)
    for _ in range(4):
        with pytest.raises(WksbmError):
            accounts.sign_in(database, "lurah", "salah-sekali")
    with database.session() as session:
        account = accounts.find_account(session, "lurah")
        assert account is not None
        account.locked_until = utcnow() - timedelta(seconds=1)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.read_session() as session:
        account = accounts.find_account(session, "lurah")
        assert account is not None and account.failed_attempts == 0
        assert account.last_sign_in_at is not None


def test_the_recovery_code_works_once(database: Database) -> None:
    code = first_admin(database).recovery_code
    fresh = accounts.recover_with_code(database, "lurah", code.lower(), "sandi-baru-lurah")
    accounts.sign_in(database, "lurah", "sandi-baru-lurah")
    database.sign_in(None)
    with pytest.raises(WksbmError) as used:
        accounts.recover_with_code(database, "lurah", code, "sandi-lain-lagi")
    assert used.value.key == "accounts.recovery_wrong"
    assert fresh != code
    accounts.recover_with_code(database, "lurah", fresh, "sandi-ketiga-ok")
    accounts.sign_in(database, "lurah", "sandi-ketiga-ok")


def test_an_operator_may_not_manage_accounts_and_nothing_changes(database: Database) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", Role.OPERATOR, CLERK_PASSWORD)
    accounts.sign_in(database, "siti", CLERK_PASSWORD)
    with pytest.raises(PermissionRefused) as refused, database.session() as session:
        accounts.add_account(session, "budi", "Budi", "admin", CLERK_PASSWORD)
    assert "Operator tidak boleh mengelola akun" in refused.value.message
    with database.read_session() as session:
        assert [row.user_name for row in accounts.list_accounts(session)] == ["lurah", "siti"]


def test_admin_disables_and_resets_and_the_person_changes_their_own(database: Database) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", "operator", CLERK_PASSWORD)
        accounts.reset_password(session, "siti", "sandi-dari-admin")
    accounts.sign_in(database, "siti", "sandi-dari-admin")
    with database.session() as session:
        accounts.change_own_password(session, "sandi-dari-admin", "sandi-pilihan-siti")
    with pytest.raises(WksbmError, match="lama salah"), database.session() as session:
        accounts.change_own_password(session, "bukan-ini-sandinya", "sandi-lain-siti")
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.disable_account(session, "siti")
    with pytest.raises(WksbmError, match="tidak aktif"):
        accounts.sign_in(database, "siti", "sandi-pilihan-siti")


def test_the_last_administrator_cannot_be_disabled(database: Database) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "wakil", "Wakil Lurah", "admin", CLERK_PASSWORD)
    accounts.sign_in(database, "wakil", CLERK_PASSWORD)
    with database.session() as session:
        accounts.disable_account(session, "lurah")
    with pytest.raises(WksbmError) as refused, database.session() as session:
        accounts.disable_account(session, "wakil")
    assert refused.value.key == "accounts.cannot_disable_self"


def test_an_administrator_changes_a_role_and_it_holds_at_the_next_action(
    database: Database,
) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", "operator", CLERK_PASSWORD)
        row = accounts.set_role(session, "siti", "admin")
        assert row.role is Role.ADMIN
        assert accounts.set_role(session, "siti", Role.ADMIN).role is Role.ADMIN  # no change
    with database.read_session() as session:
        query = select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.entity == "account", AuditEntry.action == "set_role"
        )
        [(action, changes)] = session.execute(query).all()
    assert (action, json.loads(changes)) == ("set_role", {"role": ["operator", "admin"]})
    accounts.sign_in(database, "siti", CLERK_PASSWORD)  # now a Lurah / Admin: may manage
    with database.session() as session:
        accounts.set_role(session, "lurah", "pemantau")
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with pytest.raises(PermissionRefused), database.session() as session:
        accounts.add_account(session, "budi", "Budi Santoso", "operator", CLERK_PASSWORD)


def test_nobody_changes_their_own_role_and_the_last_admin_keeps_it(database: Database) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with pytest.raises(WksbmError) as own, database.session() as session:
        accounts.set_role(session, "lurah", "operator")
    assert own.value.key == "accounts.cannot_change_own_role"
    with pytest.raises(WksbmError) as unknown, database.session() as session:
        accounts.set_role(session, "siti", "operator")
    assert unknown.value.key == "accounts.no_such_user"
    with pytest.raises(WksbmError) as bad_role, database.session() as session:
        accounts.set_role(session, "lurah", "kepala")
    assert bad_role.value.key == "accounts.unknown_role"
    with database.session() as session:
        accounts.add_account(session, "wakil", "Wakil Lurah", "operator", CLERK_PASSWORD)
    # A defence in depth: any real administrator other than "lurah" would be a second one.
    database.sign_in(SignedIn(999, "uji", "Akun Uji", Role.ADMIN))
    with pytest.raises(WksbmError) as last, database.session() as session:
        accounts.set_role(session, "lurah", "operator")
    assert last.value.key == "accounts.last_admin_role"
    with database.read_session() as session:
        assert {r.user_name: r.role for r in accounts.list_accounts(session)} == {
            "lurah": Role.ADMIN,
            "wakil": Role.OPERATOR,
        }


def test_bad_new_accounts_get_every_problem_at_once(database: Database) -> None:
    first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with pytest.raises(ValidationFailed) as failed, database.session() as session:
        accounts.add_account(session, "Ibu Lurah!", "Ibu Lurah Poris", "operator", "pendek")
    assert set(failed.value.by_field()) == {"user_name", "full_name", "password"}


def test_a_recorded_name_becomes_the_new_persons_account(database: Database) -> None:
    with database.session() as session:
        session.add(
            Account(user_name="siti.aminah", full_name="Siti Aminah", role="operator", active=False)
        )
    made = first_admin(database)
    accounts.sign_in(database, "lurah", ADMIN_PASSWORD)
    with database.session() as session:
        accounts.add_account(session, "siti", "Siti Aminah", "operator", CLERK_PASSWORD)
    with database.read_session() as session:
        rows = accounts.list_accounts(session)
    assert [(row.user_name, row.active) for row in rows] == [("lurah", True), ("siti", True)]
    assert made.account.full_name == "Ibu Lurah Poris"


# --- every guarded operation against every role (issue 17, point 3) --------------------------

GUARDED_MODULES = (
    "wksbm_desktop.core.services.activities",
    "wksbm_desktop.core.services.groups",
    "wksbm_desktop.core.services.members",
    "wksbm_desktop.core.services.memberships",
    "wksbm_desktop.core.services.office",
    "wksbm_desktop.core.services.letterhead",
    "wksbm_desktop.core.services.reference",
    "wksbm_desktop.core.services.accounts",
    "wksbm_desktop.core.demo_data.synthetic",
    "wksbm_desktop.excel.report.export",
    "wksbm_desktop.excel.report.audit_export",
    "wksbm_desktop.excel.importing.importer",
    "wksbm_desktop.excel.consolidate.city",
    "wksbm_desktop.core.storage.restore",
    "wksbm_desktop.core.storage.offsite",
    "wksbm_desktop.documents.build",
    # The city database (issue 16).
    "wksbm_desktop.core.services.receiving",
    "wksbm_desktop.excel.receiving.action",
    "wksbm_desktop.core.services.nik_reviews",
    "wksbm_desktop.core.services.notices",
    "wksbm_desktop.core.services.city_key",
    "wksbm_desktop.excel.consolidate.from_database",
    "wksbm_desktop.excel.feedback.write",
    "wksbm_desktop.excel.feedback.read",
    # The programme (issue 19).
    "wksbm_desktop.core.services.aid",
    "wksbm_desktop.core.services.disbursements",
    "wksbm_desktop.core.services.aid_reports",
    "wksbm_desktop.core.services.indicators",
    "wksbm_desktop.core.services.indicator_measures",
    "wksbm_desktop.core.services.visits",
    # Likely duplicates and merging (issue 18).
    "wksbm_desktop.core.services.merging",
    # The programme's evidence (issue 19): attachments and the level rubric.
    "wksbm_desktop.core.services.attachments",
    "wksbm_desktop.core.services.rubric",
    # Rubric answers arriving with a report (issue 19, point 7).
    "wksbm_desktop.core.services.rubric_copies",
)
EXPECTED = {
    "activities": {
        "create_activity",
        "add_attendees",
        "update_activity",
        "archive_activity",
        "restore_activity",
    },
    "groups": {
        "create_group",
        "update_group",
        "archive_group",
        "restore_group",
        "add_assessment",
    },
    "members": {
        "create_member",
        "update_member",
        "archive_member",
        "restore_member",
        "anonymise_member",
    },
    "memberships": {"add_membership", "end_membership", "change_role"},
    "office": {"save_office"},
    "letterhead": {"save_letterhead", "issue_letter_number", "release_letter_number"},
    "reference": {"add_item"},
    "accounts": {"add_account", "disable_account", "enable_account", "reset_password", "set_role"},
    "synthetic": {"generate"},
    "export": {"export_report"},
    "audit_export": {"export_audit"},
    "importer": {"import_workbook"},
    "city": {"consolidate"},
    "restore": {"restore"},
    "build": {"attendance_pdf", "profile_pdf", "letter_pdf", "numbered_letter"},
    "offsite": {"copy_outside"},
    "receiving": {"receive_report", "record_unreadable"},
    "action": {"receive_files"},
    "nik_reviews": {"record_decision"},
    "notices": {"import_notices", "mark_read"},
    "city_key": {"city_key_file", "install_city_key"},
    "from_database": {"consolidate_database"},
    "write": {"write_feedback"},
    "aid": {"create_aid", "update_aid", "archive_aid", "restore_aid"},
    "disbursements": {
        "add_disbursement",
        "update_disbursement",
        "archive_disbursement",
        "restore_disbursement",
    },
    "aid_reports": {"add_report", "update_report", "archive_report", "restore_report"},
    "indicators": {
        "record_indicators",
        "update_indicators",
        "archive_indicators",
        "restore_indicators",
    },
    "indicator_measures": {"add_measure", "update_measure", "set_measure_active"},
    "visits": {"record_visit", "update_visit", "archive_visit", "restore_visit"},
    "attachments": {
        "add_attachment",
        "add_attachment_file",
        "describe_attachment",
        "archive_attachment",
        "restore_attachment",
        "read_attachment",
        "read_thumbnail",
    },
    "rubric": {
        "add_criterion",
        "reword_criterion",
        "reorder_criteria",
        "set_criterion_active",
        "record_assessment",
    },
    "rubric_copies": {"copy_rubric_answers"},
    "read": {"import_feedback"},
    "merging": {"dismiss_pair", "merge_members", "undo_merge"},
}
# Operations whose first argument is a file: the open database comes by keyword.
FILE_FIRST = {"consolidate": ([],), "restore": (Path("tidak-ada.db"), Path("tidak-ada.bak"))}


def _registered() -> dict[str, set[str]]:
    for module in GUARDED_MODULES:
        importlib.import_module(module)
    found: dict[str, set[str]] = {}
    for name in REGISTRY:
        module, function = name.rsplit(".", 1)
        found.setdefault(module.rsplit(".", 1)[1], set()).add(function)
    return found


def test_every_write_and_sensitive_operation_is_guarded() -> None:
    found = _registered()
    for module, functions in EXPECTED.items():
        assert functions <= found.get(module, set()), module


def _refused(database: Database, name: str) -> bool:
    function, _permission = REGISTRY[name]
    short = name.rsplit(".", 1)[1]
    try:
        if short in FILE_FIRST:
            function(*FILE_FIRST[short], "keluar.xlsx", database=database)
        elif name.startswith(("wksbm_desktop.excel.report.export", "wksbm_desktop.excel.import")):
            function(database)
        else:
            with database.session() as session:
                function(session)
    except PermissionRefused:
        return True
    except Exception:
        return False
    return False


@pytest.mark.parametrize("role", list(Role))
def test_every_operation_against_every_role(database: Database, role: Role) -> None:
    first_admin(database)
    _registered()
    # No row holds number 999 (accounts are never deleted): the role made up here stands.
    database.sign_in(SignedIn(999, "uji", "Akun Uji", role))
    outcome = {name: _refused(database, name) for name in sorted(REGISTRY)}
    expected = {name: perm not in PERMISSIONS[role] for name, (_f, perm) in REGISTRY.items()}
    assert outcome == expected
    if role is Role.PEMANTAU:
        assert all(outcome.values())


def test_every_operation_refused_without_sign_in_once_accounts_exist(database: Database) -> None:
    first_admin(database)
    _registered()
    database.sign_in(None)
    assert all(_refused(database, name) for name in sorted(REGISTRY))


def test_full_nik_export_needs_the_administrator(database: Database, tmp_path: Path) -> None:
    from wksbm_desktop.excel.report import ExportOptions, export_report

    first_admin(database)
    database.sign_in(SignedIn(999, "uji", "Akun Uji", Role.OPERATOR))
    with pytest.raises(PermissionRefused, match="NIK lengkap"):
        export_report(database, tmp_path / "laporan.xlsx", ExportOptions(full_nik=True))
    assert not (tmp_path / "laporan.xlsx").exists()
    export_report(database, tmp_path / "laporan.xlsx", ExportOptions())
    assert (tmp_path / "laporan.xlsx").exists()
    with database.read_session() as session:  # with accounts, a masked export names its person
        query = select(AuditEntry.action, AuditEntry.operator).where(AuditEntry.entity == "export")
        entries = [tuple(row) for row in session.execute(query)]
    assert entries == [("export", "Akun Uji")]
