"""What a form, an import row or the command line hands to the programme's services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AidInput:
    group_uuid: str
    proposed_on: date | None
    purpose: str
    amount_requested: int = 0
    decision: str = "menunggu"  # "menunggu" / "disetujui" / "ditolak"
    decided_on: date | None = None
    amount_approved: int = 0
    source: str = ""  # an "aid_source" label; required once approved
    notes: str = ""


@dataclass(frozen=True)
class DisbursementInput:
    aid_uuid: str
    disbursed_on: date | None
    amount: int
    form: str = "uang"  # "uang" / "barang"
    goods: str = ""  # what was handed over, when the form is "barang"
    notes: str = ""


@dataclass(frozen=True)
class AidReportInput:
    aid_uuid: str
    due_on: date | None
    status: str = "belum"  # "belum" / "diserahkan" / "diterima" / "dikembalikan"
    submitted_on: date | None = None
    remarks: str = ""


@dataclass(frozen=True)
class IndicatorInput:
    group_uuid: str
    period_kind: str  # "bulan" / "triwulan"
    period_start: date | None  # any day of the period; the service keeps its first day
    cash: int | None = None
    turnover: int | None = None
    assets: int | None = None
    active_members: int | None = None
    # (measure label, value): measures of the group's sector, or of every sector
    measures: tuple[tuple[str, int], ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class VisitInput:
    group_uuid: str
    visited_on: date | None
    facilitator: str
    findings: str
    recommendations: str = ""
    follow_up: str = ""
    follow_up_status: str = "belum"  # "belum" / "proses" / "selesai"
