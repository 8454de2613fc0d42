"""Letterhead settings: logo checked and downscaled, paper A4/F4, name lines, audit."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationFailed, WksbmError
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.services.letterhead import (
    LOGO_MAX_SIDE,
    LetterheadInput,
    prepare_logo,
    save_letterhead,
)
from wksbm_desktop.core.services.office import get_office


def image_bytes(fmt: str, size: tuple[int, int] = (1200, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format=fmt)
    return out.getvalue()


def test_logo_becomes_a_small_png() -> None:
    logo = prepare_logo(image_bytes("JPEG"))
    with Image.open(io.BytesIO(logo)) as image:
        assert image.format == "PNG"
        assert max(image.size) == LOGO_MAX_SIDE
        assert image.size[0] > image.size[1]  # proportions kept


@pytest.mark.parametrize("raw", [b"not an image at all", b"%PDF-1.7\n..."])
def test_a_file_that_is_not_an_image_is_refused(raw: bytes) -> None:
    with pytest.raises(WksbmError) as caught:
        prepare_logo(raw)
    assert "bukan gambar" in caught.value.message


def test_a_huge_file_is_refused_before_decoding() -> None:
    with pytest.raises(WksbmError) as caught:
        prepare_logo(b"\x89PNG" + b"\0" * (6 * 1024 * 1024))
    assert "terlalu besar" in caught.value.message


def test_settings_are_saved_and_audited(session: Session) -> None:
    logo = prepare_logo(image_bytes("PNG", (300, 300)))
    save_letterhead(session, LetterheadInput(" BARIS SATU \n\n BARIS DUA ", "F4", "", "", logo))
    office = get_office(session)
    assert office is not None
    assert office.letterhead_lines == "BARIS SATU\nBARIS DUA"
    assert office.paper_size == "F4" and office.logo_png == logo
    entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.entity == "office"
    assert "paper_size" in entry.changes and "logo_changed" in entry.changes


@pytest.mark.parametrize(
    ("lines", "paper", "field", "words"),
    [
        ("", "Letter", "paper_size", "Pilih A4 atau F4"),
        ("\n".join(["BARIS"] * 6), "A4", "lines", "paling banyak 5"),
        ("X" * 81, "A4", "lines", "terlalu panjang"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(
    session: Session, lines: str, paper: str, field: str, words: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        save_letterhead(session, LetterheadInput(lines, paper, "", "", None))
    assert words in caught.value.by_field()[field]
    office = get_office(session)
    assert office is not None and office.paper_size == "A4"


def test_only_the_newest_number_goes_back(session: Session) -> None:
    from datetime import date

    from wksbm_desktop.core.services.letterhead import issue_letter_number, release_letter_number

    day = date(2026, 12, 2)
    first = issue_letter_number(session, day)
    second = issue_letter_number(session, day)
    assert not release_letter_number(session, first, day)  # a later letter took a number
    assert release_letter_number(session, second, day)
    assert issue_letter_number(session, day) == second  # reused, the agenda has no gap
