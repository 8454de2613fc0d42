"""The import template: instruction sheet, text NIK columns, drop-downs, and it imports back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from wksbm_desktop.core.db import Database
from wksbm_desktop.excel.importer import import_workbook
from wksbm_desktop.excel.template import DATA_SHEET, write_template


def test_template_has_guide_text_columns_and_drop_downs(tmp_path: Path):
    path = write_template(tmp_path / "template.xlsx", {"group_type": ["KUBE", "Kelompok Seni"]})
    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == ["Petunjuk", DATA_SHEET]
    assert workbook["_meta"].sheet_state == "hidden" and workbook["Pilihan"].sheet_state == "hidden"
    sheet = workbook[DATA_SHEET]
    headers = [c.value for c in sheet[1]]
    nik, kk = headers.index("NIK") + 1, headers.index("No. KK") + 1
    assert sheet.cell(2, nik).number_format == "@" and sheet.cell(500, kk).number_format == "@"
    lists = {
        str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"
    }
    assert len(lists) == 4
    columns = {col[0].value: [c.value for c in col[1:]] for col in workbook["Pilihan"].iter_cols()}
    assert "Kelompok Seni" in columns["group_type"] and columns["sex"][:2] == ["L", "P"]
    assert any(v.type == "textLength" for v in sheet.data_validations.dataValidation)
    guide = " ".join(
        str(c) for row in workbook["Petunjuk"].iter_rows(values_only=True) for c in row if c
    )
    assert "format Teks" in guide and "16 angka" in guide


def test_filled_template_imports(office_db: Database, tmp_path: Path):
    path = write_template(tmp_path / "template.xlsx")
    workbook = load_workbook(path)
    sheet = workbook[DATA_SHEET]
    sheet.append(
        [
            1,
            "3671055708850001",
            "Siti Rahmawati",
            "P",
            "Tangerang",
            "17-08-1985",
            "Jl. Mawar 1",
            "5",
            "2",
            "081234567890",
            "",
            "SMA/SMK/Sederajat",
            "Pedagang",
            "Bank Sampah Mawar",
            "Bank Sampah",
            "Ketua",
            "01-02-2024",
        ]
    )
    workbook.save(path)
    report = import_workbook(office_db, path)
    assert report.kind == "template"
    assert report.ok, [p.line() for p in report.problems]
    assert report.created == {"members": 1, "groups": 1, "memberships": 1}
    assert any("jenis Bank Sampah" in p.message for p in report.notices)
