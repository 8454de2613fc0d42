"""Members (Anggota / Warga): NIK rules, uniqueness, archiving and anonymising."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import nik, rules
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import ValidationCollector, ValidationError, WksbmError
from wksbm_desktop.core.models import OWN_KELURAHAN_CODE, SEXES, Member, Membership, utcnow
from wksbm_desktop.core.services import audit, lifecycle
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.common import check_version, today
from wksbm_desktop.i18n import t

AUDITED_FIELDS = (
    "nik", "kk", "full_name", "sex", "birth_place", "birth_date", "address", "rt", "rw",
    "phone", "education", "occupation", "dtsen_registered", "dtsen_decile", "dtsen_as_of",
    "disability", "notes",
)  # fmt: skip
KIND = lifecycle.Kind(Member, "anggota", "member", AUDITED_FIELDS)


def get_member(session: Session, uuid: str) -> Member:
    return KIND.get(session, uuid)


# The full name of the live member holding a NIK, or None: how a bulk write answers the NIK
# uniqueness question from one query per batch instead of one per member.
NikOwner = Callable[[str], str | None]


def _validated_values(
    session: Session, data: MemberInput, own_id: int | None, nik_owner: NikOwner | None = None
) -> dict[str, object]:
    errors = ValidationCollector()
    now = today()
    sex = rules.clean_text(data.sex).upper() or None
    if sex is not None and sex not in SEXES:
        errors.add("sex", "member.sex_invalid", value=sex)
        sex = None
    birth_date = rules.past_date(errors, "birth_date", data.birth_date, t("label.birth_date"), now)
    nik_value, sex, birth_date = _checked_nik(errors, data.nik, sex, birth_date, now)
    if nik_value and not errors.errors:
        if nik_owner is None:
            _check_unique_nik(session, errors, nik_value, own_id)
        elif (owner := nik_owner(nik_value)) is not None:
            errors.add("nik", "member.nik_taken", name=owner)
    values: dict[str, object] = {
        "nik": nik_value,
        "full_name": rules.require_text(
            errors, "full_name", data.full_name, t("label.full_name"), 200
        ),
        "sex": sex,
        "birth_date": birth_date,
        "kk": _checked_kk(errors, data.kk, now),
        "birth_place": rules.optional_text(
            errors, "birth_place", data.birth_place, t("label.birth_place"), 100
        ),
        "address": rules.optional_text(errors, "address", data.address, t("label.address"), 500),
        "rt": rules.neighbourhood_code(errors, "rt", data.rt, t("label.rt")),
        "rw": rules.neighbourhood_code(errors, "rw", data.rw, t("label.rw")),
        "phone": rules.phone_number(errors, "phone", data.phone),
        "education": rules.optional_text(
            errors, "education", data.education, t("label.education"), 50
        ),
        "occupation": rules.optional_text(
            errors, "occupation", data.occupation, t("label.occupation"), 100
        ),
        "notes": rules.optional_text(errors, "notes", data.notes, t("label.notes"), 5000),
        "disability": bool(data.disability),
        **_dtsen_values(errors, data, now),
    }
    errors.raise_if_any()
    return values


def _checked_nik(
    errors: ValidationCollector, raw: str, sex: str | None, birth_date: date | None, now: date
) -> tuple[str, str | None, date | None]:
    """Validate the NIK against what was entered; fill sex and birth date from it when empty."""
    try:
        info = nik.check_nik(raw, sex=sex, birth_date=birth_date, field="nik", today=now)
    except ValidationError as error:
        errors.capture(error)
        return nik.normalise_id_number(raw), sex, birth_date
    return info.nik, sex or info.sex, birth_date or nik.guess_birth_date(info, today=now)


def _checked_kk(errors: ValidationCollector, raw: str, now: date) -> str:
    if not rules.clean_text(raw):
        return ""
    try:
        return nik.check_kk(raw, field="kk", today=now)
    except ValidationError as error:
        errors.capture(error)
        return nik.normalise_id_number(raw)


def _dtsen_values(errors: ValidationCollector, data: MemberInput, now: date) -> dict[str, object]:
    decile = data.dtsen_decile if data.dtsen_registered else None
    if data.dtsen_registered and decile is not None and not 1 <= decile <= 10:
        errors.add("dtsen_decile", "member.decile_range")
    as_of = data.dtsen_as_of if data.dtsen_registered else None
    rules.past_date(errors, "dtsen_as_of", as_of, t("label.dtsen_as_of"), now)
    return {"dtsen_registered": bool(data.dtsen_registered), "dtsen_decile": decile,
            "dtsen_as_of": as_of}  # fmt: skip


def _check_unique_nik(
    session: Session, errors: ValidationCollector, nik_value: str, own_id: int | None
) -> None:
    # Unique within this installation's own kelurahan (docs/domain.md §4): on a city database
    # the same NIK in two kelurahan is a NIK ganda to review, not an error.
    query = select(Member).where(
        Member.nik == nik_value,
        Member.archived_at.is_(None),
        Member.kelurahan_code == OWN_KELURAHAN_CODE,
    )
    if own_id is not None:
        query = query.where(Member.id != own_id)
    other = session.scalars(query).first()
    if other is not None:
        errors.add("nik", "member.nik_taken", name=other.full_name)


def validated_new_member(
    session: Session, data: MemberInput, nik_owner: NikOwner
) -> dict[str, object]:
    """The column values of a new member after every rule of :func:`create_member`.

    ``nik_owner`` answers NIK uniqueness (see core/services/bulk.py); nothing is written.
    """
    return _validated_values(session, data, own_id=None, nik_owner=nik_owner)


def created_changes(values: dict[str, object]) -> dict[str, list[object]]:
    """The audit changes :func:`create_member` records for a member with these values."""
    return audit.created(values, AUDITED_FIELDS)


@requires(Permission.RECORD)
def create_member(session: Session, data: MemberInput, uuid: str | None = None) -> Member:
    """Create a member; ``uuid`` keeps the identity of a record imported from a workbook."""
    values = _validated_values(session, data, own_id=None)
    member = Member(**values, **({"uuid": uuid} if uuid else {}))
    session.add(member)
    session.flush()
    audit.record(session, "member", member.uuid, "create", audit.diff({}, _snapshot(member)))
    return member


@requires(Permission.RECORD)
def update_member(
    session: Session, uuid: str, data: MemberInput, expected_version: int | None = None
) -> Member:
    def values_for(member: Member) -> dict[str, object]:
        if member.anonymised_at is not None:
            raise ValidationError("nik", "member.anonymised_readonly")
        return _validated_values(session, data, own_id=member.id)

    return lifecycle.update(session, KIND, uuid, expected_version, values_for)


def _snapshot(member: Member) -> dict[str, object]:
    return KIND.snapshot(member)


@requires(Permission.RECORD)
def archive_member(session: Session, uuid: str, expected_version: int | None = None) -> Member:
    """Archive a member; their current memberships end today and come back on restore."""

    def end_memberships(member: Member) -> dict[str, object]:
        return {"ended_memberships": _end_current_memberships(session, member, today())}

    return lifecycle.archive(session, KIND, uuid, expected_version, end_memberships)


def _end_current_memberships(session: Session, member: Member, on: date) -> list[str]:
    query = select(Membership).where(
        Membership.member_id == member.id, Membership.ended_on.is_(None)
    )
    ended = []
    for membership in session.scalars(query):
        membership.ended_on = max(on, membership.started_on)
        ended.append(membership.uuid)
    return ended


@requires(Permission.RECORD)
def restore_member(session: Session, uuid: str) -> Member:
    """Bring an archived member back, with the memberships that archiving ended."""

    def nik_still_free(member: Member) -> None:
        if member.merged_into:  # its memberships and history live with the survivor now
            raise WksbmError("duplicates.restore.merged")
        errors = ValidationCollector()
        _check_unique_nik(session, errors, member.nik, member.id)
        errors.raise_if_any()

    def reopen(member: Member) -> dict[str, object]:
        return {"reopened_memberships": _reopen_memberships(session, member)}

    return lifecycle.restore(session, KIND, uuid, nik_still_free, reopen)


def _reopen_memberships(session: Session, member: Member) -> list[str]:
    from wksbm_desktop.core.services.current_memberships import can_reopen

    reopened = []
    for membership_uuid in _memberships_ended_by_last_archive(session, member):
        membership = session.scalars(
            select(Membership).where(Membership.uuid == membership_uuid)
        ).first()
        if membership is not None and can_reopen(session, membership):
            membership.ended_on = None
            session.flush()
            reopened.append(membership_uuid)
    return reopened


def _memberships_ended_by_last_archive(session: Session, member: Member) -> list[str]:
    from wksbm_desktop.core.models import AuditEntry

    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_uuid == member.uuid, AuditEntry.action == "archive")
        .order_by(AuditEntry.id.desc())
    ).first()
    if entry is None:
        return []
    return list(json.loads(entry.changes or "{}").get("ended_memberships", []))


# --- Anonymising on request (UU PDP 27/2022) ---------------------------------------------------

ANONYMOUS_NAME = "Anonim"
REDACTED = "(dianonimkan)"
PERSONAL_FIELDS = ("nik", "kk", "full_name", "birth_place", "birth_date", "address", "phone",
                   "notes")  # fmt: skip


def anonymous_nik(member_id: int) -> str:
    """16 characters, unique per member, and never a NIK (it holds letters)."""
    return f"ANON{member_id:012d}"


@requires(Permission.ANONYMISE)
def anonymise_member(session: Session, uuid: str, expected_version: int | None = None) -> Member:
    """Remove a member's personal fields; sex, birth year, RT/RW and history keep the counts."""
    member = get_member(session, uuid)
    check_version(session, member, expected_version, "anggota")
    if member.anonymised_at is not None:
        raise ValidationError("nik", "safety.member.already_anonymised")
    for name, value in anonymised_values(member.id, member.birth_date).items():
        setattr(member, name, value)
    member.anonymised_at = utcnow()
    redact_member_history(session, member.uuid)
    session.flush()
    new_values = audit.snapshot(member, PERSONAL_FIELDS)
    audit.record(session, "member", member.uuid, "anonymise",
                 {name: [REDACTED, new_values[name]] for name in PERSONAL_FIELDS})  # fmt: skip
    return member


def anonymised_values(member_id: int, birth_date: date | None) -> dict[str, object]:
    """The personal fields of an anonymised member (the city's copy too: services/receiving)."""
    # Mid-year keeps the age band right to within half a year without keeping the birthday.
    return {
        "nik": anonymous_nik(member_id), "kk": "", "full_name": ANONYMOUS_NAME,
        "birth_place": "", "address": "", "phone": "", "notes": "",
        "birth_date": date(birth_date.year, 7, 1) if birth_date is not None else None,
    }  # fmt: skip


def redact_member_history(session: Session, uuid: str) -> None:
    """Earlier audit entries of this member must not keep the values just removed."""
    from wksbm_desktop.core.models import AuditEntry

    for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == uuid)):
        changes = json.loads(entry.changes or "{}")
        if not isinstance(changes, dict):
            continue
        redacted = {
            name: [REDACTED, REDACTED] if name in PERSONAL_FIELDS else value
            for name, value in changes.items()
        }
        if redacted != changes:
            entry.changes = json.dumps(redacted, ensure_ascii=False)
