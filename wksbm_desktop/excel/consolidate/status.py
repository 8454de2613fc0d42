"""The Status laporan sheet: per kelurahan the file used, older copies ignored, files refused."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from wksbm_desktop.core.domain.local_time import parse_offset, zone_label
from wksbm_desktop.excel.consolidate.layout import HEADER_HEIGHT, LINE_HEIGHT
from wksbm_desktop.excel.consolidate.scan import (
    COUNT_SHEETS,
    MISSING,
    USED,
    KelurahanStatus,
    ReportFile,
)
from wksbm_desktop.excel.writing import styles
from wksbm_desktop.excel.writing.print_fit import wrapped_lines
from wksbm_desktop.excel.writing.xlsx_out import Sheet, Styled, styled
from wksbm_desktop.i18n import t

# Within the width that prints at 8 points on A4 landscape (print_fit.page_budget).
WIDTHS = [4.0, 13.0, 11.0, 13.0, 11.0, 15.0, 14.0, 13.0, 17.0, 11.0, 9.0, 7.0, 12.0, 9.0, 19.0]
_COLUMNS = (
    "no",
    "code",
    "kecamatan",
    "kelurahan",
    "state",
    "file",
    "folder",
    "checksum",
    "generated",
    "period",
    "groups",
    "members",
    "memberships",
    "activities",
    "problems",
)
_WRAPPED = {2, 3, 4, 5, 6, 9, 14}  # columns whose text may take several lines
_STAMP = _COLUMNS.index("generated")
CHECKSUM_DIGITS = 12  # enough to tell two files apart at a glance
_WRAP = {"text_wrap": True, "valign": "top"}
_TOP = {"valign": "top"}
_BOX = {"border": 1, "border_color": "#A6A6A6"}
MISSING_FILL = {"pattern": 1, "bg_color": "#FCE4D6"}
_BAD_FONT = {"bold": True, "font_color": "#9C0006"}


def write_status_sheet(
    sheet: Sheet, board: list[KelurahanStatus], rejected: list[ReportFile]
) -> int:
    """One row per kelurahan (used report or "belum lapor"), per older copy, per refused file."""
    sheet.set_widths(WIDTHS)
    sheet.setup_data_sheet(len(WIDTHS))
    sheet.set_height(1, HEADER_HEIGHT)
    sheet.append([styled(t(f"consolidate.status.col_{key}"), "header") for key in _COLUMNS])
    rows: list[tuple[KelurahanStatus | None, ReportFile | None]]
    rows = [(s, r) for s in board for r in ([s.report, *s.older] if s.report else [None])]
    rows += [(None, r) for r in rejected]
    for number, (status, report) in enumerate(rows, start=1):
        cells = _row(number, status, report)
        height = _row_height(cells)
        if height:
            sheet.set_height(number + 1, height)
        sheet.append(cells)
    sheet.finish_table(len(WIDTHS))
    return len(rows)


def _row(number: int, status: KelurahanStatus | None, report: ReportFile | None) -> list[Styled]:
    state = report.state if report is not None else MISSING
    values: list[tuple[Any, str]] = [
        (number, "count"),
        *_place(status, report),
        (t(f"consolidate.state.{state}"), "text"),
    ]
    if report is None:
        values += [(None, "text")] * 10
    else:
        stamp = report.generated_at
        values += [
            (report.name, "text"),
            (report.folder or str(report.path.parent), "text"),
            (report.checksum[:CHECKSUM_DIGITS] or file_checksum(report.path), "id"),
            (stamp, "datetime"),
            (report.period_text, "text"),
        ]
        counted = report.meta and state != "unreadable"
        values += [(report.count(key) if counted else None, "count") for key in COUNT_SHEETS]
        values.append(("\n".join(issue.message for issue in report.issues), "text"))
    extra: dict[str, Any] = {}
    if report is None:
        extra = MISSING_FILL
    # "Dibuat" is on the sender's clock: its zone is named, as the sender's _meta states it.
    stamp_format = {"num_format": f'{styles.DATETIME_FORMAT} "{_zone(report)}"'} if report else {}
    return [
        styled(
            value,
            kind,
            **_BOX,
            **(_WRAP if index in _WRAPPED else _TOP),
            **extra,
            **(stamp_format if index == _STAMP else {}),
            **(_BAD_FONT if index == 4 and report is not None and state != USED else {}),
        )
        for index, (value, kind) in enumerate(values)
    ]


def _row_height(cells: list[Styled]) -> float | None:
    """Points for a row whose wrapped cells need more than one line (words wrap whole)."""
    lines = max(
        (wrapped_lines(str(c.value), WIDTHS[i]) for i, c in enumerate(cells)
         if i in _WRAPPED and c.value),
        default=1,
    )  # fmt: skip
    return LINE_HEIGHT * lines if lines > 1 else None


def _zone(report: ReportFile) -> str:
    """The zone of the sender's clock, as its _meta states it (older reports do not)."""
    offset = parse_offset(report.meta.get("utc_offset"))
    return zone_label(offset) if offset is not None else t("consolidate.status.local_time")


def file_checksum(path: Path) -> str:
    """The first digits of the file's SHA-256: two files of one name told apart."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()[:CHECKSUM_DIGITS]


def _place(status: KelurahanStatus | None, report: ReportFile | None) -> list[tuple[Any, str]]:
    """Code, kecamatan and kelurahan: from the reference list, or as the file states them."""
    if status is not None:
        k = status.kelurahan
        return [(k.code, "id"), (k.kecamatan_name, "text"), (k.name, "text")]
    meta = report.meta if report is not None else {}
    return [
        (meta.get("kelurahan_code"), "id"),
        (meta.get("kecamatan_name"), "text"),
        (meta.get("kelurahan_name"), "text"),
    ]
