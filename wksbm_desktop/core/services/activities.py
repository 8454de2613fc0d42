"""Activities (Kegiatan) of a group, with their attendance lists."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector, ValidationError, ValidationFailed
from wksbm_desktop.core.models import Activity, Attendance, Group, Member
from wksbm_desktop.core.services import audit, lifecycle, reference
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "group_id", "held_on", "title", "type_id", "sector_id", "funding_id", "location",
    "facilitator", "amount", "participants_count", "beneficiaries_count", "outcome",
)  # fmt: skip
KIND = lifecycle.Kind(Activity, "kegiatan", "activity", AUDITED_FIELDS)


def get_activity(session: Session, uuid: str) -> Activity:
    return KIND.get(session, uuid)


def _validated_values(session: Session, data: ActivityInput) -> dict[str, object]:
    errors = ValidationCollector()
    group = session.scalars(select(Group).where(Group.uuid == data.group_uuid)).first()
    if group is None or group.archived_at is not None:
        errors.add("group_uuid", "activity.group_required")
    type_item = reference.resolve(session, errors, "type", "activity_type", data.type)
    sector_item = reference.resolve(session, errors, "sector", "sector", data.sector)
    funding = reference.resolve(session, errors, "funding", "funding_source", data.funding)
    values: dict[str, object] = {
        "group_id": group.id if group else None,
        "held_on": rules.plausible_date(errors, "held_on", data.held_on, t("label.held_on")),
        "title": rules.require_text(errors, "title", data.title, t("label.activity"), 200),
        "type_id": type_item.id if type_item else None,
        "sector_id": sector_item.id if sector_item else None,
        "funding_id": funding.id if funding else None,
        "location": rules.optional_text(
            errors, "location", data.location, t("label.location"), 200
        ),
        "facilitator": rules.optional_text(
            errors, "facilitator", data.facilitator, t("label.facilitator"), 200
        ),
        "amount": rules.whole_rupiah(errors, "amount", data.amount, t("label.amount")),
        "participants_count": rules.count(
            errors, "participants_count", data.participants_count, t("label.participants")
        ),
        "beneficiaries_count": rules.count(
            errors, "beneficiaries_count", data.beneficiaries_count, t("label.beneficiaries")
        ),
        "outcome": rules.optional_text(errors, "outcome", data.outcome, t("label.outcome"), 5000),
    }
    errors.raise_if_any()
    return values


def _attendee_ids(session: Session, uuids: tuple[str, ...]) -> list[int]:
    """Member ids for the attendance list; every UUID must name a live member."""
    wanted = list(dict.fromkeys(uuids))
    if not wanted:
        return []
    rows = session.execute(
        select(Member.uuid, Member.id).where(Member.uuid.in_(wanted), Member.archived_at.is_(None))
    ).all()
    found = {uuid: member_id for uuid, member_id in rows}
    if len(found) != len(wanted):
        raise ValidationFailed([ValidationError("attendees", "activity.attendee_unknown")])
    return [found[uuid] for uuid in wanted]


def _participants(values: dict[str, object], attendee_count: int) -> None:
    # Guests who are not registered members may attend: never report fewer than were ticked.
    values["participants_count"] = max(int(values["participants_count"]), attendee_count)  # type: ignore[call-overload]


def _replace_attendance(session: Session, activity_id: int, member_ids: list[int]) -> None:
    session.execute(delete(Attendance).where(Attendance.activity_id == activity_id))
    if member_ids:
        session.execute(
            insert(Attendance),
            [{"activity_id": activity_id, "member_id": member_id} for member_id in member_ids],
        )


def attendee_uuids(session: Session, activity_id: int) -> list[str]:
    query = (
        select(Member.uuid)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.activity_id == activity_id)
        .order_by(Member.full_name)
    )
    return list(session.scalars(query))


@requires(Permission.RECORD)
def create_activity(session: Session, data: ActivityInput, uuid: str | None = None) -> Activity:
    """Create an activity; ``uuid`` keeps the identity of a record imported from a workbook."""
    values = _validated_values(session, data)
    member_ids = _attendee_ids(session, data.attendee_uuids)
    _participants(values, len(member_ids))
    activity = Activity(**values, **({"uuid": uuid} if uuid else {}))
    session.add(activity)
    session.flush()
    _replace_attendance(session, activity.id, member_ids)
    changes = audit.diff({}, _snapshot(activity)) | {"attendees": [None, len(member_ids)]}
    audit.record(session, "activity", activity.uuid, "create", changes)
    return activity


def check_activity(session: Session, data: ActivityInput) -> None:
    """The rules of :func:`create_activity` without writing (an import's check of a row)."""
    _validated_values(session, data)


@requires(Permission.RECORD)
def add_attendees(session: Session, uuid: str, member_uuids: tuple[str, ...]) -> int:
    """Put members on an activity's attendance list, keeping those already on it (a daftar
    hadir imported twice adds nothing); returns how many were added."""
    activity = get_activity(session, uuid)
    present = set(attendee_uuids(session, activity.id))
    new = tuple(u for u in dict.fromkeys(member_uuids) if u not in present)
    if not new:
        return 0
    member_ids = _attendee_ids(session, new)
    session.execute(
        insert(Attendance), [{"activity_id": activity.id, "member_id": i} for i in member_ids]
    )
    before = _snapshot(activity)
    activity.participants_count = max(activity.participants_count, len(present) + len(new))
    session.flush()
    changes = audit.diff(before, _snapshot(activity))
    changes["attendees"] = [len(present), len(present) + len(new)]
    audit.record(session, "activity", activity.uuid, "update", changes)
    return len(new)


@requires(Permission.RECORD)
def update_activity(
    session: Session, uuid: str, data: ActivityInput, expected_version: int | None = None
) -> Activity:
    member_ids: list[int] = []

    def values_for(_activity: Activity) -> dict[str, object]:
        values = _validated_values(session, data)
        member_ids.extend(_attendee_ids(session, data.attendee_uuids))
        _participants(values, len(member_ids))
        return values

    def attendance(activity: Activity) -> dict[str, list[object]]:
        before = sorted(attendee_uuids(session, activity.id))
        _replace_attendance(session, activity.id, member_ids)
        if before == sorted(set(data.attendee_uuids)):
            return {}
        return {"attendees": [len(before), len(member_ids)]}

    return lifecycle.update(session, KIND, uuid, expected_version, values_for, attendance)


def _snapshot(activity: Activity) -> dict[str, object]:
    return KIND.snapshot(activity)


@requires(Permission.RECORD)
def archive_activity(session: Session, uuid: str, expected_version: int | None = None) -> Activity:
    return lifecycle.archive(session, KIND, uuid, expected_version)


@requires(Permission.RECORD)
def restore_activity(session: Session, uuid: str) -> Activity:
    return lifecycle.restore(session, KIND, uuid)
