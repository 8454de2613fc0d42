"""The Riwayat tab of a detail panel: who changed this record, when, and from what to what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wksbm_desktop.core.queries.audit import AuditFilter, AuditRow, count_audit, list_audit
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.details.base import DetailPanel

# A record edited daily for years still opens at once; the audit view pages through the rest.
HISTORY_LIMIT = 200
COLUMNS = ("when", "operator", "action", "changes")


def history_row(row: AuditRow) -> tuple[str, str, str, str]:
    changes = "; ".join(change.text for change in row.changes)
    return (
        row.at.strftime("%d-%m-%Y %H.%M"),
        row.operator or t("ui_safety.history.no_operator"),
        row.action_label,
        changes,
    )


class HistorySection:
    """Adds the tab to ``panel``; the panel calls ``load(uuid)`` whenever it shows a record."""

    def __init__(self, panel: DetailPanel) -> None:
        self.panel = panel
        headers = [t(f"ui_safety.history.col.{name}") for name in COLUMNS]
        self.table = panel.add_section(headers, "History")
        self.view, self.model = self.table

    def load(self, uuid: str) -> None:
        filters = AuditFilter(entity_uuid=uuid)
        with self.panel.database.read_session() as session:
            rows = list_audit(session, filters, limit=HISTORY_LIMIT)
            total = count_audit(session, filters) if len(rows) == HISTORY_LIMIT else len(rows)
        title = t("ui_safety.history.tab", count=thousands(total))
        self.panel.set_section(self.table, title, [history_row(r) for r in rows])
