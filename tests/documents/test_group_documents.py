"""Group profile and registration letter: data, officers, members, history, funding, signature."""

from __future__ import annotations

from datetime import date

import pytest

from tests.documents.conftest import LURAH, NIP, Office, embedded_fonts, pdf_pages, pdf_text
from wksbm_desktop.core.domain.nik import mask_nik
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.services.letterhead import LetterheadInput, save_letterhead
from wksbm_desktop.documents.build import letter_pdf, profile_pdf

TODAY = date(2026, 12, 2)


def test_profile_lists_data_officers_members_history_activities_and_funding(office: Office) -> None:
    with office.database.session() as session:
        data = profile_pdf(session, office.group_uuid, TODAY)
    text = pdf_text(data)
    assert "PROFIL KELOMPOK" in text
    assert "12/SK/2024 tanggal 1 Maret 2024" in text
    assert "Ketua Budi Santoso" in text  # officers table: role, name
    assert "C. Anggota (6 orang)" in text
    for name, nik in office.niks.items():
        assert name in text
        assert nik not in text and mask_nik(nik) in text
    assert "Tumbuh" in text and "Berkembang" in text
    assert "Tingkat terakhir : Berkembang" in text
    assert "Pelatihan pembukuan usaha" in text and "Rapat anggota" in text
    assert "APBD Kota 1 2.500.000" in text
    assert "Swadaya/Iuran 1 150.000" in text
    assert "Jumlah 2 2.650.000" in text
    assert all(embedded_fonts(data).values())


def test_profile_signature_block_has_lurah_and_nip(office: Office) -> None:
    with office.database.session() as session:
        pages = pdf_pages(profile_pdf(session, office.group_uuid, TODAY))
    last = pages[-1]
    assert "Tangerang, 2 Desember 2026" in last
    assert "LURAH PORIS PLAWAD" in last
    assert LURAH in last and f"NIP. {NIP}" in last
    assert f"Halaman {len(pages)} dari {len(pages)}" in last


def test_letter_numbers_follow_the_pattern_and_count_up_each_year(office: Office) -> None:
    with office.database.session() as session:
        first = pdf_text(letter_pdf(session, office.group_uuid, TODAY))
    with office.database.session() as session:
        second = pdf_text(letter_pdf(session, office.group_uuid, TODAY))
    with office.database.session() as session:
        next_year = pdf_text(letter_pdf(session, office.group_uuid, date(2027, 1, 4)))
    assert "Nomor: 001/SKT/36.71.05.1008/XII/2026" in first
    assert "Nomor: 002/SKT/36.71.05.1008/XII/2026" in second
    assert "Nomor: 001/SKT/36.71.05.1008/I/2027" in next_year


def test_letter_uses_the_default_template_with_group_block_and_signature(office: Office) -> None:
    with office.database.session() as session:
        text = pdf_text(letter_pdf(session, office.group_uuid, TODAY, number="7/ABC"))
    assert "SURAT KETERANGAN TERDAFTAR" in text
    assert "Nomor: 7/ABC" in text
    assert "Lurah Poris Plawad, Kecamatan Cipondoh" in text
    assert "Nama kelompok : KUBE Melati Sejahtera" in text
    assert "diketuai oleh Budi Santoso" in text
    assert "beranggotakan 6 orang" in text
    assert LURAH in text and f"NIP. {NIP}" in text
    assert "{" not in text


def test_office_template_and_number_pattern_are_used(office: Office) -> None:
    with office.database.session() as session:
        save_letterhead(
            session,
            LetterheadInput(
                lines="PEMKOT TANGERANG\nKELURAHAN CONTOH",
                paper_size="F4",
                letter_template="Kelompok {nama_kelompok} ({jenis}) terdaftar pada {tanggal}.",
                number_pattern="470/{urut}-Kel/{tahun}",
                logo_png=None,
            ),
        )
    with office.database.session() as session:
        data = letter_pdf(session, office.group_uuid, TODAY)
    text = pdf_text(data)
    assert "Nomor: 470/001-Kel/2026" in text
    assert "Kelompok KUBE Melati Sejahtera (KUBE) terdaftar pada 2 Desember 2026." in text
    assert "KELURAHAN CONTOH" in text and "KECAMATAN CIPONDOH" not in text
    import io

    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330
    )


@pytest.mark.parametrize(
    ("field", "template", "pattern", "words"),
    [
        ("letter_template", "Kelompok {nama}", "", "{nama}"),
        ("letter_template", "Kelompok {nama_kelompok", "", "tidak berpasangan"),
        ("number_pattern", "", "{urut}/{minggu}", "{minggu}"),
    ],
)
def test_unknown_fields_are_refused_by_name(
    office: Office, field: str, template: str, pattern: str, words: str
) -> None:
    with office.database.session() as session, pytest.raises(ValidationFailed) as caught:
        save_letterhead(session, LetterheadInput("", "A4", template, pattern, None))
    assert words in caught.value.by_field()[field]


def test_no_letter_for_an_archived_group_and_no_number_used(office: Office) -> None:
    from wksbm_desktop.core.errors import WksbmError
    from wksbm_desktop.core.services.groups import archive_group
    from wksbm_desktop.core.services.office import get_office

    with office.database.session() as session:
        archive_group(session, office.group_uuid)
    with office.database.session() as session, pytest.raises(WksbmError) as caught:
        letter_pdf(session, office.group_uuid, TODAY)
    assert "sudah diarsipkan" in caught.value.message
    with office.database.session() as session:
        current = get_office(session)
        assert current is not None and current.letter_last_number == 0
