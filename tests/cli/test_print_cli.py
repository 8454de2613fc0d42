"""``wksbm print``: the four documents as PDF files, plain errors, usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import RunCli
from tests.documents.conftest import build_office, embedded_fonts, pdf_text
from wksbm_desktop.core.storage.db import open_database


@pytest.fixture
def office_file(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "kantor.db"
    database = open_database(path, operator="Penguji")
    office = build_office(database)
    database.dispose()
    return path, office.group_uuid, office.activity_uuid


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["daftar-hadir", "--activity", "{activity}"], "DAFTAR HADIR"),
        (["daftar-hadir", "--activity", "{activity}", "--terisi"], "Anggota hadir: 2 dari 6"),
        (["profil", "--group", "{group}"], "PROFIL KELOMPOK"),
        (["surat", "--group", "{group}"], "SURAT KETERANGAN TERDAFTAR"),
        (["rekap", "--from", "2025-11-01", "--to", "2025-11-30"], "01-11-2025 s.d. 30-11-2025"),
        (["rekap"], "Seluruh data"),
    ],
)
def test_each_document_is_written(
    cli: RunCli, office_file: tuple[Path, str, str], tmp_path: Path, args: list[str], expected: str
) -> None:
    db, group, activity = office_file
    out = tmp_path / "dokumen.pdf"
    filled = [a.format(group=group, activity=activity) for a in args]
    result = cli("--db", str(db), "print", *filled, "--out", str(out))
    assert result.code == 0, result.err
    assert str(out) in result.out
    data = out.read_bytes()
    assert expected in " ".join(pdf_text(data).split())
    assert all(embedded_fonts(data).values())


def test_letter_number_is_used_once_per_letter(
    cli: RunCli, office_file: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, group, _activity = office_file
    numbers = []
    for name in ("a.pdf", "b.pdf"):
        out = tmp_path / name
        assert cli("--db", str(db), "print", "surat", "--group", group, "--out", str(out)).code == 0
        numbers.append(next(x for x in pdf_text(out.read_bytes()).splitlines() if "Nomor:" in x))
    assert numbers[0].startswith("Nomor: 001/") and numbers[1].startswith("Nomor: 002/")


def test_unknown_uuid_and_bad_file_name_are_plain_errors(
    cli: RunCli, office_file: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, _group, _activity = office_file
    missing = cli(
        "--db", str(db), "print", "profil", "--group", "x-y", "--out", str(tmp_path / "p.pdf")
    )
    assert missing.code == 1 and "tidak ditemukan" in missing.err
    wrong = cli("--db", str(db), "print", "rekap", "--out", str(tmp_path / "p.xlsx"))
    assert wrong.code == 1 and ".pdf" in wrong.err
    assert not list(tmp_path.glob("*.pdf"))


def test_missing_out_is_bad_usage(cli: RunCli, office_file: tuple[Path, str, str]) -> None:
    db, group, _activity = office_file
    assert cli("--db", str(db), "print", "profil", "--group", group).code == 2
    assert cli("--db", str(db), "print").code == 2


def test_print_runs_without_qt(
    run_cli: RunCli, office_file: tuple[Path, str, str], tmp_path: Path
) -> None:
    db, group, _activity = office_file
    out = tmp_path / "profil.pdf"
    result = run_cli("--db", str(db), "print", "profil", "--group", group, "--out", str(out))
    assert result.code == 0, result.err
    assert out.stat().st_size > 10_000
