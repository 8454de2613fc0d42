"""A kelurahan report as the city receives it: plain rows from the excel layer, and the receipt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# The entities a report carries, in the order the receipt lists them.
ENTITIES = ("groups", "members", "memberships", "activities", "attendance", "assessments",
            # format 5: the programme (issue 19)
            "aid", "disbursements", "aid_reports", "indicators", "visits",
            "rubric_answers")  # fmt: skip
# What the receipt counts for each entity.
COUNT_KINDS = ("added", "changed", "unchanged", "archived", "anonymised", "deleted", "refused")
RECEIVED, UNCHANGED, REFUSED = "received", "unchanged", "refused"


@dataclass(frozen=True)
class RowRefusal:
    """A row of the file the city did not take, and why (an Indonesian sentence)."""

    entity: str
    reason: str
    sheet: str = ""
    row: int = 0
    uuid: str = ""
    name: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "sheet": self.sheet, "row": self.row, "uuid": self.uuid,
                "name": self.name, "reason": self.reason}  # fmt: skip


@dataclass
class IncomingReport:
    """Everything the city takes from one report workbook, already read into plain values.

    Rows are dicts keyed as excel/report/schema.py names the columns, plus ``_sheet`` and
    ``_row`` (where the row sits in the file, for the receipt). ``attendance`` holds
    (activity uuid, member uuid) pairs. ``refused`` lists rows the reader could not read;
    ``refused_uuids`` their UUIDs by entity when readable, so that a whole-data report does not
    archive a record only because its row had a bad value; an entity in ``unknown_refused`` had
    a refused row whose UUID was unreadable, so nothing of it is archived by absence.
    """

    file_name: str
    checksum: str
    kelurahan_code: str
    kelurahan_name: str = ""
    period_from: date | None = None
    period_to: date | None = None
    generated_at: datetime | None = None  # UTC
    generated_text: str = ""  # as the file states it (local time), for messages
    nik_masked: bool = True
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    attendance: list[tuple[str, str]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    refused: list[RowRefusal] = field(default_factory=list)
    refused_uuids: dict[str, set[str]] = field(default_factory=dict)
    unknown_refused: set[str] = field(default_factory=set)
    meta: dict[str, str] = field(default_factory=dict)  # the file's _meta, as written
    # member uuid → (NIK, No. KK) from the sealed NIK sheet, when the city could open it.
    unsealed_niks: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def whole_data(self) -> bool:
        """Both ends of the period empty: the report holds every record of the kelurahan."""
        return self.period_from is None and self.period_to is None

    def entity_rows(self, entity: str) -> list[dict[str, Any]]:
        return self.rows.get(entity, [])


def empty_counts() -> dict[str, dict[str, int]]:
    return {kind: dict.fromkeys(ENTITIES, 0) for kind in COUNT_KINDS}


@dataclass
class Receipt:
    """What happened to one file: its status, counts per kind and entity, and the lines to read."""

    file_name: str
    kelurahan_code: str
    status: str
    kelurahan_name: str = ""
    period_from: date | None = None
    period_to: date | None = None
    generated_at: datetime | None = None  # UTC
    message: str = ""
    counts: dict[str, dict[str, int]] = field(default_factory=empty_counts)
    refusals: list[RowRefusal] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # archived by absence and other remarks

    def total(self, kind: str) -> int:
        return sum(self.counts[kind].values())

    def count(self, kind: str, entity: str, amount: int = 1) -> None:
        self.counts[kind][entity] += amount

    def refuse_row(self, refusal: RowRefusal) -> None:
        self.refusals.append(refusal)
        refused = self.counts["refused"]
        refused[refusal.entity] = refused.get(refusal.entity, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        """The ``--json`` object: totals at the top, counts per entity under ``detail``."""
        return {
            "file": self.file_name,
            "kelurahan": self.kelurahan_code,
            "kelurahan_name": self.kelurahan_name,
            "status": self.status,
            "message": self.message,
            "period_from": self.period_from.isoformat() if self.period_from else None,
            "period_to": self.period_to.isoformat() if self.period_to else None,
            "generated_at": self.generated_at.isoformat() if self.generated_at else None,
            **{kind: self.total(kind) for kind in COUNT_KINDS},
            "detail": {
                entity: {kind: self.counts[kind][entity] for kind in COUNT_KINDS}
                for entity in ENTITIES
            },
            "refusals": [refusal.as_dict() for refusal in self.refusals],
            "lines": list(self.lines),
        }
