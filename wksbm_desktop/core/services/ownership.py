"""Who may change a record: the kelurahan that owns it (docs/city.md, "Who owns a record").

On a kelurahan database every record is its own. On a city installation the records received
from a kelurahan report belong to that kelurahan: the city sees them, but changes arrive only with
the kelurahan's next report, or a hand edit would be silently undone by it. The Dinas's own
entries (kelurahan code "") stay editable there.

The rule is checked when the session flushes, so every write path of the services obeys it
without each one repeating the check; receiving a report acts for the kelurahan
(:func:`acting_for_kelurahan`) and is the one path allowed to change its records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import (
    Activity,
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    Attendance,
    CityKelurahan,
    Group,
    GroupIndicator,
    Member,
    Membership,
    Office,
    Visit,
)

_OWN_CODE = "wksbm.own_kelurahan_code"
_ACTING = "wksbm.acting_for_kelurahan"
# The programme's records (issue 19) hang on a group, or on an aid of a group.
_ON_GROUP = (Membership, Activity, Assessment, Aid, GroupIndicator, Visit)
_ON_AID = (AidDisbursement, AidReport)
_OWNED = (Group, Member, Attendance, *_ON_GROUP, *_ON_AID)


def own_kelurahan_code(session: Session) -> str:
    """The code this installation stamps on its records ("" on a city installation)."""
    if _OWN_CODE not in session.info:
        query = select(Office.kelurahan_code).order_by(Office.id).limit(1)
        session.info[_OWN_CODE] = session.scalar(query) or ""
    return str(session.info[_OWN_CODE])


def forget_own_code(session: Session) -> None:
    """The office changed: read its code again at the next check."""
    session.info.pop(_OWN_CODE, None)


@contextmanager
def acting_for_kelurahan(session: Session) -> Iterator[None]:
    """Changes made on behalf of the owning kelurahan (receiving its report)."""
    session.info[_ACTING] = True
    try:
        yield
    finally:
        session.info.pop(_ACTING, None)


def require_own(session: Session, code: str | None) -> None:
    """Refuse a change to a record another kelurahan owns, naming that kelurahan."""
    code = code or ""
    if code == own_kelurahan_code(session):
        return
    name = session.scalar(select(CityKelurahan.name).where(CityKelurahan.code == code)) or code
    raise WksbmError("city.record.owned_by", kelurahan=name)


def _owner_code(session: Session, record: Any) -> str | None:
    """The kelurahan a record belongs to; a new one belongs to the record it hangs on."""
    if record.kelurahan_code is not None and record not in session.new:
        return str(record.kelurahan_code)
    if isinstance(record, _ON_GROUP) and record.group_id is not None:
        return session.scalar(select(Group.kelurahan_code).where(Group.id == record.group_id))
    if isinstance(record, _ON_AID) and record.aid_id is not None:
        return session.scalar(select(Aid.kelurahan_code).where(Aid.id == record.aid_id))
    if isinstance(record, Attendance) and record.activity_id is not None:
        query = select(Activity.kelurahan_code).where(Activity.id == record.activity_id)
        return session.scalar(query)
    return None  # a new member, or a record not yet attached: stamped with the own code


def _touched(session: Session) -> Iterable[Any]:
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, _OWNED):
            yield record


@event.listens_for(Session, "before_flush")
def _check_owner(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(_ACTING):
        return
    touched = list(_touched(session))
    # A kelurahan database holds only its own records (receiving is for the city alone).
    if not touched or own_kelurahan_code(session):
        return
    for record in touched:
        code = _owner_code(session, record)
        if code is not None:
            require_own(session, code)
