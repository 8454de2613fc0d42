"""Receiving the programme's records of a kelurahan report (format 5, issue 19 point 7).

Aid, disbursements, LPJ, group indicators with their sector measures, visits and rubric
answers land as groups and activities do (receiving_apply.py): matched by UUID within the
kelurahan, compared in memory, only what differs written; a row that breaks a rule is refused
alone and named in the receipt. Tombstones archive what the kelurahan archived, and a
whole-data report archives what it no longer lists. A file older than format 5 carries no
programme: nothing of the city's programme records changes (and nothing is archived for being
absent from it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import aliased

from wksbm_desktop.core.domain.incoming_report import RowRefusal
from wksbm_desktop.core.domain.programme import MAX_RUPIAH
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    ReferenceItem,
    RubricAnswer,
    RubricCriterion,
    Visit,
)
from wksbm_desktop.core.services.receiving_removal import archive_removed
from wksbm_desktop.core.services.receiving_write import (
    Refused,
    field_label,
    ids_by_uuid,
    load_owned,
)
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.core.services.receiving_apply import ReportApplier

PROGRAMME_VERSION = 5  # the report format that carries the programme
AID_FIELDS = ("group_id", "proposed_on", "purpose", "amount_requested", "decision",
              "decided_on", "amount_approved", "source_id", "notes")  # fmt: skip
DISBURSEMENT_FIELDS = ("aid_id", "disbursed_on", "amount", "form", "goods", "notes")
REPORT_FIELDS = ("aid_id", "due_on", "submitted_on", "status", "remarks")
INDICATOR_FIELDS = ("group_id", "period_kind", "period_start", "cash", "turnover", "assets",
                    "active_members", "notes")  # fmt: skip
VISIT_FIELDS = ("group_id", "visited_on", "facilitator", "findings", "recommendations",
                "follow_up", "follow_up_status")  # fmt: skip
REQUIRED = {
    "aid": ("proposed_on", "purpose", "decision"),
    "disbursements": ("disbursed_on", "form"),
    "aid_reports": ("due_on", "status"),
    "indicators": ("period_kind", "period_start"),
    "visits": ("visited_on", "facilitator"),
}
MONEY = {
    "aid": ("amount_requested", "amount_approved"),
    "disbursements": ("amount",),
    "indicators": ("cash", "turnover", "assets"),
}
# What an absence line names a record by (receiving_removal.archive_removed).
LABELS = {
    "aid": "purpose",
    "disbursements": "disbursed_on",
    "aid_reports": "due_on",
    "indicators": "period_start",
    "visits": "facilitator",
}
TEXTS = {
    "aid": ("notes",),
    "disbursements": ("goods", "notes"),
    "aid_reports": ("remarks",),
    "indicators": ("notes",),
    "visits": ("findings", "recommendations", "follow_up"),
}


def carries_programme(applier: ReportApplier) -> bool:
    version = applier.report.meta.get("format_version", "")
    return version.isdigit() and int(version) >= PROGRAMME_VERSION


def apply_programme(applier: ReportApplier) -> None:
    """Every programme record of the report, parents before children, then the removals."""
    if not carries_programme(applier):
        return
    receiver = _ProgrammeReceiver(applier)
    receiver.records("aid", Aid, AID_FIELDS, receiver.aid_values)
    receiver.aid_ids = ids_by_uuid(applier.session, Aid.__table__, applier.code)
    receiver.archived_aid = archive_removed(applier, "aid", Aid.__table__, "purpose")
    receiver.records("disbursements", AidDisbursement, DISBURSEMENT_FIELDS,
                     receiver.disbursement_values)  # fmt: skip
    receiver.records("aid_reports", AidReport, REPORT_FIELDS, receiver.report_values)
    receiver.indicators()
    receiver.records("visits", Visit, VISIT_FIELDS, receiver.visit_values)
    for entity, model in (("disbursements", AidDisbursement), ("aid_reports", AidReport),
                          ("indicators", GroupIndicator), ("visits", Visit)):  # fmt: skip
        archive_removed(applier, entity, model.__table__, LABELS[entity])
    receiver.rubric_answers()


class _ProgrammeReceiver:
    def __init__(self, applier: ReportApplier) -> None:
        self.applier = applier
        self.session = applier.session
        self.code = applier.code
        self.aid_ids: dict[str, int] = {}
        self.archived_aid: set[int] = set()
        self.received_indicators: dict[str, int] = {}

    # --- records with an identity ------------------------------------------------------------

    def records(
        self, entity: str, model: Any, fields: tuple[str, ...], values_of: Any, extra: Any = None
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        applier, table = self.applier, model.__table__
        existing = load_owned(self.session, table, (*fields, "archived_at"), self.code)
        rows = applier._incoming(entity, table, existing, _name_of(entity))
        prepared = []
        for row in rows:
            try:
                values = values_of(row)
                self._checked(entity, table, row, values)
                if extra is not None:
                    extra(row, values, existing)
            except Refused as refused:
                applier.refuse(entity, row, refused.reason, _name_of(entity)(row))
                continue
            prepared.append((row, values))
        inserts, updates = applier._upsert(entity, table, existing, prepared, fields)
        applier.writer.insert(table, inserts)
        applier.writer.update(table, updates)
        return prepared

    def _checked(
        self, entity: str, table: Any, row: dict[str, Any], values: dict[str, Any]
    ) -> None:
        for name in REQUIRED[entity]:
            if row.get(name) in (None, ""):
                raise Refused(t("receiving.row.required", field=field_label(name)))
        for name in MONEY.get(entity, ()):
            value = values[name]
            if value is not None and not 0 <= value <= MAX_RUPIAH:
                raise Refused(
                    t("receiving.row.out_of_range", field=field_label(name), max=MAX_RUPIAH)
                )
        self.applier._checked(entity, table, row, values)

    def _texts(self, entity: str, row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
        values = {name: row.get(name) for name in fields if not name.endswith("_id")}
        for name in TEXTS[entity]:
            values[name] = values[name] or ""
        values["archived_at"] = None
        return values

    def aid_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = self._texts("aid", row, AID_FIELDS)
        values["group_id"] = self.applier.live_group(row.get("group_uuid") or "")
        values["purpose"] = values["purpose"] or ""
        for name in ("amount_requested", "amount_approved"):
            values[name] = values[name] or 0
        source = row.get("source") or ""
        values["source_id"] = self.applier._reference_id("aid_source", source) if source else None
        return values

    def live_aid(self, uuid: str) -> int:
        aid_id = self.aid_ids.get(uuid)
        if aid_id is None or aid_id in self.archived_aid:
            raise Refused(t("receiving.row.missing_aid", uuid=uuid or "-"))
        return aid_id

    def disbursement_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = self._texts("disbursements", row, DISBURSEMENT_FIELDS)
        values["aid_id"] = self.live_aid(row.get("aid_uuid") or "")
        values["amount"] = values["amount"] or 0
        return values

    def report_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = self._texts("aid_reports", row, REPORT_FIELDS)
        values["aid_id"] = self.live_aid(row.get("aid_uuid") or "")
        return values

    def visit_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = self._texts("visits", row, VISIT_FIELDS)
        values["group_id"] = self.applier.live_group(row.get("group_uuid") or "")
        values["facilitator"] = values["facilitator"] or ""
        return values

    # --- indicators and their measures ---------------------------------------------------------

    def indicator_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = self._texts("indicators", row, INDICATOR_FIELDS)
        values["group_id"] = self.applier.live_group(row.get("group_uuid") or "")
        members = values["active_members"]
        if members is not None and members < 0:
            raise Refused(t("receiving.row.negative", field=field_label("active_members")))
        return values

    def indicators(self) -> None:
        existing = load_owned(
            self.session, GroupIndicator.__table__, ("group_id", "period_kind", "period_start",
                                                     "archived_at"), self.code,
        )  # fmt: skip
        in_file = {row["uuid"] for row in self.applier.report.entity_rows("indicators")}
        periods = {
            (old["group_id"], old["period_kind"], old["period_start"])
            for uuid, old in existing.items()
            if uuid not in in_file and old["archived_at"] is None
        }

        def one_per_period(row: dict[str, Any], values: dict[str, Any], _: object) -> None:
            period = (values["group_id"], values["period_kind"], values["period_start"])
            if period in periods:
                raise Refused(t("receiving.row.period_twice"))
            periods.add(period)

        prepared = self.records("indicators", GroupIndicator, INDICATOR_FIELDS,
                                self.indicator_values, one_per_period)  # fmt: skip
        ids = ids_by_uuid(self.session, GroupIndicator.__table__, self.code)
        self.received_indicators = {row["uuid"]: ids[row["uuid"]] for row, _ in prepared}
        self._measures()

    def _measures(self) -> None:
        """For every indicator record the file carries, the city's measures become the file's."""
        wanted: dict[int, dict[int, int]] = {}
        refused: dict[str, int] = {}
        measure_ids = _MeasureList(self.applier)
        for row in self.applier.report.entity_rows("indicator_values"):
            indicator = row.get("indicator_uuid") or ""
            indicator_id = self.received_indicators.get(indicator)
            value = row.get("value")
            if indicator_id is None or value is None or not 0 <= value <= MAX_RUPIAH:
                refused[indicator] = refused.get(indicator, 0) + 1
                continue
            if not row.get("measure"):
                refused[indicator] = refused.get(indicator, 0) + 1
                continue
            measure_id = measure_ids.find(row)
            held = wanted.setdefault(indicator_id, {})
            if measure_id in held:
                refused[indicator] = refused.get(indicator, 0) + 1
                continue
            held[measure_id] = value
        for indicator, count in refused.items():
            reason = t("receiving.row.indicator_values_refused", count=count, uuid=indicator)
            refusal = RowRefusal("indicators", reason, "Ukuran Indikator", uuid=indicator)
            self.applier.receipt.refuse_row(refusal)
        table: Any = IndicatorValue.__table__
        ids = set(self.received_indicators.values())
        query = select(table.c.indicator_id, table.c.measure_id, table.c.value).where(
            table.c.kelurahan_code == self.code
        )
        held_values: dict[int, dict[int, int]] = {}
        for indicator_id, measure_id, value in self.session.execute(query):
            if indicator_id in ids:
                held_values.setdefault(indicator_id, {})[measure_id] = value
        changed = [i for i in ids if held_values.get(i, {}) != wanted.get(i, {})]
        connection = self.session.connection()
        if changed:
            connection.execute(
                delete(table).where(table.c.indicator_id == bindparam("_i")),
                [{"_i": i} for i in changed],
            )
        new = [
            {"indicator_id": i, "measure_id": m, "value": v, "kelurahan_code": self.code}
            for i in sorted(changed)
            for m, v in sorted(wanted.get(i, {}).items())
        ]
        self.applier.writer.insert(table, new)

    # --- rubric answers --------------------------------------------------------------------------

    def rubric_answers(self) -> None:
        """For every assessment the file carries, the city's answers become the file's."""
        receipt = self.applier.receipt
        in_file = {row["uuid"] for row in self.applier.report.entity_rows("assessments")}
        assessments = {
            uuid: assessment_id
            for uuid, assessment_id in ids_by_uuid(
                self.session, Assessment.__table__, self.code
            ).items()
            if uuid in in_file
        }
        criteria = _criteria(self.session)
        wanted: dict[int, list[tuple[Any, ...]]] = {}
        for row in self.applier.report.entity_rows("rubric_answers"):
            assessment_id = assessments.get(row.get("assessment_uuid") or "")
            if assessment_id is None:
                reason = t(
                    "receiving.row.missing_assessment", uuid=row.get("assessment_uuid") or "-"
                )
                self.applier.refuse("rubric_answers", row, reason)
                continue
            empty = next((k for k in ("level", "criterion_text") if not row.get(k)), None)
            if empty is not None:
                reason = t("receiving.row.required", field=field_label(empty))
                self.applier.refuse("rubric_answers", row, reason)
                continue
            text = str(row["criterion_text"])[:300]
            criterion = criteria.get(row.get("criterion_uuid") or "") or criteria.get(
                (row["level"], " ".join(text.split()).casefold())
            )
            answers = wanted.setdefault(assessment_id, [])
            if criterion is not None and any(a[0] == criterion for a in answers):
                criterion = None  # one link per criterion and assessment
            answers.append((criterion, row["level"], text, bool(row.get("met")),
                            row.get("note") or ""))  # fmt: skip
        table: Any = RubricAnswer.__table__
        held: dict[int, list[tuple[Any, ...]]] = {}
        query = select(table.c.assessment_id, table.c.criterion_id, table.c.level,
                       table.c.criterion_text, table.c.met, table.c.note).where(
            table.c.kelurahan_code == self.code).order_by(table.c.id)  # fmt: skip
        ids = set(assessments.values())
        for assessment_id, *answer in self.session.execute(query):
            if assessment_id in ids:
                held.setdefault(assessment_id, []).append(tuple(answer))
        changed = [i for i in sorted(ids) if held.get(i, []) != wanted.get(i, [])]
        for i in ids - set(changed):
            receipt.count("unchanged", "rubric_answers", len(held.get(i, [])))
        connection = self.session.connection()
        if changed:
            connection.execute(
                delete(table).where(table.c.assessment_id == bindparam("_a")),
                [{"_a": i} for i in changed],
            )
        new = [
            {"assessment_id": i, "criterion_id": c, "level": level, "criterion_text": text,
             "met": met, "note": note, "kelurahan_code": self.code}
            for i in changed
            for c, level, text, met, note in wanted.get(i, [])
        ]  # fmt: skip
        self.applier.writer.insert(table, new)
        receipt.count("deleted", "rubric_answers", sum(len(held.get(i, [])) for i in changed))
        receipt.count("added", "rubric_answers", len(new))


class _MeasureList:
    """The city's indicator measures by (sector, label); a measure it lacks is added."""

    def __init__(self, applier: ReportApplier) -> None:
        self.applier = applier
        sector = aliased(ReferenceItem)
        query = select(IndicatorMeasure.id, sector.label, IndicatorMeasure.label).outerjoin(
            sector, sector.id == IndicatorMeasure.sector_id
        )
        self.known = {
            _measure_key(sector_label or "", label): measure_id
            for measure_id, sector_label, label in applier.session.execute(query)
        }

    def find(self, row: dict[str, Any]) -> int:
        sector, label = row.get("measure_sector") or "", str(row["measure"])[:100]
        key = _measure_key(sector, label)
        if key not in self.known:
            unit = str(row.get("unit") or "")[:30]
            sector_id = self.applier._reference_id("sector", sector) if sector else None
            measure = IndicatorMeasure(sector_id=sector_id, label=label, unit=unit,
                                       sort_order=1000, active=True)  # fmt: skip
            self.applier.session.add(measure)
            self.applier.session.flush()
            self.known[key] = measure.id
            self.applier.receipt.lines.append(
                t("receiving.line.measure_added", label=label, unit=unit)
            )
        return self.known[key]


def _measure_key(sector: str, label: str) -> str:
    return f"{' '.join(sector.split()).casefold()}|{' '.join(label.split()).casefold()}"


def _criteria(session: Any) -> dict[object, int]:
    found: dict[object, int] = {}
    query = select(RubricCriterion.id, RubricCriterion.uuid, RubricCriterion.level,
                   RubricCriterion.text)  # fmt: skip
    for criterion_id, uuid, level, text in session.execute(query):
        found[uuid] = criterion_id
        found.setdefault((level, " ".join(text.split()).casefold()), criterion_id)
    return found


def _name_of(entity: str) -> Any:
    column = {"aid": "purpose", "visits": "facilitator"}.get(entity, "")
    return lambda row: str(row.get(column) or "") if column else ""
