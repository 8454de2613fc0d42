"""The default report seals NIK and No. KK for Dinas Sosial alone, in a very hidden ``_nik``."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.city_key import city_key_file, city_private_key, install_city_key
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.reading.container import Container
from wksbm_desktop.excel.reading.reader import check_container
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.reading.report_sources import report_sheets
from wksbm_desktop.excel.reading.sealed_nik import (
    MAX_PLAIN_BYTES,
    MAX_SEALED_ROWS,
    read_sealed_niks,
)
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.meta import read_meta
from wksbm_desktop.excel.report.sealed_nik import SEALED_SHEET, sealed_context


@pytest.fixture
def city_private(new_target: Callable[..., str]) -> Iterator[tuple[bytes, dict[str, object]]]:
    """The city installation's private key and the key file it hands out."""
    database = open_database(new_target("kota.db", at_head=True), operator="Dinsos")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
        data = city_key_file(session)
    with database.read_session() as session:
        private = city_private_key(session)
    database.dispose()
    assert private is not None
    yield private, data


def _install(database: Database, data: dict[str, object]) -> None:
    with database.session() as session:
        install_city_key(session, data)


def _ids(database: Database) -> dict[str, tuple[str, str]]:
    with database.read_session() as session:
        rows = session.execute(select(Member.uuid, Member.nik, Member.kk))
        return {uuid: (nik or "", kk or "") for uuid, nik, kk in rows}


def _meta(path: Path) -> dict[str, str]:
    book = load_workbook(path, read_only=True)
    try:
        return read_meta(book["_meta"].iter_rows(values_only=True))
    finally:
        book.close()


def _every_text(path: Path) -> str:
    book = load_workbook(path)  # not read-only: every sheet, hidden or not, every cell
    texts = [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    return "\n".join(texts)


def test_default_export_seals_every_member_for_the_city(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    private, data = city_private
    _install(demo_db, data)
    result = export_report(demo_db, tmp_path / "laporan.xlsx")
    assert result.masked and result.nik_key_id == data["key_id"]
    meta = _meta(result.path)
    assert meta["nik_sealed"] == "ya" and meta["nik_key_id"] == data["key_id"]
    book = load_workbook(result.path)
    assert book[SEALED_SHEET].sheet_state == "veryHidden"
    assert book[SEALED_SHEET]["A1"].value == "nik_tersegel"
    book.close()
    sealed = read_sealed_niks(result.path, meta, private)
    expected = _ids(demo_db)
    assert sealed == expected and len(sealed) == result.rows["members"] > 0


def test_an_attacker_with_the_file_reads_no_nik_or_kk(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    """The flashdisk finder: every sheet, including ``_nik``, every cell, as openpyxl sees it."""
    _install(demo_db, city_private[1])
    path = export_report(demo_db, tmp_path / "laporan.xlsx").path
    text = _every_text(path)
    for nik, kk in _ids(demo_db).values():
        assert nik not in text
        assert not kk or kk not in text
    assert re.search(r"(?<!\d)\d{16}(?!\d)", text) is None  # (the Lurah's NIP has 18)
    assert "3671************" in text  # masked as before


def test_another_city_key_or_a_changed_file_opens_nothing(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    private, data = city_private
    _install(demo_db, data)
    path = export_report(demo_db, tmp_path / "laporan.xlsx").path
    meta = _meta(path)
    with pytest.raises(WksbmError) as caught:
        read_sealed_niks(path, meta, nik_seal.generate_key_pair().private_key)
    assert caught.value.key == "city_key.unseal.other_key"
    moved = {**meta, "generated_at": "2020-01-01T00:00:00"}  # as if copied into another report
    with pytest.raises(WksbmError) as caught:
        read_sealed_niks(path, moved, private)
    assert caught.value.key == "city_key.unseal.tampered"


def test_a_flipped_character_in_the_sheet_is_refused(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    private, data = city_private
    _install(demo_db, data)
    path = export_report(demo_db, tmp_path / "laporan.xlsx").path
    meta = _meta(path)
    book = load_workbook(path)
    cell = book[SEALED_SHEET]["A2"]
    text = str(cell.value)
    cell.value = text[:200] + ("B" if text[200] != "B" else "C") + text[201:]
    book.save(path)
    with pytest.raises(WksbmError) as caught:
        read_sealed_niks(path, meta, private)
    assert caught.value.key == "city_key.unseal.tampered"


def test_without_a_key_the_export_is_masked_only(office_db: Database, tmp_path: Path) -> None:
    result = export_report(office_db, tmp_path / "laporan.xlsx")
    assert result.masked and result.nik_key_id == ""
    meta = _meta(result.path)
    assert meta["nik_sealed"] == "tidak" and meta["nik_key_id"] == ""
    assert SEALED_SHEET not in load_workbook(result.path, read_only=True).sheetnames
    assert read_sealed_niks(result.path, meta, nik_seal.generate_key_pair().private_key) == {}


def test_full_nik_never_carries_the_sealed_sheet(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    _install(demo_db, city_private[1])
    result = export_report(demo_db, tmp_path / "lengkap.xlsx", ExportOptions(full_nik=True))
    assert not result.masked and result.nik_key_id == ""
    assert _meta(result.path)["nik_sealed"] == "tidak"
    assert SEALED_SHEET not in load_workbook(result.path, read_only=True).sheetnames


def test_readers_ignore_the_sealed_sheet(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    plain = export_report(demo_db, tmp_path / "tanpa-segel.xlsx").path
    _install(demo_db, city_private[1])
    path = export_report(demo_db, tmp_path / "laporan.xlsx").path
    container: Container = check_container(path)
    assert SEALED_SHEET in container.sheet_names
    assert SEALED_SHEET not in report_sheets(container)
    report = read_report(path)
    assert len(report.sheets["members"]) == len(_ids(demo_db)) and not report.problems
    city = consolidate([path], tmp_path / "kota.xlsx")
    assert city.rejected == [] and city.reported == 1
    assert city.totals == consolidate([plain], tmp_path / "kota-2.xlsx").totals


def test_a_sealed_sheet_whose_meta_says_sealed_but_is_gone(
    office_db: Database, tmp_path: Path
) -> None:
    path = export_report(office_db, tmp_path / "laporan.xlsx").path
    meta = {**_meta(path), "nik_sealed": "ya"}
    with pytest.raises(WksbmError) as caught:
        read_sealed_niks(path, meta, nik_seal.generate_key_pair().private_key)
    assert caught.value.key == "city_key.sealed.missing"


def test_an_oversize_sealed_sheet_is_refused_before_it_is_read(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "_meta"
    sheet = book.create_sheet(SEALED_SHEET)
    sheet.append(["nik_tersegel"])
    for _ in range(MAX_SEALED_ROWS + 5):
        sheet.append(["QUFBQUFB"])
    path = tmp_path / "besar.xlsx"
    book.save(path)
    meta = {"nik_sealed": "ya", "kelurahan_code": "36.71.05.1008", "generated_at": "x"}
    with pytest.raises(WksbmError, match="terlalu besar") as caught:
        read_sealed_niks(path, meta, nik_seal.generate_key_pair().private_key)
    assert caught.value.key == "city_key.sealed.too_big"


def test_a_password_report_carries_the_seal_inside_the_encryption(
    demo_db: Database, city_private: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    """Masked with a password: the receiver decrypts first, then opens the seal as usual."""
    private, data = city_private
    _install(demo_db, data)
    options = ExportOptions(password="rahasia-123")
    result = export_report(demo_db, tmp_path / "terkunci.xlsx", options)
    assert result.encrypted and result.nik_key_id == data["key_id"]
    plain = tmp_path / "terbuka.xlsx"
    with result.path.open("rb") as source, plain.open("wb") as target:
        office = msoffcrypto.OfficeFile(source)
        office.load_key(password="rahasia-123")
        office.decrypt(target)
    assert read_sealed_niks(plain, _meta(plain), private) == _ids(demo_db)


def _hand_sealed(tmp_path: Path, public_key: bytes, packed: bytes) -> tuple[Path, dict[str, str]]:
    """A workbook anyone could make: the city's key is public, so its seal opens fine."""
    meta = {"nik_sealed": "ya", "kelurahan_code": "36.71.05.1008", "generated_at": "2026-12-01"}
    sealed = nik_seal.seal(public_key, packed, sealed_context(meta))
    book = Workbook()
    book.active.title = "_meta"
    sheet = book.create_sheet(SEALED_SHEET)
    sheet.append(["nik_tersegel"])
    for start in range(0, len(sealed), 32_000):
        sheet.append([sealed[start : start + 32_000]])
    path = tmp_path / "buatan.xlsx"
    book.save(path)
    return path, meta


@pytest.mark.parametrize(
    "packed",
    [
        pytest.param(zlib.compress(b" " * (MAX_PLAIN_BYTES + 1), 9), id="sealed-zlib-bomb"),
        pytest.param(zlib.compress(b'{"a": ["1", "2", "3"]}'), id="three-values"),
        pytest.param(zlib.compress(b'{"a": ["' + b"9" * 100 + b'", ""]}'), id="nik-of-100-digits"),
        pytest.param(zlib.compress(b"[1, 2]"), id="list-not-map"),
        pytest.param(b"bukan zlib", id="not-zlib"),
    ],
)
def test_a_well_sealed_but_hostile_content_is_refused(tmp_path: Path, packed: bytes) -> None:
    pair = nik_seal.generate_key_pair()
    path, meta = _hand_sealed(tmp_path, pair.public_key, packed)
    with pytest.raises(WksbmError) as caught:
        read_sealed_niks(path, meta, pair.private_key)
    assert caught.value.key == "city_key.sealed.bad_content"
