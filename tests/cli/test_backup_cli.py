"""``wksbm backup`` / ``restore`` / ``check`` on healthy and damaged files, and start-up health."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wksbm_desktop.cli import main
from wksbm_desktop.core.storage.backup import list_backups
from wksbm_desktop.core.storage.health import check_on_open


def _wksbm(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "kantor" / "wksbm.db"
    assert _wksbm(capsys, "--db", path, "init", "--kelurahan", "36.71.05.1008")[0] == 0
    assert _wksbm(capsys, "--db", path, "demo", "--members", "120", "--seed", "4")[0] == 0
    return path


def _stats(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, int]:
    code, out, _ = _wksbm(capsys, "--db", path, "stats", "--json")
    assert code == 0
    return dict(json.loads(out))


def _corrupt(path: Path) -> None:
    """Overwrite the pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\xff\x00\x13" * (size // 9))


def test_backup_then_restore_returns_identical_stats(
    office_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _stats(capsys, office_db)
    code, out, err = _wksbm(capsys, "--db", office_db, "backup")
    assert code == 0, err
    assert "Cadangan tersimpan" in out and "120 anggota" in out
    saved = list_backups(office_db)[0].path
    assert _wksbm(capsys, "--db", office_db, "demo", "--members", "30", "--seed", "9")[0] == 0
    assert _stats(capsys, office_db) != before
    code, out, err = _wksbm(capsys, "--db", office_db, "restore", saved)
    assert code == 0, err
    assert "dipulihkan" in out and "sebelum-pulih" in out
    assert _stats(capsys, office_db) == before


def test_backup_to_a_chosen_file(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "flashdisk" / "salinan.db"
    code, out, _ = _wksbm(capsys, "--db", office_db, "backup", "--out", out_file)
    assert code == 0 and out_file.exists() and str(out_file) in out
    code, _, err = _wksbm(capsys, "--db", office_db, "backup", "--out", out_file)
    assert code == 1 and "sudah ada" in err and "Traceback" not in err
    assert _stats(capsys, out_file) == _stats(capsys, office_db)


def test_backup_of_a_missing_database_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _wksbm(capsys, "--db", tmp_path / "tidak-ada.db", "backup")
    assert code == 1 and "tidak ditemukan" in err and "Traceback" not in err
    assert not (tmp_path / "tidak-ada.db").exists()


def test_damaged_database_is_refused_everywhere_and_the_backup_offered(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _wksbm(capsys, "--db", office_db, "check")[0] == 0
    assert _wksbm(capsys, "--db", office_db, "backup")[0] == 0
    good = list_backups(office_db)[0].path
    damaged = tmp_path / "rusak" / "wksbm.db"
    damaged.parent.mkdir()
    damaged.write_bytes(office_db.read_bytes())
    _corrupt(damaged)
    original = damaged.read_bytes()

    code, out, err = _wksbm(capsys, "--db", damaged, "check")
    assert code == 1 and "rusak" in err and "Traceback" not in err + out

    code, _, err = _wksbm(capsys, "--db", office_db, "restore", damaged)
    assert code == 1 and "rusak" in err and "Traceback" not in err
    assert len(list_backups(office_db)) == 1  # a refused restore changes nothing

    # Now the office database itself is damaged: health keeps it and offers the good backup.
    office_db.write_bytes(original)
    report = check_on_open(office_db)
    assert not report.ok
    assert report.newest_good_backup is not None and report.newest_good_backup.path == good
    assert str(good) in report.message
    assert office_db.read_bytes() == original  # never written to
    assert report.damaged_copy is not None and report.damaged_copy.read_bytes() == original
    code, _, err = _wksbm(capsys, "--db", office_db, "check")
    assert code == 1 and str(good) in err


def test_restore_of_a_non_database_is_refused(
    office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _stats(capsys, office_db)
    notes = tmp_path / "catatan.txt"
    notes.write_text("bukan database")
    code, _, err = _wksbm(capsys, "--db", office_db, "restore", notes)
    assert code == 1 and "bukan database WKSBM" in err and "Traceback" not in err
    assert _stats(capsys, office_db) == before
