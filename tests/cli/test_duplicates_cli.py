"""``wksbm duplicates [--json] [--dismiss UUID UUID]`` and ``wksbm merge`` (issue 18 contract)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.city_data import SAME_NIK, build_city
from tests.cli.conftest import RunCli
from tests.cli.test_users import ADMIN_PASSWORD, as_user
from tests.core.conftest import KELURAHAN, make_nik, member_input
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database

BORN_NIK = make_nik("L", date(1980, 5, 17), 12)
VIEWER_PASSWORD = "sandi-pemantau-3"


def _office(path: Path) -> tuple[str, str]:
    """A kelurahan with Budi Santoso twice (NIK one digit off) and a stranger."""
    database = open_database(path, operator="Penguji")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=KELURAHAN, lurah_name="Lurah Uji"))
        keep = create_member(session, member_input(12, full_name="Budi Santoso")).uuid
        other = create_member(session, member_input(13, full_name="H. Budi Santosa")).uuid
        create_member(session, member_input(900, full_name="Agus Hidayat"))
    database.dispose()
    return keep, other


def _backups(db: Path) -> list[Path]:
    return sorted((db.parent / "cadangan").glob("*gabung*.db"))


def test_json_lists_pairs_best_first_with_the_contract_keys(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    outcome = cli("--db", str(db), "duplicates", "--json")
    assert outcome.code == 0, outcome.err
    [pair] = json.loads(outcome.out)
    assert {"a", "b", "score", "reasons"} <= set(pair)
    assert {"uuid", "nik", "name"} <= set(pair["a"]) and {"uuid", "nik", "name"} <= set(pair["b"])
    assert (pair["a"]["uuid"], pair["b"]["uuid"]) == (keep, other)
    assert pair["a"]["nik"] == BORN_NIK  # full NIKs for the operator
    assert 0 <= pair["score"] <= 1
    assert "NIK hanya berbeda satu angka (angka ke-16)." in pair["reasons"]
    assert all(isinstance(reason, str) for reason in pair["reasons"])


def test_the_table_is_readable(cli: RunCli, db: Path) -> None:
    keep, _other = _office(db)
    outcome = cli("--db", str(db), "duplicates")
    assert outcome.code == 0
    assert "A: Budi Santoso · NIK 3671051705800012 · 17-05-1980" in outcome.out
    assert keep in outcome.out and "- NIK hanya berbeda satu angka" in outcome.out
    assert outcome.out.rstrip().endswith("1 pasangan kemungkinan data ganda.")


def test_dismiss_hides_the_pair(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    dismissed = cli("--db", str(db), "duplicates", "--dismiss", other, keep, "--note", "beda")
    assert dismissed.code == 0 and "bukan orang yang sama" in dismissed.out
    assert json.loads(cli("--db", str(db), "duplicates", "--json").out) == []
    assert cli("--db", str(db), "duplicates").out.strip() == (
        "Tidak ada pasangan data yang kemungkinan ganda."
    )
    same = cli("--db", str(db), "duplicates", "--dismiss", keep, keep)
    assert same.code == 1 and "data yang sama" in same.err


def test_merge_after_a_backup_then_undo(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    merged = cli("--db", str(db), "merge", "--keep", keep, "--other", other, "--take", "nik")
    assert merged.code == 0, merged.err
    assert "Cadangan terverifikasi dibuat" in merged.out and "Digabungkan (nomor 1)" in merged.out
    assert len(_backups(db)) == 1
    assert json.loads(cli("--db", str(db), "duplicates", "--json").out) == []
    database = open_database(db)
    with database.read_session() as session:
        survivor = session.scalars(select(Member).where(Member.uuid == keep)).one()
        assert survivor.nik == make_nik("L", date(1980, 5, 17), 13)
    database.dispose()
    undone = cli("--db", str(db), "merge", "--undo", "1")
    assert undone.code == 0 and "dibatalkan" in undone.out
    assert len(json.loads(cli("--db", str(db), "duplicates", "--json").out)) == 1


def test_an_impossible_merge_exits_1_without_a_backup(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    same = cli("--db", str(db), "merge", "--keep", keep, "--other", keep)
    assert same.code == 1 and "Pilih dua data anggota yang berbeda" in same.err
    missing = cli("--db", str(db), "merge", "--keep", keep, "--other", "tidak-ada")
    assert missing.code == 1 and "Traceback" not in missing.err
    never = cli("--db", str(db), "merge", "--undo", "7")
    assert never.code == 1 and "nomor 7 tidak ditemukan" in never.err
    assert _backups(db) == []
    assert cli("--db", str(db), "merge", "--keep", keep).code == 2
    assert cli("--db", str(db), "merge", "--undo", "1", "--keep", keep, "--other", other).code == 2


def test_a_pemantau_reads_masked_niks_and_may_not_merge(
    cli: RunCli, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep, other = _office(db)
    database = open_database(db)
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", ADMIN_PASSWORD)
    database.sign_in(accounts.sign_in(database, "lurah", ADMIN_PASSWORD))
    with database.session() as session:
        accounts.add_account(session, "pantau", "Pak Pemantau", "pemantau", VIEWER_PASSWORD)
    database.dispose()
    outcome = as_user(cli, db, "pantau", VIEWER_PASSWORD, "duplicates", "--json")
    assert outcome.code == 0, outcome.err
    [pair] = json.loads(outcome.out)
    assert pair["a"]["nik"] == "3671************"  # as on screen and in exports
    refused = as_user(cli, db, "pantau", VIEWER_PASSWORD, "merge", "--keep", keep, "--other", other)
    assert refused.code == 1 and "tidak boleh menggabungkan" in refused.err
    assert _backups(db) == []
    admin = as_user(cli, db, "lurah", ADMIN_PASSWORD, "duplicates", "--json")
    assert json.loads(admin.out)[0]["a"]["nik"] == BORN_NIK


def test_on_a_city_installation_the_whole_city(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "kota.db"
    database = open_database(path, operator="Petugas Dinas")
    data = build_city(database)
    database.dispose()
    outcome = cli("--db", str(path), "duplicates", "--json")
    assert outcome.code == 0, outcome.err
    pairs = {frozenset((p["a"]["uuid"], p["b"]["uuid"])): p for p in json.loads(outcome.out)}
    ani = pairs[frozenset((data.members["ani1"], data.members["ani2"]))]
    assert ani["a"]["nik"] == SAME_NIK and ani["score"] == 1.0
    refused = cli(
        "--db", str(path), "merge", "--keep", data.members["ani1"], "--other", data.members["ani2"]
    )
    assert refused.code == 1 and "kelurahan yang berbeda" in refused.err


def test_like_checks_one_new_record_as_the_form_does(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    nik = make_nik("L", date(1980, 5, 17), 14)
    found = cli("--db", str(db), "duplicates", "--like", nik, "Budi Santoso", "--json")
    assert found.code == 0, found.err
    pairs = json.loads(found.out)
    assert pairs[0]["a"]["uuid"] == "" and pairs[0]["a"]["name"] == "Budi Santoso"
    assert {pair["b"]["uuid"] for pair in pairs} == {keep, other}
    text = cli("--db", str(db), "duplicates", "--like", nik, "Budi Santoso", "--born", "1980-05-17")
    assert "NIK beda satu angka" in text.out and "A: Budi Santoso · NIK" in text.out
    bad = cli("--db", str(db), "duplicates", "--like", nik, "Budi", "--born", "17-05-1980")
    assert bad.code == 1 and "Tulis seperti 1980-05-17" in bad.err


def test_lists_of_dismissed_pairs_and_of_merges(cli: RunCli, db: Path) -> None:
    keep, other = _office(db)
    assert (
        cli("--db", str(db), "duplicates", "--dismiss", keep, other, "--note", "kembar").code == 0
    )
    listed = cli("--db", str(db), "duplicates", "--dismissed")
    # The pair is stored in uuid order (random here), so either name may come first.
    assert any(
        names in listed.out
        for names in ("Budi Santoso / H. Budi Santosa", "H. Budi Santosa / Budi Santoso")
    )
    assert "catatan: kembar" in listed.out
    merged = cli("--db", str(db), "merge", "--keep", keep, "--other", other, "--take", "full_name")
    assert "Diambil dari data yang digabungkan: Nama lengkap." in merged.out
    assert cli("--db", str(db), "merge", "--undo", "1").code == 0
    merges = cli("--db", str(db), "merge", "--list")
    assert merges.code == 0
    assert "Nomor 1: H. Budi Santosa → Budi Santoso" in merges.out and "dibatalkan" in merges.out
    assert merges.out.rstrip().endswith("1 penggabungan.")
    assert cli("--db", str(db), "merge", "--list", "--undo", "1").code == 2
