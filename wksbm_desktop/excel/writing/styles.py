"""Fonts, number formats and sheet setup shared by the report, template and city workbook."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM:SS"
RUPIAH_FORMAT = '"Rp" #,##0'
COUNT_FORMAT = "#,##0"
TEXT_FORMAT = "@"
PAPER_A4 = "9"  # the ECMA-376 paper size code

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(bold=True, size=12)
HEADER_FONT = Font(bold=True)
UUID_FONT = Font(color="808080", size=9)
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

MIN_WIDTH, MAX_WIDTH = 6, 50

# Page setup of every printed sheet (inches). The header and footer sit in the top and bottom
# margins; A4 is 8.27 x 11.69 inches.
PAGE_MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6}
HEADER_MARGIN = 0.25
A4_INCHES = (8.27, 11.69)
POINTS_PER_INCH = 72
PAGE_FONT_SIZE = 8  # points, header and footer


def page_header_footer(header: str) -> tuple[str, str]:
    """Excel header and footer codes: ``header`` on the left, "Halaman x dari y" centred."""
    from wksbm_desktop.i18n import t

    escaped = header.replace("&", "&&")
    footer = t("excel.page.footer", page="&P", pages="&N")
    size = f"&{PAGE_FONT_SIZE}"
    return (f"&L{size}{escaped}" if header else ""), f"&C{size}{footer}"


def printable_points(landscape: bool) -> tuple[float, float]:
    """Width and height (points) inside the margins of an A4 page."""
    short, long = A4_INCHES
    width, height = (long, short) if landscape else (short, long)
    width -= PAGE_MARGINS["left"] + PAGE_MARGINS["right"]
    height -= PAGE_MARGINS["top"] + PAGE_MARGINS["bottom"]
    return width * POINTS_PER_INCH, height * POINTS_PER_INCH


# LibreOffice Calc lays columns out about 6% wider than Excel's pixel rule (measured in a PDF
# rendered with Carlito, Calibri's metric twin): a page planned for the wider one fits both.
CALC_WIDER = 1.06


def column_points(width: float) -> float:
    """Printed width (points, at 100%) of a column ``width`` characters wide (Calibri 11):
    Excel and XlsxWriter turn a width into int(width * 7 + 0.5) + 5 pixels of 0.75 point."""
    pixels = int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5
    return pixels * 0.75


# The same looks as apply_kind, as XlsxWriter format properties (excel/writing/xlsx_out.py).
_BOX_PROPS = {"border": 1, "border_color": "#A6A6A6"}
KIND_PROPS: dict[str, dict[str, object]] = {
    "text": {},
    "date": {"num_format": DATE_FORMAT},
    "datetime": {"num_format": DATETIME_FORMAT},
    "money": {"num_format": RUPIAH_FORMAT},
    "count": {"num_format": COUNT_FORMAT},
    "id": {"num_format": TEXT_FORMAT},
    "uuid": {"num_format": TEXT_FORMAT, "font_color": "#808080", "font_size": 9},
    # quote_prefix: Excel keeps the text as text even when the operator edits the cell.
    "guarded": {"num_format": TEXT_FORMAT, "quote_prefix": True},
    "header": {
        "bold": True,
        "pattern": 1,
        "bg_color": "#DDEBF7",
        "valign": "vcenter",
        "text_wrap": True,
        **_BOX_PROPS,
    },
    "title": {"bold": True, "font_size": 14},
    "subtitle": {"bold": True, "font_size": 12},
    "bold": {"bold": True},
    "box": _BOX_PROPS,
}


def apply_kind(cell: Any, kind: str) -> None:
    """Give a cell the look of its kind: date, money, NIK/KK text, UUID, header..."""
    if kind == "date":
        cell.number_format = DATE_FORMAT
    elif kind == "datetime":
        cell.number_format = DATETIME_FORMAT
    elif kind == "money":
        cell.number_format = RUPIAH_FORMAT
    elif kind == "count":
        cell.number_format = COUNT_FORMAT
    elif kind == "id":
        cell.number_format = TEXT_FORMAT
    elif kind == "uuid":
        cell.number_format = TEXT_FORMAT
        cell.font = UUID_FONT
    elif kind == "guarded":
        cell.number_format = TEXT_FORMAT
        # quotePrefix: Excel keeps the text as text even when the operator edits the cell.
        cell.quotePrefix = True
    elif kind == "header":
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = BOX
    elif kind == "title":
        cell.font = TITLE_FONT
    elif kind == "subtitle":
        cell.font = SUBTITLE_FONT
    elif kind == "bold":
        cell.font = HEADER_FONT


def setup_data_sheet(worksheet: Any, column_count: int, landscape: bool = True) -> None:
    """Frozen bold header row, autofilter, print titles, A4 landscape fitted to page width."""
    worksheet.freeze_panes = "A2"
    last = get_column_letter(max(column_count, 1))
    worksheet.auto_filter.ref = f"A1:{last}1"
    worksheet.print_title_rows = "1:1"
    setup_print(worksheet, landscape)


def setup_print(worksheet: Any, landscape: bool = True) -> None:
    worksheet.page_setup.orientation = "landscape" if landscape else "portrait"
    worksheet.page_setup.paperSize = PAPER_A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    worksheet.print_options.horizontalCentered = True
    worksheet.page_margins.left = worksheet.page_margins.right = 0.4
