"""Changing the letterhead, paper and letter template; issuing registration letter numbers."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.letter_template import (
    DEFAULT_NUMBER_PATTERN,
    MAX_TEMPLATE_CHARS,
    NUMBER_FIELDS,
    TEMPLATE_FIELDS,
    TemplateError,
    check_fields,
    fill,
    roman_month,
)
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.rules import optional_text
from wksbm_desktop.core.errors import NotFoundError, ValidationCollector, WksbmError
from wksbm_desktop.core.models import Office
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.i18n import t

PAPER_SIZES = ("A4", "F4")
MAX_LINES, MAX_LINE_CHARS = 5, 80
MAX_LOGO_FILE_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 40_000_000  # refuse decompression bombs before decoding
LOGO_MAX_SIDE = 400  # px: 22 mm high on paper at about 450 dpi
_FIELDS = (
    "letterhead_lines",
    "paper_size",
    "letter_template",
    "letter_number_pattern",
    "logo_changed",
)


@dataclass(frozen=True)
class LetterheadInput:
    lines: str  # one office name line per line; empty: the default from the kelurahan
    paper_size: str
    letter_template: str  # empty: the default template
    number_pattern: str  # empty: the default pattern
    logo_png: bytes | None  # already prepared by prepare_logo; None removes the logo


@requires(Permission.SETTINGS)
def save_letterhead(session: Session, data: LetterheadInput) -> Office:
    office = _require_office(session)
    errors = ValidationCollector()
    lines = _lines(errors, data.lines)
    if data.paper_size not in PAPER_SIZES:
        errors.add("paper_size", "letterhead.bad_paper", paper=data.paper_size)
    template = optional_text(
        errors, "letter_template", data.letter_template, "Teks surat", MAX_TEMPLATE_CHARS
    )
    pattern = optional_text(errors, "number_pattern", data.number_pattern, "Pola nomor", 200)
    for field, text, allowed, what in (
        ("letter_template", template, TEMPLATE_FIELDS, "letter.what_template"),
        ("number_pattern", pattern, NUMBER_FIELDS, "letter.what_number"),
    ):
        try:
            check_fields(text, allowed, t(what))
        except TemplateError as error:
            errors.add(field, error.key, **error.params)
    errors.raise_if_any()
    before = audit.snapshot(office, _FIELDS[:-1]) | {"logo_changed": False}
    office.letterhead_lines = lines
    office.paper_size = data.paper_size
    office.letter_template = template
    office.letter_number_pattern = pattern
    logo_changed = office.logo_png != data.logo_png
    office.logo_png = data.logo_png
    session.flush()
    after = audit.snapshot(office, _FIELDS[:-1]) | {"logo_changed": logo_changed}
    changes = audit.diff(before, after)
    if changes:
        audit.record(session, "office", str(office.id), "update", changes)
    return office


def _lines(errors: ValidationCollector, text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_LINES:
        errors.add("lines", "letterhead.too_many_lines", max=MAX_LINES)
    long = next((line for line in lines if len(line) > MAX_LINE_CHARS), None)
    if long is not None:
        errors.add("lines", "letterhead.line_too_long", line=long[:30], max=MAX_LINE_CHARS)
    return "\n".join(lines)


def _require_office(session: Session) -> Office:
    office = get_office(session)
    if office is None:
        raise NotFoundError("letterhead.no_office")
    return office


def prepare_logo(raw: bytes) -> bytes:
    """A checked, downscaled PNG of an image file's bytes (PNG, JPEG, GIF or BMP)."""
    from PIL import Image, UnidentifiedImageError

    if len(raw) > MAX_LOGO_FILE_BYTES:
        raise WksbmError("letterhead.logo_too_big", mb=MAX_LOGO_FILE_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in ("PNG", "JPEG", "GIF", "BMP"):
                raise WksbmError("letterhead.logo_type")
            if image.width * image.height > MAX_LOGO_PIXELS:
                raise WksbmError("letterhead.logo_too_big", mb=MAX_LOGO_FILE_BYTES // 1048576)
            image.load()
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise WksbmError("letterhead.logo_type") from error
    picture.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


@requires(Permission.EXPORT_MASKED)
def issue_letter_number(session: Session, today: date) -> str:
    """The next registration letter number; the counter starts again at 1 each year."""
    office = _require_office(session)
    if office.letter_number_year != today.year:
        office.letter_number_year = today.year
        office.letter_last_number = 0
    office.letter_last_number += 1
    session.flush()
    audit.record(
        session,
        "office",
        str(office.id),
        "update",
        {"letter_last_number": [office.letter_last_number - 1, office.letter_last_number]},
    )
    return format_letter_number(office, office.letter_last_number, today)


@requires(Permission.EXPORT_MASKED)
def release_letter_number(session: Session, number: str, today: date) -> bool:
    """Give back the number just issued when its letter was neither printed nor saved.

    Only the newest number of the year goes back, and only if it is still the newest (no
    letter took a number since); True when it was given back.
    """
    office = _require_office(session)
    last = office.letter_last_number
    if office.letter_number_year != today.year or last < 1:
        return False
    if format_letter_number(office, last, today) != number:
        return False
    office.letter_last_number = last - 1
    session.flush()
    audit.record(
        session, "office", str(office.id), "update", {"letter_last_number": [last, last - 1]}
    )
    return True


def format_letter_number(office: Office, sequence: int, day: date) -> str:
    values = {
        "urut": f"{sequence:03d}",
        "bulan": f"{day.month:02d}",
        "bulan_romawi": roman_month(day.month),
        "tahun": str(day.year),
        "kode_kelurahan": office.kelurahan_code or "",
    }
    return fill(office.letter_number_pattern or DEFAULT_NUMBER_PATTERN, values)
