"""Operations of the change history: its export, which the history records in turn."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

if TYPE_CHECKING:
    from wksbm_desktop.core.queries.audit import AuditFilter
    from wksbm_desktop.core.storage.db import Database


def export_history(
    parent: QWidget | None, database: Database, filters: AuditFilter, target: Path
) -> int:
    """Write the filtered history to ``target``; the entries written (one more is added: who
    exported it)."""
    from wksbm_desktop.excel.report.audit_export import export_audit

    op = CollectionOp(
        parent,
        database,
        lambda session: export_audit(session, filters, target),
        OpChanges(),
        t("ui_safety.audit.exporting"),
    )
    return op.run()
