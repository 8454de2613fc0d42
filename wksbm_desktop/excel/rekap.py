"""The Rekap sheet: official header block, summary tables, native charts, Lurah's signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wksbm_desktop.excel.rekap_data import AGE_BANDS, RekapData
from wksbm_desktop.excel.schema import LEVEL_LABELS, REKAP_SHEET
from wksbm_desktop.excel.xlsx_out import Book, Sheet, Styled, styled
from wksbm_desktop.i18n import t

WIDTHS = [34.0, 15.0, 15.0, 15.0, 17.0]
LAST_COLUMN = len(WIDTHS) - 1  # 0-based: E
CHART_WIDTH, CHART_HEIGHT = 605, 283  # pixels: 16 x 7.5 cm, as the openpyxl charts were


@dataclass(frozen=True)
class RekapHeader:
    kelurahan: str
    kecamatan: str
    period: str
    printed_on: date
    lurah_name: str
    lurah_nip: str
    kelurahan_name: str = ""


def long_date(value: date) -> str:
    """ "28 November 2026", the way a letter is dated."""
    return f"{value.day} {t(f'excel.month.{value.month}')} {value.year}"


class RekapWriter:
    """Appends the Rekap rows in order, remembering where each table landed for the charts."""

    def __init__(self, book: Book, sheet: Sheet) -> None:
        self.book = book
        self.sheet = sheet

    @property
    def row(self) -> int:
        return self.sheet.row

    def append(self, values: list[Any]) -> int:
        return self.sheet.append(values)

    def blank(self) -> None:
        self.append([])

    def centred_title(self, text: str, kind: str, **font: Any) -> None:
        self.sheet.merged_row((styled(text, kind, align="center", **font), 0, LAST_COLUMN))

    def label_value(self, label: str, value: str) -> None:
        self.append([styled(label, "bold"), value])

    def table(self, title: str, headers: list[str], rows: list[list[Any]], total: bool) -> int:
        """A titled table with a header row and an optional total row; returns the header row."""
        self.append([styled(title, "subtitle")])
        header_row = self.append([styled(h, "header") for h in headers])
        for values in rows:
            self.append([self._data_cell(v, i) for i, v in enumerate(values)])
        if total and rows:
            sums = [_sum_like(rows, i) for i in range(1, len(headers))]
            cells = [styled(t("excel.rekap.total"), "bold")]
            self.append(cells + [self._data_cell(s, i + 1, bold=True) for i, s in enumerate(sums)])
        if not rows:
            self.append([t("excel.rekap.none")])
        self.blank()
        return header_row

    def _data_cell(self, value: Any, index: int, bold: bool = False) -> Styled:
        extra = {"bold": True} if bold else {}
        if isinstance(value, int) and index > 0:
            kind = "money" if isinstance(value, _Money) else "count"
            return styled(int(value), kind, **BOX, **extra)
        return styled(value, "text", **BOX, **extra)


BOX = {"border": 1, "border_color": "#A6A6A6"}


class _Money(int):
    """An int that the Rekap tables format as rupiah."""


def _sum_like(rows: list[list[Any]], index: int) -> int:
    total = sum(row[index] for row in rows)
    return _Money(total) if isinstance(rows[0][index], _Money) else total


def write_rekap(book: Book, sheet: Sheet, header: RekapHeader, data: RekapData) -> None:
    sheet.set_widths(WIDTHS)
    sheet.setup_print(landscape=True)
    out = RekapWriter(book, sheet)
    _header_block(out, header)
    _summary(out, data)
    _group_tables(out, data)
    age_row = _member_table(out, data)
    month_row = _activity_tables(out, data)
    _moved_up_table(out, data)
    _signature(out, header)
    _charts(out, data, age_row, month_row)


def _header_block(out: RekapWriter, header: RekapHeader) -> None:
    out.centred_title(t("excel.rekap.government"), "title")
    out.centred_title(t("excel.rekap.title"), "subtitle")
    out.centred_title(t("excel.rekap.addressee"), "text", font_size=11)
    out.blank()
    out.label_value(t("excel.rekap.kelurahan"), header.kelurahan)
    out.label_value(t("excel.rekap.kecamatan"), header.kecamatan)
    out.label_value(t("excel.rekap.period"), header.period)
    out.label_value(t("excel.rekap.printed"), long_date(header.printed_on))
    out.blank()


def _summary(out: RekapWriter, data: RekapData) -> None:
    groups = sum(sum(r[1:]) for r in data.groups_by_type)
    active = sum(r[1] for r in data.groups_by_type)
    money = sum(r[2] for r in data.money_by_source)
    rows = [
        [t("excel.rekap.sum_groups"), groups],
        [t("excel.rekap.sum_active_groups"), active],
        [t("excel.rekap.sum_members"), data.members_total],
        [t("excel.rekap.sum_memberships"), data.current_memberships],
        [t("excel.rekap.sum_activities"), sum(r[2] for r in data.activities_by_month)],
        [t("excel.rekap.sum_money"), _Money(money)],
        [t(_moved_up_key(data, "excel.rekap.sum_moved_up")), len(data.moved_up)],
    ]
    out.table(
        t("excel.rekap.summary"), [t("excel.rekap.item"), t("excel.rekap.count")], rows, False
    )


def _group_tables(out: RekapWriter, data: RekapData) -> None:
    headers = [
        t("excel.rekap.group_type"),
        t("excel.rekap.status_aktif"),
        t("excel.rekap.status_kurang"),
        t("excel.rekap.status_tidak"),
        t("excel.rekap.count"),
    ]
    rows = [[name, a, k, n, a + k + n] for name, a, k, n in data.groups_by_type]
    out.table(t("excel.rekap.groups_by_type"), headers, rows, True)
    rows = [[name, number] for name, number in data.groups_by_sector]
    headers = [t("excel.rekap.sector"), t("excel.rekap.count")]
    out.table(t("excel.rekap.groups_by_sector"), headers, rows, True)
    rows = [
        [LEVEL_LABELS.get(c) or t("excel.rekap.not_assessed"), n] for c, n in data.groups_by_level
    ]
    headers = [t("excel.rekap.level"), t("excel.rekap.count")]
    out.table(t("excel.rekap.groups_by_level", date=long_date(data.as_of)), headers, rows, True)


def _band_label(index: int) -> str:
    if index < 0:
        return t("excel.rekap.age_unknown")
    low, high = AGE_BANDS[index]
    if index == 0:
        return t("excel.rekap.age_under", age=high + 1)
    if index == len(AGE_BANDS) - 1:
        return t("excel.rekap.age_over", age=low)
    return t("excel.rekap.age_band", low=low, high=high)


def _member_table(out: RekapWriter, data: RekapData) -> int:
    rows = [[_band_label(i), m, f, m + f] for i, m, f in data.members_by_age]
    headers = [
        t("excel.rekap.age"),
        t("excel.rekap.male"),
        t("excel.rekap.female"),
        t("excel.rekap.count"),
    ]
    title = t("excel.rekap.members_by_age", date=long_date(data.as_of))
    return out.table(title, headers, rows, True)


def _activity_tables(out: RekapWriter, data: RekapData) -> int:
    rows = [[s, n, p, _Money(a)] for s, n, p, a in data.activities_by_sector]
    headers = [
        t("excel.rekap.sector"),
        t("excel.rekap.activities"),
        t("excel.rekap.participants"),
        t("excel.rekap.money"),
    ]
    out.table(t("excel.rekap.activities_by_sector"), headers, rows, True)
    rows = [
        [f"{t(f'excel.month.{m}')} {y}", n, _Money(a)] for y, m, n, a in data.activities_by_month
    ]
    headers = [t("excel.rekap.month"), t("excel.rekap.activities"), t("excel.rekap.money")]
    month_row = out.table(t("excel.rekap.activities_by_month"), headers, rows, True)
    rows = [[s, n, _Money(a)] for s, n, a in data.money_by_source]
    headers = [t("excel.rekap.funding"), t("excel.rekap.activities"), t("excel.rekap.money")]
    out.table(t("excel.rekap.money_by_source"), headers, rows, True)
    return month_row


def _moved_up_table(out: RekapWriter, data: RekapData) -> None:
    rows = [
        [name, kind, LEVEL_LABELS[old], LEVEL_LABELS[new], on]
        for name, kind, old, new, on in data.moved_up
    ]
    headers = [
        t("excel.rekap.group"),
        t("excel.rekap.group_type"),
        t("excel.rekap.level_from"),
        t("excel.rekap.level_to"),
        t("excel.rekap.assessed_on"),
    ]
    out.append([styled(t("excel.rekap.moved_up"), "subtitle")])
    out.append([styled(h, "header") for h in headers])
    for row in rows:
        cells = [styled(v, "text", **BOX) for v in row[:4]] + [styled(row[4], "date", **BOX)]
        out.append(cells)
    if not rows:
        out.append([t("excel.rekap.none")])
    out.blank()


def _signature(out: RekapWriter, header: RekapHeader) -> None:
    out.blank()
    pad = [None, None, None]
    out.append([*pad, t("excel.rekap.place_date", date=long_date(header.printed_on))])
    lurah_of = t("excel.rekap.lurah_of", name=header.kelurahan_name.upper())
    out.append([*pad, styled(lurah_of, "bold")])
    for _ in range(3):
        out.blank()
    name = header.lurah_name or t("excel.rekap.lurah_blank")
    out.append([*pad, styled(name, "bold", underline=1)])
    out.append([*pad, t("excel.rekap.nip", nip=header.lurah_nip or "-")])


def _charts(out: RekapWriter, data: RekapData, age_row: int, month_row: int) -> None:
    """Two native column charts beside the tables (rows are 1-based, as RekapWriter counts)."""
    if data.activities_by_month:
        last = month_row + len(data.activities_by_month)
        chart = _bar(out.book, t("excel.rekap.chart_months"), t("excel.rekap.activities"))
        _series(chart, month_row, last, 1)
        out.sheet.ws.insert_chart("G6", chart)
    chart = _bar(out.book, t("excel.rekap.chart_members"), t("excel.rekap.count"))
    last = age_row + len(data.members_by_age)
    for column in (1, 2):
        _series(chart, age_row, last, column)
    out.sheet.ws.insert_chart("G24", chart)


def _series(chart: Any, header_row: int, last_row: int, column: int) -> None:
    """A series named by its heading cell, over the table's rows (0-based references)."""
    chart.add_series(
        {
            "name": [REKAP_SHEET, header_row - 1, column],
            "categories": [REKAP_SHEET, header_row, 0, last_row - 1, 0],
            "values": [REKAP_SHEET, header_row, column, last_row - 1, column],
        }
    )


def _bar(book: Book, title: str, axis: str) -> Any:
    chart = book.workbook.add_chart({"type": "column"})
    chart.set_title({"name": title})
    chart.set_y_axis({"name": axis})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
    return chart


def _moved_up_key(data: RekapData, key: str) -> str:
    return key if data.period_start is not None else key + "_since"
