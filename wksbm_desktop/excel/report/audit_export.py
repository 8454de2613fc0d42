"""The audit list as an .xlsx workbook, NIKs masked as in every file that leaves."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.queries.audit import AuditFilter, iter_audit
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.i18n import t

# A NIK or KK in clear or masked for the screen (3671********0001): 16 digits and stars.
_NIK_OR_SCREEN_MASK = re.compile(r"(?<![\d*])\d[\d*]{15}(?![\d*])")


@requires(Permission.EXPORT_MASKED)
def export_audit(session: Session, filters: AuditFilter | None, target: Path) -> int:
    """Write the filtered audit list to an .xlsx workbook (NIKs masked); returns the row count."""
    from openpyxl import Workbook

    from wksbm_desktop.excel.writing.cells import CellMaker

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(t("safety.audit.sheet"))
    maker = CellMaker(sheet)  # operator names and changed values are data: never formulas
    sheet.append([t(f"safety.audit.col.{name}") for name in
                  ("at", "operator", "entity", "uuid", "action", "changes")])  # fmt: skip
    count = 0
    for row in iter_audit(session, filters):
        sheet.append([
            row.at.strftime("%d-%m-%Y %H:%M:%S"), maker.text(_file_masked(row.operator)),
            maker.text(row.entity_label), maker.text(row.entity_uuid), maker.text(row.action_label),
            maker.text(_file_masked(row.description)),
        ])  # fmt: skip
        count += 1
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    workbook.save(partial)
    partial.replace(target)
    # Names and changed values left the program: who took them, and where (a write session).
    changes = {"file": [None, str(target)], "entries": [None, count]}
    audit.record(session, "export", "", "export_history", changes)
    return count


def _file_masked(text: str) -> str:
    """A file leaves the program: the file mask (core.nik.mask_id_for_file), as in exports,
    since a member's entry also shows the birth date and sex that rebuild a screen mask."""
    return _NIK_OR_SCREEN_MASK.sub(lambda match: mask_id_for_file(match.group(0)), text)
