"""``wksbm --lang en`` and ``WKSBM_LANG=en`` speak English; Indonesian stays the default."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import RunCli

KELURAHAN = "36.71.05.1008"


def test_lang_en_prints_english_help(cli: RunCli) -> None:
    result = cli("--lang", "en", "--help")
    assert result.code == 0
    assert "show this help and exit" in result.out
    assert "[--operator NAME]" in result.out and "COMMAND" in result.out
    assert "tampilkan" not in result.out and "PERINTAH" not in result.out


def test_indonesian_is_the_default(cli: RunCli) -> None:
    result = cli("--help")
    assert "tampilkan bantuan ini lalu keluar" in result.out
    assert "--lang {id,en}" in result.out


INDONESIAN_WORDS = ("tidak", "berkas", "ditemukan", "jalankan")


def test_lang_en_explains_a_missing_database_in_english(cli: RunCli, db: Path) -> None:
    result = cli("--lang", "en", "--db", str(db), "check")
    assert result.code == 1
    assert str(db) in result.err
    assert not any(word in result.err.lower() for word in INDONESIAN_WORDS), result.err


def test_validation_messages_name_their_fields_in_english(cli: RunCli, db: Path) -> None:
    result = cli("--lang=en", "--db", str(db), "init", "--kelurahan", KELURAHAN, "--nip", "12")
    assert result.code == 1
    assert "The NIP must be 18 digits without spaces (entered: 12)." in result.err


def test_wksbm_lang_environment_variable_is_respected(run_cli: RunCli) -> None:
    result = run_cli("--help", env={"WKSBM_LANG": "en"})
    assert result.code == 0
    assert "show this help and exit" in result.out


def test_lang_option_wins_over_the_environment(run_cli: RunCli) -> None:
    result = run_cli("--lang", "id", "--help", env={"WKSBM_LANG": "en"})
    assert "tampilkan bantuan ini lalu keluar" in result.out


def test_an_unknown_language_is_bad_usage(cli: RunCli) -> None:
    result = cli("--lang", "fr", "stats")
    assert result.code == 2
    assert "'fr'" in result.err


def test_stats_labels_and_default_operator_follow_the_language(cli: RunCli, db: Path) -> None:
    cli("--db", str(db), "init", "--kelurahan", KELURAHAN)
    assert cli("--lang", "en", "--db", str(db), "demo", "--members", "5").code == 0
    result = cli("--lang", "en", "--db", str(db), "stats")
    assert result.code == 0
    assert "Current memberships" in result.out
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT action, operator FROM audit_entries").fetchall()
    connection.close()
    operators = {action: operator for action, operator in rows}
    assert operators["create"] == "baris perintah"  # init, in Indonesian, without --operator
    assert operators["demo"] == "command line"
