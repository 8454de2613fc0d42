"""Is the Rekap's signature block complete? (Lurah name and NIP come from the office data.)"""

from __future__ import annotations

from sqlalchemy.orm import Session

from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.i18n import t

SIGNATURE_FIELDS = ("lurah_name", "lurah_nip")


def missing_signature(session: Session) -> tuple[str, ...]:
    """The signature fields still empty ("lurah_name", "lurah_nip"); empty when complete."""
    office = get_office(session)
    if office is None:
        return SIGNATURE_FIELDS
    return tuple(f for f in SIGNATURE_FIELDS if not (getattr(office, f) or "").strip())


def signature_warning(missing: tuple[str, ...]) -> str:
    """The sentence that says what the printed Rekap will lack and where to fill it in."""
    join = t("reports.signature.and").join
    names = join(t(f"reports.signature.{f}") for f in missing)
    printed = join(t(f"reports.signature.printed_{f}") for f in missing)
    return t("reports.signature.missing", fields=names, printed=printed)
