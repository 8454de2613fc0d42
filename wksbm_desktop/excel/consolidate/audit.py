"""The audit entry of a city consolidation: who made it, from which reports, masked or full."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from wksbm_desktop.core.services import audit
from wksbm_desktop.excel.consolidate.scan import ReportFile

if TYPE_CHECKING:
    from wksbm_desktop.excel.consolidate.city import CityOptions

ENTITY, ACTION = "consolidation", "consolidate"


def record_consolidation(
    session: Session, target: Path, reports: Iterable[ReportFile], options: CityOptions
) -> None:
    """One entry per city workbook; the operator comes from the session as for every change."""
    used = sorted(reports, key=lambda r: r.kelurahan.code if r.kelurahan else "")
    changes = {
        "file": [None, str(target)],
        "reports": [None, [_describe(report) for report in used]],
        "nik_full": [None, options.full_nik],
        "encrypted": [None, bool(options.password)],
    }
    audit.record(session, ENTITY, "", ACTION, changes)


def _describe(report: ReportFile) -> str:
    name = report.kelurahan.name if report.kelurahan else ""
    return f"{report.path} ({name})" if name else str(report.path)
