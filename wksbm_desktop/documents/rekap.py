"""The Rekap as a one-page PDF: the Excel Rekap's figures (excel.rekap_data), set in two columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.documents.page import Column, Letterhead, Page, long_date
from wksbm_desktop.excel.report import rekap_data
from wksbm_desktop.excel.report.export import period_text
from wksbm_desktop.excel.report.rekap import MONEY_KEY, indicator_figures, moved_up_key
from wksbm_desktop.excel.report.rekap_data import AGE_BANDS, RekapData
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import LEVEL_LABELS
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

ROW, HEAD, TITLE, GAP = 3.6, 4.2, 4.0, 2.2  # mm: a compact table so the Rekap fits one page
FONT_SIZE = 6.8
SIGNATURE_HEIGHT = 42.0


@dataclass(frozen=True)
class Block:
    """One titled table of the Rekap; ``total`` adds a row summing every column but the first."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]

    def height(self, pdf: Page, width: float) -> float:
        pdf.set_font(pdf.font_family, "B", 8)
        lines = pdf.multi_cell(width, TITLE, self.title, dry_run=True, output="LINES")
        return TITLE * len(cast(list[str], lines)) + HEAD + ROW * max(len(self.rows), 1) + GAP


@dataclass(frozen=True)
class RekapReport:
    kelurahan: str
    kecamatan: str
    period: str
    printed_on: date
    data: RekapData


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def rekap_report(session: Session, period: Period, today: date) -> RekapReport:
    """The same figures as the report workbook's Rekap sheet, for the same period."""
    office = get_office(session)
    if office is None or not office.kelurahan_code:
        raise WksbmError("excel.export.no_office")
    if period.start and period.end and period.start > period.end:
        raise WksbmError("excel.export.period_reversed")
    return RekapReport(
        kelurahan=f"{office.kelurahan_name} ({office.kelurahan_code})",
        kecamatan=f"{office.kecamatan_name} ({office.kecamatan_code})",
        period=period_text(period),
        printed_on=today,
        data=rekap_data.collect(session, period, today),
    )


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def render_rekap(report: RekapReport, head: Letterhead) -> bytes:
    pdf = Page(head, f"{t('print.rekap.short_title')}: {report.period}")
    pdf.add_page()
    pdf.draw_letterhead()
    _title(pdf)
    _facts(pdf, report)
    x, width = _two_columns(pdf, [*_blocks(report.data), _moved_up(report.data)])
    lurah = t("excel.rekap.lurah_of", name=head.kelurahan.upper())
    nip = t("excel.rekap.nip", nip=head.lurah_nip or "-")
    place_date = t("excel.rekap.place_date", date=long_date(report.printed_on))
    left, right = pdf.l_margin, pdf.r_margin
    pdf.set_left_margin(x)
    pdf.set_right_margin(pdf.w - x - width)
    pdf.signatures([(lurah, head.lurah_name, nip)], place_date, fill=width < pdf.w / 2)
    pdf.set_left_margin(left)
    pdf.set_right_margin(right)
    return pdf.to_bytes()


def _title(pdf: Page) -> None:
    pdf.set_font(pdf.font_family, "B", 10.5)
    pdf.multi_cell(0, 5.5, t("excel.rekap.title"), align="C", new_x="LMARGIN")
    pdf.set_font(pdf.font_family, size=9)
    pdf.cell(0, 5, t("excel.rekap.addressee"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _facts(pdf: Page, report: RekapReport) -> None:
    """Kelurahan, kecamatan, period and date in two columns of two lines."""
    half = pdf.content_width / 2
    pairs = [
        (t("excel.rekap.kelurahan"), report.kelurahan),
        (t("excel.rekap.period"), report.period),
        (t("excel.rekap.kecamatan"), report.kecamatan),
        (t("excel.rekap.printed"), long_date(report.printed_on)),
    ]
    pdf.set_font(pdf.font_family, size=8.5)
    for index, (label, value) in enumerate(pairs):
        pdf.cell(28, 4.6, label)
        pdf.cell(3, 4.6, ":")
        pdf.cell(half - 31, 4.6, value)
        if index % 2:
            pdf.ln(4.6)
    pdf.ln(2)


def _two_columns(pdf: Page, blocks: list[Block]) -> tuple[float, float]:
    """Each table goes to the shorter column, in order; both columns start at the same line.

    Returns where the signature goes: the shorter column when it fits there, else below both.
    """
    gap = 6.0
    width = (pdf.content_width - gap) / 2
    lefts = (pdf.l_margin, pdf.l_margin + width + gap)
    bottom = pdf.h - pdf.b_margin
    tops = [pdf.get_y(), pdf.get_y()]
    for block in blocks:
        side = 0 if tops[0] <= tops[1] else 1
        if tops[side] + block.height(pdf, width) > bottom:
            pdf.add_page()
            tops = [pdf.get_y(), pdf.get_y()]
        pdf.set_y(tops[side])
        _draw(pdf, block, lefts[side], width)
        tops[side] = pdf.get_y()
    side = 0 if tops[0] <= tops[1] else 1
    if tops[side] + SIGNATURE_HEIGHT <= bottom:
        pdf.set_y(tops[side] - 4)
        return lefts[side], width
    pdf.set_y(max(tops))
    return pdf.l_margin, pdf.content_width


def _draw(pdf: Page, block: Block, x: float, width: float) -> None:
    left, right = pdf.l_margin, pdf.r_margin
    pdf.set_left_margin(x)
    pdf.set_right_margin(pdf.w - x - width)
    pdf.set_x(x)
    pdf.set_font(pdf.font_family, "B", 8)
    pdf.multi_cell(width, TITLE, block.title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.grid_table(
        block.columns,
        block.rows,
        row_height=ROW,
        header_height=HEAD,
        font_size=FONT_SIZE,
        empty=t("excel.rekap.none"),
    )
    pdf.ln(GAP)
    pdf.set_left_margin(left)
    pdf.set_right_margin(right)


def _with_total(rows: list[list[int | str]]) -> tuple[tuple[str, ...], ...]:
    if rows:
        sums = [sum(int(row[i]) for row in rows) for i in range(1, len(rows[0]))]
        rows = [*rows, [t("excel.rekap.total"), *sums]]
    return tuple(tuple(_text(v) for v in row) for row in rows)


def _text(value: int | str) -> str:
    return value if isinstance(value, str) else f"{value:,}".replace(",", ".")


def _numbers(first: str, *others: str, first_width: float = 0) -> tuple[Column, ...]:
    return (Column(first, first_width), *(Column(h, 17, "R") for h in others))


def _blocks(data: RekapData) -> list[Block]:
    return [
        _summary(data),
        _by_type(data),
        _members(data),
        Block(
            t("excel.rekap.groups_by_sector"),
            _numbers(t("excel.rekap.sector"), t("excel.rekap.count")),
            _with_total([[name, n] for name, n in data.groups_by_sector]),
        ),
        Block(
            t("excel.rekap.groups_by_level", date=long_date(data.as_of)),
            _numbers(t("excel.rekap.level"), t("excel.rekap.count")),
            _with_total(
                [
                    [LEVEL_LABELS.get(code) or t("excel.rekap.not_assessed"), n]
                    for code, n in data.groups_by_level
                ]
            ),
        ),
        *_activities(data),
    ]


def _summary(data: RekapData) -> Block:
    """The Excel Rekap's headline figures (excel/rekap.indicator_figures), in its order."""
    return Block(
        t("excel.rekap.indicators"),
        (Column(t("excel.rekap.item"), 0), Column(t("excel.rekap.count"), 26, "R")),
        tuple(
            (t(key), ("Rp " if key == MONEY_KEY else "") + _text(value))
            for key, value in indicator_figures(data)
        ),
    )


def _by_type(data: RekapData) -> Block:
    headers = (
        t("excel.rekap.status_aktif"),
        t("print.rekap.status_kurang"),
        t("print.rekap.status_tidak"),
        t("excel.rekap.count"),
    )
    rows: list[list[int | str]] = [[n, a, k, x, a + k + x] for n, a, k, x in data.groups_by_type]
    columns = (Column(t("excel.rekap.group_type"), 0), *(Column(h, 13, "R") for h in headers))
    return Block(t("excel.rekap.groups_by_type"), columns, _with_total(rows))


def _band_label(index: int) -> str:
    if index < 0:
        return t("excel.rekap.age_unknown")
    low, high = AGE_BANDS[index]
    if index == 0:
        return t("excel.rekap.age_under", age=high + 1)
    if index == len(AGE_BANDS) - 1:
        return t("excel.rekap.age_over", age=low)
    return t("excel.rekap.age_band", low=low, high=high)


def _members(data: RekapData) -> Block:
    rows: list[list[int | str]] = [[_band_label(i), m, f, m + f] for i, m, f in data.members_by_age]
    headers = (t("excel.rekap.male"), t("excel.rekap.female"), t("excel.rekap.count"))
    columns = (Column(t("excel.rekap.age"), 0), *(Column(h, 16, "R") for h in headers))
    return Block(
        t("excel.rekap.members_by_age", date=long_date(data.as_of)), columns, _with_total(rows)
    )


def _activities(data: RekapData) -> list[Block]:
    money = t("excel.rekap.money")
    by_sector: list[list[int | str]] = [list(row) for row in data.activities_by_sector]
    by_month: list[list[int | str]] = [
        [f"{t(f'excel.month.{m}')} {y}", n, a] for y, m, n, a in data.activities_by_month
    ]
    by_source: list[list[int | str]] = [[s, n, a] for s, n, a in data.money_by_source]
    activities = t("excel.rekap.activities")
    return [
        Block(
            t("excel.rekap.activities_by_sector"),
            (
                Column(t("excel.rekap.sector"), 0),
                # Short headings in a half-page table: attendance from the daftar hadir, and the
                # participants the activities reported (the summary above names both in full).
                Column(activities, 14, "R"),
                Column(t("print.rekap.col_attended"), 12, "R"),
                Column(t("print.rekap.col_reported"), 13, "R"),
                Column(money, 20, "R"),
            ),
            _with_total(by_sector),
        ),
        Block(
            t("excel.rekap.activities_by_month"),
            (
                Column(t("excel.rekap.month"), 0),
                Column(activities, 14, "R"),
                Column(money, 22, "R"),
            ),
            _with_total(by_month),
        ),
        Block(
            t("excel.rekap.money_by_source"),
            (
                Column(t("excel.rekap.funding"), 0),
                Column(activities, 14, "R"),
                Column(money, 22, "R"),
            ),
            _with_total(by_source),
        ),
    ]


def _moved_up(data: RekapData) -> Block:
    columns = (
        Column(t("excel.rekap.group"), 0),
        Column(t("excel.rekap.level_from"), 16),
        Column(t("excel.rekap.level_to"), 16),
        Column(t("print.rekap.assessed_on"), 13, "C"),
    )
    rows = tuple(
        (f"{name} ({kind})", LEVEL_LABELS[old], LEVEL_LABELS[new], on.strftime("%d-%m-%y"))
        for name, kind, old, new, on in data.moved_up
    )
    return Block(t(moved_up_key(data, "excel.rekap.moved_up")), columns, rows)
