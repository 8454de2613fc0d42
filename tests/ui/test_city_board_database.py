"""The city board on a city installation: the reports the city database received, or files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from tests.city_fill import copy_kelurahan, new_city, record_received
from tests.excel.conftest import new_database
from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.ui.excel.city_board import CityBoard

KELURAHAN = ("36.71.05.1008", "36.71.01.1001")


def _received(city: Database, folder: Path, code: str, seed: int) -> None:
    kelurahan = new_database(folder / f"{code}.db", kelurahan=code)
    try:
        with kelurahan.session() as session:
            generate(session, members=15, seed=seed, today=date(2026, 6, 30))
        report = export_report(kelurahan, folder / f"{code}.xlsx", ExportOptions()).path
        copy_kelurahan(kelurahan, city, code, report)
    finally:
        kelurahan.dispose()
    record_received(city, report)


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Database]:
    database = new_city(tmp_path / "kota.db")
    yield database
    database.dispose()


def open_board(qtbot, database: Database) -> CityBoard:
    board = CityBoard(None, None, database)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: not board.busy, timeout=20_000)
    return board


def test_a_city_with_reports_starts_from_its_database(qtbot, city, tmp_path, monkeypatch):
    for seed, code in enumerate(KELURAHAN, start=5):
        _received(city, tmp_path, code, seed)

    board = open_board(qtbot, city)

    assert board.source is not None and board.from_database
    assert board.summary.text().startswith("2 dari 104 kelurahan sudah lapor")
    assert "database kota" in board.summary.text()
    assert "sudah diterima database kota" in board.intro.text()
    assert not board.findChild(QPushButton, "boardAddFiles").isEnabled()
    assert board.build_button.isEnabled()
    poris = next(r for r in board.model.kelurahan_rows() if r.cells[0] == KELURAHAN[0])
    assert poris.cells[8] == f"{KELURAHAN[0]}.xlsx"
    out = tmp_path / "keluaran"
    out.mkdir()
    seen = answer_file_dialogs(monkeypatch, out, confirm=False)
    board.build_button.click()
    qtbot.waitUntil(lambda: bool(seen["questions"]), timeout=30_000)
    written = next(out.glob("Rekap-Kota-*.xlsx"))
    book = load_workbook(written, read_only=True)
    assert book.sheetnames[:3] == ["Rekap Kota", "Status laporan", "NIK ganda"]
    book.close()
    board.grab().save("/tmp/cityout-board-database.png")

    board.source.files_button.click()

    assert not board.from_database
    assert board.findChild(QPushButton, "boardAddFiles").isEnabled()
    assert board.intro.text().startswith("Tambahkan berkas laporan")
    assert board.summary.text().startswith("0 dari 104 kelurahan sudah lapor")
    assert not board.build_button.isEnabled()


def test_an_empty_city_starts_from_files(qtbot, city):
    board = open_board(qtbot, city)

    assert board.source is not None and not board.from_database
    assert board.findChild(QPushButton, "boardAddFiles").isEnabled()


def test_a_kelurahan_board_has_no_database_choice(qtbot, tmp_path):
    office = new_database(tmp_path / "kelurahan.db", kelurahan=KELURAHAN[0])
    try:
        board = open_board(qtbot, office)
        assert board.source is None and not board.from_database
        assert board.findChild(QPushButton, "boardAddFiles").isEnabled()
    finally:
        office.dispose()
