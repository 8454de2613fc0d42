"""One call per printable document: a session in, the PDF's bytes out (CLI and GUI share these)."""

from __future__ import annotations

import os
import uuid as uuid_module
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.letterhead import issue_letter_number
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.documents.daftar_hadir import attendance_sheet, render_attendance_sheet
from wksbm_desktop.documents.letterhead import letterhead_of
from wksbm_desktop.documents.profil import group_profile, render_group_profile
from wksbm_desktop.documents.rekap import rekap_report, render_rekap
from wksbm_desktop.documents.surat import Letter, render_letter
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, written_in


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
@requires(Permission.EXPORT_MASKED)
def attendance_pdf(session: Session, activity_uuid: str, *, filled: bool = False) -> bytes:
    sheet = attendance_sheet(session, activity_uuid, filled=filled)
    return render_attendance_sheet(sheet, letterhead_of(session))


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
@requires(Permission.EXPORT_MASKED)
def profile_pdf(session: Session, group_uuid: str, today: date | None = None) -> bytes:
    return render_group_profile(group_profile(session, group_uuid), letterhead_of(session), today)


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
@requires(Permission.EXPORT_MASKED)
def letter_pdf(
    session: Session, group_uuid: str, today: date | None = None, number: str | None = None
) -> bytes:
    """The registration letter; without ``number`` the next one is issued (the caller commits)."""
    return numbered_letter(session, group_uuid, today, number)[0]


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
@requires(Permission.EXPORT_MASKED)  # the window prints the letter through this one directly
def numbered_letter(
    session: Session, group_uuid: str, today: date | None = None, number: str | None = None
) -> tuple[bytes, str]:
    """The registration letter and the number it carries (issued now unless given)."""
    day = today or date.today()
    profile = group_profile(session, group_uuid)
    if profile.archived:
        raise WksbmError("print.surat.archived", name=profile.name)
    office = get_office(session)
    if number is None:
        number = issue_letter_number(session, day)
    template = office.letter_template if office else ""
    letter = Letter(number, day, template)
    return render_letter(profile, letter, letterhead_of(session)), number


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def rekap_pdf(session: Session, period: Period, today: date | None = None) -> bytes:
    report = rekap_report(session, period, today or date.today())
    return render_rekap(report, letterhead_of(session))


def checked_pdf_target(path: str | Path) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise WksbmError("print.out_suffix", path=str(target))
    if not target.parent.is_dir():
        raise WksbmError("print.out_no_folder", folder=str(target.parent))
    return target


def save_pdf(data: bytes, path: str | Path) -> Path:
    """Write the PDF beside its target first, so a failed write never leaves half a file."""
    target = checked_pdf_target(path)
    temp = target.with_name(f".{target.stem}.{uuid_module.uuid4().hex}.tmp.pdf")
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    except PermissionError as error:
        raise WksbmError("print.out_locked", path=str(target)) from error
    except OSError as error:
        raise WksbmError("print.out_failed", path=str(target), detail=str(error)) from error
    finally:
        temp.unlink(missing_ok=True)
    return target
