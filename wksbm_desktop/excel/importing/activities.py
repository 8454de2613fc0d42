"""Importing activities (daftar kegiatan) and attendance (daftar hadir) from office lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Activity, Group, Member, Membership, ReferenceItem
from wksbm_desktop.core.services import activities
from wksbm_desktop.excel.importing.common import ImportContext, table_rows
from wksbm_desktop.excel.importing.headers import SheetMapping
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.i18n import t

DEFAULT_LABEL = "Lainnya"
_BATCH = 500
# Service field names → activity sheet columns.
_FIELDS = {"group_uuid": "group", "type": "activity_type", "attendees": "title"}
_REQUIRED = frozenset({"held_on", "title", "group", "nik", "full_name", "activity_no"})


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class _Found:
    """An activity of this file (or of the database, ``row`` 0) that attendance may name."""

    uuid: str | None  # None: the row had errors and was not imported
    group_uuid: str
    sheet: str
    row: int


class _Cells:
    """The typed cells of one row, reporting each unreadable cell against its column."""

    def __init__(self, context: ImportContext, mapping: SheetMapping, number: int, raw: Any):
        self.context, self.mapping, self.number, self.raw = context, mapping, number, raw
        self.said: set[str] = set()  # columns whose problem is already reported

    def get(self, key: str) -> Any:
        index = self.mapping.columns.get(key)
        if index is None:
            return self.mapping.fixed.get(key)  # from the sheet's title block, if any
        value = self.raw[index] if index < len(self.raw) else None
        if key not in _REQUIRED and cell_values.is_blank_word(value):
            return None
        return value

    def text(self, key: str) -> str:
        return cell_values.text(self.get(key))

    def read(self, key: str, reader: Callable[[Any], Any], default: Any) -> Any:
        try:
            return reader(self.get(key))
        except cell_values.CellValueError as error:
            self.error(key, t(error.key, **error.params))
            return default

    def error(self, key: str, message: str) -> None:
        column = self.mapping.column_label(key) or self._title_label(key)
        self.said.add(column)
        self.context.add(self.mapping.sheet, self.number, column, message)

    def _title_label(self, key: str) -> str:
        if key in self.mapping.fixed:
            return t("import_more.title_block_value", value=self.mapping.fixed[key])
        return ""


class ActivityImport:
    """Activity sheets first, then attendance sheets, inside the caller's session.

    An activity is known by its group, date and name: one already in the database is reused,
    so the same list imported twice, or a fixed error workbook after "only the valid rows",
    adds nothing twice. Attendance names its activity by the number in the activity sheet, or
    by date and name, and its person by NIK, or by name within the group.
    """

    def __init__(
        self,
        context: ImportContext,
        workbook: Any,
        mappings: list[SheetMapping],
        groups: dict[str, str],
        niks: dict[str, str],
    ) -> None:
        self.context, self.workbook, self.mappings = context, workbook, mappings
        self.groups = groups  # normalised name → uuid of live groups (this file's too)
        self.niks = niks  # NIK → uuid of live members (this file's too)
        self.by_number: dict[str, _Found] = {}
        self.by_key: dict[tuple[str, date, str], _Found] = {}  # (group, date, name)
        self.by_date_title: dict[tuple[date, str], list[_Found]] = {}
        self.sectors: dict[str, str] = {}
        self.names: dict[str, dict[str, list[str]]] = {}  # group uuid → name → member uuids
        self.present: dict[str, set[str]] = {}  # activity uuid → attendee uuids
        self.pending: dict[str, list[str]] = {}  # activity uuid → attendees to add

    def run(self) -> None:
        self._load_known()
        for kind, handle in (("activities", self._activity), ("attendance", self._attendance)):
            for mapping in (m for m in self.mappings if m.kind == kind):
                sheet = self.workbook[mapping.sheet]
                key = "held_on" if kind == "activities" else "nik"
                for batch in table_rows(self.context, sheet, mapping, key, _BATCH):
                    for number, raw in batch:
                        handle(_Cells(self.context, mapping, number, raw))
        for uuid, attendees in self.pending.items():
            activities.add_attendees(self.context.session, uuid, tuple(attendees))

    def _load_known(self) -> None:
        query = (
            select(Activity.uuid, Group.uuid, Activity.held_on, Activity.title)
            .join(Group, Group.id == Activity.group_id)
            .where(Activity.archived_at.is_(None))
        )
        for uuid, group_uuid, held_on, title in self.context.session.execute(query):
            found = _Found(uuid, group_uuid, "", 0)
            self.by_key.setdefault((group_uuid, held_on, _norm(title)), found)
            self.by_date_title.setdefault((held_on, _norm(title)), []).append(found)

    # --- activities -----------------------------------------------------------------------

    def _activity(self, cells: _Cells) -> None:
        number = cells.text("activity_no")
        held_on = cells.read("held_on", cell_values.a_date, None)
        title = cells.text("title")
        group_uuid = self._group_of(cells, cells.text("group"))
        amount = cells.read("amount", lambda v: cell_values.whole_number(v, money=True), 0)
        counts = [
            cells.read(k, cell_values.whole_number, 0)
            for k in ("participants_count", "beneficiaries_count")
        ]
        funding = cells.text("funding") or DEFAULT_LABEL
        if amount and not cells.text("funding"):
            cells.error("funding", t("excel.import.funding_needed"))
        if number and number in self.by_number:
            seen = self.by_number[number]
            cells.error("activity_no", t("excel.import.activity_no_twice", no=number, row=seen.row))
        data = ActivityInput(
            group_uuid=group_uuid or "", held_on=held_on, title=title,
            type=cells.text("activity_type") or DEFAULT_LABEL,
            sector=cells.text("sector") or self._sector(group_uuid), funding=funding,
            location=cells.text("location"), facilitator=cells.text("facilitator"),
            amount=amount, participants_count=counts[0], beneficiaries_count=counts[1],
            outcome=cells.text("outcome"),
        )  # fmt: skip
        found = self._write_activity(cells, data)
        self._remember(cells, number, data, found)

    def _group_of(self, cells: _Cells, name: str) -> str | None:
        if not name:
            return None  # the service says the group is required
        uuid = self.groups.get(_norm(name))
        if uuid is None:
            cells.error("group", t("excel.import.group_unknown", name=name))
        return uuid

    def _sector(self, group_uuid: str | None) -> str:
        if not group_uuid:
            return DEFAULT_LABEL
        if group_uuid not in self.sectors:
            query = (
                select(ReferenceItem.label)
                .join(Group, Group.sector_id == ReferenceItem.id)
                .where(Group.uuid == group_uuid)
            )
            self.sectors[group_uuid] = self.context.session.scalar(query) or DEFAULT_LABEL
        return self.sectors[group_uuid]

    def _write_activity(self, cells: _Cells, data: ActivityInput) -> _Found:
        sheet, row, report = cells.mapping.sheet, cells.number, self.context.report
        key = (data.group_uuid, data.held_on, _norm(data.title)) if data.held_on else None
        earlier = self.by_key.get(key) if key else None
        if earlier is not None and earlier.row:
            message = t("excel.import.activity_twice", sheet=earlier.sheet, row=earlier.row)
            cells.error("title", message)
        if cells.said:
            self._check_only(cells, data)
            return _Found(None, data.group_uuid, sheet, row)
        if earlier is not None:
            report.unchanged["activities"] += 1  # in the database already: reused, not doubled
            return _Found(earlier.uuid, data.group_uuid, sheet, row)
        try:
            activity = activities.create_activity(self.context.session, data)
        except WksbmError as error:
            self.context.capture(error, sheet, row, self._column_of(cells.mapping))
            return _Found(None, data.group_uuid, sheet, row)
        report.created["activities"] += 1
        self.present[activity.uuid] = set()
        return _Found(activity.uuid, data.group_uuid, sheet, row)

    def _check_only(self, cells: _Cells, data: ActivityInput) -> None:
        """The activity rules on a row that will not be written, for problems not yet said."""
        try:
            activities.check_activity(self.context.session, data)
        except WksbmError as error:
            column_of = self._column_of(cells.mapping)
            self.context.capture(error, cells.mapping.sheet, cells.number, column_of, cells.said)

    def _column_of(self, mapping: SheetMapping) -> Callable[[str], str]:
        return lambda field: mapping.column_label(_FIELDS.get(field, field))

    def _remember(self, cells: _Cells, number: str, data: ActivityInput, found: _Found) -> None:
        if number and number not in self.by_number:
            self.by_number[number] = found
        if data.held_on is None or not data.group_uuid:
            return
        key = (data.group_uuid, data.held_on, _norm(data.title))
        if key not in self.by_key or not self.by_key[key].row:
            self.by_key[key] = found
            self.by_date_title.setdefault((data.held_on, _norm(data.title)), []).insert(0, found)

    # --- attendance -----------------------------------------------------------------------

    def _attendance(self, cells: _Cells) -> None:
        activity = self._activity_of(cells)
        member = self._person(cells, activity)
        if activity is None or member is None or activity.uuid is None:
            return
        present = self._present(activity.uuid)
        if member in present:
            self.context.report.unchanged["attendance"] += 1
            return
        present.add(member)
        self.pending.setdefault(activity.uuid, []).append(member)
        self.context.report.created["attendance"] += 1

    def _present(self, uuid: str) -> set[str]:
        if uuid not in self.present:
            activity = activities.get_activity(self.context.session, uuid)
            self.present[uuid] = set(activities.attendee_uuids(self.context.session, activity.id))
        return self.present[uuid]

    def _activity_of(self, cells: _Cells) -> _Found | None:
        number = cells.text("activity_no")
        if number:
            found = self.by_number.get(number)
            if found is None:
                cells.error("activity_no", t("excel.import.activity_no_unknown", no=number))
        else:
            found = self._by_date_and_title(cells)
        if found is not None and found.uuid is None:
            message = t("excel.import.activity_has_errors", sheet=found.sheet, row=found.row)
            cells.error("activity_no" if number else "activity_title", message)
            return None
        return found

    def _by_date_and_title(self, cells: _Cells) -> _Found | None:
        held_on = cells.read("activity_date", cell_values.a_date, None)
        title = cells.text("activity_title")
        if held_on is None or not title:
            if "activity_date" not in cells.said:
                cells.error("activity_title", t("excel.import.activity_reference_missing"))
            return None
        candidates = self.by_date_title.get((held_on, _norm(title)), [])
        group = cells.text("group")
        if group:
            uuid = self.groups.get(_norm(group))
            candidates = [c for c in candidates if c.group_uuid == uuid]
        if len({c.uuid or c.row for c in candidates}) > 1:
            cells.error("activity_title", t("excel.import.activity_ambiguous", title=title))
            return None
        if not candidates:
            when = held_on.strftime("%d-%m-%Y")
            cells.error(
                "activity_title", t("excel.import.activity_unknown", title=title, when=when)
            )
            return None
        return candidates[0]

    def _person(self, cells: _Cells, activity: _Found | None) -> str | None:
        nik = cells.read("nik", cell_values.id_number, "")
        if nik:
            uuid = self.niks.get(nik)
            if uuid is None:
                cells.error("nik", t("excel.import.attendee_nik_unknown", nik=nik))
            return uuid
        name = cells.text("full_name")
        if not name:
            if "nik" not in cells.said:
                cells.error("nik", t("excel.import.attendee_missing"))
            return None
        group_name = cells.text("group")
        group = self.groups.get(_norm(group_name)) if group_name else None
        if group is None and activity is not None:
            group = activity.group_uuid
        if group is None:
            return None  # the activity's own problem is reported already
        found = self._members_named(group).get(_norm(name), [])
        if len(found) != 1:
            key = "excel.import.attendee_ambiguous" if found else "excel.import.attendee_unknown"
            cells.error("full_name", t(key, name=name, count=len(found)))
            return None
        return found[0]

    def _members_named(self, group_uuid: str) -> dict[str, list[str]]:
        if group_uuid not in self.names:
            query = (
                select(Member.full_name, Member.uuid)
                .join(Membership, Membership.member_id == Member.id)
                .join(Group, Group.id == Membership.group_id)
                .where(
                    Group.uuid == group_uuid,
                    Membership.ended_on.is_(None),
                    Member.archived_at.is_(None),
                )
            )
            names: dict[str, list[str]] = {}
            for name, uuid in self.context.session.execute(query):
                names.setdefault(_norm(name), []).append(uuid)
            self.names[group_uuid] = names
        return self.names[group_uuid]
