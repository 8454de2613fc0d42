"""The group detail's Bantuan: a tab listing its aid with the LPJ state, and a red line among
the facts while an LPJ is overdue ("LPJ terlambat sejak batas waktu …"), in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from wksbm_desktop.core.queries.aid import GroupAid, OverdueReport, group_aid, overdue_reports
from wksbm_desktop.core.queries.labels import date_text, rupiah, thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailTable
from wksbm_desktop.ui.programme import aid_rows
from wksbm_desktop.ui.programme.aid_rows import FlaggedTableModel

if TYPE_CHECKING:
    from wksbm_desktop.ui.details.group_detail import GroupDetailPanel

# The LPJ state right after the purpose: a narrow panel still shows it without scrolling.
COLUMNS = ("proposed_on", "purpose", "lpj", "decision", "approved", "disbursed")
LPJ_COLUMN = 2
FLAG_FIELD = "lpj_overdue"


class AidSection:
    """Built into a group detail panel: ``read`` in its session, then ``fill``."""

    def __init__(self, panel: GroupDetailPanel) -> None:
        self.panel = panel
        panel.add_fields(FLAG_FIELD)
        flag = panel._fields[FLAG_FIELD]  # the value's label: red, the words say why
        flag.setObjectName("groupDetailLpjOverdue")
        flag.setStyleSheet(f"color: {aid_rows.OVERDUE_COLOUR}; font-weight: bold;")
        headers = [t(f"aid_ui.col.{column}") for column in COLUMNS]
        table = panel.add_section(headers, "Aid")
        self.model = FlaggedTableModel(headers, panel)
        self.model.align_right(4, 5)
        table.view.setModel(self.model)
        self.table = DetailTable(table.view, self.model)
        table.view.setToolTip(t("aid_ui.detail.open_tip"))
        table.view.doubleClicked.connect(lambda index: self.open_window(index.row()))
        self.aid = GroupAid([])
        self.overdue: list[OverdueReport] = []
        self.group_uuid = ""

    def read(self, session: Session, uuid: str) -> None:
        self.group_uuid = uuid
        today = aid_rows.today()
        self.aid = group_aid(session, uuid, today)
        self.overdue = overdue_reports(session, today, group_uuid=uuid)

    def fill(self) -> None:
        rows = self.aid.rows
        approved = [row.decision == "disetujui" for row in rows]
        cells = [
            (date_text(row.proposed_on), row.purpose, aid_rows.lpj_text(row),
             aid_rows.decision_text(row), rupiah(row.amount_approved) if ok else "",
             rupiah(row.disbursed) if ok else "")
            for row, ok in zip(rows, approved, strict=True)
        ]  # fmt: skip
        flagged = {(n, LPJ_COLUMN) for n, row in enumerate(rows) if row.lpj_state == "overdue"}
        self.model.set_flagged_rows(cells, [row.uuid for row in rows], flagged)
        title = t("aid_ui.detail.tab", count=thousands(len(rows)))
        if self.aid.overdue:
            title = t("aid_ui.detail.tab_overdue", count=thousands(len(rows)))
        self.panel.set_section(self.table, title, cells)  # the same rows: the flags stay
        self.panel.set_fields(**{FLAG_FIELD: aid_rows.overdue_flag(self.overdue)})

    def open_window(self, row: int) -> None:
        """A double click: Bantuan & pemantauan on this group, with that aid chosen."""
        from wksbm_desktop.ui.programme.window import open_programme_window

        window = open_programme_window(self.panel.window(), self.group_uuid)
        if 0 <= row < len(self.model.keys):
            window.aid_page.select_aid(self.model.keys[row])
