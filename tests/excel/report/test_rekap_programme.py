"""The report's "Rekap Program" sheet carries the programme's progress (issue 19, point 6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.core.services.test_aid import aid_input, lpj, money
from tests.excel.conftest import TODAY
from wksbm_desktop.core.domain.inputs import GroupInput
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
from wksbm_desktop.core.services import aid_reports, disbursements, indicators, visits
from wksbm_desktop.core.services.aid import create_aid
from wksbm_desktop.core.services.groups import add_assessment, create_group
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report import rekap_programme
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period


def _programme(database: Database) -> None:
    with database.session() as session:
        helped = create_group(session, GroupInput("KUBE Mawar", "KUBE", "Ekonomi Produktif"))
        create_group(session, GroupInput("Bank Sampah Asri", "Bank Sampah", "Pengelolaan Sampah"))
        add_assessment(session, helped.uuid, date(2025, 5, 1), "tumbuh")
        add_assessment(session, helped.uuid, date(2026, 4, 1), "maju")
        approved = create_aid(session, aid_input(helped))
        disbursements.add_disbursement(session, money(approved, 15_000_000))
        aid_reports.add_report(session, lpj(approved, due_on=date(2026, 3, 31)))
        for start, turnover in ((date(2025, 1, 1), 2_000_000), (date(2026, 1, 1), 2_500_000)):
            indicators.record_indicators(
                session, IndicatorInput(helped.uuid, "triwulan", start, turnover=turnover)
            )
        visits.record_visit(session, VisitInput(helped.uuid, date(2026, 5, 2), "Bu Rina", "Rapi"))


def _rows(sheet: Any) -> list[list[Any]]:
    return [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]


def test_the_report_has_a_rekap_program_sheet(office_db: Database, tmp_path: Path) -> None:
    _programme(office_db)
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == ["Rekap", "Rekap Program"]
    sheet = workbook[rekap_programme.PROGRAMME_SHEET]
    rows = _rows(sheet)
    assert ["REKAPITULASI PROGRAM: NAIK KELAS, BANTUAN DAN PEMANTAUAN KELOMPOK"] in rows
    # Attention: the overdue LPJ, the unvisited and unrecorded groups, beside the levels.
    assert rows.count(["LPJ bantuan terlambat", 1, "Tumbuh", 1, 0]) == 1
    assert ["Kelompok belum dikunjungi pendamping 6 bulan terakhir", 1, "Berkembang", 0, 0] in rows
    assert ["Kelompok belum mengisi indikator 6 bulan terakhir", 1, "Maju", 0, 1] in rows
    # Moves of this year beside the growth of groups with and without aid.
    assert ["Naik tingkat", 1, "Kelompok yang bisa dibandingkan", 1, 0] in rows
    assert ["Tetap", 0, "Omzet naik", "1 dari 1", "–"] in rows
    assert ["Turun tingkat", 0, "Perubahan omzet (median)", "+25,0 %", "–"] in rows
    # Aid by source against what is accounted for, row by row.
    assert ["Kemensos/APBN", 20_000_000, 15_000_000, "Kemensos/APBN", 0, 1] in rows
    # The lists by name, and the Lurah's signature at the end.
    assert ["Bank Sampah Asri", "belum pernah", "Bank Sampah Asri", "belum pernah"] in rows
    assert any("Tangerang, 30 Juni 2026" in str(cell) for row in rows for cell in row)
    assert sheet.page_setup.orientation == "portrait" and sheet.page_setup.paperSize == 9


def test_a_closed_period_counts_up_to_its_last_day(office_db: Database, tmp_path: Path) -> None:
    _programme(office_db)
    period = Period(date(2026, 1, 1), date(2026, 3, 31))
    options = ExportOptions(period=period, today=TODAY)
    sheet = load_workbook(export_report(office_db, tmp_path / "r.xlsx", options).path)[
        rekap_programme.PROGRAMME_SHEET
    ]
    rows = _rows(sheet)
    # On 31 March the LPJ was due that very day: not yet overdue; the April assessment is not
    # there, so the group still stands at Tumbuh and has not been reassessed this year.
    assert ["LPJ bantuan terlambat", 0, "Tumbuh", 1, 1] in rows
    assert ["Naik tingkat", 0, "Kelompok yang bisa dibandingkan", 1, 0] in rows
    assert ["Belum dinilai ulang tahun ini", 1, "Perubahan kas (median)", "–", "–"] in rows


def test_an_office_without_programme_records(office_db: Database, tmp_path: Path) -> None:
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    rows = _rows(load_workbook(path)[rekap_programme.PROGRAMME_SHEET])
    # The aid and LPJ tables, and the two lists of groups.
    assert rows.count(["(tidak ada data)", "(tidak ada data)"]) == 2
