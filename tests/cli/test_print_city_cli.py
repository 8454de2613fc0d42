"""``wksbm print rekap-kota``: Rekap Kota of report files, or of a city workbook, as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.cli.conftest import RunCli
from tests.documents.conftest import build_office, embedded_fonts, pdf_text
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period


def report_of_an_office(folder: Path) -> tuple[Path, Path]:
    db = folder / "kantor.db"
    database = open_database(db, operator="Penguji")
    build_office(database)
    options = ExportOptions(period=Period(date(2025, 11, 1), date(2025, 11, 30)))
    report = export_report(database, folder / "PorisPlawad.xlsx", options).path
    database.dispose()
    return db, report


def test_city_rekap_from_a_report_file(cli: RunCli, tmp_path: Path) -> None:
    db, report = report_of_an_office(tmp_path)
    out = tmp_path / "kota.pdf"
    result = cli("--db", str(db), "print", "rekap-kota", str(report), "--out", str(out))
    assert result.code == 0, result.err
    data = out.read_bytes()
    text = " ".join(pdf_text(data).split())
    assert "REKAP KOTA WAHANA KESEJAHTERAAN SOSIAL" in text
    assert "36.71.05.1008 Poris Plawad" in text
    assert "Belum lapor" in text  # the 103 kelurahan that sent nothing are listed
    assert "1/104 lapor" in text
    assert "KEPALA DINAS SOSIAL KOTA TANGERANG" in text
    assert "Halaman 1 dari" in text
    assert all(embedded_fonts(data).values())


def test_city_workbook_prints_the_same_rekap(cli: RunCli, tmp_path: Path) -> None:
    _db, report = report_of_an_office(tmp_path)
    city = consolidate([report], tmp_path / "kota.xlsx", today=date(2026, 12, 2)).path
    from_reports, from_city = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert cli("print", "rekap-kota", str(report), "--out", str(from_reports)).code == 0
    assert cli("print", "rekap-kota", str(city), "--out", str(from_city)).code == 0
    rows_a = [line for line in pdf_text(from_reports.read_bytes()).splitlines() if "lapor" in line]
    rows_b = [line for line in pdf_text(from_city.read_bytes()).splitlines() if "lapor" in line]
    assert rows_a == rows_b and len(rows_a) > 100


def test_no_usable_file_is_a_plain_error(cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("bukan buku kerja")
    result = cli("print", "rekap-kota", str(bad), "--out", str(tmp_path / "kota.pdf"))
    assert result.code == 1 and result.err.strip()
    assert not (tmp_path / "kota.pdf").exists()
