"""Letterhead refusals the main tests leave out: bad template fields, odd logos, no office yet."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import NotFoundError, ValidationFailed, WksbmError
from wksbm_desktop.core.services import letterhead
from wksbm_desktop.core.services.letterhead import (
    LetterheadInput,
    issue_letter_number,
    prepare_logo,
    release_letter_number,
    save_letterhead,
)
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import open_database


def test_unknown_template_fields_are_named_and_nothing_is_saved(session: Session) -> None:
    data = LetterheadInput("", "F4", "Kepada {penerima}", "{urut:05d}/{tahun}", None)
    with pytest.raises(ValidationFailed) as caught:
        save_letterhead(session, data)
    errors = caught.value.by_field()
    assert "Teks surat" in errors["letter_template"] and "{penerima}" in errors["letter_template"]
    assert "tanpa tanda : atau !" in errors["number_pattern"]
    office = get_office(session)
    assert office is not None and office.paper_size == "A4" and not office.letter_template


def test_a_picture_in_another_format_is_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (0, 90, 0)).save(out, format="TIFF")
    with pytest.raises(WksbmError) as caught:
        prepare_logo(out.getvalue())
    assert "PNG, JPG, GIF atau BMP" in caught.value.message


def test_a_picture_with_too_many_pixels_is_refused_before_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = io.BytesIO()
    Image.new("RGB", (30, 20)).save(out, format="PNG")
    monkeypatch.setattr(letterhead, "MAX_LOGO_PIXELS", 30 * 20 - 1)
    with pytest.raises(WksbmError) as caught:
        prepare_logo(out.getvalue())
    assert "terlalu besar" in caught.value.message


def test_the_letterhead_needs_the_office_first(new_target: Callable[..., str]) -> None:
    database = open_database(new_target("kosong.db", at_head=True))
    try:
        with database.session() as session, pytest.raises(NotFoundError) as caught:
            issue_letter_number(session, date(2026, 12, 2))
        assert "Isi kelurahan kantor dulu" in caught.value.message
    finally:
        database.dispose()


def test_no_number_goes_back_in_a_new_year_or_before_the_first(session: Session) -> None:
    day = date(2026, 12, 31)
    assert not release_letter_number(session, "001", day)  # nothing issued yet
    number = issue_letter_number(session, day)
    assert not release_letter_number(session, number, date(2027, 1, 1))
    office = get_office(session)
    assert office is not None and office.letter_last_number == 1
