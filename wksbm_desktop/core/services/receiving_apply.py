"""Applying one kelurahan report to the city database: diff by UUID, then set-wise writes.

The kelurahan's rows are read once per table (``WHERE kelurahan_code = :code``), the file's rows
are compared with them in memory, and only what differs is written with executemany
(docs/city.md, "Receiving a report"). A row that breaks a rule is refused alone and listed in
the receipt; the rest of the file lands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.incoming_report import IncomingReport, Receipt, RowRefusal
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Attendance,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.services.members import anonymised_values, redact_member_history
from wksbm_desktop.core.services.receiving_write import (
    Refused,
    RowWriter,
    column_problem,
    field_label,
    ids_by_uuid,
    load_owned,
    owners_elsewhere,
)
from wksbm_desktop.i18n import t

GROUP_FIELDS = ("name", "type_id", "sector_id", "status", "rw", "rt", "address", "founded_on",
                "sk_number", "sk_date", "sk_issuer", "phone", "notes")  # fmt: skip
MEMBER_FIELDS = ("nik", "kk", "full_name", "sex", "birth_place", "birth_date", "address", "rt",
                 "rw", "phone", "education", "occupation", "dtsen_registered", "dtsen_decile",
                 "dtsen_as_of", "disability", "notes")  # fmt: skip
MEMBERSHIP_FIELDS = ("member_id", "group_id", "role", "started_on", "ended_on")
ACTIVITY_FIELDS = ("group_id", "held_on", "title", "type_id", "sector_id", "funding_id",
                   "location", "facilitator", "amount", "participants_count",
                   "beneficiaries_count", "outcome")  # fmt: skip
ASSESSMENT_FIELDS = ("group_id", "assessed_on", "level", "notes", "suggested_level",
                     "suggestion_reasons")  # fmt: skip
# Columns a row must not leave empty (the forms of the kelurahan require them too).
REQUIRED = {
    "groups": ("name", "type", "sector", "status"),
    "members": ("nik", "full_name", "sex"),
    "memberships": ("role", "started_on"),
    "activities": ("held_on", "title", "type", "sector", "funding"),
    "assessments": ("assessed_on", "level"),
}
REFERENCE_COLUMNS = {"type": "group_type", "sector": "sector"}
ACTIVITY_REFERENCES = {"type": "activity_type", "sector": "sector", "funding": "funding_source"}
MASK = "*"
ANON_PLACEHOLDER = "ANON" + MASK * 12


class ReportApplier:
    """Lands one report's rows for its kelurahan; counts and refusals go to ``receipt``."""

    def __init__(self, session: Session, report: IncomingReport, receipt: Receipt) -> None:
        self.session = session
        self.report = report
        self.receipt = receipt
        self.code = report.kelurahan_code
        self.writer = RowWriter(session)
        self.now = report.generated_at or datetime.now()
        self._references: dict[tuple[str, str], int] | None = None
        self.group_ids: dict[str, int] = {}
        self.member_ids: dict[str, int] = {}
        self.activity_ids: dict[str, int] = {}
        self.archived_groups: set[int] = set()
        self.archived_members: set[int] = set()
        self.ending_members: set[int] = set()  # archived by this report: memberships end
        self.received_activities: set[int] = set()
        self.anonymising = {
            row["uuid"] for row in report.removed
            if row.get("entity") == "members" and row.get("removal") == "anonymised"
        }  # fmt: skip

    # --- the whole report, in an order that keeps every constraint true at every statement ---

    def apply(self) -> None:
        from wksbm_desktop.core.services import receiving_removal as removal
        from wksbm_desktop.core.services.receiving_programme import apply_programme

        self._groups()
        self._members()
        removal.apply_group_and_member_removals(self)
        self._memberships()
        self._activities()
        removal.apply_activity_removals(self)
        self._attendance()
        self._assessments()
        removal.apply_assessment_deletions(self)
        apply_programme(self)  # format 5: aid, indicators, visits, rubric answers

    # --- shared steps -------------------------------------------------------------------------

    def refuse(self, entity: str, row: dict[str, Any], reason: str, name: str = "") -> None:
        self.receipt.refuse_row(
            RowRefusal(
                entity,
                reason,
                str(row.get("_sheet", "")),
                int(row.get("_row") or 0),
                str(row.get("uuid") or ""),
                name,
            )
        )

    def _incoming(
        self,
        entity: str,
        table: Any,
        existing: dict[str, dict[str, Any]],
        name_of: Callable[[dict[str, Any]], str],
    ) -> list[dict[str, Any]]:
        """The file's rows of ``entity`` whose UUID is neither repeated nor another kelurahan's."""
        rows = self.report.entity_rows(entity)
        # Only UUIDs the kelurahan does not hold yet can be someone else's (a unique column).
        new = (row["uuid"] for row in rows if row["uuid"] not in existing)
        elsewhere = owners_elsewhere(self.session, table, new, self.code)
        seen: set[str] = set()
        kept = []
        for row in rows:
            uuid = row["uuid"]
            if not uuid:
                self.refuse(entity, row, t("receiving.row.no_uuid"), name_of(row))
            elif uuid in elsewhere:
                owner = elsewhere[uuid] or t("receiving.owner_dinas")
                self.refuse(entity, row, t("receiving.row.foreign_uuid", uuid=uuid, owner=owner),
                            name_of(row))  # fmt: skip
            elif uuid in seen:
                self.refuse(entity, row, t("receiving.row.repeated_uuid", uuid=uuid), name_of(row))
            else:
                seen.add(uuid)
                kept.append(row)
        return kept

    def _checked(
        self, entity: str, table: Any, row: dict[str, Any], values: dict[str, Any]
    ) -> None:
        for name in REQUIRED.get(entity, ()):
            if row.get(name) in (None, ""):
                raise Refused(t("receiving.row.required", field=field_label(name)))
        problem = column_problem(table, values)
        if problem is not None:
            kind, column, limit = problem
            raise Refused(t(f"receiving.row.{kind}", field=field_label(column), max=limit))

    def _reference_id(self, kind: str, label: str) -> int:
        if self._references is None:
            items = self.session.execute(
                select(ReferenceItem.kind, ReferenceItem.label, ReferenceItem.id)
            )
            self._references = {(k, lab.strip().lower()): i for k, lab, i in items}
        key = (kind, " ".join(label.split()).lower())
        if key not in self._references:
            if len(label) > 100:
                raise Refused(
                    t("receiving.row.too_long", field=reference.field_label(kind), max=100)
                )
            item = reference.add_item(self.session, kind, label)
            self._references[key] = item.id
            self.receipt.lines.append(
                t("receiving.line.label_added", label=item.label, kind=reference.field_label(kind))
            )
        return self._references[key]

    def _upsert(
        self,
        entity: str,
        table: Any,
        existing: dict[str, dict[str, Any]],
        prepared: list[tuple[dict[str, Any], dict[str, Any]]],
        fields: tuple[str, ...],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Split prepared (row, values) pairs into inserts and updates, counting each."""
        inserts, updates = [], []
        for row, values in prepared:
            stamp = row.get("updated_at") or self.now
            old = existing.get(row["uuid"])
            if old is None:
                identity = {"uuid": row["uuid"], "kelurahan_code": self.code, "version": 1}
                inserts.append({**values, **identity, "created_at": stamp, "updated_at": stamp})
                self.receipt.count("added", entity)
                continue
            restored = old.get("archived_at") is not None and "archived_at" in values
            if restored or any(old[name] != values[name] for name in fields):
                updates.append({**values, "_id": old["id"], "updated_at": stamp})
                self.receipt.count("changed", entity)
            else:
                self.receipt.count("unchanged", entity)
        for row in inserts:
            if "version" not in table.c:
                del row["version"]
        return inserts, updates

    # --- groups -------------------------------------------------------------------------------

    def _groups(self) -> None:
        table = Group.__table__
        existing = load_owned(
            self.session, table, (*GROUP_FIELDS, "parent_id", "archived_at"), self.code
        )
        name = _text_of("name")
        rows = self._incoming("groups", table, existing, name)
        prepared = self._prepared("groups", table, rows, self._group_values, name)
        inserts, updates = self._upsert("groups", table, existing, prepared, GROUP_FIELDS)
        self.writer.insert(table, inserts)
        self.writer.update(table, updates)
        self.group_ids = ids_by_uuid(self.session, table, self.code)
        self._link_parents(existing, prepared)

    def _group_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = {
            name: row.get(name) for name in GROUP_FIELDS if name not in ("type_id", "sector_id")
        }
        for name in ("rw", "rt", "address", "sk_number", "sk_issuer", "phone", "notes"):
            values[name] = values[name] or ""
        for column, kind in REFERENCE_COLUMNS.items():
            if row.get(column):
                values[f"{column}_id"] = self._reference_id(kind, row[column])
        values["archived_at"] = None
        return values

    def _prepared(
        self,
        key: str,
        table: Any,
        rows: list[dict[str, Any]],
        values_of: Callable[[dict[str, Any]], dict[str, Any]],
        name_of: Callable[[dict[str, Any]], str],
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(row, column values) of the rows that pass every check; the others are refused."""
        prepared = []
        for row in rows:
            try:
                values = values_of(row)
                self._checked(key, table, row, values)
            except Refused as refused:
                self.refuse(key, row, refused.reason, name_of(row))
                continue
            prepared.append((row, values))
        return prepared

    def _link_parents(
        self,
        existing: dict[str, dict[str, Any]],
        prepared: list[tuple[dict[str, Any], dict[str, Any]]],
    ) -> None:
        """A network's member institutions name it by UUID: set once every group has its id."""
        updates = []
        for row, _values in prepared:
            parent_uuid = row.get("parent_uuid") or ""
            parent_id = self.group_ids.get(parent_uuid) if parent_uuid else None
            if parent_uuid and parent_id is None:
                self.receipt.lines.append(
                    t("receiving.line.parent_missing", name=row.get("name") or "", uuid=parent_uuid)
                )
            old = existing.get(row["uuid"])
            if (old["parent_id"] if old else None) != parent_id:
                # The kelurahan's stamp again: Core's onupdate would put the receiving time.
                stamp = row.get("updated_at") or self.now
                group_id = self.group_ids[row["uuid"]]
                updates.append({"_id": group_id, "parent_id": parent_id, "updated_at": stamp})
        self.writer.update(Group.__table__, updates, bump=False)

    # --- members --------------------------------------------------------------------------------

    def _members(self) -> None:
        table = Member.__table__
        columns = (*MEMBER_FIELDS, "archived_at", "anonymised_at")
        existing = load_owned(self.session, table, columns, self.code)
        rows = self._incoming("members", table, existing, lambda r: str(r.get("full_name") or ""))
        claims = self._niks_held_outside_file(existing, {row["uuid"] for row in rows})
        prepared = []
        for row in rows:
            try:
                values = self._member_values(row, existing.get(row["uuid"]))
                self._checked("members", table, row, values)
                self._claim_nik(claims, row["uuid"], str(values["nik"]))
            except Refused as refused:
                self.refuse("members", row, refused.reason, str(row.get("full_name") or ""))
                continue
            prepared.append((row, values))
        inserts, updates = self._upsert("members", table, existing, prepared, MEMBER_FIELDS)
        self.writer.insert(table, inserts)
        self.writer.update(table, updates)
        self.member_ids = ids_by_uuid(self.session, table, self.code)

    def _niks_held_outside_file(
        self, existing: dict[str, dict[str, Any]], in_file: set[str]
    ) -> dict[str, tuple[str, str]]:
        """NIK → (uuid, name) of the kelurahan's live members this file does not mention."""
        removed = {r["uuid"] for r in self.report.removed if r.get("entity") == "members"}
        claims = {}
        for uuid, old in existing.items():
            if uuid in in_file or uuid in removed or old["archived_at"] is not None:
                continue
            if MASK not in old["nik"]:
                claims[old["nik"]] = (uuid, old["full_name"])
        return claims

    def _claim_nik(self, claims: dict[str, tuple[str, str]], uuid: str, nik: str) -> None:
        if MASK in nik or nik.startswith("ANON"):
            return
        holder = claims.get(nik)
        if holder is not None and holder[0] != uuid:
            raise Refused(t("receiving.row.nik_taken", nik=nik, name=holder[1]))
        claims[nik] = (uuid, "")

    def _member_values(self, row: dict[str, Any], old: dict[str, Any] | None) -> dict[str, Any]:
        values = {name: row.get(name) for name in MEMBER_FIELDS}
        for name in ("kk", "birth_place", "address", "rt", "rw", "phone", "education",
                     "occupation", "notes", "nik", "full_name"):  # fmt: skip
            values[name] = values[name] or ""
        values["dtsen_registered"] = bool(values["dtsen_registered"])
        values["disability"] = bool(values["disability"])
        decile = values["dtsen_decile"]
        if decile is not None and not 1 <= decile <= 10:
            raise Refused(t("receiving.row.decile", value=decile))
        if values["sex"] not in ("L", "P"):
            raise Refused(t("receiving.row.required", field=field_label("sex")))
        values["nik"], values["kk"] = self._identity(
            row, old, str(values["nik"]), str(values["kk"])
        )
        if row["uuid"] in self.anonymising and (old is None or old["anonymised_at"] is None):
            # The city anonymises it below with an identifier of its own; until then a value
            # the NIK rule leaves out, never the kelurahan's "ANON…" that could meet another.
            values["nik"], values["kk"] = ANON_PLACEHOLDER, ""
        if old is not None and old["anonymised_at"] is not None:
            # Anonymised at the city: the file's personal values are never taken back.
            values.update({name: old[name] for name in anonymised_values(0, None)})
            values["birth_date"] = old["birth_date"]
        values["archived_at"] = None
        return values

    def _identity(
        self, row: dict[str, Any], old: dict[str, Any] | None, nik: str, kk: str
    ) -> tuple[str, str]:
        """The NIK and No. KK the city keeps: the unsealed pair when the city could open it; a
        masked value never replaces a full one the city already holds (it says nothing new)."""
        unsealed = self.report.unsealed_niks.get(row["uuid"])
        if unsealed is not None:
            return unsealed
        if old is not None:
            if MASK in nik and MASK not in old["nik"]:
                nik = old["nik"]
            if MASK in kk and old["kk"] and MASK not in old["kk"]:
                kk = old["kk"]
        return nik, kk

    # --- memberships ---------------------------------------------------------------------------

    def _memberships(self) -> None:
        table = Membership.__table__
        existing = load_owned(self.session, table, MEMBERSHIP_FIELDS, self.code)
        rows = self._incoming("memberships", table, existing, lambda r: "")
        in_file = {row["uuid"] for row in rows}
        current, ketua = self._current_outside_file(existing, in_file)
        prepared = []
        for row in rows:
            try:
                values = self._membership_values(row)
                self._checked("memberships", table, row, values)
                if values["ended_on"] is None:
                    self._claim_current(current, ketua, values)
            except Refused as refused:
                self.refuse("memberships", row, refused.reason)
                continue
            prepared.append((row, values))
        inserts, updates = self._upsert("memberships", table, existing, prepared, MEMBERSHIP_FIELDS)
        # Endings first, so that a new Ketua never meets the old one still current.
        ending = [u for u in updates if u["ended_on"] is not None]
        self.writer.update(table, ending, bump=False)
        self.writer.update(table, [u for u in updates if u["ended_on"] is None], bump=False)
        self.writer.insert(table, inserts)

    def _current_outside_file(
        self, existing: dict[str, dict[str, Any]], in_file: set[str]
    ) -> tuple[set[tuple[int, int]], set[int]]:
        current: set[tuple[int, int]] = set()
        ketua: set[int] = set()
        for uuid, old in existing.items():
            # Archived members hold no current membership: archiving ended them before this.
            if uuid in in_file or old["ended_on"] is not None:
                continue
            current.add((old["member_id"], old["group_id"]))
            if old["role"] == "ketua":
                ketua.add(old["group_id"])
        return current, ketua

    def _claim_current(
        self, current: set[tuple[int, int]], ketua: set[int], values: dict[str, Any]
    ) -> None:
        pair = (values["member_id"], values["group_id"])
        if pair in current:
            raise Refused(t("receiving.row.membership_twice"))
        if values["role"] == "ketua":
            if values["group_id"] in ketua:
                raise Refused(t("receiving.row.ketua_twice"))
            ketua.add(values["group_id"])
        current.add(pair)

    def _membership_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = {
            "member_id": self.live_member(row.get("member_uuid") or ""),
            "group_id": self.live_group(row.get("group_uuid") or ""),
            "role": row.get("role"), "started_on": row.get("started_on"),
            "ended_on": row.get("ended_on"),
        }  # fmt: skip
        ended, started = values["ended_on"], values["started_on"]
        if ended is not None and started is not None and ended < started:
            raise Refused(t("receiving.row.ended_before_started"))
        return values

    def live_group(self, uuid: str) -> int:
        group_id = self.group_ids.get(uuid)
        if group_id is None:
            raise Refused(t("receiving.row.missing_group", uuid=uuid or "-"))
        if group_id in self.archived_groups:
            raise Refused(t("receiving.row.archived_group", uuid=uuid))
        return group_id

    def live_member(self, uuid: str) -> int:
        member_id = self.member_ids.get(uuid)
        if member_id is None:
            raise Refused(t("receiving.row.missing_member", uuid=uuid or "-"))
        if member_id in self.archived_members:
            raise Refused(t("receiving.row.archived_member", uuid=uuid))
        return member_id

    # --- activities and attendance ----------------------------------------------------------

    def _activities(self) -> None:
        table = Activity.__table__
        existing = load_owned(self.session, table, (*ACTIVITY_FIELDS, "archived_at"), self.code)
        title = _text_of("title")
        rows = self._incoming("activities", table, existing, title)
        prepared = self._prepared("activities", table, rows, self._activity_values, title)
        inserts, updates = self._upsert("activities", table, existing, prepared, ACTIVITY_FIELDS)
        self.writer.insert(table, inserts)
        self.writer.update(table, updates)
        self.activity_ids = ids_by_uuid(self.session, table, self.code)
        self.received_activities = {self.activity_ids[row["uuid"]] for row, _ in prepared}

    def _activity_values(self, row: dict[str, Any]) -> dict[str, Any]:
        values = {name: row.get(name) for name in ACTIVITY_FIELDS if not name.endswith("_id")}
        values["group_id"] = self.live_group(row.get("group_uuid") or "")
        for name in ("location", "facilitator", "outcome", "title"):
            values[name] = values[name] or ""
        for name in ("amount", "participants_count", "beneficiaries_count"):
            values[name] = values[name] or 0
        for column, kind in ACTIVITY_REFERENCES.items():
            if row.get(column):
                values[f"{column}_id"] = self._reference_id(kind, row[column])
        values["archived_at"] = None
        return values

    def _attendance(self) -> None:
        """For every activity the file carries, the city's list becomes the file's list."""
        table = Attendance.__table__
        received = self.received_activities
        query = select(table.c.activity_id, table.c.member_id).where(
            table.c.kelurahan_code == self.code
        )
        held = {(a, m) for a, m in self.session.execute(query) if a in received}
        wanted: set[tuple[int, int]] = set()
        refused: dict[str, int] = {}
        for activity_uuid, member_uuid in self.report.attendance:
            activity_id = self.activity_ids.get(activity_uuid)
            member_id = self.member_ids.get(member_uuid)
            if (
                activity_id not in received
                or member_id is None
                or member_id in self.archived_members
            ):
                refused[activity_uuid] = refused.get(activity_uuid, 0) + 1
                continue
            wanted.add((activity_id, member_id))
        self._refuse_attendance(refused)
        gone = sorted(held - wanted)
        self.writer.delete_pairs(table, gone)
        new = [
            {"activity_id": a, "member_id": m, "kelurahan_code": self.code}
            for a, m in sorted(wanted - held)
        ]
        self.writer.insert(table, new)
        self.receipt.count("added", "attendance", len(new))
        self.receipt.count("deleted", "attendance", len(gone))
        self.receipt.count("unchanged", "attendance", len(wanted & held))

    def _refuse_attendance(self, refused: dict[str, int]) -> None:
        for activity_uuid, count in refused.items():
            reason = t("receiving.row.attendance_refused", count=count, uuid=activity_uuid)
            self.receipt.refusals.append(RowRefusal("attendance", reason, uuid=activity_uuid))
            self.receipt.count("refused", "attendance", count)

    # --- assessments ------------------------------------------------------------------------------

    def _assessments(self) -> None:
        table = Assessment.__table__
        existing = load_owned(self.session, table, ASSESSMENT_FIELDS, self.code)
        rows = self._incoming("assessments", table, existing, lambda r: "")
        prepared = []
        for row in rows:
            try:
                values = {name: row.get(name) for name in ASSESSMENT_FIELDS if name != "group_id"}
                values["group_id"] = self.live_group(row.get("group_uuid") or "")
                for name in ("notes", "suggested_level", "suggestion_reasons"):
                    values[name] = values[name] or ""
                self._checked("assessments", table, row, values)
            except Refused as refused:
                self.refuse("assessments", row, refused.reason)
                continue
            prepared.append((row, values))
        inserts, updates = self._upsert("assessments", table, existing, prepared, ASSESSMENT_FIELDS)
        self.writer.insert(table, inserts)
        self.writer.update(table, updates, bump=False)

    # --- anonymising ----------------------------------------------------------------------------

    def anonymise(self, members: list[tuple[int, str, date | None, datetime]]) -> None:
        """(id, uuid, birth date, when) of members to anonymise as members.anonymise_member does."""
        rows = [
            {**anonymised_values(member_id, born), "_id": member_id, "anonymised_at": at}
            for member_id, _uuid, born, at in members
        ]
        self.writer.update(Member.__table__, rows)
        for _member_id, uuid, _born, _at in members:
            redact_member_history(self.session, uuid)


def _text_of(column: str) -> Callable[[dict[str, Any]], str]:
    """How a receipt names a row: the text of one of its columns."""
    return lambda row: str(row.get(column) or "")
