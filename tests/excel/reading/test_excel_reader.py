"""Untrusted files: each kind of bad file gets a plain message and nothing is written."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.reading import reader
from wksbm_desktop.excel.reading.reader import WorkbookProblem, open_workbook
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.writing.protect import encrypt_file

Writer = Callable[..., Path]


def _problem(database: Database, path: Path) -> str:
    with pytest.raises(WorkbookProblem) as caught:
        import_workbook(database, path)
    with database.read_session() as session:
        assert counts(session)["members"] == 0
    return caught.value.message


def test_renamed_text_file_is_not_a_workbook(office_db: Database, tmp_path: Path):
    path = tmp_path / "anggota.xlsx"
    path.write_text("NIK;Nama\n3671055708850001;Siti\n", encoding="utf-8")
    message = _problem(office_db, path)
    assert "bukan buku kerja Excel" in message and "anggota.xlsx" in message


def test_zip_that_is_not_a_workbook(office_db: Database, tmp_path: Path):
    path = tmp_path / "dokumen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "bukan buku kerja Excel" in _problem(office_db, path)


def test_empty_file_and_empty_workbook(office_db: Database, tmp_path: Path):
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    assert "kosong" in _problem(office_db, empty)
    blank = tmp_path / "blank.xlsx"
    Workbook().save(blank)
    assert "tidak berisi data" in _problem(office_db, blank)


def test_encrypted_workbook_gets_a_plain_message(office_db: Database, tmp_path: Path):
    plain, locked = tmp_path / "plain.xlsx", tmp_path / "terkunci.xlsx"
    workbook = Workbook()
    workbook.active.append(["NIK", "Nama"])
    workbook.save(plain)
    encrypt_file(plain, locked, "rahasia123")
    message = _problem(office_db, locked)
    assert "dilindungi kata sandi" in message and "tanpa kata sandi" in message


def test_truncated_zip_is_damaged(office_db: Database, tmp_path: Path):
    whole, cut = tmp_path / "utuh.xlsx", tmp_path / "terpotong.xlsx"
    Workbook().save(whole)
    cut.write_bytes(whole.read_bytes()[:300])
    assert "rusak" in _problem(office_db, cut)


def test_decompressed_size_limit_is_checked_before_parsing(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "besar.xlsx"
    workbook = Workbook()
    for number in range(200):
        workbook.active.append([number, "x" * 50])
    workbook.save(path)
    monkeypatch.setattr(reader, "MAX_UNCOMPRESSED", 1_000)
    assert "terlalu besar" in _problem(office_db, path)


def test_row_limit_is_enforced(
    office_db: Database, write_book: Writer, monkeypatch: pytest.MonkeyPatch
):
    rows = [["NIK", "Nama"]] + [[f"36710517088500{n:02d}", "Warga"] for n in range(1, 80)]
    path = write_book("banyak.xlsx", {"Data": rows})
    monkeypatch.setattr(reader, "MAX_ROWS", 10)
    assert "paling banyak 10 baris" in _problem(office_db, path)


def test_misnamed_extension_still_opens(tmp_path: Path):
    path = tmp_path / "laporan.dat"
    Workbook().save(tmp_path / "x.xlsx")
    path.write_bytes((tmp_path / "x.xlsx").read_bytes())
    with open_workbook(path) as workbook:
        assert workbook.sheetnames == ["Sheet"]


def test_read_report_refuses_an_ordinary_workbook(write_book: Writer):
    path = write_book("biasa.xlsx", {"Data": [["NIK", "Nama"]]})
    with pytest.raises(WorkbookProblem) as caught:
        read_report(path)
    assert "bukan laporan WKSBM" in caught.value.message


@pytest.mark.parametrize("fast", [False, True], ids=["openpyxl", "calamine"])
def test_a_sheet_declaring_a_smaller_size_is_read_whole(tmp_path: Path, fast: bool):
    """Some programs write a stale <dimension>: every row and column is still read."""
    book = Workbook()
    for number in range(10):
        book.active.append([f"r{number}", number, "x"])
    written = tmp_path / "written.xlsx"
    book.save(written)
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(stale, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:C10" />' in data
                data = data.replace(b'<dimension ref="A1:C10" />', b'<dimension ref="A1:A3" />')
            target.writestr(item, data)
    with open_workbook(stale, fast=fast) as workbook:
        rows = list(reader.iter_values(workbook.worksheets[0], "Sheet"))
    assert len(rows) == 10
    assert rows[-1] == (10, ("r9", 9, "x"))
