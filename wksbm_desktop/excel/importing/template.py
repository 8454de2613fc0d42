"""The import template: guide, member/activity/attendance sheets, drop-downs, example rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from wksbm_desktop import __version__
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.common import EXAMPLE_MARK
from wksbm_desktop.excel.report.meta import write_meta
from wksbm_desktop.excel.report.schema import (
    ROLE_LABELS,
    TEMPLATE_FORMAT_NAME,
    TEMPLATE_FORMAT_VERSION,
)
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.cells import put_text
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

DATA_SHEET = "Data Anggota"
ACTIVITY_SHEET = "Kegiatan"
ATTENDANCE_SHEET = "Daftar Hadir"
IMPORT_SHEETS = (DATA_SHEET, ACTIVITY_SHEET, ATTENDANCE_SHEET)
GUIDE_SHEET = "Petunjuk"
LISTS_SHEET = "Pilihan"
GUIDE_LINE_CHARS = 85
PREPARED_ROWS = 1_000  # rows given text format and drop-downs ahead of typing
EXAMPLE_FONT = Font(italic=True, color="808080")
LIST_KINDS = ("group_type", "education", "activity_type", "funding_source", "sector")


@dataclass(frozen=True)
class Column:
    """One template column: its heading (what headers.py recognises), width, cell kind
    ("text", "id", "date" or "money"), drop-down list name and the example row's value."""

    heading: str
    width: int
    kind: str = "text"
    choices: str = ""
    example: object = None


MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("No.", 10, example=EXAMPLE_MARK),
    Column("NIK", 21, "id", example="3671055708850001"),
    Column("Nama Lengkap", 28, example="Siti Rahmawati"),
    Column("Jenis Kelamin", 14, choices="sex", example="P"),
    Column("Tempat Lahir", 16, example="Tangerang"),
    Column("Tanggal Lahir", 14, "date", example="17-08-1985"),
    Column("Alamat", 30, example="Jl. Melati No. 3"),
    Column("RT", 6, "id", example="005"),
    Column("RW", 6, "id", example="002"),
    Column("No. HP", 16, "id", example="0812 3456 7890"),
    Column("No. KK", 21, "id", example="3671050101100001"),
    Column("Pendidikan", 20, choices="education", example="SMA/SMK/Sederajat"),
    Column("Pekerjaan", 18, example="Pedagang"),
    Column("Kelompok", 28, choices="group", example="KUBE Mawar"),
    Column("Jenis Kelompok", 18, choices="group_type", example="KUBE"),
    Column("Jabatan", 14, choices="role", example="Ketua"),
    Column("Tanggal Masuk", 15, "date", example="01-02-2024"),
)
ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("No. Kegiatan", 12, example=EXAMPLE_MARK),
    Column("Tanggal Kegiatan", 16, "date", example="12-05-2025"),
    Column("Nama Kegiatan", 30, example="Pelatihan membuat kue"),
    Column("Kelompok", 28, choices="group", example="KUBE Mawar"),
    Column("Jenis Kegiatan", 18, choices="activity_type", example="Pelatihan"),
    Column("Bidang", 18, choices="sector", example="Ekonomi Produktif"),
    Column("Sumber Dana", 18, choices="funding_source", example="APBD Kota"),
    Column("Jumlah Dana", 16, "money", example=1500000),
    Column("Lokasi", 22, example="Aula Kelurahan"),
    Column("Narasumber", 22, example="Dinas Koperasi"),
    Column("Jumlah Peserta", 10, example=20),
    Column("Hasil Kegiatan", 30, example="Peserta bisa membuat dua jenis kue"),
)
ATTENDANCE_COLUMNS: tuple[Column, ...] = (
    Column("No. Kegiatan", 12, example=EXAMPLE_MARK),
    Column("NIK", 21, "id", example="3671055708850001"),
    Column("Nama", 28, example="Siti Rahmawati"),
    Column("Kelompok", 28, choices="group", example="KUBE Mawar"),
)
SHEET_COLUMNS = {
    DATA_SHEET: MEMBER_COLUMNS,
    ACTIVITY_SHEET: ACTIVITY_COLUMNS,
    ATTENDANCE_SHEET: ATTENDANCE_COLUMNS,
}
COLUMNS = MEMBER_COLUMNS  # the member sheet, as before activities came
DEFAULT_LISTS = {
    "group_type": ["WKSBM", "KSM", "KUBE", "Karang Taruna", "PKK/Dasawisma", "Majelis Taklim",
                   "Posyandu", "Kelompok Tani", "Kelompok Ternak", "Bank Sampah", "Koperasi",
                   "Rukun Kematian", "Lainnya"],
    "education": ["Tidak/Belum Sekolah", "SD/Sederajat", "SMP/Sederajat", "SMA/SMK/Sederajat",
                  "Diploma (D1-D3)", "Sarjana (S1/D4)", "Pascasarjana (S2/S3)"],
    "activity_type": ["Pembinaan", "Pelatihan", "Rapat", "Usaha Produktif", "Bakti Sosial",
                      "Penyuluhan", "Monitoring/Evaluasi", "Lainnya"],
    "funding_source": ["Swadaya/Iuran", "APBD Kota", "APBN/Kemensos", "CSR/Donatur",
                       "Hasil Usaha", "Lainnya"],
    "sector": ["Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah", "Sosial",
               "Keagamaan", "Kesehatan", "Pendidikan", "Lainnya"],
}  # fmt: skip


def write_office_template(database: Database, target: str | Path) -> Path:
    """The template with this office's reference lists, group names and kelurahan code; the
    one way both the command line and the menu write it."""
    with database.read_session() as session:
        office = get_office(session)
        lists = {kind: reference.labels(session, kind) for kind in LIST_KINDS}
        live = select(Group.name).where(Group.archived_at.is_(None)).order_by(Group.name)
        lists["group"] = list(session.scalars(live))
        code = (office.kelurahan_code or "") if office else ""
    return write_template(target, lists, code)


@written_in(DEFAULT_LANGUAGE)  # a document of the programme: always Indonesian
def write_template(
    path: str | Path, lists: Mapping[str, Sequence[str]] | None = None, kelurahan_code: str = ""
) -> Path:
    """Write the import template; ``lists`` are the database's reference labels by kind and
    its live group names ("group")."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise WksbmError("excel.export.suffix", path=str(target))
    choices = {**DEFAULT_LISTS, **{k: list(v) for k, v in (lists or {}).items() if v}}
    choices = {"sex": ["L", "P"], "role": list(ROLE_LABELS.values()), **choices}
    workbook = Workbook()
    _guide(workbook.active)
    sheets = [workbook.create_sheet(name) for name in IMPORT_SHEETS]
    ranges = _lists_sheet(workbook, choices)
    for sheet in sheets:
        _data_sheet(sheet, SHEET_COLUMNS[sheet.title], ranges)
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
    for number in range(8, 12):
        sheet.append(
            [
                f"{number}.",
                t(
                    f"import_more.template.step{number}",
                    mark=EXAMPLE_MARK,
                    activities=ACTIVITY_SHEET,
                    attendance=ATTENDANCE_SHEET,
                ),
            ]
        )
    for name, columns in SHEET_COLUMNS.items():
        sheet.append([])
        sheet.append([t("import_more.template.columns_of", sheet=name)])
        sheet.cell(sheet.max_row, 1).font = styles.SUBTITLE_FONT
        for column in columns:
            sheet.append([column.heading, _column_help(name, column.heading)])
            sheet.cell(sheet.max_row, 1).font = styles.HEADER_FONT
    for (cell,) in sheet.iter_rows(min_row=3, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(cell.row, 1).alignment = Alignment(vertical="top")
        lines = -(-len(str(cell.value or "")) // GUIDE_LINE_CHARS)
        if lines > 1:
            # Spreadsheet programs do not grow rows for wrapped text written by a program.
            sheet.row_dimensions[cell.row].height = 15 * lines
    styles.setup_print(sheet, landscape=False)


def _column_help(sheet: str, heading: str) -> str:
    slug = heading.lower().replace(" ", "_").replace(".", "")
    if sheet == DATA_SHEET and slug != "no":
        return t(f"excel.template.col.{slug}")
    prefix = {DATA_SHEET: "members", ACTIVITY_SHEET: "activities"}.get(sheet, "attendance")
    return t(f"import_more.template.{prefix}.{slug}")


def _lists_sheet(workbook: Any, choices: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """A hidden sheet holding each drop-down's choices; returns list name → cell range."""
    sheet = workbook.create_sheet(LISTS_SHEET)
    sheet.sheet_state = "hidden"
    ranges = {}
    for index, (name, labels) in enumerate(choices.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(1, index, name)
        for row, label in enumerate(labels, start=2):
            # Data, and an imported report can add labels: "=cmd|..." must stay text.
            put_text(sheet, row, index, label)
        if labels:
            last = len(labels) + 1
            ranges[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"
    return ranges


def _data_sheet(sheet: Any, columns: Sequence[Column], ranges: Mapping[str, str]) -> None:
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        styles.apply_kind(sheet.cell(1, index, column.heading), "header")
        number_format = {
            "id": styles.TEXT_FORMAT,
            "date": styles.DATE_FORMAT,
            "money": styles.RUPIAH_FORMAT,
        }.get(column.kind)
        if number_format:
            # Excel keeps typed NIKs whole only in cells formatted as Text before typing.
            sheet.column_dimensions[letter].number_format = number_format
            for row in range(2, PREPARED_ROWS + 2):
                sheet.cell(row, index).number_format = number_format
        area = f"{letter}3:{letter}{PREPARED_ROWS + 1}"
        if column.choices in ranges:
            _drop_down(sheet, ranges[column.choices], area, column)
        if column.heading == "NIK":
            _nik_length_rule(sheet, area)
    _example_row(sheet, columns)
    styles.setup_data_sheet(sheet, len(columns))
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{PREPARED_ROWS + 1}"


def _example_row(sheet: Any, columns: Sequence[Column]) -> None:
    """Row 2 shows how a row is filled; grey italic, and "CONTOH" makes the importer skip it."""
    for index, column in enumerate(columns, start=1):
        value = column.example
        if column.kind == "date" and isinstance(value, str):
            cell = sheet.cell(2, index, datetime.strptime(value, "%d-%m-%Y"))
        elif isinstance(value, str):
            cell = put_text(sheet, 2, index, value)
        else:
            cell = sheet.cell(2, index, value)
        cell.font = EXAMPLE_FONT


def _drop_down(sheet: Any, source: str, area: str, column: Column) -> None:
    rule = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    if column.choices == "group":
        # A new group may be meant (it is then created), but Excel asks first: a typo is
        # caught before it becomes a second group.
        rule.errorStyle = "warning"
        rule.error = t("import_more.template.group_not_in_list")
    else:
        rule.error = t("excel.template.pick_from_list", column=column.heading)
    rule.errorTitle = column.heading
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
