"""Every command on a missing, damaged or foreign database; ``backup --to`` a flashdisk."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import RunCli

KELURAHAN = "36.71.05.1008"


def _commands(tmp_path: Path, workbook: Path) -> dict[str, list[str]]:
    """Every command that opens the database, with the arguments it needs."""
    return {
        "stats": ["stats"],
        "check": ["check"],
        "demo": ["demo", "--members", "10"],
        "export": ["export", "--out", str(tmp_path / "laporan.xlsx")],
        "import": ["import", str(workbook)],
        "backup": ["backup"],
        "backup-out": ["backup", "--out", str(tmp_path / "salinan.db")],
        "template": ["template", "--out", str(tmp_path / "templat.xlsx")],
    }


COMMANDS = ["stats", "check", "demo", "export", "import", "backup", "backup-out", "template"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A member-list workbook to import (the app's own template)."""
    from wksbm_desktop.excel.importing.template import write_template

    return Path(write_template(tmp_path_factory.mktemp("xlsx") / "anggota.xlsx", {}, ""))


@pytest.fixture
def filled(cli: RunCli, tmp_path: Path) -> Path:
    path = tmp_path / "kantor" / "wksbm.db"
    assert cli("--db", str(path), "init", "--kelurahan", KELURAHAN).code == 0
    assert cli("--db", str(path), "demo", "--members", "300").code == 0
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- 12.12: a typo in --db ---------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_a_typo_in_db_creates_nothing_and_exits_1(
    cli: RunCli, tmp_path: Path, workbook: Path, command: str
):
    typo = tmp_path / "salah" / "wksbn.db"
    result = cli("--db", str(typo), *_commands(tmp_path, workbook)[command])
    assert result.code == 1, result.out
    assert "tidak ditemukan" in result.err and str(typo) in result.err
    assert "init --kelurahan" in result.err  # how to create one, if that was meant
    assert "Traceback" not in result.err
    assert not typo.parent.exists(), "nothing is left behind"


def test_a_typo_in_the_environment_variable_is_refused_too(run_cli: RunCli, tmp_path: Path):
    typo = tmp_path / "wksbn.db"
    result = run_cli("stats", env={"WKSBM_DB": str(typo)})
    assert result.code == 1 and "tidak ditemukan" in result.err
    assert not typo.exists()


def test_an_empty_file_is_not_a_database_either(cli: RunCli, tmp_path: Path):
    empty = tmp_path / "kosong.db"
    empty.touch()
    result = cli("--db", str(empty), "stats")
    assert result.code == 1 and "tidak ditemukan" in result.err
    assert empty.stat().st_size == 0


def test_init_still_creates_and_then_every_command_works(cli: RunCli, tmp_path: Path):
    path = tmp_path / "baru" / "wksbm.db"
    assert cli("--db", str(path), "init", "--kelurahan", KELURAHAN).code == 0
    assert path.exists()
    assert json.loads(cli("--db", str(path), "stats", "--json").out)["members"] == 0


def test_a_server_database_without_our_tables_is_refused(cli: RunCli, db_target: str):
    result = cli("--db", db_target, "stats")
    assert result.code == 1
    assert "init --kelurahan" in result.err
    assert cli("--db", db_target, "init", "--kelurahan", KELURAHAN).code == 0
    assert cli("--db", db_target, "stats").code == 0


def test_the_default_database_missing_leaves_template_its_standard_lists(
    cli: RunCli, tmp_path: Path, isolated_data_dir: Path
):
    out = tmp_path / "templat.xlsx"
    assert cli("template", "--out", str(out)).code == 0 and out.exists()
    assert not (isolated_data_dir / "wksbm.db").exists()


# --- 12.11: a damaged file -------------------------------------------------------------------


def _damage_member_index(path: Path) -> None:
    """Damage only the pages of one index: the revision, the office and the counts still read."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_members_live_name'"
        ).fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xde\xad" * ((page_size - 8) // 2)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_calls_a_damaged_file_damaged_and_exits_1(
    cli: RunCli, filled: Path, tmp_path: Path, workbook: Path, command: str
):
    assert cli("--db", str(filled), "backup").code == 0  # a healthy backup to point at
    _damage_member_index(filled)
    before = _digest(filled)
    result = cli("--db", str(filled), *_commands(tmp_path, workbook)[command])
    assert result.code == 1, result.out
    assert "rusak" in result.err and str(filled) in result.err
    assert "restore" in result.err and "cadangan" in result.err.lower()
    assert "tidak terduga" not in result.err and "Traceback" not in result.err
    assert _digest(filled) == before, "a damaged file is never written to"


def test_a_truncated_file_names_the_backup_to_restore(cli: RunCli, filled: Path):
    backup = cli("--db", str(filled), "backup")
    assert backup.code == 0
    with filled.open("r+b") as handle:
        handle.truncate(filled.stat().st_size // 3)
    result = cli("--db", str(filled), "stats")
    assert result.code == 1
    assert "terpotong" in result.err and "sqlalche.me" not in result.err
    assert "cadangan" in result.err and f'restore "{filled.parent / "cadangan"}' in result.err


def test_restore_still_repairs_a_damaged_file(cli: RunCli, filled: Path):
    assert cli("--db", str(filled), "backup").code == 0
    [copy] = (filled.parent / "cadangan").glob("*.db")
    _damage_member_index(filled)
    assert cli("--db", str(filled), "restore", str(copy)).code == 0
    assert cli("--db", str(filled), "check").code == 0


# --- 13.12: another application's SQLite file --------------------------------------------------


@pytest.mark.parametrize("command", ["stats", "check", "demo", "init"])
def test_a_foreign_sqlite_file_is_refused_unchanged(cli: RunCli, tmp_path: Path, command: str):
    foreign = tmp_path / "kasir.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE penjualan (id INTEGER PRIMARY KEY, total INTEGER)")
    connection.execute("INSERT INTO penjualan (total) VALUES (15000)")
    connection.commit()
    connection.close()
    before = _digest(foreign)
    extra = ["--kelurahan", KELURAHAN] if command == "init" else []
    result = cli("--db", str(foreign), command, *extra)
    assert result.code == 1
    assert "aplikasi lain" in result.err
    assert _digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kasir.sqlite"]


# --- 13.11: odd folder names through the command line --------------------------------------


@pytest.mark.parametrize("name", ["kantor #1", "data %41 100%", "apa?ini"])
def test_backup_and_check_in_an_odd_folder(cli: RunCli, tmp_path: Path, name: str):
    path = tmp_path / name / "wksbm.db"
    assert cli("--db", str(path), "init", "--kelurahan", KELURAHAN).code == 0
    assert cli("--db", str(path), "demo", "--members", "20").code == 0
    result = cli("--db", str(path), "backup")
    assert result.code == 0 and "20 anggota" in result.out
    assert cli("--db", str(path), "check").code == 0
    assert {p.name for p in tmp_path.iterdir()} == {name}


# --- 12.13: backup --to a flashdisk ------------------------------------------------------------


def test_backup_to_a_folder_copies_a_verified_backup_and_records_it(
    cli: RunCli, filled: Path, tmp_path: Path
):
    drive = tmp_path / "FLASHDISK"
    drive.mkdir()
    result = cli("--db", str(filled), "backup", "--to", str(drive))
    assert result.code == 0, result.err
    [copy] = drive.glob("*.db")
    [local] = (filled.parent / "cadangan").glob("*.db")
    assert _digest(copy) == _digest(local)
    assert _digest(copy) in result.out and "sudah diperiksa" in result.out
    with sqlite3.connect(copy.as_uri() + "?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM members").fetchone() == (300,)
    connection.close()
    record = json.loads((filled.parent / "cadangan" / "salinan-luar.json").read_text())
    assert record["path"] == str(copy) and record["sha256"] == _digest(copy)


def test_backup_to_refuses_a_missing_folder_and_the_backup_folder(
    cli: RunCli, filled: Path, tmp_path: Path
):
    missing = cli("--db", str(filled), "backup", "--to", str(tmp_path / "E"))
    assert missing.code == 1 and "bukan folder" in missing.err
    inside = cli("--db", str(filled), "backup", "--to", str(filled.parent / "cadangan"))
    assert inside.code == 1 and "flashdisk" in inside.err


def test_backup_to_and_out_together_is_bad_usage(cli: RunCli, filled: Path, tmp_path: Path):
    result = cli("--db", str(filled), "backup", "--to", str(tmp_path), "--out", "x.db")
    assert result.code == 2


def test_damage_found_only_while_working_is_still_a_plain_message(
    cli: RunCli, filled: Path, monkeypatch: pytest.MonkeyPatch
):
    """A page the quick check did not reach: SQLite's complaint mid-command, not "tak terduga"."""
    from wksbm_desktop.cli.commands import stats

    def malformed(_session: object) -> dict[str, int]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(stats, "counts", malformed)
    result = cli("--db", str(filled), "stats")
    assert result.code == 1
    assert "rusak" in result.err and "restore" in result.err
    assert "tidak terduga" not in result.err
