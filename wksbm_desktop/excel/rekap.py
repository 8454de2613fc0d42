"""The Rekap sheet: official header block, summary tables, native charts, Lurah's signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font

from wksbm_desktop.excel import styles
from wksbm_desktop.excel.cells import CellMaker
from wksbm_desktop.excel.rekap_data import AGE_BANDS, RekapData
from wksbm_desktop.excel.schema import LEVEL_LABELS
from wksbm_desktop.i18n import t

WIDTHS = [34.0, 15.0, 15.0, 15.0, 17.0]
LAST_COLUMN = "E"


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

    def __init__(self, worksheet: Any) -> None:
        self.ws = worksheet
        self.make = CellMaker(worksheet)
        self.row = 0
        self.charts: list[tuple[Any, str]] = []

    def append(self, values: list[Any]) -> int:
        self.ws.append(values)
        self.row += 1
        return self.row

    def blank(self) -> None:
        self.append([])

    def centred_title(self, text: str, font: Font) -> None:
        cell = self.make.styled(text, "title")
        cell.font = font
        cell.alignment = Alignment(horizontal="center")
        row = self.append([cell])
        self.ws.merged_cells.add(f"A{row}:{LAST_COLUMN}{row}")

    def label_value(self, label: str, value: str) -> None:
        self.append([self.make.styled(label, "bold"), self.make.text(value)])

    def table(self, title: str, headers: list[str], rows: list[list[Any]], total: bool) -> int:
        """A titled table with a header row and an optional total row; returns the header row."""
        self.append([self.make.styled(title, "subtitle")])
        header_row = self.append([self.make.bold(h) for h in headers])
        for values in rows:
            self.append([self._data_cell(v, i) for i, v in enumerate(values)])
        if total and rows:
            sums = [_sum_like(rows, i) for i in range(1, len(headers))]
            cells = [self.make.styled(t("excel.rekap.total"), "bold")]
            self.append(cells + [self._data_cell(s, i + 1, bold=True) for i, s in enumerate(sums)])
        if not rows:
            self.append([self.make.text(t("excel.rekap.none"))])
        self.blank()
        return header_row

    def _data_cell(self, value: Any, index: int, bold: bool = False) -> Any:
        if isinstance(value, int) and index > 0:
            kind = "money" if isinstance(value, _Money) else "count"
            cell = self.make.styled(int(value), kind)
        else:
            cell = self.make.styled(value, "bold" if bold else "text")
        if bold:
            cell.font = styles.HEADER_FONT
        cell.border = styles.BOX
        return cell


class _Money(int):
    """An int that the Rekap tables format as rupiah."""


def _sum_like(rows: list[list[Any]], index: int) -> int:
    total = sum(row[index] for row in rows)
    return _Money(total) if isinstance(rows[0][index], _Money) else total


def write_rekap(worksheet: Any, header: RekapHeader, data: RekapData) -> None:
    styles.set_widths(worksheet, WIDTHS)
    styles.setup_print(worksheet, landscape=True)
    out = RekapWriter(worksheet)
    _header_block(out, header)
    _summary(out, data)
    _group_tables(out, data)
    age_row = _member_table(out, data)
    month_row = _activity_tables(out, data)
    _moved_up_table(out, data)
    _signature(out, header)
    _charts(out, data, age_row, month_row)


def _header_block(out: RekapWriter, header: RekapHeader) -> None:
    out.centred_title(t("excel.rekap.government"), styles.TITLE_FONT)
    out.centred_title(t("excel.rekap.title"), styles.SUBTITLE_FONT)
    out.centred_title(t("excel.rekap.addressee"), Font(size=11))
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
        [t("excel.rekap.sum_moved_up"), len(data.moved_up)],
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
    out.append([out.make.styled(t("excel.rekap.moved_up"), "subtitle")])
    out.append([out.make.bold(h) for h in headers])
    for row in rows:
        cells = [out.make.text(v) for v in row[:4]] + [out.make.styled(row[4], "date")]
        for cell in cells:
            if cell is not None and not isinstance(cell, str):
                cell.border = styles.BOX
        out.append(cells)
    if not rows:
        out.append([out.make.text(t("excel.rekap.none"))])
    out.blank()


def _signature(out: RekapWriter, header: RekapHeader) -> None:
    out.blank()
    pad = [None, None, None]
    out.append([*pad, t("excel.rekap.place_date", date=long_date(header.printed_on))])
    out.append(
        [
            *pad,
            out.make.styled(t("excel.rekap.lurah_of", name=header.kelurahan_name.upper()), "bold"),
        ]
    )
    for _ in range(3):
        out.blank()
    name = out.make.styled(header.lurah_name or t("excel.rekap.lurah_blank"), "bold")
    name.font = Font(bold=True, underline="single")
    out.append([*pad, name])
    out.append([*pad, out.make.text(t("excel.rekap.nip", nip=header.lurah_nip or "-"))])


def _charts(out: RekapWriter, data: RekapData, age_row: int, month_row: int) -> None:
    if data.activities_by_month:
        chart = _bar(t("excel.rekap.chart_months"), t("excel.rekap.activities"))
        last = month_row + len(data.activities_by_month)
        chart.add_data(
            Reference(out.ws, min_col=2, min_row=month_row, max_row=last), titles_from_data=True
        )
        chart.set_categories(Reference(out.ws, min_col=1, min_row=month_row + 1, max_row=last))
        out.ws.add_chart(chart, "G6")
    chart = _bar(t("excel.rekap.chart_members"), t("excel.rekap.count"))
    chart.grouping, chart.overlap = "clustered", 0
    last = age_row + len(data.members_by_age)
    chart.add_data(
        Reference(out.ws, min_col=2, max_col=3, min_row=age_row, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(out.ws, min_col=1, min_row=age_row + 1, max_row=last))
    out.ws.add_chart(chart, "G24")


def _bar(title: str, axis: str) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = axis
    chart.height, chart.width = 7.5, 16
    chart.legend.position = "b"
    return chart
