"""Berkas → Ekspor laporan on the real main window: period, masking, audit, password, folder."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from sqlalchemy import select

from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.ui.excel.export_dialog import ExportDialog
from wksbm_desktop.ui.excel.periods import report_file_name

PASSWORD = "rahasia-123"


@pytest.fixture
def asked(monkeypatch, tmp_path: Path) -> dict[str, list]:
    """Save dialogs answer a file in tmp_path; questions are recorded and answered yes."""
    return answer_file_dialogs(monkeypatch, tmp_path, confirm=True)


def open_dialog(main_window) -> ExportDialog:
    main_window.findChild(QAction, "exportReport").trigger()
    dialog = main_window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def export(qtbot, dialog: ExportDialog, asked: dict[str, list]) -> Path:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(asked["opened"]), timeout=20_000)
    [start] = asked["save"]
    return Path(asked["opened"][0]) / Path(start).name


def nik_cells(path: Path) -> list[str]:
    workbook = load_workbook(path, read_only=True)
    rows = workbook["Warga"].iter_rows(values_only=True)
    column = next(rows).index("NIK")
    niks = [row[column] for row in rows if row[column]]
    workbook.close()
    return niks


def full_nik_audits(main_window) -> list[dict]:
    """The changes recorded for each full-NIK export."""
    with main_window.database.read_session() as session:
        query = select(AuditEntry.changes).where(AuditEntry.action == "export_full_nik")
        return [json.loads(changes) for changes in session.scalars(query)]


def test_default_export_is_masked_and_offers_the_folder(qtbot, main_window, asked, tmp_path):
    dialog = open_dialog(main_window)
    assert dialog.preset() == "last_month" and not dialog.full_nik_check.isChecked()
    dialog.choose_preset("all")  # the demo data is from 2025
    path = export(qtbot, dialog, asked)
    assert Path(asked["save"][0]).name.startswith("Laporan-WKSBM-PorisPlawad-")
    assert path.parent == tmp_path and path.is_file()
    niks = nik_cells(path)
    assert len(niks) > 100 and all("********" in nik for nik in niks)
    assert "disamarkan" in asked["questions"][-1]
    assert full_nik_audits(main_window) == []


def test_full_nik_export_is_audited(qtbot, main_window, asked):
    dialog = open_dialog(main_window)
    dialog.full_nik_check.setChecked(True)
    assert dialog.nik_warning.isVisible() and "riwayat" in dialog.nik_warning.text()
    assert "color" in dialog.nik_warning.styleSheet()  # red once it applies
    assert dialog.password_check.isChecked()  # switched on with the full NIK
    dialog.password_check.setChecked(False)
    path = export(qtbot, dialog, asked)
    assert "TANPA kata sandi" in asked["questions"][0]  # the operator was warned first
    niks = nik_cells(path)
    assert all(len(nik) == 16 and nik.isdigit() for nik in niks)
    [changes] = full_nik_audits(main_window)
    assert changes["file"][1] == str(path)


def test_password_export_cannot_be_opened_without_it(qtbot, main_window, asked, tmp_path):
    dialog = open_dialog(main_window)
    dialog.full_nik_check.setChecked(True)
    dialog.password_edit.setText(PASSWORD)
    dialog.confirm_edit.setText(PASSWORD)
    path = export(qtbot, dialog, asked)
    with pytest.raises(Exception):  # noqa: B017 - openpyxl sees an OLE file, not a zip
        load_workbook(path)
    plain = io.BytesIO()
    with path.open("rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password=PASSWORD)
        office.decrypt(plain)
    plain_path = tmp_path / "terbuka.xlsx"
    plain_path.write_bytes(plain.getvalue())
    assert all(nik.isdigit() for nik in nik_cells(plain_path))
    assert "kata sandi" in asked["questions"][-1]


def test_wrong_choices_keep_the_dialog_open_with_a_reason(qtbot, main_window, asked):
    dialog = open_dialog(main_window)
    dialog.password_check.setChecked(True)
    dialog.password_edit.setText(PASSWORD)
    dialog.confirm_edit.setText(PASSWORD + "x")
    dialog.export_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "tidak sama" in dialog.error_label.text()
    dialog.confirm_edit.setText("pendek")
    dialog.password_edit.setText("pendek")
    dialog.range_radio.setChecked(True)
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    dialog.export_button.click()
    assert "sesudah tanggal akhir" in dialog.error_label.text()
    assert asked["save"] == []


def test_quick_periods_fill_the_dates_and_the_file_name(qtbot):
    dialog = ExportDialog("Poris Plawad", today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.choose_quick("month")
    assert dialog.period_radios["month"].isChecked() and not dialog.from_edit.isEnabled()
    assert dialog.period() == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert dialog.suggested_name() == "Laporan-WKSBM-PorisPlawad-2026-11.xlsx"
    dialog.choose_quick("quarter")
    assert dialog.period() == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert dialog.suggested_name().endswith("-2026-TW4.xlsx")
    dialog.choose_quick("last_year")
    assert dialog.suggested_name().endswith("-2025.xlsx")
    dialog.all_radio.setChecked(True)
    assert dialog.options().period.is_all and not dialog.options().full_nik
    period = Period(date(2026, 1, 5), date(2026, 3, 9))
    name = report_file_name("Karang Tengah", period, date.today())
    assert name == "Laporan-WKSBM-KarangTengah-2026-01-05_2026-03-09.xlsx"
