"""The Dinas Sosial key: made once at the city, its public half installed at every kelurahan."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Office, utcnow
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.office import get_office

ENTITY = "city_key"


def _is_city(office: Office) -> bool:
    """A city installation (Dinas Sosial) has an office without a kelurahan (services/city.py)."""
    return not office.kelurahan_code


@requires(Permission.SETTINGS)
def city_key_file(session: Session) -> dict[str, Any]:
    """The key file's content for the kelurahan (city only); the pair is made on first need.

    Every call is audited: who handed out the key and when is worth knowing.
    """
    office = _city_office(session)
    ensure_city_key(session)
    created_at = office.city_key_installed_at or utcnow()
    text = nik_seal.encode_key_file(_b64(office.city_public_key), created_at)
    audit.record(
        session, ENTITY, office.city_key_id, "export", {"key_id": [None, office.city_key_id]}
    )
    data: dict[str, Any] = json.loads(text)
    return data


def ensure_city_key(session: Session) -> bool:
    """Make the city's key pair unless it exists (city only); True when it was made now.

    ``init --city`` calls this so that the key exists from the first day.
    """
    office = _city_office(session)
    if office.city_private_key:
        return False
    pair = nik_seal.generate_key_pair()
    # Written only where no key is stored yet: two officers handing out the key for the first
    # time at once must not make two keys, one of which the city would then not hold. The
    # second one's UPDATE waits for the first to commit and then finds the key there.
    made = session.execute(
        update(Office)
        .where(Office.id == office.id, Office.city_private_key == "")
        .values(
            city_private_key=base64.b64encode(pair.private_key).decode("ascii"),
            city_public_key=base64.b64encode(pair.public_key).decode("ascii"),
            city_key_id=pair.key_id,
            city_key_installed_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(office)  # the key stored now: this one, or the one made meanwhile
    if not made.rowcount:  # type: ignore[attr-defined]
        return False
    audit.record(session, ENTITY, pair.key_id, "create", {"key_id": [None, pair.key_id]})
    return True


@requires(Permission.SETTINGS)
def install_city_key(session: Session, data: Mapping[str, Any] | str | bytes) -> str:
    """Install the city's public key at a kelurahan (from the key file); returns its key_id.

    ``data`` is the parsed JSON of the file or its raw content; it is checked either way.
    Installing the same key again changes nothing; another key replaces the old one, and the
    audit entry names both.
    """
    office = _office(session)
    if _is_city(office):
        raise WksbmError("city_key.not_kelurahan")
    key = nik_seal.parse_key_file(data if isinstance(data, str | bytes) else _json(data))
    old = office.city_key_id or None
    if old == key.key_id and office.city_public_key:
        return key.key_id
    office.city_public_key = base64.b64encode(key.public_key).decode("ascii")
    office.city_key_id = key.key_id
    office.city_key_installed_at = utcnow()
    session.flush()
    changes = {"key_id": [old, key.key_id], "issuer": [None, key.issuer]}
    audit.record(session, ENTITY, key.key_id, "replace" if old else "install", changes)
    return key.key_id


def installed_key(session: Session) -> tuple[bytes, str] | None:
    """The city's public key and key_id at this installation, or None when none is there.

    At the city itself this is its own public key (a city export may seal for itself too).
    """
    office = get_office(session)
    if office is None or not office.city_public_key:
        return None
    try:
        public_key = _b64(office.city_public_key)
    except WksbmError:
        return None
    if len(public_key) != nik_seal.KEY_LENGTH:
        return None
    return public_key, office.city_key_id or nik_seal.key_id(public_key)


def installed_key_id(session: Session) -> str:
    """The key_id of the installed city key, or "" when none is installed."""
    key = installed_key(session)
    return key[1] if key else ""


def city_private_key(session: Session) -> bytes | None:
    """The city's private key (city installation only, once made); None elsewhere."""
    office = get_office(session)
    if office is None or not _is_city(office) or not office.city_private_key:
        return None
    key = _b64(office.city_private_key)
    # A damaged half would refuse every report as "sealed for another key": say what it is.
    if len(key) != nik_seal.KEY_LENGTH or nik_seal.public_key_of(key) != _b64(
        office.city_public_key
    ):
        raise WksbmError("city_key.bad_private_key")
    return key


def _office(session: Session) -> Office:
    office = get_office(session)
    if office is None:
        raise WksbmError("city_key.no_office")
    return office


def _city_office(session: Session) -> Office:
    office = _office(session)
    if not _is_city(office):
        raise WksbmError("city_key.not_city")
    return office


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise WksbmError("city_key.bad_private_key") from error


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(dict(data), default=str)
