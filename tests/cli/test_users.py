"""Accounts on the command line: ``init --admin``, ``--user`` with WKSBM_PASSWORD or a prompt,
``wksbm user ...``, and refusals by role with exit 1 (issue 17, point 5)."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Outcome, RunCli

ADMIN_PASSWORD = "sandi-lurah-rahasia"
CLERK_PASSWORD = "sandi-siti-rahasia"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(db: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A kelurahan database with its first administrator ``lurah``."""
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", ADMIN_PASSWORD)
    made = cli("--db", str(db), "init", "--kelurahan", "36.71.05.1008", "--admin", "lurah",
               "--lurah", "Budi Santoso")  # fmt: skip
    assert made.code == 0, made.err
    assert re.search(r"Kode pemulihan .*: [A-Z0-9]{4}(-[A-Z0-9]{4}){4}", made.out)
    monkeypatch.delenv("WKSBM_NEW_PASSWORD")
    return db


def as_user(cli: RunCli, db: Path, user: str, password: str, *args: str) -> Outcome:
    os.environ["WKSBM_PASSWORD"] = password
    try:
        return cli("--db", str(db), "--user", user, *args)
    finally:
        del os.environ["WKSBM_PASSWORD"]


def test_without_accounts_commands_work_as_before(db: Path, cli: RunCli) -> None:
    assert cli("--db", str(db), "init", "--kelurahan", "36.71.05.1008").code == 0
    assert cli("--db", str(db), "stats").code == 0


def test_once_an_admin_exists_every_command_needs_user_and_password(
    office: Path, cli: RunCli
) -> None:
    missing = cli("--db", str(office), "stats")
    assert missing.code == 1 and "--user" in missing.err
    wrong = as_user(cli, office, "lurah", "bukan-sandinya", "stats")
    assert wrong.code == 1 and "salah" in wrong.err
    right = as_user(cli, office, "lurah", ADMIN_PASSWORD, "stats")
    assert right.code == 0


def test_admin_adds_lists_resets_and_disables(
    office: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", CLERK_PASSWORD)
    added = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "add", "siti", "--role",
                    "operator", "--full-name", "Siti Aminah")  # fmt: skip
    assert added.code == 0, added.err
    listed = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "list")
    assert "Siti Aminah\tOperator\taktif" in listed.out
    assert as_user(cli, office, "siti", CLERK_PASSWORD, "stats").code == 0
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", "sandi-baru-siti")
    reset = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "reset-password", "siti")
    assert reset.code == 0
    assert as_user(cli, office, "siti", "sandi-baru-siti", "stats").code == 0
    off = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "disable", "siti")
    assert off.code == 0
    assert as_user(cli, office, "siti", "sandi-baru-siti", "stats").code == 1


def test_admin_changes_a_role_and_a_refused_change_exits_1(
    office: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", CLERK_PASSWORD)
    as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "add", "siti", "--role", "operator",
            "--full-name", "Siti Aminah")  # fmt: skip
    changed = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "set-role", "siti",
                      "--role", "admin")  # fmt: skip
    assert changed.code == 0 and "Lurah / Admin" in changed.out, changed.err
    listed = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "list")
    assert "Siti Aminah\tLurah / Admin\taktif" in listed.out
    own = as_user(cli, office, "siti", CLERK_PASSWORD, "user", "set-role", "siti",
                  "--role", "operator")  # fmt: skip
    assert own.code == 1 and "sendiri" in own.err
    unknown = as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "set-role", "siti",
                      "--role", "kepala")  # fmt: skip
    assert unknown.code != 0
    assert (
        "Siti Aminah\tLurah / Admin"
        in as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "list").out
    )


def test_what_a_role_may_not_do_exits_1_and_changes_nothing(
    office: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", CLERK_PASSWORD)
    as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "add", "pantau", "--role", "pemantau")
    as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "add", "siti", "--role", "operator")
    before = _rows(office)
    for user, args in (
        ("siti", ("user", "add", "budi", "--role", "admin")),
        ("siti", ("user", "disable", "lurah")),
        ("siti", ("user", "set-role", "siti", "--role", "admin")),
        ("siti", ("export", "--out", str(tmp_path / "penuh.xlsx"), "--full-nik")),
        ("pantau", ("demo", "--members", "5")),
        ("pantau", ("export", "--out", str(tmp_path / "samar.xlsx"))),
        ("pantau", ("backup",)),
        ("siti", ("restore", str(tmp_path / "cadangan.db"))),
    ):
        refused = as_user(cli, office, user, CLERK_PASSWORD, *args)
        assert refused.code == 1, args
        assert "tidak boleh" in refused.err, args
    assert _rows(office) == before
    assert list(tmp_path.glob("*.xlsx")) == []


def _rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        tables = ("accounts", "groups", "members", "audit_entries")
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_the_city_gets_its_first_admin_too(
    db: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WKSBM_NEW_PASSWORD", ADMIN_PASSWORD)
    made = cli("--db", str(db), "init", "--city", "--admin", "kadis", "--full-name", "Kepala Dinas")
    assert made.code == 0, made.err
    assert as_user(cli, db, "kadis", ADMIN_PASSWORD, "stats").code == 0


def test_user_on_a_database_without_accounts_is_a_plain_refusal(db: Path, cli: RunCli) -> None:
    assert cli("--db", str(db), "init", "--kelurahan", "36.71.05.1008").code == 0
    stray = as_user(cli, db, "lurah", ADMIN_PASSWORD, "stats")
    assert stray.code == 1 and "belum memakai akun" in stray.err


def test_the_password_is_asked_on_standard_input(office: Path, run_cli: RunCli) -> None:
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    env.pop("WKSBM_PASSWORD", None)
    command = [sys.executable, "-m", "wksbm_desktop", "--db", str(office), "--user", "lurah",
               "stats"]  # fmt: skip
    done = subprocess.run(command, input=ADMIN_PASSWORD + "\n", capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Kelompok" in done.stdout


@pytest.mark.slow
def test_a_password_never_reaches_logs_settings_or_the_database(
    office: Path, run_cli: RunCli, isolated_data_dir: Path, tmp_path: Path
) -> None:
    env = {"PYTHONPATH": str(ROOT), "WKSBM_PASSWORD": ADMIN_PASSWORD,
           "WKSBM_NEW_PASSWORD": CLERK_PASSWORD}  # fmt: skip
    base = ("--db", str(office), "--user", "lurah")
    assert run_cli(*base, "user", "add", "siti", "--role", "operator", env=env).code == 0
    assert run_cli(*base, "demo", "--members", "5", env=env).code == 0
    assert run_cli(*base, "stats", env={**env, "WKSBM_PASSWORD": "x"}).code == 1
    files = [p for p in isolated_data_dir.rglob("*") if p.is_file()]
    files += [p for p in office.parent.glob("x.db*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        content = path.read_bytes()
        for secret in (ADMIN_PASSWORD, CLERK_PASSWORD):
            assert secret.encode() not in content, path
            assert secret.encode("utf-16-le") not in content, path


def test_backups_and_restores_name_the_person(office: Path, cli: RunCli, tmp_path: Path) -> None:
    copy = tmp_path / "salinan.db"
    made = as_user(cli, office, "lurah", ADMIN_PASSWORD, "backup", "--out", str(copy))
    assert made.code == 0, made.err
    with sqlite3.connect(office) as connection:
        query = "SELECT action, operator FROM audit_entries WHERE entity = 'database'"
        assert connection.execute(query).fetchall() == [("backup", "Budi Santoso")]
    back = as_user(cli, office, "lurah", ADMIN_PASSWORD, "restore", str(copy))
    assert back.code == 0, back.err
    with sqlite3.connect(office) as connection:
        query = "SELECT action, operator FROM audit_entries WHERE action = 'restore'"
        assert connection.execute(query).fetchall() == [("restore", "Budi Santoso")]


def _backups_named(db: Path) -> list[tuple[str, str, str]]:
    """(operator, file, reason) of each backup in the history, oldest first."""
    import json

    with sqlite3.connect(db) as connection:
        query = "SELECT operator, changes FROM audit_entries WHERE action = 'backup' ORDER BY id"
        rows = connection.execute(query).fetchall()
    return [
        (operator, json.loads(changes)["file"][1], json.loads(changes)["reason"][1])
        for operator, changes in rows
    ]


def test_every_backup_of_the_command_line_names_the_person(
    office: Path, cli: RunCli, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    drive = tmp_path / "FLASHDISK"
    drive.mkdir()
    assert as_user(cli, office, "lurah", ADMIN_PASSWORD, "backup").code == 0
    assert as_user(cli, office, "lurah", ADMIN_PASSWORD, "backup", "--to", str(drive)).code == 0
    sheet = Workbook()
    sheet.active.append(["Nama", "NIK", "L/P"])
    sheet.active.append(["Siti Rahma", "3671055708850001", "P"])
    sheet.save(tmp_path / "anggota.xlsx")
    imported = as_user(
        cli, office, "lurah", ADMIN_PASSWORD, "import", str(tmp_path / "anggota.xlsx")
    )
    assert imported.code == 0, imported.err
    history = _backups_named(office)
    assert [(who, reason) for who, _file, reason in history] == [
        ("Budi Santoso", "manual"),
        ("Budi Santoso", "flashdisk"),
        ("Budi Santoso", "sebelum-impor"),
    ]
    assert (drive / history[1][1]).is_file()


def test_an_import_is_in_the_history_with_who_did_it_even_when_nothing_changed(
    office: Path, cli: RunCli, tmp_path: Path
) -> None:
    import json

    from openpyxl import Workbook

    sheet = Workbook()
    sheet.active.append(["Nama", "NIK", "L/P"])
    sheet.active.append(["Siti Rahma", "3671055708850001", "P"])
    sheet.save(tmp_path / "anggota.xlsx")
    for _twice in range(2):
        done = as_user(
            cli, office, "lurah", ADMIN_PASSWORD, "import", str(tmp_path / "anggota.xlsx")
        )
        assert done.code == 0, done.err
    with sqlite3.connect(office) as connection:
        query = "SELECT operator, changes FROM audit_entries WHERE action = 'import' ORDER BY id"
        rows = [(who, json.loads(changes)) for who, changes in connection.execute(query)]
    assert [who for who, _changes in rows] == ["Budi Santoso", "Budi Santoso"]
    first, again = (changes for _who, changes in rows)
    assert first["file"][1] == "anggota.xlsx" and first["import_kind"][1] == "daftar biasa"
    assert (first["rows_created"][1], again["rows_created"][1]) == (1, 0)
    assert again["rows_unchanged"][1] >= 1


def test_without_accounts_a_backup_names_the_operator_given(db: Path, cli: RunCli) -> None:
    assert cli("--db", str(db), "init", "--kelurahan", "36.71.05.1008").code == 0
    made = cli("--db", str(db), "--operator", "Pak Rahmat", "backup")
    assert made.code == 0, made.err
    assert [(who, reason) for who, _f, reason in _backups_named(db)] == [("Pak Rahmat", "manual")]


def test_a_role_that_may_not_import_makes_no_backup_for_it(
    office: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    monkeypatch.setenv("WKSBM_NEW_PASSWORD", CLERK_PASSWORD)
    as_user(cli, office, "lurah", ADMIN_PASSWORD, "user", "add", "pantau", "--role", "pemantau")
    sheet = Workbook()
    sheet.active.append(["Nama", "NIK", "L/P"])
    sheet.save(tmp_path / "anggota.xlsx")
    refused = as_user(
        cli, office, "pantau", CLERK_PASSWORD, "import", str(tmp_path / "anggota.xlsx")
    )
    assert refused.code == 1 and "tidak boleh" in refused.err
    from wksbm_desktop.core.storage.backup import list_backups

    assert list_backups(office) == []
