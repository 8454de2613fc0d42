"""Printed documents read in Indonesian even when the operator chose an English interface."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.documents.conftest import Office, pdf_text
from wksbm_desktop import i18n
from wksbm_desktop.core.services.letterhead import LetterheadInput
from wksbm_desktop.documents.build import attendance_pdf, letter_pdf, profile_pdf, rekap_pdf
from wksbm_desktop.documents.letterhead import office_lines
from wksbm_desktop.documents.page import Letterhead
from wksbm_desktop.documents.rekap_kota import city_sheet, render_city_rekap
from wksbm_desktop.documents.sample import sample_letter
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import set_language, t

TODAY = date(2026, 12, 2)
NOVEMBER = Period(date(2025, 11, 1), date(2025, 11, 30))


@pytest.fixture
def english() -> None:
    set_language("en")  # tests/conftest.py puts every test back to Indonesian


def _english(key: str, **params: object) -> str:
    return i18n.catalogue("en")[key].format(**params)


def _indonesian(key: str, **params: object) -> str:
    return i18n.catalogue("id")[key].format(**params)


def _assert_indonesian(text: str, *keys: str) -> None:
    """Each key's Indonesian text is printed, its English one is not."""
    for key in keys:
        assert _indonesian(key) in text, key
        assert _english(key) not in text, key


def test_attendance_sheets_are_indonesian_with_an_english_interface(
    english: None, office: Office
) -> None:
    with office.database.session() as session:
        blank = pdf_text(attendance_pdf(session, office.activity_uuid))
        filled = pdf_text(attendance_pdf(session, office.activity_uuid, filled=True))
    _assert_indonesian(blank, "print.hadir.title", "print.hadir.signature", "print.head.government")
    assert "Rabu, 12 November 2025" in blank  # weekday and month names as well
    assert _indonesian("print.page_of", page=1, pages=1) in blank
    assert _english("print.page_of", page=1, pages=1) not in blank
    _assert_indonesian(filled, "print.hadir.filled_note", "print.hadir.present")
    assert _indonesian("print.hadir.summary", attended=2, members=6) in filled
    # The window itself still speaks English.
    assert t("print.hadir.title") == _english("print.hadir.title") != "DAFTAR HADIR"


def test_group_profile_and_letter_are_indonesian_with_an_english_interface(
    english: None, office: Office
) -> None:
    with office.database.session() as session:
        profile = pdf_text(profile_pdf(session, office.group_uuid, TODAY))
        letter = pdf_text(letter_pdf(session, office.group_uuid, TODAY))
    _assert_indonesian(profile, "print.profil.title", "print.profil.data", "print.total")
    assert "Tingkat terakhir : Berkembang" in profile  # level labels from the catalogue too
    assert "Tangerang, 2 Desember 2026" in profile
    assert "LURAH PORIS PLAWAD" in profile
    assert _english("print.lurah_of", name="PORIS PLAWAD") not in profile
    _assert_indonesian(letter, "print.surat.title", "print.profil.chair")
    assert "Nomor: 001/SKT/" in letter


def test_rekap_pdf_is_indonesian_with_an_english_interface(english: None, office: Office) -> None:
    with office.database.session() as session:
        text = pdf_text(rekap_pdf(session, NOVEMBER, TODAY))
    _assert_indonesian(text, "excel.rekap.addressee", "excel.rekap.sum_money")
    assert "01-11-2025 s.d. 30-11-2025" in text  # the period, written when the data is gathered
    assert "REKAPITULASI WAHANA KESEJAHTERAAN SOSIAL BERBASIS MASYARAKAT" in text


def test_city_rekap_is_indonesian_with_an_english_interface(
    english: None, office: Office, tmp_path: Path
) -> None:
    options = ExportOptions(period=NOVEMBER, today=TODAY)
    report = export_report(office.database, tmp_path / "PorisPlawad.xlsx", options).path
    head = Letterhead(office_lines(None), "", None, "A4", "Tangerang", "", "", "", "")
    text = pdf_text(render_city_rekap(city_sheet([report], TODAY), head))
    _assert_indonesian(text, "print.kota.title", "print.head.government")


def test_sample_letter_of_the_settings_dialog_is_indonesian(english: None) -> None:
    head = Letterhead(("KELURAHAN UJI",), "Jl. Uji", None, "A4", "Tangerang", "Uji", "Uji", "", "")
    settings = LetterheadInput("", "A4", "", "", None)
    text = pdf_text(sample_letter(head, settings, TODAY))
    _assert_indonesian(text, "print.surat.title", "print.sample.group")
