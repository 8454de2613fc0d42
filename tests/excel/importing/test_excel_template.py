"""The import template: instruction sheet, text NIK columns, drop-downs, and it imports back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.importing.template import DATA_SHEET, write_template


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


def test_the_example_row_is_marked_and_never_imported(office_db: Database, tmp_path: Path):
    path = write_template(tmp_path / "template.xlsx")
    sheet = load_workbook(path)[DATA_SHEET]
    assert (
        sheet["A2"].value == "CONTOH"
        and sheet["C2"].font.i
        and sheet["C2"].font.color.rgb.endswith("808080")
    )
    report = import_workbook(office_db, path)
    assert report.ok and not report.created
    assert [(p.row, "contoh" in p.message) for p in report.notices][:1] == [(2, True)]


def test_group_drop_down_lists_the_offices_groups_and_is_injection_safe(
    office_db: Database, tmp_path: Path
):
    from wksbm_desktop.core.domain.inputs import GroupInput
    from wksbm_desktop.core.services.groups import create_group
    from wksbm_desktop.excel.importing.template import write_office_template

    with office_db.session() as session:
        create_group(session, GroupInput("KUBE Mawar", "KUBE", "Ekonomi Produktif"))
        create_group(session, GroupInput('=HYPERLINK("x")', "KUBE", "Ekonomi Produktif"))
    workbook = load_workbook(write_office_template(office_db, tmp_path / "t.xlsx"))
    lists = workbook["Pilihan"]
    column = next(c for c in lists.iter_cols() if c[0].value == "group")
    names = [c.value for c in column[1:] if c.value]
    assert "KUBE Mawar" in names and '=HYPERLINK("x")' in names
    guarded = next(c for c in column[1:] if c.value == '=HYPERLINK("x")')
    assert guarded.data_type == "s" and guarded.quotePrefix
    sheet = workbook[DATA_SHEET]
    letter = "N"  # Kelompok
    assert sheet[f"{letter}1"].value == "Kelompok"
    [rule] = [v for v in sheet.data_validations.dataValidation if f"{letter}3" in str(v.sqref)]
    assert rule.type == "list" and rule.errorStyle == "warning" and "Pilihan" in rule.formula1
