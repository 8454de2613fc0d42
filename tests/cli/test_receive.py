"""``wksbm receive``: plain lines, --json objects and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.excel.receiving.kit import export, kelurahan_db
from wksbm_desktop.cli import main


@pytest.fixture
def report(tmp_path: Path) -> Path:
    database = kelurahan_db(tmp_path / "poris.db", members=20)
    try:
        return export(database, tmp_path / "laporan-poris.xlsx")
    finally:
        database.dispose()


def test_receive_prints_a_line_per_file_and_json_objects_with_the_counts(
    tmp_path: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city = str(tmp_path / "kota.db")
    assert main(["--db", city, "init", "--city"]) == 0
    capsys.readouterr()
    assert main(["--db", city, "receive", str(report)]) == 0
    out = capsys.readouterr().out
    assert "laporan-poris.xlsx: diterima - Poris Plawad" in out and "ditambah" in out
    assert main(["--db", city, "receive", str(report), "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    for key in ("file", "kelurahan", "status", "added", "changed", "archived", "refused"):
        assert key in item
    assert (item["status"], item["kelurahan"], item["added"]) == ("unchanged", "36.71.05.1008", 0)
    assert item["detail"]["members"]["added"] == 0


def test_one_refused_file_gives_exit_1_and_the_others_still_land(
    tmp_path: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city = str(tmp_path / "kota.db")
    main(["--db", city, "init", "--city"])
    capsys.readouterr()
    broken = tmp_path / "bukan.xlsx"
    broken.write_text("bukan buku kerja")
    assert main(["--db", city, "receive", str(broken), str(report), "--json"]) == 1
    items = json.loads(capsys.readouterr().out)
    assert [i["status"] for i in items] == ["refused", "received"]
    assert items[0]["message"] and items[1]["added"] > 0


def test_a_kelurahan_database_refuses_with_a_plain_message(
    tmp_path: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "poris.db"), "receive", str(report)]) == 1
    err = capsys.readouterr().err
    assert "instalasi kota" in err and "Traceback" not in err


def test_a_pattern_or_a_folder_names_the_workbooks_as_on_windows(
    tmp_path: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Windows' command prompt passes laporan\*.xlsx unexpanded: the command expands it.
    city = str(tmp_path / "kota.db")
    main(["--db", city, "init", "--city"])
    capsys.readouterr()
    assert main(["--db", city, "receive", str(tmp_path / "laporan-*.xlsx"), "--json"]) == 0
    assert [i["status"] for i in json.loads(capsys.readouterr().out)] == ["received"]
    assert main(["--db", city, "receive", str(tmp_path), "--json"]) == 0
    assert [i["file"] for i in json.loads(capsys.readouterr().out)] == ["laporan-poris.xlsx"]
    assert main(["--db", city, "receive", str(tmp_path / "tidak-ada-*.xlsx")]) == 1
    assert "tidak-ada-*.xlsx" in capsys.readouterr().out
