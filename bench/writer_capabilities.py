"""What the report and city workbooks need, checked against the native writer (rustpy-xlsxwriter).

Each check writes a tiny workbook with rustpy-xlsxwriter and reads it back with openpyxl; where
the API has no way to ask for something, the check says so and shows what the API does instead.
``python -m bench.writer_capabilities`` prints the table (docs/performance.md quotes it).
"""

from __future__ import annotations

import sys
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # ``python bench/writer_capabilities.py``
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@dataclass(frozen=True)
class Capability:
    need: str  # what the workbooks need
    used_by: str  # where the application uses it today
    supported: str  # "yes", "partly" or "no"
    evidence: str  # what the check saw


Check = Callable[[Path], Capability]
_CHECKS: list[Check] = []


def _check(function: Check) -> Check:
    _CHECKS.append(function)
    return function


def _write(folder: Path, name: str, sheets: list[tuple[str, Any]], **options: Any) -> Any:
    """Write with rustpy_xlsxwriter, open with openpyxl; warnings come back as the second value."""
    import openpyxl
    from rustpy_xlsxwriter import write_worksheets

    path = folder / f"{name}.xlsx"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_worksheets(sheets, str(path), **options)
    return openpyxl.load_workbook(path), [str(w.message) for w in caught]


def _fmt(**props: Any) -> Any:
    from bench.writer_bench import native_format

    return native_format(tuple(sorted(props.items())))


_ROWS = [
    {
        "NIK": "3671010101900001",
        "Tanggal": date(2026, 11, 28),
        "Diperbarui": datetime(2026, 11, 28, 9, 30, 15),
        "Jumlah Dana": 1_500_000,
        "Catatan": "=1+1",
    },
    {
        "NIK": "3671010101900002",
        "Tanggal": None,
        "Diperbarui": None,
        "Jumlah Dana": None,
        "Catatan": "biasa",
    },
]


@_check
def number_formats(folder: Path) -> Capability:
    formats = [
        _fmt(num_format="@"),
        _fmt(num_format="DD-MM-YYYY"),
        _fmt(num_format="DD-MM-YYYY HH:MM:SS"),
        _fmt(num_format='"Rp" #,##0'),
        None,
    ]
    book, _ = _write(folder, "formats", [("S", _ROWS)], column_formats={"S": formats})
    row = book["S"][2]
    seen = [(c.value, c.number_format) for c in row[:4]]
    ok = (
        row[0].data_type == "s"
        and row[1].is_date
        and row[1].number_format == "DD-MM-YYYY"
        and row[2].value == datetime(2026, 11, 28, 9, 30, 15)
        and row[3].number_format == '"Rp" #,##0'
    )
    return Capability(
        "cell formats: text NIK, real dates and date-times, rupiah numbers",
        "every data sheet",
        "yes" if ok else "no",
        f"per column (column_formats); read back {seen}",
    )


@_check
def per_cell_formats(folder: Path) -> Capability:
    book, _ = _write(folder, "guard", [("S", _ROWS)])
    cell = book["S"]["E2"]
    return Capability(
        "a cell's own format inside a column (formula-like text guarded with a quote prefix; "
        "a number column's stray text)",
        "data sheets (guarded text), Rekap (boxed table cells)",
        "no",
        f"formats exist per column, per row and for the header only; '=1+1' stays text "
        f"(type {cell.data_type!r}) but without its quote prefix ({cell.quotePrefix})",
    )


@_check
def header_style(folder: Path) -> Capability:
    header = _fmt(bold=True, pattern=1, bg_color="#DDEBF7", valign="vcenter", text_wrap=True,
                  border=1, border_color="#A6A6A6")  # fmt: skip
    book, _ = _write(folder, "header", [("S", _ROWS)], header_format={"S": header})
    cell = book["S"]["A1"]
    ok = cell.font.b and cell.fill.fgColor.rgb == "FFDDEBF7" and cell.border.left.style == "thin"
    return Capability(
        "header row: bold, blue fill, thin grey box, wrapped",
        "every data sheet",
        "yes" if ok else "no",
        f"header_format; bold={cell.font.b}, fill={cell.fill.fgColor.rgb}, "
        f"border={cell.border.left.style}",
    )


@_check
def widths_and_hidden_columns(folder: Path) -> Capability:
    book, _ = _write(folder, "widths", [("S", _ROWS)], column_widths={"S": [19, 12, 19, 16, 0]})
    dims = book["S"].column_dimensions
    return Capability(
        "fitted column widths; hidden UUID columns",
        "every data sheet; UUID columns hidden in the city workbook",
        "yes",
        f"column_widths; A width {dims['A'].width:.1f}; width 0 hides E "
        f"(hidden={dims['E'].hidden}), so unhidden it comes back at the default width",
    )


@_check
def freeze_filter(folder: Path) -> Capability:
    book, _ = _write(
        folder,
        "freeze",
        [("S", _ROWS)],
        freeze_panes={"S": {"row": 1, "col": 0}},
        autofilter={"S": True},
    )
    sheet = book["S"]
    ok = sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E3"
    return Capability(
        "frozen header row, autofilter over every row",
        "every data sheet",
        "yes" if ok else "no",
        f"freeze_panes, autofilter; read back {sheet.freeze_panes}, {sheet.auto_filter.ref}",
    )


@_check
def page_setup(folder: Path) -> Capability:
    setup = {
        "landscape": True,
        "paper_size": 9,
        "fit_to_pages": (1, 0),
        "center_horizontally": True,
        "margins": {"left": 0.4, "right": 0.4, "top": 1.0, "bottom": 1.0},
        "repeat_rows": 0,
        "print_area": (0, 0, 2, 3),
    }
    book, _ = _write(folder, "print", [("S", _ROWS)], page_setup={"S": setup})
    sheet = book["S"]
    ps = sheet.page_setup
    ok = (
        ps.orientation == "landscape"
        and str(ps.paperSize) == "9"
        and sheet.sheet_properties.pageSetUpPr.fitToPage
        and ps.fitToHeight in (0, "0")
        and sheet.print_options.horizontalCentered
        and sheet.print_title_rows == "$1:$1"
        and sheet.print_area == "'S'!$A$1:$D$3"
    )
    return Capability(
        "page setup: A4 landscape, fitted to the page width, centred, margins; print area and "
        "print titles",
        "every sheet",
        "yes" if ok else "no",
        f"page_setup; read back {ps.orientation}, paper {ps.paperSize}, fitToHeight "
        f"{ps.fitToHeight}, titles {sheet.print_title_rows}, area {sheet.print_area}",
    )


@_check
def headers_footers(folder: Path) -> Capability:
    setup = {"header": "&CLaporan WKSBM", "footer": "&RHalaman &P dari &N"}
    book, _ = _write(folder, "footer", [("S", _ROWS)], page_setup={"S": setup})
    footer = book["S"].oddFooter.right.text
    return Capability(
        "page headers and footers with page numbers",
        "not used by the reports today",
        "yes" if footer == "Halaman &P dari &N" else "no",
        f"page_setup header/footer; footer read back {footer!r}",
    )


@_check
def hidden_sheet(folder: Path) -> Capability:
    meta = [{"kunci": "format", "nilai": "wksbm-laporan-kelurahan"}]
    book, _ = _write(
        folder, "hidden", [("S", _ROWS), ("_meta", meta)], sheet_view={"_meta": {"hidden": True}}
    )
    state = book["_meta"].sheet_state
    return Capability(
        "hidden sheet",
        "_meta in the report and the city workbook",
        "yes" if state == "hidden" else "no",
        f"sheet_view hidden; read back {state!r}",
    )


@_check
def merged_cells(folder: Path) -> Capability:
    title = _fmt(bold=True, font_size=14)
    book, _ = _write(
        folder,
        "merged",
        [("S", _ROWS)],
        header_row={"S": 2},
        merge_ranges={"S": [(0, 0, 0, 4, "PEMERINTAH KOTA TANGERANG", title)]},
    )
    merged = [str(r) for r in book["S"].merged_cells.ranges]
    refused = ""
    try:
        _write(folder, "merged2", [("S", _ROWS)], merge_ranges={"S": [(4, 0, 4, 2, "x")]})
    except Exception as error:  # the library raises a plain TypeError/RuntimeError
        refused = f"{type(error).__name__}"
    return Capability(
        "merged cells",
        "Rekap and Rekap Kota: title rows, label/value rows between tables",
        "partly",
        f"merge_ranges, only above the one header row: {merged} written; a merge among the "
        f"rows is refused ({refused or 'accepted'})",
    )


@_check
def free_layout(folder: Path) -> Capability:
    return Capability(
        "cells laid out freely: several titled tables one under another, label/value block, "
        "boxed and bold totals, the Lurah's signature block",
        "Rekap, Rekap Kota, Status laporan, NIK ganda",
        "no",
        "a sheet is one header row plus records (dicts keyed by header); nothing can be placed "
        "below or beside the table except formulas, totals, notes, images and charts",
    )


@_check
def charts(folder: Path) -> Capability:
    months = [{"Bulan": "Januari 2026", "Kegiatan": 3}, {"Bulan": "Februari 2026", "Kegiatan": 5}]
    whole = [{"type": "column", "series": ["Kegiatan"], "categories": "Bulan"}]
    book, _ = _write(folder, "chart", [("Rekap", months)], charts={"Rekap": whole})
    part = [{"type": "column", "series": [{"values": "=Rekap!$B$2:$B$2"}], "categories": "Bulan"}]
    book2, warned = _write(folder, "chart2", [("Rekap", months)], charts={"Rekap": part})
    return Capability(
        "native column charts over a table inside the Rekap sheet",
        "Rekap: activities per month, members per age band",
        "partly",
        f"charts over whole data columns of the sheet's one table work "
        f"({len(book['Rekap']._charts)} chart); a series over a range is refused "
        f"({len(book2['Rekap']._charts)} chart, warning {warned[:1]})",
    )


@_check
def data_validation(folder: Path) -> Capability:
    rule = {"Jumlah Dana": {"type": "whole_number", "criteria": ">=", "value": 0}}
    book, _ = _write(folder, "valid", [("S", _ROWS)], data_validations={"S": rule})
    found = book["S"].data_validations.dataValidation
    return Capability(
        "data validation",
        "only the import template (written with openpyxl, not part of the export)",
        "yes" if found and found[0].type == "whole" else "no",
        f"data_validations per column; read back {[(v.type, str(v.sqref)) for v in found]}",
    )


@_check
def ignore_errors(folder: Path) -> Capability:
    _write(folder, "ignore", [("S", _ROWS)], ignore_errors={"S": ["NIK"]})
    with zipfile.ZipFile(folder / "ignore.xlsx") as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    ok = 'numberStoredAsText="1"' in xml
    return Capability(
        "no green triangle on NIK text ('number stored as text')",
        "not used by the reports today",
        "yes" if ok else "no",
        "ignore_errors per column; <ignoredError numberStoredAsText> written" if ok else xml[-200:],
    )


@_check
def protection(folder: Path) -> Capability:
    return Capability(
        "password protection of the whole file",
        "export with password (msoffcrypto encrypts the finished file)",
        "yes",
        "independent of the writer: the file is encrypted after it is written; the library's "
        "own password is sheet protection only, which the reports do not use",
    )


@_check
def defined_names(folder: Path) -> Capability:
    return Capability(
        "defined names",
        "only the print area and print titles (written by page_setup above)",
        "yes",
        "no general defined-name option, and the reports need none beyond print area and titles",
    )


@_check
def interleaved_sheets(folder: Path) -> Capability:
    return Capability(
        "rows of several sheets written side by side (the city workbook fills its combined "
        "sheets report by report; Rekap Kota comes first but is written last)",
        "consolidation",
        "no",
        "one write_worksheets call takes every sheet's rows, sheet after sheet; side-by-side "
        "writing would need every row held in memory or in temporary files first",
    )


@_check
def cancel(folder: Path) -> Capability:
    from rustpy_xlsxwriter import write_worksheets

    def rows() -> Any:
        yield _ROWS[0]
        raise KeyboardInterrupt  # what a cancelled export raises from its progress check

    path = folder / "cancel.xlsx"
    try:
        write_worksheets([("S", rows())], str(path))
        outcome = "not stopped"
    except KeyboardInterrupt:
        outcome = "stopped"
    return Capability(
        "progress and cancel while writing",
        "export and consolidation",
        "yes" if outcome == "stopped" else "no",
        f"rows come from a Python generator, which can report progress; an exception in it "
        f"{outcome} the write, file left behind: {path.exists()}",
    )


def capabilities() -> list[Capability]:
    from bench.writer_bench import native_available

    if not native_available():
        return []
    with tempfile.TemporaryDirectory(prefix="wksbm-native-") as folder:
        return [check(Path(folder)) for check in _CHECKS]


def table(found: list[Capability]) -> str:
    lines = ["| Need | Used by | Native writer | Checked |", "|---|---|---|---|"]
    lines += [f"| {c.need} | {c.used_by} | {c.supported} | {c.evidence} |" for c in found]
    return "\n".join(lines)


def main() -> int:
    found = capabilities()
    if not found:
        print("rustpy-xlsxwriter is not installed (pip install -e .[bench]): nothing to check")
        return 0
    print(table(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
