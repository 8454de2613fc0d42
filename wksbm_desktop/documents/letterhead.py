"""The office's letterhead as the documents print it, with defaults for what is not set."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wksbm_desktop.core.models import Office
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.documents.page import Letterhead
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

PLACE = "Tangerang"


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def default_lines(office: Office | None) -> tuple[str, ...]:
    """ "PEMERINTAH KOTA TANGERANG / KECAMATAN ... / KELURAHAN ..." (Dinas Sosial without one)."""
    if office is None or not office.kelurahan_name:
        return (t("print.head.government"), t("print.head.dinsos"))
    return (
        t("print.head.government"),
        t("print.head.kecamatan", name=(office.kecamatan_name or "").upper()),
        t("print.head.kelurahan", name=office.kelurahan_name.upper()),
    )


def office_lines(office: Office | None) -> tuple[str, ...]:
    typed = [line.strip() for line in (office.letterhead_lines if office else "").splitlines()]
    typed = [line for line in typed if line]
    return tuple(typed) if typed else default_lines(office)


def letterhead_of(session: Session) -> Letterhead:
    office = get_office(session)
    return Letterhead(
        lines=office_lines(office),
        address=office.address if office else "",
        logo_png=office.logo_png if office else None,
        paper=office.paper_size if office and office.paper_size else "A4",
        place=PLACE,
        kelurahan=(office.kelurahan_name or "") if office else "",
        kecamatan=(office.kecamatan_name or "") if office else "",
        lurah_name=office.lurah_name if office else "",
        lurah_nip=office.lurah_nip if office else "",
    )
