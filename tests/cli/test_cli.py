"""The ``wksbm`` command line: exit codes 0/1/2, --db and WKSBM_DB, and each command."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from wksbm_desktop.core.services.activities import archive_activity
from wksbm_desktop.core.services.groups import archive_group
from wksbm_desktop.core.services.members import archive_member
from wksbm_desktop.core.storage.db import open_database

KELURAHAN = "36.71.05.1008"
NIP = "197001012000031001"
RunCli = Callable[..., Any]


def _office(path: Path) -> tuple[str, ...]:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT kelurahan_code, lurah_name, lurah_nip, operator_names FROM office"
        ).fetchall()
    connection.close()
    assert len(row) == 1
    return tuple(row[0])


# --- the one-liner, as real processes ----------------------------------------------


def test_init_demo_stats_check_one_liner(run_cli: RunCli, db: Path) -> None:
    init = run_cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    assert init.code == 0, init.err
    assert "Poris Plawad" in init.out
    demo = run_cli("--db", str(db), "demo")
    assert demo.code == 0, demo.err
    stats = run_cli("--db", str(db), "stats", "--json")
    assert stats.code == 0, stats.err
    figures = json.loads(stats.out)
    for key in ("groups", "members", "memberships", "activities"):
        assert figures[key] > 0, key
    assert figures["members"] == 300
    check = run_cli("--db", str(db), "check")
    assert check.code == 0, check.out + check.err
    assert "sehat" in check.out


# --- exit codes --------------------------------------------------------------------------


def test_unknown_kelurahan_exits_1_with_suggestions_and_creates_nothing(
    run_cli: RunCli, db: Path
) -> None:
    result = run_cli("--db", str(db), "init", "--kelurahan", "36.71.05.1099")
    assert result.code == 1
    assert "36.71.05.1099" in result.err
    assert "Mungkin maksud Anda" in result.err
    assert "Traceback" not in result.err
    assert not db.exists()


def test_unknown_kelurahan_by_typo_in_code(cli: RunCli, db: Path) -> None:
    result = cli("--db", str(db), "init", "--kelurahan", "36.71.5.1008x")
    assert result.code == 1
    assert "kode kelurahan" in result.err
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("terbang",),
        ("init",),
        ("demo", "--members", "0"),
        ("demo", "--members", "banyak"),
        ("stats", "--tidak-ada"),
    ],
)
def test_bad_usage_exits_2(cli: RunCli, db: Path, args: tuple[str, ...]) -> None:
    result = cli("--db", str(db), *args)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.strip(), "the user is told what was wrong"


def test_usage_error_is_explained_in_indonesian(run_cli: RunCli, db: Path) -> None:
    result = run_cli("--db", str(db), "terbang")
    assert result.code == 2
    assert "Perintah tidak dapat dipahami" in result.err
    assert not db.exists()


def test_help_and_version_exit_0(cli: RunCli) -> None:
    assert cli("--help").code == 0
    version = cli("--version")
    assert version.code == 0
    assert "WKSBM Desktop" in version.out


# --- where the database is ------------------------------------------------------------------


def test_db_option_goes_before_the_command(cli: RunCli, db: Path) -> None:
    assert cli("--db", str(db), "init", "--kelurahan", KELURAHAN).code == 0
    assert db.exists()


def test_wksbm_db_environment_variable_is_respected(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "dari-env" / "kantor.db"
    result = run_cli("init", "--kelurahan", KELURAHAN, env={"WKSBM_DB": str(target)})
    assert result.code == 0, result.err
    assert target.exists()
    assert _office(target)[0] == KELURAHAN


def test_db_option_wins_over_the_environment(
    cli: RunCli, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "env.db"
    monkeypatch.setenv("WKSBM_DB", str(other))
    assert cli("--db", str(db), "init", "--kelurahan", KELURAHAN).code == 0
    assert db.exists() and not other.exists()


def test_default_database_lives_in_the_data_folder(cli: RunCli, isolated_data_dir: Path) -> None:
    assert cli("init", "--kelurahan", KELURAHAN).code == 0
    assert (isolated_data_dir / "wksbm.db").exists()


# --- init ---------------------------------------------------------------------------------


def test_init_twice_is_safe_and_keeps_lurah_and_nip(cli: RunCli, db: Path) -> None:
    first = cli("--db", str(db), "init", "--kelurahan", KELURAHAN, "--lurah", "H. Ahmad",
                "--nip", NIP, "--operator", "Siti")  # fmt: skip
    assert first.code == 0, first.err
    assert cli("--db", str(db), "demo", "--members", "30").code == 0
    again = cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    assert again.code == 0, again.err
    assert _office(db) == (KELURAHAN, "H. Ahmad", NIP, "Siti")
    stats = json.loads(cli("--db", str(db), "stats", "--json").out)
    assert stats["members"] == 30, "running init again keeps the data"


def test_init_changes_lurah_when_given(cli: RunCli, db: Path) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN, "--lurah", "H. Ahmad")
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN, "--lurah", "Hj. Aminah")
    assert _office(db)[1] == "Hj. Aminah"


def test_init_refuses_a_bad_nip(cli: RunCli, db_target: str) -> None:
    result = cli("--db", db_target, "init", "--kelurahan", KELURAHAN, "--nip", "123")
    assert result.code == 1
    assert "NIP harus 18 angka" in result.err


def test_global_operator_is_recorded(cli: RunCli, db: Path) -> None:
    assert cli("--operator", "Rina", "--db", str(db), "init", "--kelurahan", KELURAHAN).code == 0
    with sqlite3.connect(db) as connection:
        operators = connection.execute("SELECT operator FROM audit_entries").fetchall()
    connection.close()
    assert operators == [("Rina",)]


# --- demo -----------------------------------------------------------------------------------


def test_demo_without_init_explains_what_to_do(cli: RunCli, db_target: str) -> None:
    result = cli("--db", db_target, "demo", "--members", "10")
    assert result.code == 1
    assert "init --kelurahan" in result.err


def test_demo_twice_with_other_seeds_adds_up(cli: RunCli, db: Path) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    assert cli("--db", str(db), "demo", "--members", "150", "--seed", "1").code == 0
    first = json.loads(cli("--db", str(db), "stats", "--json").out)
    assert cli("--db", str(db), "demo", "--members", "120", "--seed", "2").code == 0
    both = json.loads(cli("--db", str(db), "stats", "--json").out)
    assert both["members"] == 270
    assert both["groups"] > first["groups"]
    assert both["activities"] > first["activities"]
    with sqlite3.connect(db) as connection:
        total, distinct = connection.execute(
            "SELECT COUNT(nik), COUNT(DISTINCT nik) FROM members"
        ).fetchone()
    connection.close()
    assert total == distinct == 270
    assert cli("--db", str(db), "check").code == 0


def test_demo_is_deterministic_for_a_seed(cli: RunCli, tmp_path: Path) -> None:
    niks = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        cli("--db", str(path), "init", "--kelurahan", KELURAHAN)
        assert cli("--db", str(path), "demo", "--members", "60", "--seed", "11").code == 0
        with sqlite3.connect(path) as connection:
            niks.append(connection.execute("SELECT nik FROM members ORDER BY id").fetchall())
        connection.close()
    assert niks[0] == niks[1]
    assert len(niks[0]) == 60


# --- stats ----------------------------------------------------------------------------------


def test_stats_excludes_archived_records(cli: RunCli, db_target: str) -> None:
    cli("--db", db_target, "init", "--kelurahan", KELURAHAN)
    cli("--db", db_target, "demo", "--members", "60")
    before = json.loads(cli("--db", db_target, "stats", "--json").out)
    database = open_database(db_target)
    try:
        with database.session() as session:
            group = session.execute(
                text(
                    "SELECT g.uuid, COUNT(a.id) FROM groups g JOIN activities a "
                    "ON a.group_id = g.id WHERE g.parent_id IS NULL GROUP BY g.id LIMIT 1"
                )
            ).one()
            archive_group(session, group[0])
        with database.session() as session:
            ids = session.execute(
                text(
                    "SELECT (SELECT uuid FROM members WHERE id NOT IN "
                    "(SELECT member_id FROM memberships) LIMIT 1), "
                    "(SELECT uuid FROM activities WHERE group_id <> "
                    "(SELECT id FROM groups WHERE uuid = :g) LIMIT 1)"
                ),
                {"g": group[0]},
            ).one()
            archive_member(session, ids[0])
            archive_activity(session, ids[1])
    finally:
        database.dispose()
    after = json.loads(cli("--db", db_target, "stats", "--json").out)
    assert after["groups"] == before["groups"] - 1
    assert after["members"] == before["members"] - 1
    assert after["activities"] == before["activities"] - group[1] - 1
    assert after["memberships"] < before["memberships"]
    assert (after["archived_groups"], after["archived_members"]) == (1, 1)


def test_stats_as_text_is_readable(cli: RunCli, db_target: str) -> None:
    cli("--db", db_target, "init", "--kelurahan", KELURAHAN)
    cli("--db", db_target, "demo", "--members", "40")
    result = cli("--db", db_target, "stats")
    assert result.code == 0
    assert "Anggota" in result.out and "40" in result.out
    assert "Kelompok" in result.out


# --- check ----------------------------------------------------------------------------------


def test_check_a_corrupted_file_exits_1_without_traceback(
    run_cli: RunCli, cli: RunCli, db: Path, tmp_path: Path
) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    cli("--db", str(db), "demo", "--members", "300")
    broken = tmp_path / "rusak.db"
    shutil.copyfile(db, broken)
    size = broken.stat().st_size
    with broken.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    result = run_cli("--db", str(broken), "check")
    assert result.code == 1
    assert "rusak" in result.err
    assert "Traceback" not in result.err + result.out
    assert "cadangan" in result.err


def test_check_a_missing_file_exits_1(cli: RunCli, db: Path) -> None:
    result = cli("--db", str(db), "check")
    assert result.code == 1
    assert "tidak ditemukan" in result.err
    assert not db.exists(), "check never creates a database"


def test_check_reports_broken_rules_and_exits_1(cli: RunCli, db: Path) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    cli("--db", str(db), "demo", "--members", "40")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE members SET rt = '7' WHERE id = 1")
    connection.close()
    result = cli("--db", str(db), "check")
    assert result.code == 1
    assert "RT/RW" in result.out


def test_check_does_not_upgrade_a_newer_file(cli: RunCli, db: Path) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    connection.close()
    result = cli("--db", str(db), "check")
    assert result.code == 1
    assert "versi aplikasi yang lebih baru" in result.err


def test_a_folder_as_database_exits_1(cli: RunCli, tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path), "stats")
    assert result.code == 1
    assert "folder" in result.err
