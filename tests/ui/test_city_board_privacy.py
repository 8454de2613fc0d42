"""The city board offers the export's personal-data choices and audits each city workbook."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from sqlalchemy import select

from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.ui.excel.city_board import CityBoard

PASSWORD = "sandi-dinsos-1"
CLEAR_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


@pytest.fixture
def answers(monkeypatch, tmp_path: Path) -> dict[str, list]:
    out = tmp_path / "keluaran"
    out.mkdir()
    return answer_file_dialogs(monkeypatch, out, confirm=True)


@pytest.fixture
def full_reports(main_window, tmp_path: Path) -> list[Path]:
    """Two kelurahan reports exported with full NIKs, as Dinas Sosial asks for NIK ganda."""
    folder = tmp_path / "laporan"
    folder.mkdir()
    full = ExportOptions(full_nik=True)
    first = export_report(main_window.database, folder / "poris-plawad.xlsx", full).path
    other = open_database(tmp_path / "lain.db")
    try:
        with other.session() as session:
            save_office(session, OfficeInput("36.71.01.1001", lurah_name="Ahmad"))
            demo.generate(session, members=20, seed=3)
        second = export_report(other, folder / "lain.xlsx", full).path
    finally:
        other.dispose()
    return [first, second]


def _board_with(qtbot, main_window, reports: list[Path]) -> CityBoard:
    main_window.findChild(QAction, "cityBoard").trigger()
    board = main_window.findChild(CityBoard, "cityBoard")
    board.add_paths(reports)
    qtbot.waitUntil(lambda: board.scan is not None and not board.busy, timeout=20_000)
    return board


def _city_audits(main_window) -> list[dict]:
    with main_window.database.read_session() as session:
        query = select(AuditEntry).where(AuditEntry.entity == "consolidation")
        return [{"operator": e.operator, **json.loads(e.changes)} for e in session.scalars(query)]


def _texts(workbook_file) -> list[str]:
    workbook = load_workbook(workbook_file, read_only=True)
    try:
        return [str(v) for s in workbook.worksheets for r in s.iter_rows(values_only=True)
                for v in r if v is not None]  # fmt: skip
    finally:
        workbook.close()


def test_default_city_workbook_is_masked_and_audited(
    qtbot, main_window, answers, full_reports
) -> None:
    board = _board_with(qtbot, main_window, full_reports)
    assert not board.privacy.full_nik_check.isChecked()
    assert not board.privacy.password_check.isChecked()
    board.build_button.click()
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=30_000)
    city = Path(answers["opened"][0])
    assert not [t for t in _texts(city) if CLEAR_NIK.search(t)]
    assert "disamarkan" in answers["questions"][-1]
    [entry] = _city_audits(main_window)
    assert entry["nik_full"][1] is False and entry["file"][1] == str(city)
    assert all(any(str(p) in r for r in entry["reports"][1]) for p in full_reports)


def test_full_nik_city_workbook_asks_for_a_password(
    qtbot, main_window, answers, full_reports
) -> None:
    board = _board_with(qtbot, main_window, full_reports)
    board.privacy.full_nik_check.setChecked(True)
    assert board.privacy.password_check.isChecked()  # switched on with full NIK
    board.build_button.click()
    assert board.privacy.error_label.isVisibleTo(board) and answers["save"] == []
    board.privacy.password_edit.setText(PASSWORD)
    board.privacy.confirm_edit.setText(PASSWORD)
    board.build_button.click()
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=30_000)
    city = Path(answers["opened"][0])
    with city.open("rb") as source:
        office = msoffcrypto.OfficeFile(source)
        office.load_key(password=PASSWORD)
        plain = io.BytesIO()
        office.decrypt(plain)
    assert any(CLEAR_NIK.search(t) for t in _texts(plain))
    [entry] = _city_audits(main_window)
    assert entry["nik_full"][1] is True and entry["encrypted"][1] is True


def test_full_nik_without_password_needs_a_yes(
    qtbot, main_window, monkeypatch, tmp_path, full_reports
) -> None:
    out = tmp_path / "keluaran"
    out.mkdir()
    answers = answer_file_dialogs(monkeypatch, out, confirm=False)
    board = _board_with(qtbot, main_window, full_reports)
    board.privacy.full_nik_check.setChecked(True)
    board.privacy.password_check.setChecked(False)
    board.build_button.click()
    assert "TANPA kata sandi" in answers["questions"][0]
    assert answers["save"] == [] and _city_audits(main_window) == []
