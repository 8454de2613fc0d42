"""The import template: an instruction sheet, a data sheet with text NIK columns and drop-downs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from wksbm_desktop import __version__
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.excel import styles
from wksbm_desktop.excel.cells import put_text
from wksbm_desktop.excel.meta import write_meta
from wksbm_desktop.excel.schema import ROLE_LABELS, TEMPLATE_FORMAT_NAME, TEMPLATE_FORMAT_VERSION
from wksbm_desktop.i18n import t

DATA_SHEET = "Data Anggota"
GUIDE_SHEET = "Petunjuk"
LISTS_SHEET = "Pilihan"
GUIDE_LINE_CHARS = 85
PREPARED_ROWS = 1_000  # rows given text format and drop-downs ahead of typing

# (heading, width, kind, list name): the headings are what headers.py recognises.
COLUMNS: tuple[tuple[str, int, str, str], ...] = (
    ("NIK", 20, "id", ""),
    ("Nama Lengkap", 28, "text", ""),
    ("Jenis Kelamin", 14, "text", "sex"),
    ("Tempat Lahir", 16, "text", ""),
    ("Tanggal Lahir", 14, "date", ""),
    ("Alamat", 30, "text", ""),
    ("RT", 6, "id", ""),
    ("RW", 6, "id", ""),
    ("No. HP", 16, "id", ""),
    ("No. KK", 20, "id", ""),
    ("Pendidikan", 20, "text", "education"),
    ("Pekerjaan", 18, "text", ""),
    ("Kelompok", 28, "text", ""),
    ("Jenis Kelompok", 18, "text", "group_type"),
    ("Jabatan", 14, "text", "role"),
    ("Tanggal Masuk", 15, "date", ""),
)
DEFAULT_LISTS = {
    "group_type": ["WKSBM", "KSM", "KUBE", "Karang Taruna", "PKK/Dasawisma", "Majelis Taklim",
                   "Posyandu", "Kelompok Tani", "Kelompok Ternak", "Bank Sampah", "Koperasi",
                   "Rukun Kematian", "Lainnya"],
    "education": ["Tidak/Belum Sekolah", "SD/Sederajat", "SMP/Sederajat", "SMA/SMK/Sederajat",
                  "Diploma (D1-D3)", "Sarjana (S1/D4)", "Pascasarjana (S2/S3)"],
}  # fmt: skip


def write_template(
    path: str | Path, lists: Mapping[str, Sequence[str]] | None = None, kelurahan_code: str = ""
) -> Path:
    """Write the import template; ``lists`` are the database's reference labels by kind."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("excel.export.suffix", path=str(target))
    choices = {**DEFAULT_LISTS, **(lists or {})}
    choices = {"sex": ["L", "P"], "role": list(ROLE_LABELS.values()), **choices}
    workbook = Workbook()
    _guide(workbook.active)
    _data_sheet(workbook.create_sheet(DATA_SHEET), _lists_sheet(workbook, choices))
    write_meta(workbook, {
        "format": TEMPLATE_FORMAT_NAME, "format_version": TEMPLATE_FORMAT_VERSION,
        "kelurahan_code": kelurahan_code, "app_version": __version__,
        "generated_at": datetime.now().replace(microsecond=0).isoformat(),
    })  # fmt: skip
    workbook.active = 0
    try:
        workbook.save(target)
    except OSError as error:
        raise WksbmError("excel.export.target_busy", path=str(target)) from error
    return target


def _guide(sheet: Any) -> None:
    sheet.title = GUIDE_SHEET
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90
    sheet.append([t("excel.template.title")])
    sheet["A1"].font = styles.TITLE_FONT
    sheet.append([])
    for number in range(1, 8):
        sheet.append([f"{number}.", t(f"excel.template.step{number}", sheet=DATA_SHEET)])
    sheet.append([])
    sheet.append([t("excel.template.columns_heading")])
    sheet.cell(sheet.max_row, 1).font = styles.SUBTITLE_FONT
    for heading, _width, _kind, _list in COLUMNS:
        key = "excel.template.col." + heading.lower().replace(" ", "_").replace(".", "")
        sheet.append([heading, t(key)])
        sheet.cell(sheet.max_row, 1).font = styles.HEADER_FONT
    for (cell,) in sheet.iter_rows(min_row=3, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(cell.row, 1).alignment = Alignment(vertical="top")
        lines = -(-len(str(cell.value or "")) // GUIDE_LINE_CHARS)
        if lines > 1:
            # Spreadsheet programs do not grow rows for wrapped text written by a program.
            sheet.row_dimensions[cell.row].height = 15 * lines
    styles.setup_print(sheet, landscape=False)


def _lists_sheet(workbook: Any, choices: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """A hidden sheet holding each drop-down's choices; returns list name → cell range."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    ranges = {}
    for index, (name, labels) in enumerate(choices.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(1, index, name)
        for row, label in enumerate(labels, start=2):
            # Labels come from the database, and an imported report can add them: "=cmd|..."
            # must stay text in the drop-down's source.
            put_text(sheet, row, index, label)
        ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(labels) + 1}"
    return ranges


def _data_sheet(sheet: Any, ranges: Mapping[str, str]) -> None:
    for index, (heading, width, kind, list_name) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        header = sheet.cell(1, index, heading)
        styles.apply_kind(header, "header")
        number_format = (
            styles.TEXT_FORMAT if kind == "id" else styles.DATE_FORMAT if kind == "date" else None
        )
        if number_format:
            # Excel keeps typed NIKs whole only in cells formatted as Text before typing.
            sheet.column_dimensions[letter].number_format = number_format
            for row in range(2, PREPARED_ROWS + 2):
                sheet.cell(row, index).number_format = number_format
        area = f"{letter}2:{letter}{PREPARED_ROWS + 1}"
        if list_name:
            _drop_down(sheet, ranges[list_name], area, heading)
        if heading == "NIK":
            _nik_length_rule(sheet, area)
    styles.setup_data_sheet(sheet, len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{PREPARED_ROWS + 1}"


def _drop_down(sheet: Any, source: str, area: str, heading: str) -> None:
    rule = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    rule.error = t("excel.template.pick_from_list", column=heading)
    rule.errorTitle = heading
    rule.prompt = t("excel.template.pick_prompt")
    rule.showErrorMessage = rule.showInputMessage = True
    sheet.add_data_validation(rule)
    rule.add(area)


def _nik_length_rule(sheet: Any, area: str) -> None:
    rule = DataValidation(type="textLength", operator="equal", formula1="16", allow_blank=True)
    rule.error = t("excel.template.nik_length")
    rule.errorTitle = "NIK"
    rule.showErrorMessage = True
    sheet.add_data_validation(rule)
    rule.add(area)
