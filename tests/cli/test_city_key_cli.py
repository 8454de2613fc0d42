"""``wksbm city-key export/import`` and what ``wksbm export`` says about sealed NIKs."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import RunCli
from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import open_database

KELURAHAN = "36.71.05.1008"
NIK = "3671051705800001"


@pytest.fixture
def city_db(tmp_path: Path, cli: RunCli) -> Path:
    path = tmp_path / "kota.db"
    made = cli("--db", str(path), "init", "--city")
    assert made.code == 0, made.err
    return path


@pytest.fixture
def kelurahan_db(tmp_path: Path, cli: RunCli) -> Path:
    path = tmp_path / "kelurahan.db"
    assert cli("--db", str(path), "init", "--kelurahan", KELURAHAN).code == 0
    database = open_database(path, operator="Penguji")
    with database.session() as session:
        create_member(session, MemberInput(nik=NIK, full_name="Budi", sex="L", kk=NIK[:-1] + "2"))
    database.dispose()
    return path


def test_city_exports_the_key_file_and_a_kelurahan_installs_it(
    cli: RunCli, city_db: Path, kelurahan_db: Path, tmp_path: Path
) -> None:
    exported = cli("--db", str(city_db), "city-key", "export", "--out", str(tmp_path / "kunci"))
    assert exported.code == 0, exported.err
    made_again = cli("--db", str(city_db), "init", "--city")  # init made the key: same one
    key_file = tmp_path / "kunci.wksbmkey"  # the suffix is added to a bare name
    data = json.loads(key_file.read_text(encoding="utf-8"))
    assert data["format"] == "wksbm-kunci-kota" and data["key_id"] in exported.out
    assert f"kode {data['key_id']}" in made_again.out
    assert "private" not in key_file.read_text(encoding="utf-8")
    installed = cli("--db", str(kelurahan_db), "city-key", "import", str(key_file))
    assert installed.code == 0, installed.err
    assert f"Kode kunci: {data['key_id']}" in installed.out
    again = cli("--db", str(kelurahan_db), "city-key", "import", str(key_file))
    assert again.code == 0 and "sudah terpasang" in again.out


def test_city_key_export_on_a_kelurahan_database_is_refused(
    cli: RunCli, kelurahan_db: Path, tmp_path: Path
) -> None:
    outcome = cli("--db", str(kelurahan_db), "city-key", "export", "--out", str(tmp_path / "k"))
    assert outcome.code == 1
    assert "milik kelurahan" in outcome.err and "Traceback" not in outcome.err
    assert not (tmp_path / "k.wksbmkey").exists()


def test_city_key_import_on_a_city_database_or_of_a_bad_file_is_refused(
    cli: RunCli, city_db: Path, kelurahan_db: Path, tmp_path: Path
) -> None:
    key_file = tmp_path / "kunci.wksbmkey"
    assert cli("--db", str(city_db), "city-key", "export", "--out", str(key_file)).code == 0
    on_city = cli("--db", str(city_db), "city-key", "import", str(key_file))
    assert on_city.code == 1 and "milik Dinas Sosial" in on_city.err
    bad = tmp_path / "rusak.wksbmkey"
    bad.write_text('{"format": "wksbm-kunci-kota", "version": 1, "public_key": "AAAA"}')
    refused = cli("--db", str(kelurahan_db), "city-key", "import", str(bad))
    assert refused.code == 1 and "rusak" in refused.err
    missing = cli("--db", str(kelurahan_db), "city-key", "import", str(tmp_path / "tidak-ada"))
    assert missing.code == 1 and "tidak bisa dibaca" in missing.err
    assert cli("--db", str(kelurahan_db), "city-key").code == 2  # export or import is required


def test_default_export_says_whether_nik_is_sealed(
    cli: RunCli, city_db: Path, kelurahan_db: Path, tmp_path: Path
) -> None:
    before = cli("--db", str(kelurahan_db), "export", "--out", str(tmp_path / "a.xlsx"))
    assert before.code == 0
    assert "Kunci Dinas Sosial belum dipasang" in before.out
    assert "NIK ganda" in before.out
    key_file = tmp_path / "kunci.wksbmkey"
    assert cli("--db", str(city_db), "city-key", "export", "--out", str(key_file)).code == 0
    key_id = json.loads(key_file.read_text(encoding="utf-8"))["key_id"]
    assert cli("--db", str(kelurahan_db), "city-key", "import", str(key_file)).code == 0
    after = cli("--db", str(kelurahan_db), "export", "--out", str(tmp_path / "b.xlsx"))
    assert after.code == 0 and f"disegel untuk Dinas Sosial (kunci {key_id})" in after.out
    assert "_nik" in load_workbook(tmp_path / "b.xlsx", read_only=True).sheetnames
    assert "_nik" not in load_workbook(tmp_path / "a.xlsx", read_only=True).sheetnames
    full = cli("--db", str(kelurahan_db), "export", "--out", str(tmp_path / "c.xlsx"), "--full-nik")
    assert full.code == 0 and "disegel" not in full.out and "belum dipasang" not in full.out


def test_a_key_file_with_a_changed_key_id_is_refused(
    cli: RunCli, kelurahan_db: Path, tmp_path: Path
) -> None:
    pair = nik_seal.generate_key_pair()
    data = json.loads(nik_seal.encode_key_file(pair.public_key, datetime(2026, 1, 1)))
    data["key_id"] = "AAAA-BBBB-CCCC-DDDD-EEEE"
    path = tmp_path / "ubah.wksbmkey"
    path.write_text(json.dumps(data))
    outcome = cli("--db", str(kelurahan_db), "city-key", "import", str(path))
    assert outcome.code == 1 and "tidak cocok" in outcome.err
