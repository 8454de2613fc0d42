"""The Rekap PDF prints the Excel Rekap's figures (excel.rekap_data) on one page."""

from __future__ import annotations

from datetime import date

from tests.documents.conftest import LURAH, NIP, Office, embedded_fonts, pdf_pages
from wksbm_desktop.documents.build import rekap_pdf
from wksbm_desktop.excel.report import rekap_data
from wksbm_desktop.excel.report.rows import Period

TODAY = date(2026, 12, 2)
NOVEMBER = Period(date(2025, 11, 1), date(2025, 11, 30))


def test_month_rekap_is_one_page_with_the_excel_figures(office: Office) -> None:
    with office.database.session() as session:
        data = rekap_pdf(session, NOVEMBER, TODAY)
        figures = rekap_data.collect(session, NOVEMBER, TODAY)
    pages = pdf_pages(data)
    assert len(pages) == 1
    text = pages[0]
    assert "REKAPITULASI WAHANA KESEJAHTERAAN SOSIAL BERBASIS MASYARAKAT" in text
    assert "01-11-2025 s.d. 30-11-2025" in text
    assert f"Warga terdaftar {figures.members_total}" in text
    assert f"Keanggotaan aktif {figures.current_memberships}" in text
    assert "Kegiatan dalam periode 1" in text  # the December meeting is outside the month
    assert "Dana kegiatan dalam periode Rp 2.500.000" in text
    assert "APBD Kota 1 2.500.000" in text
    assert "Swadaya/Iuran" not in text
    assert "KUBE 1 0 0 1" in text
    assert LURAH in text and f"NIP. {NIP}" in text
    assert "Halaman 1 dari 1" in text
    assert all(embedded_fonts(data).values())


def test_whole_history_counts_every_activity(office: Office) -> None:
    with office.database.session() as session:
        text = "\n".join(pdf_pages(rekap_pdf(session, Period(), TODAY)))
    assert "Kegiatan dalam periode 2" in text
    assert "Dana kegiatan dalam periode Rp 2.650.000" in text
