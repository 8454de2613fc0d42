"""The "Rekap Program" sheet of the report: is the programme working? (issue 19, point 6)

Printed like the Rekap beside it (the same heading, two blocks of tables, the Lurah's
signature): what needs attention (overdue LPJ, groups without a visit or indicators for six
months, by name), group levels at the end of last year and on the figure date with this year's
moves, business growth of groups with and without aid, and aid by source against what is
accounted for. Figures: core/queries/programme_progress.py, on the Rekap's figure date.
A sheet for people: the import reads nothing from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.programme_progress import (
    Growth,
    ProgrammeProgress,
    QuietGroup,
    SourceAid,
    percent_text,
    programme_progress,
    quiet_groups,
)
from wksbm_desktop.excel.report.rekap import (
    Pair,
    RekapHeader,
    header_block,
    long_date,
    write_bands,
)
from wksbm_desktop.excel.report.rekap_layout import Grid, Money, RekapLayout, Table
from wksbm_desktop.excel.report.schema import LEVEL_LABELS
from wksbm_desktop.excel.writing.xlsx_out import Sheet
from wksbm_desktop.i18n import t

PROGRAMME_SHEET = "Rekap Program"
LISTED = 15  # groups named per list; the counts above cover them all
WIDE_LABEL = [(0, 3), (4, 4)]  # a long label and one figure
TWO_FIGURES = [(0, 0), (1, 2), (3, 4)]  # a label and two wide figures (money)
LONG_LABEL = [(0, 1), (2, 3), (4, 4)]  # a longer label and two figures ("8 dari 12")


@dataclass(frozen=True)
class ProgrammeRekap:
    """What the sheet shows: the figures and the first groups of each list."""

    progress: ProgrammeProgress
    unvisited: list[QuietGroup]
    unrecorded: list[QuietGroup]


def collect_programme(session: Session, as_of: date) -> ProgrammeRekap:
    """The programme's figures on the Rekap's figure date (the day the states describe)."""
    return ProgrammeRekap(
        programme_progress(session, as_of),
        quiet_groups(session, as_of, "visit", LISTED),
        quiet_groups(session, as_of, "indicators", LISTED),
    )


def write_rekap_programme(sheet: Sheet, header: RekapHeader, data: ProgrammeRekap) -> RekapLayout:
    grid = Grid()
    as_of = data.progress.today
    row = header_block(grid, header, as_of, title="progress.rekap.title")
    layout, _placed = write_bands(sheet, grid, row, _pairs(data), header)
    return layout


def _pairs(data: ProgrammeRekap) -> list[Pair]:
    progress = data.progress
    return [
        (("attention", _attention(progress)), ("levels", _levels(progress))),
        (("moves", _moves(progress)), ("growth", _growth(progress))),
        (("aid", _aid(progress)), ("lpj", _lpj(progress))),
        (
            ("unvisited", _listed(data.unvisited, progress.without_visit, "visit")),
            ("unrecorded", _listed(data.unrecorded, progress.without_indicators, "indicators")),
        ),
        (("notes", _notes(progress)), None),
    ]


def _attention(progress: ProgrammeProgress) -> Table:
    rows: list[list[Any]] = [
        [t("progress.lpj_overdue"), progress.lpj_overdue],
        [t("progress.without_visit"), progress.without_visit],
        [t("progress.without_indicators"), progress.without_indicators],
        [t("progress.rekap.groups"), progress.groups],
    ]
    title = t("progress.rekap.attention", date=long_date(progress.today))
    headers = [t("excel.rekap.item"), t("excel.rekap.count")]
    return Table(title, headers, rows, total=False, spans=WIDE_LABEL)


def _levels(progress: ProgrammeProgress) -> Table:
    levels, year = progress.levels, progress.today.year
    rows: list[list[Any]] = [
        [LEVEL_LABELS[code], levels.last_year[code], levels.now[code]] for code in LEVEL_LABELS
    ]
    rows.append([
        t("progress.levels.not_assessed"),
        progress.groups - sum(levels.last_year.values()),
        progress.groups - sum(levels.now.values()),
    ])  # fmt: skip
    headers = [
        t("progress.levels.level"),
        t("progress.levels.last_year", year=year - 1),
        t("progress.rekap.on", date=progress.today.strftime("%d-%m-%Y")),
    ]
    title = t("progress.levels.title", last=year - 1)
    return Table(title, headers, rows, spans=TWO_FIGURES)


def _moves(progress: ProgrammeProgress) -> Table:
    levels = progress.levels
    rows: list[list[Any]] = [
        [t("progress.rekap.moved_up"), levels.moved_up],
        [t("progress.rekap.stayed"), levels.stayed],
        [t("progress.rekap.moved_down"), levels.moved_down],
        [t("progress.rekap.newly_assessed"), levels.newly_assessed],
        [t("progress.rekap.not_reassessed"), levels.not_reassessed],
        [t("progress.rekap.never_assessed"), levels.never_assessed],
    ]
    title = t("progress.rekap.moves", year=levels.year)
    headers = [t("progress.rekap.move"), t("excel.rekap.groups_count")]
    return Table(title, headers, rows, spans=WIDE_LABEL)


def _rose(growth: Growth) -> str:
    if not growth.groups:
        return "–"
    return t("progress.growth.rose", rose=growth.rose, groups=growth.groups)


def _growth(progress: ProgrammeProgress) -> Table:
    kinds = (progress.with_aid, progress.without_aid)
    turnover = [percent_text(k.turnover.median_percent) for k in kinds]
    savings = [percent_text(k.savings.median_percent) for k in kinds]
    rows: list[list[Any]] = [
        [t("progress.rekap.compared"), *(k.groups for k in kinds)],
        [t("progress.growth.turnover_rose"), *(_rose(k.turnover) for k in kinds)],
        [t("progress.rekap.turnover_median"), *turnover],
        [t("progress.growth.savings_rose"), *(_rose(k.savings) for k in kinds)],
        [t("progress.rekap.savings_median"), *savings],
    ]  # fmt: skip
    headers = [
        t("progress.growth.figure"),
        t("progress.growth.with_aid"),
        t("progress.growth.without_aid"),
    ]
    return Table(t("progress.growth.title"), headers, rows, total=False, spans=LONG_LABEL)


def _source(aid: SourceAid) -> str:
    return aid.source or t("progress.aid.no_source")


def _aid(progress: ProgrammeProgress) -> Table:
    rows: list[list[Any]] = [
        [_source(aid), Money(aid.approved), Money(aid.disbursed)] for aid in progress.aid
    ]
    headers = [t("progress.aid.source"), t("progress.aid.approved"), t("progress.aid.disbursed")]
    return Table(t("progress.rekap.aid"), headers, rows, spans=TWO_FIGURES)


def _lpj(progress: ProgrammeProgress) -> Table:
    rows: list[list[Any]] = [
        [_source(aid), Money(aid.accounted), aid.lpj_overdue] for aid in progress.aid
    ]
    headers = [t("progress.aid.source"), t("progress.aid.accounted"), t("progress.aid.overdue")]
    return Table(t("progress.rekap.lpj"), headers, rows, spans=[(0, 0), (1, 3), (4, 4)])


def _listed(groups: list[QuietGroup], count: int, kind: str) -> Table:
    def last(value: date | None) -> str:
        if value is None:
            return t("progress.list.never")
        return value.strftime("%d-%m-%Y") if kind == "visit" else f"{value.month:02d}/{value.year}"

    rows: list[list[Any]] = [[group.name, last(group.last)] for group in groups]
    if count > len(groups):
        rows.append([t("progress.rekap.more", count=count - len(groups)), ""])
    headers = [
        t("progress.list.group"),
        t("progress.list.last_visit" if kind == "visit" else "progress.list.last_period"),
    ]
    title = t(f"progress.list.{kind}_title")
    return Table(title, headers, rows, total=False, spans=[(0, 2), (3, 4)])


def _notes(progress: ProgrammeProgress) -> Table:
    year = progress.today.year
    rows: list[list[Any]] = [
        [t("progress.rekap.note_levels", year=year, last=year - 1)],
        [t("progress.rekap.note_aid")],
        [t("progress.growth.note")],
        [t("progress.rekap.note_gaps")],
    ]
    headers = [t("progress.rekap.notes_head")]
    return Table(t("progress.rekap.notes"), headers, rows, total=False, spans=[(0, 4)])
