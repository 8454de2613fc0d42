"""An officer's decision about a NIK ganda: the same person, or different people (a typo)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Member, NikReview
from wksbm_desktop.core.queries.nik_ganda import member_set
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires

DECISIONS = ("same_person", "different_people")
NOTE_LENGTH = 1000


@requires(Permission.NIK_REVIEW)
def record_decision(
    session: Session, nik: str, member_uuids: Sequence[str], decision: str, note: str = ""
) -> NikReview:
    """Record what the officer decided about these members holding ``nik``; audited.

    The decision names the exact set of members: when another member with the NIK arrives,
    the NIK is shown for a decision again.
    """
    if decision not in DECISIONS:
        raise WksbmError("city_views.nik.bad_decision")
    note = note.strip()
    if len(note) > NOTE_LENGTH:
        raise WksbmError("city_views.nik.note_too_long", limit=NOTE_LENGTH)
    uuids = sorted(set(member_uuids))
    holders = session.scalar(select(func.count()).where(Member.uuid.in_(uuids), Member.nik == nik))
    if len(uuids) < 2 or holders != len(uuids):
        raise WksbmError("city_views.nik.stale")
    review = NikReview(
        nik=nik,
        member_uuids=member_set(uuids),
        decision=decision,
        note=note,
        decided_by=audit.operator_of(session),
    )
    session.add(review)
    session.flush()
    # The entry names the members, not the NIK: the audit log is read on screen and exported.
    changes = {"decision": [None, decision], "members": [None, review.member_uuids]}
    audit.record(session, "nik_review", str(review.id), "create", changes | {"note": [None, note]})
    return review
