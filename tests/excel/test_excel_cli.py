"""The export, import and template commands: exit codes and plain Indonesian messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from wksbm_desktop.cli import main


@pytest.fixture
def db(db_target: str) -> str:
    """An initialised database on each engine: a file path, or a PostgreSQL URL."""
    assert main(["--db", db_target, "init", "--kelurahan", "36.71.05.1008"]) == 0
    return db_target


def test_export_import_and_template_commands(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["--db", db, "demo", "--members", "40"]) == 0
    out = str(tmp_path / "laporan.xlsx")
    assert (
        main(["--db", db, "export", "--out", out, "--from", "2000-01-01", "--to", "2100-12-31"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "Laporan disimpan" in printed and "disamarkan" in printed
    assert "Program: " in printed and " kunjungan." in printed
    template = str(tmp_path / "template.xlsx")
    assert main(["--db", db, "template", "--out", template]) == 0
    assert "Data Anggota" in load_workbook(template).sheetnames
    assert main(["--db", db, "import", out, "--dry-run"]) == 0
    assert "TIDAK ada yang disimpan" in capsys.readouterr().out


def test_bad_usage_exits_2(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as caught:
        main(["--db", db, "export", "--out", str(tmp_path / "x.xlsx"), "--from", "31-12-2025"])
    assert caught.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_import_of_a_bad_file_exits_1_without_traceback(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "bukan.xlsx"
    path.write_text("ini bukan excel")
    assert main(["--db", db, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "bukan buku kerja Excel" in err and "Traceback" not in err


def test_import_with_errors_writes_the_error_copy(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source, errors = tmp_path / "daftar.xlsx", tmp_path / "hasil.xlsx"
    workbook = Workbook()
    workbook.active.append(["NIK", "Nama"])
    workbook.active.append([3671055708850000, "Siti"])
    workbook.save(source)
    assert main(["--db", db, "import", str(source), "--errors-out", str(errors)]) == 1
    out = capsys.readouterr().out
    assert (
        "KESALAHAN: Sheet, baris 2, kolom A (NIK)" in out and "TIDAK ada data yang disimpan" in out
    )
    assert load_workbook(errors)["Sheet"]["C2"].value == "KESALAHAN"


def test_short_password_is_refused(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "x.xlsx"
    assert main(["--db", db, "export", "--out", str(target), "--password", "abc"]) == 1
    assert "paling sedikit 6" in capsys.readouterr().err and not target.exists()


def _mixed_list(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(["NIK", "Nama", "No. HP"])
    workbook.active.append(["3671055708850001", "Siti Rahmawati", "-"])
    workbook.active.append([3671055708850000, "Dewi", "0812 3456 7890"])  # rounded NIK
    workbook.save(path)
    return path


@pytest.mark.sqlite_only
def test_import_takes_a_backup_first_and_says_where(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from wksbm_desktop.core.storage.backup import list_backups

    source = _mixed_list(tmp_path / "daftar.xlsx")
    capsys.readouterr()
    assert main(["--db", db, "import", str(source), "--dry-run"]) == 1
    assert list_backups(Path(db)) == []  # a dry run writes nothing, so needs no copy
    assert main(["--db", db, "import", str(source)]) == 1
    [backup] = list_backups(Path(db))
    assert backup.reason == "sebelum-impor"
    assert str(backup.path) in capsys.readouterr().out


def test_valid_only_imports_the_good_rows_and_writes_the_error_workbook(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source, errors = _mixed_list(tmp_path / "daftar.xlsx"), tmp_path / "kesalahan.xlsx"
    capsys.readouterr()
    argv = ["--db", db, "import", str(source), "--valid-only", "--errors-out", str(errors)]
    assert main(argv) == 1  # a row is waiting to be fixed
    out = capsys.readouterr().out
    assert "1 baris dengan 1 kesalahan TIDAK disimpan" in out and "Galat" not in out
    sheet = load_workbook(errors)["Sheet"]
    assert (sheet["D2"].value, sheet["D3"].value) == ("Sudah diimpor", "KESALAHAN")
    sheet["A3"].value = "3671054101900003"
    sheet.parent.save(errors)
    assert main(["--db", db, "import", str(errors)]) == 0
    assert main(["--db", db, "stats", "--json"]) == 0
    assert '"members": 2' in capsys.readouterr().out


def test_an_unwritable_errors_out_target_is_refused_before_anything_is_saved(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = _mixed_list(tmp_path / "daftar.xlsx")
    target = tmp_path / "tidak-ada" / "kesalahan.xlsx"
    argv = ["--db", db, "import", str(source), "--valid-only", "--errors-out", str(target)]
    assert main(argv) == 1
    assert "tidak ada data yang diimpor" in capsys.readouterr().err
    assert main(["--db", db, "stats", "--json"]) == 0
    assert '"members": 0' in capsys.readouterr().out


def test_an_error_workbook_that_fails_after_the_commit_is_told_apart_from_the_saved_data(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    from wksbm_desktop.cli.commands import import_ as command
    from wksbm_desktop.core.errors import WksbmError

    def busy(_source: object, target: object, _report: object) -> None:
        raise WksbmError("excel.export.target_busy", path=str(target))

    monkeypatch.setattr(command, "write_error_copy", busy)
    source, errors = _mixed_list(tmp_path / "daftar.xlsx"), tmp_path / "kesalahan.xlsx"
    capsys.readouterr()
    argv = ["--db", db, "import", str(source), "--valid-only", "--errors-out", str(errors)]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "SUDAH disimpan" in out and "berkas kesalahan tidak bisa ditulis" in out
    assert main(["--db", db, "stats", "--json"]) == 0
    assert '"members": 1' in capsys.readouterr().out
