"""Importing the programme's sheets of a report workbook (format 5, issue 19 point 7).

Aid, its disbursements and LPJ, the group indicators with their sector measures, the visits,
and the rubric answers of the assessments the same import created. Records match by UUID and a
known record is updated only when its "Diperbarui" is newer, as for the other sheets
(reports.py); every write goes through the programme's services. Files of format 4 and older
have none of these sheets and import as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from wksbm_desktop.core.domain.programme_inputs import (
    AidInput,
    AidReportInput,
    DisbursementInput,
    IndicatorInput,
    VisitInput,
)
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    GroupIndicator,
    IndicatorMeasure,
    ReferenceItem,
    Visit,
)
from wksbm_desktop.core.services import (
    aid,
    aid_reports,
    disbursements,
    indicator_measures,
    indicators,
    rubric_copies,
    visits,
)
from wksbm_desktop.excel.reading.report_reader import ReportRow
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.excel.importing.reports import ReportImport

_Known = tuple[int, bool, datetime | None]


class ProgrammeImport:
    """The programme's part of one report import (``ReportImport.run`` calls it last)."""

    def __init__(self, owner: ReportImport) -> None:
        self.owner = owner
        self.context = owner.context
        self.session = owner.context.session

    def run(self) -> None:
        self._records("aid", Aid, self._write_aid, parent="group_uuid")
        self._records("disbursements", AidDisbursement, self._write_disbursement, "aid_uuid")
        self._records("aid_reports", AidReport, self._write_report, parent="aid_uuid")
        indicator_rows = self.owner._rows("indicators")
        self.measures = self._indicator_measures({row.values["uuid"] for row in indicator_rows})
        self._records("indicators", GroupIndicator, self._write_indicators, "group_uuid",
                      indicator_rows)  # fmt: skip
        self._records("visits", Visit, self._write_visit, parent="group_uuid")
        self._rubric_answers()
        self._tombstones()

    # --- the records with an identity of their own ------------------------------------------

    def _records(
        self,
        key: str,
        model: Any,
        write: Callable[[ReportRow, bool], Any],
        parent: str,
        rows: list[ReportRow] | None = None,
    ) -> None:
        """Create unknown UUIDs, update known ones when the file's stamp is newer."""
        owner, context = self.owner, self.context
        known = _known(self.session, model)
        for row in owner._rows(key) if rows is None else rows:
            context.step()
            values = row.values
            uuid = values.get("uuid")
            if not uuid:
                owner._missing_uuid(key, row)
                continue
            if values.get(parent) in owner.skipped:
                owner.skipped.add(uuid)  # its group or aid was left out: so is it
                continue
            found = known.get(uuid)
            if found is not None and found[1]:
                owner.skipped.add(uuid)
                owner._notice(key, row, "excel.import.archived_here", name=_name(key, values))
                continue
            if found is not None and not owner._is_newer(row, found):
                context.report.unchanged[key] += 1
                continue
            self._write(key, row, model, write, found is None)

    def _write(
        self,
        key: str,
        row: ReportRow,
        model: Any,
        write: Callable[[ReportRow, bool], Any],
        new: bool,
    ) -> None:
        values = row.values

        def action() -> None:
            record = write(row, new)
            counter = self.context.report.created if new else self.context.report.updated
            counter[key] += 1
            self.context.stamp(model.__table__, record.id, values.get("updated_at"))

        self.owner._attempt(key, row, action)

    def _write_aid(self, row: ReportRow, new: bool) -> Aid:
        values = row.values
        source = values.get("source") or ""
        if source:
            self.context.ensure_reference("aid_source", source, row.sheet, row.number, "")
        data = AidInput(
            group_uuid=values["group_uuid"] or "",
            proposed_on=values["proposed_on"],
            purpose=values["purpose"],
            amount_requested=values["amount_requested"],
            decision=values["decision"] or "menunggu",
            decided_on=values["decided_on"],
            amount_approved=values["amount_approved"],
            source=source,
            notes=values["notes"],
        )
        if new:
            return aid.create_aid(self.session, data, uuid=values["uuid"])
        return aid.update_aid(self.session, values["uuid"], data)

    def _write_disbursement(self, row: ReportRow, new: bool) -> AidDisbursement:
        values = row.values
        data = DisbursementInput(
            aid_uuid=values["aid_uuid"] or "",
            disbursed_on=values["disbursed_on"],
            amount=values["amount"],
            form=values["form"] or "uang",
            goods=values["goods"],
            notes=values["notes"],
        )
        if new:
            return disbursements.add_disbursement(self.session, data, uuid=values["uuid"])
        return disbursements.update_disbursement(self.session, values["uuid"], data)

    def _write_report(self, row: ReportRow, new: bool) -> AidReport:
        values = row.values
        data = AidReportInput(
            aid_uuid=values["aid_uuid"] or "",
            due_on=values["due_on"],
            status=values["status"] or "belum",
            submitted_on=values["submitted_on"],
            remarks=values["remarks"],
        )
        if new:
            return aid_reports.add_report(self.session, data, uuid=values["uuid"])
        return aid_reports.update_report(self.session, values["uuid"], data)

    def _write_indicators(self, row: ReportRow, new: bool) -> GroupIndicator:
        values = row.values
        data = IndicatorInput(
            group_uuid=values["group_uuid"] or "",
            period_kind=values["period_kind"],
            period_start=values["period_start"],
            cash=values["cash"],
            turnover=values["turnover"],
            assets=values["assets"],
            active_members=values["active_members"],
            measures=tuple(self.measures.pop(values["uuid"], ())),
            notes=values["notes"],
        )
        if new:
            return indicators.record_indicators(self.session, data, uuid=values["uuid"])
        return indicators.update_indicators(self.session, values["uuid"], data)

    def _write_visit(self, row: ReportRow, new: bool) -> Visit:
        values = row.values
        data = VisitInput(
            group_uuid=values["group_uuid"] or "",
            visited_on=values["visited_on"],
            facilitator=values["facilitator"],
            findings=values["findings"],
            recommendations=values["recommendations"],
            follow_up=values["follow_up"],
            follow_up_status=values["follow_up_status"] or "belum",
        )
        if new:
            return visits.record_visit(self.session, data, uuid=values["uuid"])
        return visits.update_visit(self.session, values["uuid"], data)

    # --- the measures of the indicator records -------------------------------------------------

    def _indicator_measures(self, wanted: set[str]) -> dict[str, list[tuple[str, int]]]:
        """indicator uuid → (measure, value) from Ukuran Indikator; measures this database lacks
        are added to its list first (with a notice), so the indicator's service accepts them."""
        sector = aliased(ReferenceItem)
        query = select(sector.label, IndicatorMeasure.label).outerjoin(
            sector, sector.id == IndicatorMeasure.sector_id
        )
        held = {_measure_key(s or "", label) for s, label in self.session.execute(query)}
        found: dict[str, list[tuple[str, int]]] = {}
        for row in self.owner._rows("indicator_values"):
            self.context.step()
            values = row.values
            indicator = values.get("indicator_uuid") or ""
            if indicator not in wanted:
                column = self.owner._column_of("indicator_values")("indicator_uuid")
                message = t("excel.import.indicator_missing", uuid=indicator or "-")
                self.context.add(row.sheet, row.number, column, message)
                continue
            sector_label, label = values.get("measure_sector") or "", values.get("measure") or ""
            if label and _measure_key(sector_label, label) not in held:
                self._add_measure(row, sector_label, label, values.get("unit") or "")
                held.add(_measure_key(sector_label, label))
            found.setdefault(indicator, []).append((label, values.get("value")))  # type: ignore[arg-type]
        return found

    def _add_measure(self, row: ReportRow, sector: str, label: str, unit: str) -> None:
        def add() -> None:
            if sector:
                self.context.ensure_reference("sector", sector, row.sheet, row.number, "")
            indicator_measures.add_measure(self.session, sector, label, unit)
            every = t("excel.import.every_sector")
            message = t("excel.import.measure_added", label=label, unit=unit,
                        sector=sector or every)  # fmt: skip
            self.context.add(row.sheet, row.number, "", message, "notice")

        self.owner._attempt("indicator_values", row, add)

    # --- rubric answers ----------------------------------------------------------------------

    def _rubric_answers(self) -> None:
        """The answers and suggestion of each assessment this import created."""
        created = self.owner.new_assessments
        answers: dict[str, list[rubric_copies.CopiedAnswer]] = {}
        first_row: dict[str, ReportRow] = {}
        for row in self.owner._rows("rubric_answers"):
            self.context.step()
            values = row.values
            assessment = values.get("assessment_uuid") or ""
            if assessment not in self.owner.assessment_rows:
                column = self.owner._column_of("rubric_answers")("assessment_uuid")
                message = t("excel.import.assessment_missing", uuid=assessment or "-")
                self.context.add(row.sheet, row.number, column, message)
                continue
            if assessment not in created:
                continue  # known here already: an assessment is never changed by an import
            first_row.setdefault(assessment, row)
            answers.setdefault(assessment, []).append(
                rubric_copies.CopiedAnswer(
                    level=values["level"],
                    text=values["criterion_text"],
                    met=values["met"],
                    note=values["note"],
                    criterion_uuid=values.get("criterion_uuid") or "",
                )
            )
        for uuid, suggestion in created.items():
            given = answers.get(uuid, [])
            if not given and not suggestion[0]:
                continue
            row = first_row.get(uuid) or self.owner.assessment_rows[uuid]
            key = "rubric_answers" if uuid in first_row else "assessments"
            self.owner._attempt(key, row, partial(self._copy, uuid, suggestion, given))

    def _copy(
        self, uuid: str, suggestion: tuple[str, str], given: list[rubric_copies.CopiedAnswer]
    ) -> None:
        rubric_copies.copy_rubric_answers(self.session, uuid, suggestion[0], suggestion[1], given)
        self.context.report.created["rubric_answers"] += 1

    # --- tombstones --------------------------------------------------------------------------

    def _tombstones(self) -> None:
        """Programme records the sender archived (``_hapus``) are archived here too when this
        database holds them live: a deletion travels like any other change."""
        removed = list(self.owner.reader.removed())
        self.owner._flush_cell_problems()
        live: dict[str, set[str]] = {}
        for row in removed:
            key, uuid = row.values.get("entity") or "", row.values.get("uuid") or ""
            if key not in _ARCHIVE or row.values.get("removal") != "archived":
                continue
            if key not in live:
                known = _known(self.session, _ARCHIVE[key][0])
                live[key] = {u for u, (_, archived, _) in known.items() if not archived}
            if uuid in live[key]:
                live[key].discard(uuid)
                self.owner._attempt(key, row, partial(self._archive, key, uuid))

    def _archive(self, key: str, uuid: str) -> None:
        _ARCHIVE[key][1](self.session, uuid)
        self.context.report.updated[key] += 1


_ARCHIVE: dict[str, tuple[Any, Callable[[Any, str], Any]]] = {
    "aid": (Aid, aid.archive_aid),
    "disbursements": (AidDisbursement, disbursements.archive_disbursement),
    "aid_reports": (AidReport, aid_reports.archive_report),
    "indicators": (GroupIndicator, indicators.archive_indicators),
    "visits": (Visit, visits.archive_visit),
}


def _measure_key(sector: str, label: str) -> str:
    return f"{' '.join(sector.split()).casefold()}|{' '.join(label.split()).casefold()}"


def _known(session: Any, model: Any) -> dict[str, _Known]:
    query = select(model.uuid, model.id, model.updated_at, model.archived_at)
    return {
        uuid: (record_id, archived is not None, stamp.replace(microsecond=0) if stamp else None)
        for uuid, record_id, stamp, archived in session.execute(query)
    }


def _name(key: str, values: dict[str, Any]) -> str:
    """How a notice names a record of the programme."""
    if key == "aid":
        return str(values.get("purpose") or "")
    group = values.get("group_name") or ""
    if key == "indicators":
        return f"{group} {values.get('period_label') or ''}".strip()
    return str(group or values.get("purpose") or values.get("uuid") or "")
