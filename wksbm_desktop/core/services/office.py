"""The office this installation serves: its kelurahan, Lurah and operators."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.rules import nip, optional_text
from wksbm_desktop.core.domain.wilayah import require_kelurahan
from wksbm_desktop.core.errors import ValidationCollector, ValidationError
from wksbm_desktop.core.models import Office
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.city import seed_city_kelurahan
from wksbm_desktop.core.services.ownership import forget_own_code
from wksbm_desktop.i18n import t

_FIELDS = (
    "kelurahan_code",
    "kelurahan_name",
    "kecamatan_code",
    "kecamatan_name",
    "address",
    "lurah_name",
    "lurah_nip",
    "operator_names",
)


def get_office(session: Session) -> Office | None:
    return session.scalars(select(Office).order_by(Office.id)).first()


@requires(Permission.SETTINGS)
def save_office(session: Session, data: OfficeInput) -> Office:
    """Create the office record or change it; a city installation passes no kelurahan."""
    errors = ValidationCollector()
    kelurahan = None
    if data.kelurahan_code:
        try:
            kelurahan = require_kelurahan(data.kelurahan_code)
        except ValidationError as error:
            errors.capture(error)
    values = {
        "address": optional_text(errors, "address", data.address, t("label.office_address"), 500),
        "lurah_name": optional_text(
            errors, "lurah_name", data.lurah_name, t("label.lurah_name"), 150
        ),
        "lurah_nip": nip(errors, "lurah_nip", data.lurah_nip),
        "operator_names": optional_text(
            errors, "operator_names", data.operator_names, t("label.operators"), 500
        ),
    }
    errors.raise_if_any()
    if kelurahan is not None:
        values |= {
            "kelurahan_code": kelurahan.code,
            "kelurahan_name": kelurahan.name,
            "kecamatan_code": kelurahan.kecamatan_code,
            "kecamatan_name": kelurahan.kecamatan_name,
        }
    office = get_office(session)
    before = audit.snapshot(office, _FIELDS) if office else {}
    if office is None:
        office = Office()
        session.add(office)
    for name, value in values.items():
        setattr(office, name, value)
    session.flush()
    forget_own_code(session)
    if not office.kelurahan_code:
        # A city installation knows every kelurahan from the start: Status laporan lists who
        # has not reported yet, and the first receive finds its kelurahan row to lock.
        seed_city_kelurahan(session)
    changes = audit.diff(before, audit.snapshot(office, _FIELDS))
    if changes:
        audit.record(session, "office", str(office.id), "update" if before else "create", changes)
    return office
