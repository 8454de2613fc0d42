"""What Dinas Sosial reports onwards: per-kecamatan, bidang, funding and social tables; files."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.excel.conftest import TODAY
from tests.excel.report.test_period_figures import rekap_figure
from tests.excel.report.test_report_labels import jakarta_clock  # noqa: F401  (a fixture)
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return [(*r, *([None] * 20)) for r in load_workbook(path)[sheet].iter_rows(values_only=True)]


def _table(
    rows: list[tuple[Any, ...]], title: str
) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """The heading and the body rows of the table titled ``title`` (up to a blank row)."""
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    heading, body = rows[start + 1], []
    for row in rows[start + 2 :]:
        if all(v is None for v in row[:13]):
            break
        body.append(row)
    return heading, body


def test_kecamatan_tables_carry_the_social_figures_of_the_rekap(demo_db: Database, tmp_path: Path):
    options = ExportOptions(period=PERIOD, today=TODAY)
    report = export_report(demo_db, tmp_path / "laporan.xlsx", options).path
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    data = read_report(report)
    members = [r.values for r in data.sheets["members"]]
    activities = [r.values for r in data.sheets["activities"]]
    expected = {
        "dtsen": sum(1 for m in members if m["dtsen_registered"]),
        "low": sum(
            1 for m in members if m["dtsen_registered"] and 1 <= (m["dtsen_decile"] or 0) <= 4
        ),
        "disabled": sum(1 for m in members if m["disability"]),
        "men": sum(1 for m in members if m["sex"] == "L"),
        "women": sum(1 for m in members if m["sex"] == "P"),
        "beneficiaries": sum(a["beneficiaries_count"] or 0 for a in activities),
        "attendance": len(data.sheets["attendance"]),
    }
    assert expected["dtsen"] and expected["disabled"] and expected["beneficiaries"]
    rekap = load_workbook(report)["Rekap"]
    assert rekap_figure(rekap, t("excel.rekap.sum_dtsen")) == expected["dtsen"]
    assert rekap_figure(rekap, t("excel.rekap.sum_low_decile")) == expected["low"]
    assert rekap_figure(rekap, t("excel.rekap.sum_disabled")) == expected["disabled"]
    assert rekap_figure(rekap, t("excel.rekap.sum_beneficiaries")) == expected["beneficiaries"]

    rows = _rows(city, "Rekap Kota")
    heading, body = _table(rows, t("reports.city.indicators_title"))
    assert len(body) == 14  # 13 kecamatan and the city
    cipondoh = dict(zip(heading, next(r for r in body if r[2] == "Cipondoh"), strict=False))
    assert cipondoh[t("consolidate.rekap.col_groups")] == len(data.sheets["groups"])
    assert cipondoh[t("reports.city.col_attendance")] == expected["attendance"]
    assert cipondoh[t("reports.city.col_beneficiaries")] == expected["beneficiaries"]
    heading, body = _table(rows, t("reports.city.social_title"))
    city_row = dict(zip(heading, body[-1], strict=False))
    assert city_row[t("reports.city.col_men")] == expected["men"]
    assert city_row[t("reports.city.col_women")] == expected["women"]
    assert city_row[t("reports.city.col_dtsen")] == expected["dtsen"]
    assert city_row[t("reports.city.col_low_decile")] == expected["low"]
    assert city_row[t("reports.city.col_disabled")] == expected["disabled"]


def test_bidang_lists_the_programme_sectors_first_and_funding_adds_up(
    demo_db: Database, tmp_path: Path
):
    report = export_report(demo_db, tmp_path / "laporan.xlsx", ExportOptions(today=TODAY)).path
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    rows = _rows(city, "Rekap Kota")
    _heading, body = _table(rows, t("reports.city.sectors_title"))
    sectors = [r[0] for r in body if r[0] != t("excel.rekap.total")]
    assert sectors[:4] == ["Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah"]
    total = next(r for r in body if r[0] == t("excel.rekap.total"))
    data = read_report(report)
    assert total[3] == len(data.sheets["groups"])  # Kelompok, beside the bidang
    money = sum(r.values["amount"] or 0 for r in data.sheets["activities"])
    assert total[9] == len(data.sheets["activities"]) and total[10] == money
    rekap = load_workbook(report)["Rekap"]
    labels = [row[0].value for row in rekap.iter_rows()]
    named = [labels.index(s) for s in sectors[:4]]
    assert named == sorted(named)  # the kelurahan Rekap lists them first too


def test_rekap_kota_has_a_native_chart_of_levels_per_kecamatan(demo_db: Database, tmp_path: Path):
    report = export_report(demo_db, tmp_path / "laporan.xlsx", ExportOptions(today=TODAY)).path
    city = consolidate([report], tmp_path / "kota.xlsx", today=TODAY).path
    with zipfile.ZipFile(city) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    assert len(charts) == 1
    chart = charts[0]
    assert '<c:grouping val="stacked"/>' in chart
    assert "'Rekap Kota'!$C$" in chart and chart.count("<c:ser>") == 5  # four levels + not assessed


@pytest.mark.usefixtures("jakarta_clock")
def test_status_laporan_tells_same_named_files_apart(demo_db: Database, tmp_path: Path):
    first, second = tmp_path / "email-senin", tmp_path / "email-kamis"
    first.mkdir()
    second.mkdir()
    export_report(demo_db, first / "laporan.xlsx", ExportOptions(today=TODAY))
    export_report(demo_db, second / "laporan.xlsx", ExportOptions(period=PERIOD, today=TODAY))
    files = [first / "laporan.xlsx", second / "laporan.xlsx"]
    city = consolidate(files, tmp_path / "kota.xlsx", today=TODAY).path
    rows = _rows(city, "Status laporan")
    heading = rows[0]
    named = [dict(zip(heading, r, strict=False)) for r in rows[1:] if r[5] == "laporan.xlsx"]
    assert len(named) == 2  # the one used and the older copy
    assert {r[t("consolidate.status.col_folder")] for r in named} == {str(first), str(second)}
    sums = {r[t("consolidate.status.col_checksum")] for r in named}
    assert sums == {hashlib.sha256(f.read_bytes()).hexdigest()[:12] for f in files}
    assert len(sums) == 2
    # "Dibuat" is the sender's clock, its zone named.
    sheet = load_workbook(city)["Status laporan"]
    column = heading.index(t("consolidate.status.col_generated")) + 1
    used = next(i for i, r in enumerate(rows, start=1) if r[5] == "laporan.xlsx")
    assert sheet.cell(used, column).is_date
    assert sheet.cell(used, column).number_format.endswith('"WIB"')


def test_status_laporan_prints_at_8_points_or_more() -> None:
    from wksbm_desktop.excel.consolidate import status as consolidate_status
    from wksbm_desktop.excel.writing import print_fit

    widths = consolidate_status.WIDTHS
    assert print_fit.printed_font_size(widths, len(widths)) >= 8.0
