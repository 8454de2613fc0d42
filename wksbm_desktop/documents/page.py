"""The page every printed document shares: paper, embedded font, letterhead, tables, footer."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from wksbm_desktop import __version__
from wksbm_desktop.i18n import t
from wksbm_desktop.resources import resource_path

# F4 ("folio") is the paper most Indonesian offices load; A4 the international one.
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
FONT = "DejaVuSans"
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 20.0, 15.0, 12.0, 16.0
LOGO_HEIGHT_MM = 22.0


@dataclass(frozen=True)
class Letterhead:
    """The office as printed at the top of a page and under the signature."""

    lines: tuple[str, ...]  # name lines, the last one the largest (e.g. "KELURAHAN ...")
    address: str
    logo_png: bytes | None
    paper: str
    place: str  # where letters are signed: "Tangerang"
    kelurahan: str
    kecamatan: str
    lurah_name: str
    lurah_nip: str


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # mm; 0 takes what is left of the line
    align: str = "L"


def long_date(value: date) -> str:
    """ "2 Desember 2026", the way a letter is dated."""
    return f"{value.day} {t(f'excel.month.{value.month}')} {value.year}"


class Page(FPDF):
    """An FPDF with the office's paper, DejaVu Sans embedded, and a numbered footer."""

    def __init__(self, letterhead: Letterhead, title: str, *, landscape: bool = False) -> None:
        super().__init__(
            orientation="L" if landscape else "P",
            unit="mm",
            format=PAPER_MM.get(letterhead.paper, PAPER_MM["A4"]),
        )
        self.letterhead = letterhead
        self.document_title = title
        self.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
        self.set_auto_page_break(True, MARGIN_BOTTOM)
        self.add_font(FONT, "", str(resource_path("fonts", "DejaVuSans.ttf")))
        self.add_font(FONT, "B", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        self.set_font(FONT, size=10)
        self.set_title(title)
        self.set_creator(f"WKSBM Desktop {__version__}")
        self.set_lang("id")

    @property
    def content_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, size=7.5)
        self.set_text_color(90)
        half = self.content_width / 2
        self.cell(half, 4, self.document_title, align="L")
        page = t("print.page_of", page=self.page_no(), pages=self.str_alias_nb_pages)
        self.cell(half, 4, page, align="R")
        self.set_text_color(0)

    def to_bytes(self) -> bytes:
        return bytes(self.output())

    # -- blocks -------------------------------------------------------------------------

    def draw_letterhead(self) -> None:
        """Logo at the left, the office's name lines centred, its address, a double rule."""
        head = self.letterhead
        top = self.get_y()
        if head.logo_png:
            self.image(io.BytesIO(head.logo_png), x=self.l_margin, y=top, h=LOGO_HEIGHT_MM)
        for index, line in enumerate(head.lines):
            last = index == len(head.lines) - 1
            self.set_font(FONT, "B", 15 if last else 12.5)
            self.cell(0, 7 if last else 5.8, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if head.address:
            self.set_font(FONT, size=9)
            self.multi_cell(0, 4.5, head.address, align="C", new_x=XPos.LMARGIN)
        bottom = max(self.get_y(), top + LOGO_HEIGHT_MM if head.logo_png else 0) + 2
        self.set_line_width(0.8)
        self.line(self.l_margin, bottom, self.w - self.r_margin, bottom)
        self.set_line_width(0.25)
        self.line(self.l_margin, bottom + 1.1, self.w - self.r_margin, bottom + 1.1)
        self.set_line_width(0.2)
        self.set_y(bottom + 5)
        self.set_font(FONT, size=10)

    def heading(self, title: str, subtitle: str = "") -> None:
        self.set_font(FONT, "B", 12.5)
        self.multi_cell(0, 6.5, title, align="C", new_x=XPos.LMARGIN)
        if subtitle:
            self.set_font(FONT, size=10)
            self.multi_cell(0, 5, subtitle, align="C", new_x=XPos.LMARGIN)
        self.ln(3)
        self.set_font(FONT, size=10)

    def section(self, title: str) -> None:
        """A bold subheading, moved to the next page when nothing of its table would fit."""
        if self.will_page_break(20):
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", 10.5)
        self.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, size=9)

    def label_values(self, pairs: Sequence[tuple[str, str]], label_width: float = 48) -> None:
        """ "Label : value" lines, the value wrapping under itself."""
        for label, value in pairs:
            self.set_font(FONT, size=10)
            self.cell(label_width, 5.5, label)
            self.cell(4, 5.5, ":")
            self.multi_cell(0, 5.5, value or "-", align="L", new_x=XPos.LMARGIN)

    def paragraph(self, text: str, height: float = 5.5) -> None:
        self.set_font(FONT, size=10.5)
        self.multi_cell(0, height, text, align="J", new_x=XPos.LMARGIN)
        self.ln(2)

    def grid_table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        row_height: float = 6.0,
        font_size: float = 9.0,
        header_height: float = 7.0,
        empty: str = "",
        shaded: Sequence[bool] = (),
    ) -> None:
        """A bordered table whose header repeats on every page; long text shrinks to fit.

        Rows flagged in ``shaded`` (subtotals, totals) are set bold on grey.
        """
        widths = _widths(columns, self.content_width)
        self._table_header(columns, widths, font_size, header_height)
        self.set_font(FONT, size=font_size)
        if not rows and empty:
            self.cell(sum(widths), row_height, empty, border=1, align="C")
            self.ln(row_height)
        for index, row in enumerate(rows):
            if self.will_page_break(row_height):
                self.add_page()
                self._table_header(columns, widths, font_size, header_height)
                self.set_font(FONT, size=font_size)
            bold = index < len(shaded) and shaded[index]
            if bold:
                self.set_font(FONT, "B", font_size)
                self.set_fill_color(242, 242, 242)
            for column, width, value in zip(columns, widths, row, strict=True):
                align = column.align
                self._fitted_cell(width, row_height, value, align, font_size, bold=bold, fill=bold)
            if bold:
                self.set_font(FONT, size=font_size)
            self.ln(row_height)

    def _table_header(
        self, columns: Sequence[Column], widths: list[float], size: float, height: float
    ) -> None:
        self.set_font(FONT, "B", size)
        self.set_fill_color(225, 225, 225)
        for column, width in zip(columns, widths, strict=True):
            self._fitted_cell(width, height, column.header, "C", size, bold=True, fill=True)
        self.ln(height)

    def _fitted_cell(
        self,
        width: float,
        height: float,
        text: str,
        align: str,
        size: float,
        *,
        bold: bool = False,
        fill: bool = False,
    ) -> None:
        """One bordered cell; a text wider than the cell is set smaller, down to 6 pt.

        Drawn as a rectangle and a text run rather than with FPDF.cell, which is four times
        slower: a 300-row daftar hadir must be ready well within a second on an old office PC
        (bench/print_bench.py).
        """
        style = "B" if bold else ""
        fitted = size
        text_width = self.get_string_width(text) if text else 0.0
        while text and fitted > 6 and text_width > width - 2:
            fitted -= 0.5
            self.set_font(FONT, style, fitted)
            text_width = self.get_string_width(text)
        while len(text) > 1 and text_width > width - 2:
            text = text[:-2] + "…"  # still too wide at the smallest size: cut, and say so
            text_width = self.get_string_width(text)
        x, y = self.get_x(), self.get_y()
        self.rect(x, y, width, height, style="DF" if fill else "D")
        if text:
            offset = {"C": (width - text_width) / 2, "R": width - 1 - text_width}.get(align, 1.0)
            baseline = y + height / 2 + fitted * 0.3528 * 0.35
            self.text(x + offset, baseline, text)
        self.set_x(x + width)
        if fitted != size:
            self.set_font(FONT, style, size)

    def signatures(
        self, blocks: Sequence[tuple[str, str, str]], place_date: str = "", *, fill: bool = False
    ) -> None:
        """Signature blocks side by side: (role lines, name, caption under the name).

        One block takes the right half of the line, or all of it with ``fill``.
        """
        height = 42 if place_date else 37
        if self.will_page_break(height):
            self.add_page()
        self.ln(6)
        width = self.content_width / (len(blocks) if fill else max(len(blocks), 2))
        start_x = self.w - self.r_margin - width * len(blocks)
        top = self.get_y()
        for index, (role, name, caption) in enumerate(blocks):
            x = start_x + index * width
            self.set_xy(x, top)
            self.set_font(FONT, size=10)
            last = index == len(blocks) - 1
            if place_date and last:
                self.cell(width, 5, place_date, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            elif place_date:
                self.ln(5)
                self.set_x(x)
            self.multi_cell(width, 5, role, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_xy(x, self.get_y() + 20)
            self.set_font(FONT, "B", 10)
            self.cell(width, 5, name or "(" + "." * 30 + ")", align="C", new_x=XPos.LEFT)
            self.set_xy(x, self.get_y() + 5)
            self.set_font(FONT, size=9.5)
            self.cell(width, 5, caption, align="C")
        self.set_xy(self.l_margin, self.get_y() + 8)


def _widths(columns: Sequence[Column], total: float) -> list[float]:
    fixed = sum(c.width for c in columns)
    flexible = [c for c in columns if c.width == 0]
    share = (total - fixed) / len(flexible) if flexible else 0
    return [c.width or share for c in columns]
