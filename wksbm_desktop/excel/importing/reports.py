"""Importing the app's own report workbooks: records match by UUID, newer data updates older.

Every write goes through the core services, so the same rules hold as in the forms. Rows whose
UUID is known and whose "Diperbarui" is not newer are left alone: importing twice is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Activity, Assessment, Group, Member, Membership
from wksbm_desktop.core.services import activities, groups, members, memberships
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.excel.importing import report_inputs
from wksbm_desktop.excel.importing.common import ImportContext
from wksbm_desktop.excel.importing.programme import ProgrammeImport
from wksbm_desktop.excel.reading.report_reader import ReportReader, ReportRow
from wksbm_desktop.excel.report.schema import SHEETS_BY_KEY
from wksbm_desktop.i18n import t

_MEMBERSHIP_KEYS = (
    "uuid",
    "member_uuid",
    "group_uuid",
    "role",
    "started_on",
    "ended_on",
    "updated_at",
)
_Known = dict[str, tuple[int, bool, datetime | None]]  # uuid → (id, archived, updated_at)


def _known(context: ImportContext, model: Any) -> _Known:
    has_archive = hasattr(model, "archived_at")
    columns = [model.uuid, model.id, model.updated_at]
    if has_archive:
        columns.append(model.archived_at)
    result: _Known = {}
    for row in context.session.execute(select(*columns)):
        stamp = row[2].replace(microsecond=0) if row[2] else None
        result[row[0]] = (row[1], bool(has_archive and row[3] is not None), stamp)
    return result


def _sheet_of(key: str, row: ReportRow) -> str:
    """The worksheet a row came from (a continuation part has its own name)."""
    return row.sheet or SHEETS_BY_KEY[key].name


class ReportImport:
    """Imports one report workbook inside the caller's session (the caller commits or not)."""

    def __init__(self, context: ImportContext, reader: ReportReader) -> None:
        self.context = context
        self.reader = reader
        self.skipped: set[str] = set()  # UUIDs left out (archived here, failed, or masked)
        self.live_members: set[str] = set()
        # The Penilaian rows by UUID, and those this import created: uuid → (suggested level,
        # reasons), for their rubric answers (programme.py).
        self.assessment_rows: dict[str, ReportRow] = {}
        self.new_assessments: dict[str, tuple[str, str]] = {}

    def run(self) -> None:
        self._check_office()
        for spec in SHEETS_BY_KEY.values():
            for name in self.reader.sheet_names(spec.key):  # continuation parts too
                self.context.report.header_rows[name] = 1
        self._import_groups()
        self._import_members()
        self._import_memberships()
        self._import_assessments()
        self._import_activities()
        ProgrammeImport(self).run()  # format 5; nothing in older files
        self.context.write_stamps()

    # --- helpers -------------------------------------------------------------------------

    def _check_office(self) -> None:
        office = get_office(self.context.session)
        here = office.kelurahan_code if office else None
        theirs = self.reader.meta.get("kelurahan_code", "")
        if here != theirs:
            name = self.reader.meta.get("kelurahan_name", theirs)
            raise WksbmError(
                "excel.import.other_kelurahan",
                theirs=f"{name} ({theirs})",
                here=here or t("excel.import.no_kelurahan"),
            )

    def _column_of(self, key: str) -> Callable[[str], str]:
        spec = SHEETS_BY_KEY[key]
        positions = self.reader.positions.get(key, {})

        def column(field: str) -> str:
            field = {"funding": "funding", "attendees": "uuid"}.get(field, field)
            matches = [c for c in spec.columns if c.key == field]
            if not matches:
                return ""
            index = positions.get(field)
            letter = get_column_letter(index + 1) if index is not None else ""
            return f"{letter} ({matches[0].header})" if letter else matches[0].header

        return column

    def _rows(self, key: str) -> list[ReportRow]:
        rows = list(self.reader.rows(key))
        self._flush_cell_problems()
        return rows

    def _flush_cell_problems(self) -> None:
        for problem in self.reader.problems:
            column = f"{problem.column} ({problem.header})" if problem.column else problem.header
            self.context.add(problem.sheet, problem.row, column, t(problem.key, **problem.params))
        self.reader.problems.clear()

    def _attempt(self, key: str, row: ReportRow, action: Callable[[], None]) -> bool:
        try:
            action()
        except WksbmError as error:
            self.context.capture(error, _sheet_of(key, row), row.number, self._column_of(key))
            self.skipped.add(row.values.get("uuid") or "")
            return False
        return True

    def _is_newer(self, row: ReportRow, known: tuple[int, bool, datetime | None]) -> bool:
        stamp = row.values.get("updated_at")
        return stamp is not None and (known[2] is None or stamp > known[2])

    def _notice(self, key: str, row: ReportRow, message_key: str, **params: object) -> None:
        self.context.add(_sheet_of(key, row), row.number, "", t(message_key, **params), "notice")

    # --- groups ---------------------------------------------------------------------------

    def _import_groups(self) -> None:
        known = _known(self.context, Group)
        rows = self._rows("groups")
        # Networks before their member institutions: a parent must exist first.
        rows.sort(key=lambda r: bool(r.values.get("parent_uuid")))
        for row in rows:
            self.context.step()
            if not row.values.get("uuid"):
                self._missing_uuid("groups", row)
                continue
            self._import_group(row, known.get(row.values["uuid"]))

    def _missing_uuid(self, key: str, row: ReportRow) -> None:
        self.context.add(
            _sheet_of(key, row),
            row.number,
            self._column_of(key)("uuid"),
            t("excel.import.uuid_missing"),
        )

    def _import_group(
        self, row: ReportRow, known: tuple[int, bool, datetime | None] | None
    ) -> None:
        values, uuid, context = row.values, row.values["uuid"], self.context
        if known is not None and known[1]:
            self.skipped.add(uuid)
            self._notice("groups", row, "excel.import.archived_here", name=values["name"])
            return
        if known is not None and not self._is_newer(row, known):
            context.report.unchanged["groups"] += 1
            return
        parent = values.get("parent_uuid") or None
        if parent in self.skipped:
            parent = None
        sheet = _sheet_of("groups", row)
        context.ensure_reference("group_type", values["type"], sheet, row.number, "")
        context.ensure_reference("sector", values["sector"], sheet, row.number, "")
        data = report_inputs.group_input(values, parent)

        def write() -> None:
            if known is None:
                group = groups.create_group(context.session, data, uuid=uuid)
                context.report.created["groups"] += 1
            else:
                group = groups.update_group(context.session, uuid, data)
                context.report.updated["groups"] += 1
            context.stamp(Group.__table__, group.id, values["updated_at"])

        self._attempt("groups", row, write)

    # --- members --------------------------------------------------------------------------

    def _import_members(self) -> None:
        known = _known(self.context, Member)
        niks = {u: n for u, n in self.context.session.execute(select(Member.uuid, Member.nik))}
        self.live_members = {uuid for uuid, (_, archived, _) in known.items() if not archived}
        for row in self.reader.rows("members"):
            self.context.step()
            self._flush_cell_problems()
            if not row.values.get("uuid"):
                self._missing_uuid("members", row)
                continue
            self._import_member(row, known.get(row.values["uuid"]), niks)

    def _import_member(
        self, row: ReportRow, known: tuple[int, bool, datetime | None] | None, niks: dict[str, str]
    ) -> None:
        values, uuid, context = row.values, row.values["uuid"], self.context
        masked = "*" in (values.get("nik") or "") or "*" in (values.get("kk") or "")
        if known is not None and known[1]:
            self.skipped.add(uuid)
            self._notice("members", row, "excel.import.archived_here", name=values["full_name"])
            return
        if known is None and masked:
            self.skipped.add(uuid)
            context.add(
                _sheet_of("members", row),
                row.number,
                self._column_of("members")("nik"),
                t("excel.import.masked_new_member", name=values["full_name"]),
            )
            return
        if known is not None and not self._is_newer(row, known):
            context.report.unchanged["members"] += 1
            return
        nik = niks.get(uuid, "") if masked else values["nik"]
        data = report_inputs.member_input(values, nik, values["kk"])
        if masked and known is not None:
            # A masked file cannot say the NIK or KK: keep what the database holds.
            current = members.get_member(context.session, uuid)
            data = report_inputs.member_input(values, current.nik, current.kk)

        def write() -> None:
            if known is None:
                member = members.create_member(context.session, data, uuid=uuid)
                context.report.created["members"] += 1
                self.live_members.add(uuid)
            else:
                member = members.update_member(context.session, uuid, data)
                context.report.updated["members"] += 1
            context.stamp(Member.__table__, member.id, values["updated_at"])

        self._attempt("members", row, write)

    # --- memberships and assessments -------------------------------------------------------

    def _import_memberships(self) -> None:
        query = select(Membership.uuid, Membership.ended_on)
        known = {uuid: ended for uuid, ended in self.context.session.execute(query)}
        # Ended memberships first: an old Ketua must leave before the new one starts. Current
        # rows wait in a slim form rather than parsing the sheet twice.
        waiting: list[ReportRow] = []
        for row in self.reader.rows("memberships"):
            self.context.step()
            self._flush_cell_problems()
            if row.values.get("ended_on"):
                self._import_membership(row, known)
            else:
                slim = {k: row.values.get(k) for k in _MEMBERSHIP_KEYS}
                waiting.append(ReportRow(row.number, slim, row.sheet))
        for row in waiting:
            self._import_membership(row, known)

    def _import_membership(self, row: ReportRow, known: dict[str, Any]) -> None:
        values, context = row.values, self.context
        uuid = values.get("uuid")
        if not uuid:
            self._missing_uuid("memberships", row)
            return
        if values.get("member_uuid") in self.skipped or values.get("group_uuid") in self.skipped:
            return
        ended_on = values.get("ended_on")
        if uuid in known:
            if ended_on and known[uuid] is None:
                self._attempt("memberships", row, lambda: self._end(uuid, ended_on, values))
            else:
                context.report.unchanged["memberships"] += 1
            return

        def write() -> None:
            membership = memberships.add_membership(
                context.session,
                values["member_uuid"],
                values["group_uuid"],
                values["role"] or "anggota",
                values["started_on"],
                uuid=uuid,
            )
            if ended_on:
                memberships.end_membership(context.session, uuid, ended_on)
            context.report.created["memberships"] += 1
            context.stamp(Membership.__table__, membership.id, values["updated_at"])

        self._attempt("memberships", row, write)

    def _end(self, uuid: str, ended_on: Any, values: dict[str, Any]) -> None:
        membership = memberships.end_membership(self.context.session, uuid, ended_on)
        self.context.report.updated["memberships"] += 1
        self.context.stamp(Membership.__table__, membership.id, values["updated_at"])

    def _import_assessments(self) -> None:
        known = set(self.context.session.scalars(select(Assessment.uuid)))
        for row in self.reader.rows("assessments"):
            self.context.step()
            self._flush_cell_problems()
            values = row.values
            if values.get("uuid"):
                self.assessment_rows[values["uuid"]] = row
            if not values.get("uuid"):
                self._missing_uuid("assessments", row)
            elif values["uuid"] in known:
                self.context.report.unchanged["assessments"] += 1
            elif values.get("group_uuid") not in self.skipped:
                self._attempt("assessments", row, partial(self._add_assessment, values))

    def _add_assessment(self, values: dict[str, Any]) -> None:
        assessment = groups.add_assessment(
            self.context.session,
            values["group_uuid"],
            values["assessed_on"],
            values["level"],
            values["notes"],
            uuid=values["uuid"],
        )
        self.context.report.created["assessments"] += 1
        self.context.stamp(Assessment.__table__, assessment.id, values["updated_at"])
        suggestion = (values.get("suggested_level") or "", values.get("suggestion_reasons") or "")
        self.new_assessments[values["uuid"]] = suggestion

    # --- activities -----------------------------------------------------------------------

    def _attendance(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for row in self.reader.rows("attendance"):
            self.context.step()
            activity, member = row.values.get("activity_uuid"), row.values.get("member_uuid")
            if activity and member and member in self.live_members:
                result.setdefault(activity, []).append(member)
        self._flush_cell_problems()
        return result

    def _import_activities(self) -> None:
        known = _known(self.context, Activity)
        attendance = self._attendance()
        for row in self.reader.rows("activities"):
            self.context.step()
            self._flush_cell_problems()
            values = row.values
            if not values.get("uuid"):
                self._missing_uuid("activities", row)
            elif values.get("group_uuid") not in self.skipped:
                self._import_activity(row, known.get(values["uuid"]), attendance)

    def _import_activity(
        self,
        row: ReportRow,
        known: tuple[int, bool, datetime | None] | None,
        attendance: dict[str, list[str]],
    ) -> None:
        values, uuid, context = row.values, row.values["uuid"], self.context
        if known is not None and known[1]:
            self._notice("activities", row, "excel.import.archived_here", name=values["title"])
            return
        if known is not None and not self._is_newer(row, known):
            context.report.unchanged["activities"] += 1
            return
        sheet = _sheet_of("activities", row)
        for kind, key in (
            ("activity_type", "type"),
            ("sector", "sector"),
            ("funding_source", "funding"),
        ):
            context.ensure_reference(kind, values[key], sheet, row.number, "")
        data = report_inputs.activity_input(values, tuple(attendance.get(uuid, ())))

        def write() -> None:
            if known is None:
                activity = activities.create_activity(context.session, data, uuid=uuid)
                context.report.created["activities"] += 1
            else:
                activity = activities.update_activity(context.session, uuid, data)
                context.report.updated["activities"] += 1
            context.stamp(Activity.__table__, activity.id, values["updated_at"])

        self._attempt("activities", row, write)
