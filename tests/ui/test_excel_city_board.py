"""Konsolidasi kota: the board of 104 kelurahan and the city workbook, plus the template action."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction

from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.excel.report.export import export_report
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.excel.city_board import CityBoard, workbooks_in

OTHER_KELURAHAN = "36.71.01.1001"


@pytest.fixture
def answers(monkeypatch, tmp_path: Path) -> dict[str, list]:
    out = tmp_path / "keluaran"
    out.mkdir()
    seen = answer_file_dialogs(monkeypatch, out, confirm=True)
    seen["files"] = []
    monkeypatch.setattr(common, "get_open_paths", lambda *_a: seen["files"].pop(0))
    return seen


@pytest.fixture
def two_reports(main_window, tmp_path: Path) -> list[Path]:
    """This window's kelurahan and one other, each exported the default (masked) way."""
    folder = tmp_path / "laporan"
    folder.mkdir()
    first = export_report(main_window.database, folder / "poris-plawad.xlsx").path
    other = open_database(tmp_path / "lain.db")
    try:
        with other.session() as session:
            save_office(session, OfficeInput(OTHER_KELURAHAN, lurah_name="Ahmad"))
            demo.generate(session, members=20, seed=3)
        second = export_report(other, folder / "lain.xlsx").path
    finally:
        other.dispose()
    return [first, second]


def open_board(main_window) -> CityBoard:
    main_window.findChild(QAction, "cityBoard").trigger()
    board = main_window.findChild(CityBoard, "cityBoard")
    assert board is not None and board.isVisible()
    return board


def state_by_code(board: CityBoard) -> dict[str, str]:
    return {row.cells[0]: row.cells[2] for row in board.model.kelurahan_rows()}


def test_the_board_shows_who_reported_and_builds_the_city_workbook(
    qtbot, main_window, answers, two_reports
):
    board = open_board(main_window)
    assert len(board.model.kelurahan_rows()) == 104
    assert board.summary.text().startswith("0 dari 104 kelurahan sudah lapor")
    assert not board.build_button.isEnabled()
    answers["files"].append([str(p) for p in two_reports])
    board.findChild(type(board.build_button), "boardAddFiles").click()
    qtbot.waitUntil(lambda: board.scan is not None, timeout=20_000)
    rows = board.model.kelurahan_rows()
    assert len(rows) == 104
    assert board.summary.text().startswith("2 dari 104 kelurahan sudah lapor")
    states = state_by_code(board)
    assert states["36.71.05.1008"] == "Sudah lapor" and states[OTHER_KELURAHAN] == "Sudah lapor"
    assert list(states.values()).count("Belum lapor") == 102
    poris = next(row for row in rows if row.cells[0] == "36.71.05.1008")
    assert poris.cells[8] == "poris-plawad.xlsx" and poris.cells[6] == "300"
    assert "disamarkan" in poris.tooltip  # masked NIK is a remark, not "Bermasalah"
    headings = [row for row in board.model.rows if row.is_heading]
    assert len(headings) == 13 and "Kec. " in headings[0].cells[1]
    assert board.build_button.isEnabled()
    board.build_button.click()
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=30_000)
    city = Path(answers["opened"][0])
    assert city.name.startswith("Rekap-Kota-Tangerang-") and city.is_file()
    workbook = load_workbook(city, read_only=True)
    assert {"Rekap Kota", "NIK ganda", "Status laporan"} <= set(workbook.sheetnames)
    workbook.close()
    assert "2 dari 104" in answers["questions"][0]


def test_a_folder_adds_its_reports_and_lists_the_files_it_cannot_use(
    qtbot, main_window, answers, two_reports, monkeypatch
):
    folder = two_reports[0].parent
    (folder / "~$poris-plawad.xlsx").write_bytes(b"lock")
    (folder / "catatan.xlsx").write_bytes(b"bukan excel")
    assert [p.name for p in workbooks_in(folder)] == [
        "catatan.xlsx",
        "lain.xlsx",
        "poris-plawad.xlsx",
    ]
    monkeypatch.setattr(common, "get_folder", lambda *_a: str(folder))
    board = open_board(main_window)
    board.findChild(type(board.build_button), "boardAddFolder").click()
    qtbot.waitUntil(lambda: board.scan is not None, timeout=20_000)
    assert board.reported_count() == 2
    assert board.rejected_label.isVisibleTo(board) and "catatan.xlsx" in board.rejected_label.text()
    board.findChild(type(board.build_button), "boardClear").click()
    assert board.files == [] and board.summary.text().startswith("0 dari 104")


def test_download_template_writes_the_file(qtbot, main_window, answers):
    main_window.findChild(QAction, "downloadTemplate").trigger()
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=10_000)
    [start] = answers["save"]
    target = Path(answers["opened"][0]) / Path(start).name
    workbook = load_workbook(target)
    assert {"Petunjuk", "Data Anggota", "Kegiatan", "Daftar Hadir"} <= set(workbook.sheetnames)
    sheet = workbook["Data Anggota"]
    assert (sheet["A2"].value, sheet["B1"].value) == ("CONTOH", "NIK")
    groups = next(c for c in workbook["Pilihan"].iter_cols() if c[0].value == "group")
    assert len([c for c in groups[1:] if c.value]) > 10  # the demo office's own groups
    assert "Data Anggota" in answers["questions"][0]


def test_the_excel_actions_sit_in_the_excel_section_of_berkas(main_window):
    names = [action.objectName() for action in main_window.file_menu.actions()]
    expected = ["exportLastMonth", "exportReport", "importExcel", "downloadTemplate"]
    positions = [names.index(name) for name in expected]
    assert "cityBoard" not in names  # Dinas Sosial's own menu (test_main_menus.py)
    assert positions == sorted(positions)
    assert names.index("fileSection_excel") < positions[0]
    assert positions[-1] < names.index("fileSection_backup")


def test_a_report_with_a_real_problem_shows_bermasalah_and_masked_alone_does_not():
    from wksbm_desktop.core.domain.wilayah import kota_tangerang
    from wksbm_desktop.excel.consolidate.scan import Issue, KelurahanStatus, ReportFile
    from wksbm_desktop.ui.excel.city_model import PROBLEM, REPORTED, BoardModel, state_of

    first, second = kota_tangerang().kelurahan_list()[:2]
    masked = ReportFile(
        Path("a.xlsx"), "used", {}, first, None, (Issue("consolidate.issue.masked"),)
    )
    other = ReportFile(
        Path("b.xlsx"), "used", {}, second, None,
        (Issue("consolidate.issue.other_period", {"period": "2026"}),),
    )  # fmt: skip
    board = [KelurahanStatus(first, masked), KelurahanStatus(second, other)]
    assert [state_of(s) for s in board] == [REPORTED, PROBLEM]
    model = BoardModel()
    model.set_board(board)
    [_, bad] = model.kelurahan_rows()
    assert bad.cells[2] == "Bermasalah" and "berbeda" in bad.tooltip
