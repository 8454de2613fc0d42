"""How aid reads on screen: the LPJ state in words, the rows of the tables, flagged cells.

Shared by the Bantuan page and the group's detail panel, so both say "LPJ terlambat" alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from wksbm_desktop.core.queries.aid import AidRow, DisbursementRow, OverdueReport, ReportRow
from wksbm_desktop.core.queries.labels import date_text, rupiah, thousands
from wksbm_desktop.core.queries.programme_group import ArchivedRecord
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.simple import AnyIndex, TextTableModel

OVERDUE_COLOUR = "#a50e0e"  # the forms' error red: readable on white and on the alternate rows


def today() -> date:
    """The day the LPJ states are judged on; tests put a fixed day here."""
    return date.today()


def lpj_text(row: AidRow) -> str:
    """The LPJ state of an aid in words (never by colour alone)."""
    if row.lpj_state == "overdue":
        return t("aid_ui.lpj.overdue", date=date_text(row.lpj_next_due))
    if row.lpj_state == "owed":
        return t("aid_ui.lpj.owed", date=date_text(row.lpj_next_due))
    if row.lpj_state in ("submitted", "accepted"):
        return t(f"aid_ui.lpj.{row.lpj_state}")
    # No LPJ recorded: approved aid owes one; a proposal or a refusal does not.
    return t("aid_ui.lpj.none") if row.decision == "disetujui" else ""


def decision_text(row: AidRow) -> str:
    text = t(f"programme.decision.{row.decision}")
    return f"{text} ({date_text(row.decided_on)})" if row.decided_on else text


def aid_cells(row: AidRow) -> tuple[str, ...]:
    """The Bantuan page's columns (AID_COLUMNS)."""
    approved = row.decision == "disetujui"
    return (
        date_text(row.proposed_on),
        row.purpose,
        rupiah(row.amount_requested),
        decision_text(row),
        row.source,
        rupiah(row.amount_approved) if approved else "",
        rupiah(row.disbursed) if approved else "",
        rupiah(row.remaining) if approved else "",
        lpj_text(row),
    )


AID_COLUMNS = (
    "proposed_on", "purpose", "requested", "decision", "source", "approved", "disbursed",
    "remaining", "lpj",
)  # fmt: skip
AID_MONEY_COLUMNS = (2, 5, 6, 7)
AID_LPJ_COLUMN = 8


def disbursement_cells(row: DisbursementRow) -> tuple[str, ...]:
    return (date_text(row.disbursed_on), t(f"programme.form.{row.form}"), rupiah(row.amount),
            row.goods, row.notes)  # fmt: skip


DISBURSEMENT_COLUMNS = ("disbursed_on", "form", "amount", "goods", "notes")


def report_state(row: ReportRow) -> str:
    """ "Terlambat 12 hari" for an overdue LPJ, else nothing: the status says the rest."""
    return t("aid_ui.report.late", days=thousands(row.days_overdue)) if row.days_overdue else ""


def report_cells(row: ReportRow) -> tuple[str, ...]:
    return (date_text(row.due_on), t(f"programme.lpj.{row.status}"),
            date_text(row.submitted_on), report_state(row), row.remarks)  # fmt: skip


REPORT_COLUMNS = ("due_on", "status", "submitted_on", "late", "remarks")
REPORT_LATE_COLUMN = 3


def archived_cells(record: ArchivedRecord) -> tuple[str, ...]:
    if record.kind == "disbursement":
        detail = t(f"programme.form.{record.detail}")
    elif record.kind == "report":
        detail = t(f"programme.lpj.{record.detail}")
    else:
        detail = ""
    return (
        t(f"aid_ui.archived.kind.{record.kind}"),
        date_text(record.day),
        record.purpose,
        rupiah(record.amount) if record.kind != "report" else "",
        detail,
        date_text(record.archived_at),
    )


ARCHIVED_COLUMNS = ("kind", "day", "purpose", "amount", "detail", "archived_at")


def overdue_flag(reports: Sequence[OverdueReport]) -> str:
    """The group's overdue LPJ in one line, the longest overdue named: "" when none."""
    if not reports:
        return ""
    first = reports[0]
    text = t("aid_ui.flag.overdue", date=date_text(first.due_on),
             days=thousands(first.days_overdue), purpose=first.purpose)  # fmt: skip
    if len(reports) > 1:
        text += " " + t("aid_ui.flag.more", count=thousands(len(reports) - 1))
    return text


class FlaggedTableModel(TextTableModel):
    """Rows of text where some cells are flagged: red and bold, their words say why."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, parent=parent)
        self._flagged: set[tuple[int, int]] = set()
        self.keys: list[str] = []

    def set_flagged_rows(
        self, rows: Sequence[Sequence[str]], keys: Sequence[str], flagged: set[tuple[int, int]]
    ) -> None:
        self._flagged = set(flagged)
        self.keys = list(keys)
        self.set_rows(rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and (index.row(), index.column()) in self._flagged:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(OVERDUE_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
