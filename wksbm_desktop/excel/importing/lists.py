"""Importing member lists from ordinary office spreadsheets and from the import template.

Members are matched by NIK: a resident already registered is reused, not duplicated, and a
membership that is already current is left alone, so importing the same list twice is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select

from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Group, Member, Membership
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.services.bulk import BATCH_SIZE, BulkWriter
from wksbm_desktop.excel.importing.activities import ActivityImport
from wksbm_desktop.excel.importing.common import ImportContext, Row, table_rows
from wksbm_desktop.excel.importing.headers import SheetMapping
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.i18n import t

DEFAULT_GROUP_TYPE = "Lainnya"
DEFAULT_SECTOR = "Lainnya"
# Service field names → list columns, so an error lands on the column the operator typed in.
_FIELD_COLUMNS = {"group_uuid": "group", "member_uuid": "nik", "started_on": "started_on"}
REQUIRED_KEYS = frozenset({"nik", "full_name"})  # a dash there is a value to check, not empty


@dataclass(frozen=True, slots=True)
class _Seen:
    """The first row of a NIK in this file, to tell a second group from a real duplicate."""

    sheet: str
    row: int
    name: str
    member_uuid: str | None
    groups: tuple[str, ...]  # lower-cased; a tuple, as most people have one (100,000 of them)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


class ListImport:
    """Imports member rows from the mapped sheets inside the caller's session."""

    def __init__(self, context: ImportContext, workbook: Any, mappings: list[SheetMapping]):
        self.context = context
        self.workbook = workbook
        self.mappings = mappings
        self.seen: dict[str, _Seen] = {}
        self.group_ids: dict[str, str | None] = {}  # lower-cased name → uuid (None: failed)
        self.today = date.today()
        # New groups, members and memberships are checked row by row, in order, as the
        # services would check them, and written a batch at a time (core/services/bulk.py).
        self.writer = BulkWriter(context.session)

    def run(self) -> None:
        self._load_known()
        for mapping in self.mappings:
            if mapping.kind != "members":
                continue
            sheet = self.workbook[mapping.sheet]
            for batch in table_rows(self.context, sheet, mapping, "nik", BATCH_SIZE):
                self.writer.prefetch_niks(self._niks(mapping, batch))
                for number, raw in batch:
                    self._import_row(mapping, number, raw)
                self.writer.flush()
        others = [m for m in self.mappings if m.kind != "members"]
        if others:
            groups = {**self.live_groups, **{k: v for k, v in self.group_ids.items() if v}}
            ActivityImport(self.context, self.workbook, others, groups, self.seen_uuids()).run()

    def seen_uuids(self) -> dict[str, str]:
        """NIK → member uuid of every live member, those of this file included."""
        found = dict(self.known_niks)
        found.update({nik: s.member_uuid for nik, s in self.seen.items() if s.member_uuid})
        return found

    def _niks(self, mapping: SheetMapping, batch: list[Row]) -> list[str]:
        """The NIKs of a batch, for one uniqueness query; a NIK read otherwise (spaces, dots)
        is still checked, by a query of its own."""
        found = []
        for _, raw in batch:
            value = self._cell(mapping, raw, "nik")
            if isinstance(value, str) and value.isdigit():
                found.append(value)
            elif isinstance(value, int) and not isinstance(value, bool):
                found.append(str(value))
        return found

    def _load_known(self) -> None:
        """Live NIKs and current memberships in two queries, not a few per row."""
        session = self.context.session
        live = Member.archived_at.is_(None)
        self.known_niks = dict(session.execute(select(Member.nik, Member.uuid).where(live)).all())
        # Live groups by the database's own lower(name), as _group's query compared them; the
        # lowest id first, as that query's .first() found it.
        named = select(func.lower(Group.name), Group.uuid).where(Group.archived_at.is_(None))
        self.live_groups: dict[str, str] = {}
        for key, uuid in session.execute(named.order_by(Group.id)):
            self.live_groups.setdefault(key, uuid)
        self.group_types: dict[str, Any] = {}
        current = (
            select(Member.uuid, Group.uuid)
            .join(Membership, Membership.member_id == Member.id)
            .join(Group, Group.id == Membership.group_id)
            .where(Membership.ended_on.is_(None))
        )
        self.current_pairs = {(m, g) for m, g in session.execute(current)}

    # --- one row ----------------------------------------------------------------------------

    def _cell(self, mapping: SheetMapping, raw: tuple[Any, ...], key: str) -> Any:
        index = mapping.columns.get(key)
        value = raw[index] if index is not None and index < len(raw) else None
        if key not in REQUIRED_KEYS and cell_values.is_blank_word(value):
            return None  # "-", "–" or "tidak ada" in an optional column: left empty
        return value

    def _import_row(self, mapping: SheetMapping, number: int, raw: tuple[Any, ...]) -> None:
        read = _RowReader(self, mapping, number, raw)
        nik, name = read.nik(), cell_values.text(self._cell(mapping, raw, "full_name"))
        filled = [v for v in raw if v is not None and str(v).strip()]
        if not nik and not read.failed and len(filled) <= 1:
            # A stray note under or between the rows, not a member.
            self.context.add(
                mapping.sheet,
                number,
                "",
                t("excel.import.line_skipped", text=cell_values.text(filled[0])[:60]),
                "notice",
            )
            return
        data = read.member_input(nik, name)
        group_name = cell_values.text(self._cell(mapping, raw, "group"))
        role, started_on = read.role(), read.a_date("started_on")
        if nik and not self._first_time(mapping, number, nik, name, group_name):
            return
        if read.failed:
            # An unreadable cell does not hide the row's other problems: one round of fixes.
            self._check_only(mapping, number, data, read.failed_columns)
            return
        member_uuid = self._member(mapping, number, data)
        self._remember(mapping, number, nik, name, member_uuid, group_name)
        if member_uuid is None or not group_name:
            return
        group_uuid = self._group(mapping, number, group_name, raw)
        if group_uuid is not None:
            self._membership(mapping, number, member_uuid, group_uuid, role, started_on)

    def _remember(
        self,
        mapping: SheetMapping,
        number: int,
        nik: str,
        name: str,
        member_uuid: str | None,
        group: str,
    ) -> None:
        if not nik:
            return
        previous = self.seen.get(nik)
        added = (group.lower(),) if group else ()
        if previous is None:
            self.seen[nik] = _Seen(mapping.sheet, number, name, member_uuid, added)
        elif added and added[0] not in previous.groups:
            self.seen[nik] = replace(previous, groups=previous.groups + added)

    def _first_time(
        self, mapping: SheetMapping, number: int, nik: str, name: str, group: str
    ) -> bool:
        """A NIK seen before is fine only for the same person in another group."""
        seen = self.seen.get(nik)
        if seen is None:
            return True
        if _same_name(seen.name, name) and group and group.lower() not in seen.groups:
            return True
        self.context.add(
            mapping.sheet,
            number,
            mapping.column_label("nik"),
            t("excel.import.nik_twice", nik=nik, sheet=seen.sheet, row=seen.row),
        )
        return False

    def _column_of(self, mapping: SheetMapping) -> Callable[[str], str]:
        def column(field: str) -> str:
            key = _FIELD_COLUMNS.get(field, field)
            if key == "birth_date" and "birth_date" not in mapping.columns:
                key = "birth_place_date"
            return mapping.column_label(key)

        return column

    def _check_only(
        self, mapping: SheetMapping, number: int, data: MemberInput, reported: set[str]
    ) -> None:
        """The member rules on a row that will not be written, for the problems not yet said."""
        if data.nik in self.known_niks:
            return
        try:
            self.writer.check_member(data)
        except WksbmError as error:
            self.context.capture(error, mapping.sheet, number, self._column_of(mapping), reported)

    def _member(self, mapping: SheetMapping, number: int, data: MemberInput) -> str | None:
        seen = self.seen.get(data.nik)
        if seen is not None:
            return seen.member_uuid
        existing = self.known_niks.get(data.nik)
        if existing is not None:
            self.context.report.unchanged["members"] += 1
            return existing
        try:
            uuid = self.writer.add_member(data)
        except WksbmError as error:
            self.context.capture(error, mapping.sheet, number, self._column_of(mapping))
            return None
        self.context.report.created["members"] += 1
        return uuid

    def _group(
        self, mapping: SheetMapping, number: int, name: str, raw: tuple[Any, ...]
    ) -> str | None:
        key = " ".join(name.lower().split())
        if key in self.group_ids:
            return self.group_ids[key]
        uuid = self.live_groups.get(key)
        if uuid is None:
            uuid = self._new_group(mapping, number, name, raw)
        self.group_ids[key] = uuid
        return uuid

    def _new_group(
        self, mapping: SheetMapping, number: int, name: str, raw: tuple[Any, ...]
    ) -> str | None:
        wanted = cell_values.text(self._cell(mapping, raw, "group_type"))
        if wanted and wanted not in self.group_types:
            self.group_types[wanted] = reference.find_item(
                self.context.session, "group_type", wanted
            )
        item = self.group_types.get(wanted) if wanted else None
        kind = item.label if item is not None else DEFAULT_GROUP_TYPE
        try:
            uuid = self.writer.add_group(GroupInput(name, kind, DEFAULT_SECTOR))
        except WksbmError as error:
            self.context.capture(
                error, mapping.sheet, number, lambda f: mapping.column_label("group")
            )
            return None
        self.context.report.created["groups"] += 1
        self.context.add(
            mapping.sheet,
            number,
            mapping.column_label("group"),
            t("excel.import.group_created", name=name, type=kind, sector=DEFAULT_SECTOR),
            "notice",
        )
        return uuid

    def _membership(
        self,
        mapping: SheetMapping,
        number: int,
        member_uuid: str,
        group_uuid: str,
        role: str,
        started_on: date | None,
    ) -> None:
        if (member_uuid, group_uuid) in self.current_pairs:
            self.context.report.unchanged["memberships"] += 1
            return
        try:
            self.writer.add_membership(member_uuid, group_uuid, role, started_on or self.today)
        except WksbmError as error:
            self.context.capture(error, mapping.sheet, number, self._column_of(mapping))
            return
        self.context.report.created["memberships"] += 1
        self.current_pairs.add((member_uuid, group_uuid))


class _RowReader:
    """Reads the typed cells of one row, reporting each unreadable cell against its column."""

    def __init__(self, owner: ListImport, mapping: SheetMapping, number: int, raw: tuple[Any, ...]):
        self.owner, self.mapping, self.number, self.raw = owner, mapping, number, raw
        self.failed_columns: set[str] = set()

    @property
    def failed(self) -> bool:
        return bool(self.failed_columns)

    def _get(self, key: str) -> Any:
        return self.owner._cell(self.mapping, self.raw, key)

    def _fail(self, key: str, error: cell_values.CellValueError) -> None:
        column = self.mapping.column_label(key)
        self.failed_columns.add(column)
        self.owner.context.add(
            self.mapping.sheet, self.number, column, t(error.key, **error.params)
        )

    def _read(self, key: str, reader: Any, default: Any) -> Any:
        try:
            return reader(self._get(key))
        except cell_values.CellValueError as error:
            self._fail(key, error)
            return default

    def nik(self) -> str:
        return str(self._read("nik", cell_values.id_number, ""))

    def role(self) -> str:
        return str(self._read("role", cell_values.role, "anggota"))

    def a_date(self, key: str) -> date | None:
        result: date | None = self._read(key, cell_values.a_date, None)
        return result

    def member_input(self, nik: str, name: str) -> MemberInput:
        place, born = self._place_and_date()
        rt, rw = cell_values.text(self._get("rt")), cell_values.text(self._get("rw"))
        if "rt_rw" in self.mapping.columns:
            rt, rw = _split_rt_rw(cell_values.text(self._get("rt_rw")), rt, rw)
        return MemberInput(
            nik=nik,
            full_name=name,
            sex=self._read("sex", cell_values.sex, None),
            birth_date=born,
            birth_place=place,
            kk=str(self._read("kk", cell_values.id_number, "")),
            address=cell_values.text(self._get("address")),
            rt=rt,
            rw=rw,
            phone=cell_values.text(self._get("phone")),
            education=cell_values.text(self._get("education")),
            occupation=cell_values.text(self._get("occupation")),
        )

    def _place_and_date(self) -> tuple[str, date | None]:
        place = cell_values.text(self._get("birth_place"))
        born = self.a_date("birth_date")
        if "birth_place_date" in self.mapping.columns and not born:
            combined = self._get("birth_place_date")
            if isinstance(combined, date):
                return place, self._read("birth_place_date", cell_values.a_date, None)
            text = cell_values.text(combined)
            if "," in text:
                place, _, when = text.rpartition(",")
                return place.strip(), self._read(
                    "birth_place_date", lambda _v: cell_values.a_date(when.strip()), None
                )
            return place, self._read("birth_place_date", cell_values.a_date, None)
        return place, born


def _split_rt_rw(text: str, rt: str, rw: str) -> tuple[str, str]:
    """ "005/002" as offices write it: RT first, then RW."""
    parts = [p.strip() for p in text.replace("\\", "/").split("/")]
    if len(parts) == 2:
        return rt or parts[0], rw or parts[1]
    return rt, rw
