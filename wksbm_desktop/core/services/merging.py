"""Two records of one person: "bukan orang yang sama", merging them, and undoing a merge."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import NotFoundError, WksbmError
from wksbm_desktop.core.models import (
    ROLES,
    Attendance,
    AuditEntry,
    DismissedPair,
    Member,
    MemberMerge,
    Membership,
    utcnow,
)
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import get_by_uuid, today
from wksbm_desktop.core.services.ownership import require_own
from wksbm_desktop.i18n import t

# The member fields a user chooses between, in the order of the member form.
MERGEABLE_FIELDS = (
    "nik",
    "full_name",
    "sex",
    "birth_place",
    "birth_date",
    "kk",
    "address",
    "rt",
    "rw",
    "phone",
    "education",
    "occupation",
    "dtsen_registered",
    "dtsen_decile",
    "dtsen_as_of",
    "disability",
    "notes",
)
NOTE_LENGTH = 1000
_DATE_FIELDS = ("birth_date", "dtsen_as_of")
_ATTENDANCE: Table = Attendance.__table__  # type: ignore[assignment]


def field_label(name: str) -> str:
    """The Indonesian (UI language) label of a mergeable field."""
    return t(f"duplicates.field.{name}")


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, for the message after it and for the history."""

    merge_id: int
    keep_uuid: str
    other_uuid: str
    memberships_moved: int
    memberships_joined: int  # both were current members of a group: one membership kept
    attendance_moved: int
    attendance_dropped: int  # both attended one activity: one row kept
    # Assessments (penilaian tingkat) belong to groups, not to members: nothing to move.
    assessments_moved: int
    history_moved: int
    fields_taken: tuple[str, ...]
    notes: tuple[str, ...]  # sentences in the UI language


# --- "bukan orang yang sama" -----------------------------------------------------------------


@requires(Permission.DUPLICATE_REVIEW)
def dismiss_pair(session: Session, a_uuid: str, b_uuid: str, *, note: str = "") -> None:
    """Remember that two members are different people; the finder no longer shows the pair."""
    if a_uuid == b_uuid:
        raise WksbmError("duplicates.merge.same_record")
    note = note.strip()
    if len(note) > NOTE_LENGTH:
        raise WksbmError("duplicates.dismiss.note_too_long", limit=NOTE_LENGTH)
    for uuid in (a_uuid, b_uuid):
        get_by_uuid(session, Member, uuid, t("duplicates.entity.member"))
    low, high = sorted((a_uuid, b_uuid))
    query = select(DismissedPair).where(
        DismissedPair.low_uuid == low, DismissedPair.high_uuid == high
    )
    if session.scalars(query).first() is not None:
        return
    session.add(
        DismissedPair(
            low_uuid=low, high_uuid=high, note=note, dismissed_by=audit.operator_of(session)
        )
    )
    for uuid, other in ((a_uuid, b_uuid), (b_uuid, a_uuid)):
        changes = {"not_same_as": [None, other], "note": [None, note]}
        audit.record(session, "member", uuid, "dismiss_duplicate", changes)
    session.flush()


# --- merging ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _unplain(name: str, value: Any) -> Any:
    if name in _DATE_FIELDS and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _checked_fields(names: Iterable[str]) -> tuple[str, ...]:
    taken = tuple(dict.fromkeys(names))
    for name in taken:
        if name not in MERGEABLE_FIELDS:
            raise WksbmError("duplicates.merge.unknown_field", field=name)
    return taken


def _live(session: Session, uuid: str) -> Member:
    member = get_by_uuid(session, Member, uuid, t("duplicates.entity.member"))
    if member.anonymised_at is not None:
        raise WksbmError("duplicates.merge.anonymised", name=member.full_name)
    if member.archived_at is not None:
        raise WksbmError("duplicates.merge.archived", name=member.full_name)
    return member


def _mergeable(session: Session, keep_uuid: str, other_uuid: str) -> tuple[Member, Member]:
    if keep_uuid == other_uuid:
        raise WksbmError("duplicates.merge.same_record")
    keep, other = _live(session, keep_uuid), _live(session, other_uuid)
    if keep.kelurahan_code != other.kelurahan_code:
        raise WksbmError("duplicates.merge.two_kelurahan")
    # At the city, a kelurahan's records change only with its reports: the merge is done there.
    require_own(session, keep.kelurahan_code)
    return keep, other


class _Merge:
    """One merge in progress: it moves what hangs on ``other`` and notes what undo needs."""

    def __init__(self, session: Session, keep: Member, other: Member) -> None:
        self.session, self.keep, self.other = session, keep, other
        self.undo: dict[str, Any] = {
            "moved_memberships": [],
            "joined_memberships": [],
            "moved_attendance": [],
            "dropped_attendance": [],
        }
        self.notes: list[str] = []

    def memberships(self) -> None:
        session, keep, other = self.session, self.keep, self.other
        query = select(Membership).where(
            Membership.member_id == keep.id, Membership.ended_on.is_(None)
        )
        current = {m.group_id: m for m in session.scalars(query)}
        theirs = session.scalars(
            select(Membership).where(Membership.member_id == other.id).order_by(Membership.id)
        ).all()
        for membership in theirs:
            kept = current.get(membership.group_id) if membership.ended_on is None else None
            if kept is None:
                membership.member_id = keep.id
                self.undo["moved_memberships"].append(membership.uuid)
            else:
                self._join(kept, membership)
        session.flush()

    def _join(self, kept: Membership, theirs: Membership) -> None:
        """Both are current members of one group: the survivor's membership stays, from the
        earlier start and with the higher of the two roles (ROLES order: Ketua first)."""
        self.undo["joined_memberships"].append(
            {
                "membership": theirs.uuid,
                "kept": kept.uuid,
                "kept_started_on": kept.started_on.isoformat(),
                "kept_role": kept.role,
            }
        )
        theirs.ended_on = max(today(), theirs.started_on)
        self.session.flush()  # a Ketua role is free only once the other's membership ended
        kept.started_on = min(kept.started_on, theirs.started_on)
        if ROLES.index(theirs.role) < ROLES.index(kept.role):  # a Ketua stays the Ketua
            kept.role = theirs.role
        self.notes.append(
            t(
                "duplicates.merge.note.joined",
                group=kept.group.name,
                started=kept.started_on.strftime("%d-%m-%Y"),
            )
        )

    def attendance(self) -> None:
        session, keep, other = self.session, self.keep, self.other
        table = _ATTENDANCE
        mine = set(session.scalars(select(table.c.activity_id).where(table.c.member_id == keep.id)))
        theirs = list(
            session.scalars(select(table.c.activity_id).where(table.c.member_id == other.id))
        )
        dropped = [a for a in theirs if a in mine]
        moved = [a for a in theirs if a not in mine]
        where_other = table.c.member_id == other.id
        if dropped:
            session.execute(delete(table).where(where_other, table.c.activity_id.in_(dropped)))
        if moved:
            session.execute(
                update(table)
                .where(where_other, table.c.activity_id.in_(moved))
                .values(member_id=keep.id)
            )
        self.undo["moved_attendance"], self.undo["dropped_attendance"] = moved, dropped

    def history(self) -> None:
        ids = list(
            self.session.scalars(
                select(AuditEntry.id).where(AuditEntry.entity_uuid == self.other.uuid)
            )
        )
        if ids:
            self.session.execute(
                update(AuditEntry).where(AuditEntry.id.in_(ids)).values(entity_uuid=self.keep.uuid)
            )
        self.undo["history"] = ids


def check_merge(
    session: Session, keep_uuid: str, other_uuid: str, *, take_from_other: Iterable[str] = ()
) -> None:
    """Raise the refusal :func:`merge_members` would give, without changing anything: the
    shells ask before they make the backup that precedes a merge."""
    _checked_fields(take_from_other)
    _mergeable(session, keep_uuid, other_uuid)


@requires(Permission.MERGE)
def merge_members(
    session: Session, keep_uuid: str, other_uuid: str, *, take_from_other: Iterable[str] = ()
) -> MergeResult:
    """Merge ``other`` into ``keep``: the fields named in ``take_from_other`` come from the
    other record; memberships, attendance and history move to ``keep``; ``other`` is archived
    with ``merged_into`` pointing at ``keep``. Undo with :func:`undo_merge`."""
    taken = _checked_fields(take_from_other)
    keep, other = _mergeable(session, keep_uuid, other_uuid)
    session.flush()
    merge = _Merge(session, keep, other)
    merge.memberships()
    merge.attendance()
    merge.history()
    values = {name: getattr(other, name) for name in taken}
    before = {name: _plain(getattr(keep, name)) for name in taken}
    other.archived_at, other.merged_into = utcnow(), keep.uuid
    session.flush()  # the other's NIK is free once it is archived
    for name, value in values.items():
        setattr(keep, name, value)
    session.flush()
    record = _recorded(session, merge, before, {n: _plain(v) for n, v in values.items()})
    undo = merge.undo
    return MergeResult(
        merge_id=record.id,
        keep_uuid=keep.uuid,
        other_uuid=other.uuid,
        memberships_moved=len(undo["moved_memberships"]),
        memberships_joined=len(undo["joined_memberships"]),
        attendance_moved=len(undo["moved_attendance"]),
        attendance_dropped=len(undo["dropped_attendance"]),
        assessments_moved=0,
        history_moved=len(undo["history"]),
        fields_taken=taken,
        notes=tuple(merge.notes),
    )


def _recorded(
    session: Session, merge: _Merge, before: dict[str, Any], taken: dict[str, Any]
) -> MemberMerge:
    """The merge row with its undo data, and an entry in each record's history."""
    keep, other = merge.keep, merge.other
    record = MemberMerge(
        keep_uuid=keep.uuid, other_uuid=other.uuid, merged_by=audit.operator_of(session)
    )
    session.add(record)
    session.flush()
    changes = {name: [before[name], taken[name]] for name in taken if before[name] != taken[name]}
    link = {"merge_id": [None, record.id]}
    audit.record(
        session, "member", keep.uuid, "merge", changes | link | {"merged_from": [None, other.uuid]}
    )
    into = {"merged_into": [None, keep.uuid], "archived": [None, _plain(other.archived_at)]}
    audit.record(session, "member", other.uuid, "merged_into", link | into)
    session.flush()
    last_audit = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    record.undo_data = json.dumps(
        merge.undo
        | {
            "keep_before": before,
            "taken": taken,
            "keep_version": keep.version,
            "other_version": other.version,
            "last_audit_id": last_audit,
        }
    )
    session.flush()
    return record


# --- undoing a merge -------------------------------------------------------------------------


@requires(Permission.MERGE)
def undo_merge(session: Session, merge_id: int) -> None:
    """Put both records back exactly as they were before the merge, while nothing else has
    touched them since; otherwise refuse and say why."""
    merge, data, keep, other = _undoable(session, merge_id)
    _restore_values(session, keep, other, data)
    _restore_memberships(session, keep, other, data)
    _restore_attendance(session, keep, other, data)
    session.execute(
        update(AuditEntry).where(AuditEntry.id.in_(data["history"])).values(entity_uuid=other.uuid)
    )
    merge.undone_at, merge.undone_by = utcnow(), audit.operator_of(session)
    for uuid, partner in ((keep.uuid, other.uuid), (other.uuid, keep.uuid)):
        audit.record(
            session,
            "member",
            uuid,
            "unmerge",
            {"merge_id": [merge.id, None], "merged_with": [partner, None]},
        )
    session.flush()


def check_undo(session: Session, merge_id: int) -> None:
    """Raise the refusal :func:`undo_merge` would give, without changing anything."""
    _undoable(session, merge_id)


def _undoable(
    session: Session, merge_id: int
) -> tuple[MemberMerge, dict[str, Any], Member, Member]:
    merge = session.get(MemberMerge, merge_id)
    if merge is None:
        raise NotFoundError("duplicates.undo.not_found", merge_id=merge_id)
    if merge.undone_at is not None:
        raise WksbmError(
            "duplicates.undo.already", when=_shown(merge.undone_at), who=merge.undone_by
        )
    data = json.loads(merge.undo_data or "{}")
    keep = get_by_uuid(session, Member, merge.keep_uuid, t("duplicates.entity.member"))
    other = get_by_uuid(session, Member, merge.other_uuid, t("duplicates.entity.member"))
    _check_untouched(session, data, keep, other)
    return merge, data, keep, other


def _shown(when: datetime) -> str:
    return when.strftime("%d-%m-%Y %H:%M")


def _check_untouched(session: Session, data: dict[str, Any], keep: Member, other: Member) -> None:
    """Refuse when either record, or a membership the merge moved, changed since."""
    session.refresh(keep)
    session.refresh(other)
    watched = [
        keep.uuid,
        other.uuid,
        *data["moved_memberships"],
        *(joined["kept"] for joined in data["joined_memberships"]),
    ]
    later = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_uuid.in_(watched), AuditEntry.id > data["last_audit_id"])
        .order_by(AuditEntry.id)
    ).first()
    if later is not None:
        raise WksbmError(
            "duplicates.undo.changed_since", who=later.operator or "-", when=_shown(later.at)
        )
    if (keep.version, other.version) != (data["keep_version"], data["other_version"]):
        raise WksbmError("duplicates.undo.changed_since", who="-", when="-")
    if other.merged_into != keep.uuid or other.archived_at is None:
        raise WksbmError("duplicates.undo.changed_since", who="-", when="-")
    nik = data["keep_before"].get("nik", other.nik)
    taken_by = session.scalars(
        select(Member.full_name).where(
            Member.nik.in_([nik, other.nik]),
            Member.archived_at.is_(None),
            Member.kelurahan_code == other.kelurahan_code,
            Member.id.not_in([keep.id, other.id]),
        )
    ).first()
    if taken_by is not None:
        raise WksbmError("duplicates.undo.nik_taken", name=taken_by)


def _restore_values(session: Session, keep: Member, other: Member, data: dict[str, Any]) -> None:
    for name, value in data["keep_before"].items():
        setattr(keep, name, _unplain(name, value))
    session.flush()  # the survivor gives the other's NIK back before the other is live again
    other.archived_at, other.merged_into = None, None
    session.flush()


def _restore_memberships(
    session: Session, keep: Member, other: Member, data: dict[str, Any]
) -> None:
    def by_uuid(uuid: str) -> Membership:
        return session.scalars(select(Membership).where(Membership.uuid == uuid)).one()

    for uuid in data["moved_memberships"]:
        by_uuid(uuid).member_id = other.id
    for joined in data["joined_memberships"]:
        kept = by_uuid(joined["kept"])
        kept.role = joined["kept_role"]
        kept.started_on = date.fromisoformat(joined["kept_started_on"])
    session.flush()  # a Ketua role goes back before the other's membership is current again
    for uuid in [joined["membership"] for joined in data["joined_memberships"]]:
        by_uuid(uuid).ended_on = None
    session.flush()


def _restore_attendance(
    session: Session, keep: Member, other: Member, data: dict[str, Any]
) -> None:
    table = _ATTENDANCE
    if data["moved_attendance"]:
        session.execute(
            update(table)
            .where(table.c.member_id == keep.id, table.c.activity_id.in_(data["moved_attendance"]))
            .values(member_id=other.id)
        )
    rows = [
        {"activity_id": activity, "member_id": other.id, "kelurahan_code": other.kelurahan_code}
        for activity in data["dropped_attendance"]
    ]
    if rows:
        session.execute(insert(table), rows)
