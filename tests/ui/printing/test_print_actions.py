"""Printing from the window: Cetak on groups and activities, Cetak rekap, preview, saving PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableView, QToolButton

from tests.ui.conftest import tab_of
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.main_window import ACTIVITIES, GROUPS
from wksbm_desktop.ui.printing import actions, preview, rekap_dialog


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages
    )


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, str]]:
    """Every preview the program opens: (pdf, title, suggested file name)."""
    seen: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(
        preview, "show_preview", lambda _parent, data, title, name: seen.append((data, title, name))
    )
    return seen


def select_first(window, table: str) -> object:
    view = window.findChild(QTableView, table)
    view.setCurrentIndex(view.model().index(0, 0))
    return view.model().row_at(0)


def test_group_tab_prints_profile_and_letter_of_the_selected_group(
    qtbot, main_window, previews
) -> None:
    tab = tab_of(main_window, GROUPS)
    button = main_window.findChild(QToolButton, "groupPrintButton")
    assert button is not None and button.text() == "Cetak"
    assert [a.text() for a in button.menu().actions()] == [
        "Cetak profil kelompok…",
        "Cetak surat keterangan terdaftar…",
    ]
    assert not tab.print_actions[0].isEnabled()  # nothing selected yet
    row = select_first(main_window, "groupTable")
    tab.print_actions[0].trigger()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10_000)
    data, title, name = previews[0]
    assert title == f"Profil kelompok: {row.name}"
    assert name.startswith("ProfilKelompok-") and name.endswith(".pdf")
    assert "PROFIL KELOMPOK" in pdf_text(data) and row.name in pdf_text(data)
    tab.print_actions[1].trigger()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=10_000)
    assert "SURAT KETERANGAN TERDAFTAR" in pdf_text(previews[1][0])


def test_row_menu_offers_the_print_entries(main_window) -> None:
    tab = tab_of(main_window, ACTIVITIES)
    select_first(main_window, "activityTable")
    texts = [a.text() for a in tab.row_menu().actions() if not a.isSeparator()]
    assert "Cetak daftar hadir…" in texts and "Cetak daftar hadir terisi…" in texts


def test_activity_tab_prints_the_filled_attendance_sheet(qtbot, main_window, previews) -> None:
    tab = tab_of(main_window, ACTIVITIES)
    row = select_first(main_window, "activityTable")
    tab.print_actions[1].trigger()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10_000)
    text = pdf_text(previews[0][0])
    assert "DAFTAR HADIR" in text and row.title in text and "Anggota hadir:" in text


def test_cetak_rekap_asks_the_period_then_previews(
    qtbot, main_window, previews, monkeypatch
) -> None:
    from datetime import date

    period = Period(date(2025, 2, 1), date(2025, 2, 28))
    monkeypatch.setattr(rekap_dialog, "choose_rekap_period", lambda _parent: period)
    main_window.print_actions["printRekap"].trigger()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10_000)
    data, _title, name = previews[0]
    assert "01-02-2025 s.d. 28-02-2025" in pdf_text(data)
    assert name == "Rekap-2025-02-01_2025-02-28.pdf"
    monkeypatch.setattr(rekap_dialog, "choose_rekap_period", lambda _parent: None)
    assert actions.ask_rekap_period(main_window) is None


def test_berkas_menu_has_the_print_entries(main_window) -> None:
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert "Cetak rekap…" in texts and "Kop surat dan kertas…" in texts
    assert texts.index("Kop surat dan kertas…") > texts.index("Cetak rekap…")


def test_rekap_period_dialog_starts_at_last_month(qtbot, monkeypatch) -> None:
    from datetime import date

    from wksbm_desktop.ui.excel import periods

    monkeypatch.setattr(periods, "today", lambda: date(2026, 12, 2))
    dialog = rekap_dialog.RekapPeriodDialog()
    qtbot.addWidget(dialog)
    assert dialog.period() == Period(date(2026, 11, 1), date(2026, 11, 30))
    dialog.combo.setCurrentIndex(rekap_dialog.CHOICES.index("all"))
    assert dialog.period() == Period()


def _sample_pdf() -> bytes:
    from datetime import date

    from wksbm_desktop.core.services.letterhead import LetterheadInput
    from wksbm_desktop.documents.page import Letterhead
    from wksbm_desktop.documents.sample import sample_letter

    head = Letterhead(("KELURAHAN UJI",), "Jl. Uji", None, "F4", "Tangerang", "Uji", "Uji", "", "")
    return sample_letter(head, LetterheadInput("", "F4", "", "", None), date(2026, 12, 2))


def test_preview_prints_every_page_on_the_documents_paper(qtbot, tmp_path: Path) -> None:
    pages = preview.PdfPages(_sample_pdf())
    dialog = preview.PrintPreview(pages, "Contoh", "contoh.pdf", None)
    qtbot.addWidget(dialog)
    size = dialog.printer().pageLayout().fullRectPoints()
    assert round(size.width() / 72 * 25.4) == 215 and round(size.height() / 72 * 25.4) == 330
    dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(str(tmp_path / "dicetak.pdf"))
    pages.paint(dialog.printer())
    printed = PdfReader(str(tmp_path / "dicetak.pdf"))
    assert len(printed.pages) == pages.count == 1


def test_save_as_pdf_writes_the_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    data = _sample_pdf()
    monkeypatch.setattr(
        dialogs_util, "get_save_path", lambda _p, _t, start, _f: str(tmp_path / "surat")
    )
    told: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": told.append(text))
    saved = preview.save_pdf_as(None, data, "surat.pdf")
    assert saved == tmp_path / "surat.pdf" and saved.read_bytes() == data
    assert str(saved) in told[0]


def test_unreadable_pdf_is_a_plain_message(monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": errors.append(text))
    preview.show_preview(None, b"not a pdf", "x", "x.pdf")
    assert errors and "tidak bisa dibuka" in errors[0]


@pytest.mark.parametrize(("printed", "kept"), [(True, 1), (False, 0)])
def test_letter_number_is_given_back_when_the_preview_is_closed_unprinted(
    qtbot, main_window, monkeypatch, printed: bool, kept: int
) -> None:
    from wksbm_desktop.core.services.office import get_office

    shown: list[bytes] = []

    def fake_preview(_parent, data, _title, _name) -> bool:
        shown.append(data)
        return printed

    monkeypatch.setattr(preview, "show_preview", fake_preview)
    tab = tab_of(main_window, GROUPS)
    select_first(main_window, "groupTable")
    tab.print_actions[1].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert "Nomor: 001/" in pdf_text(shown[0])
    with main_window.database.session() as session:
        office = get_office(session)
        assert office is not None and office.letter_last_number == kept


def test_city_board_prints_rekap_kota_of_its_files(
    qtbot, main_window, previews, tmp_path: Path
) -> None:
    from wksbm_desktop.excel.report.export import export_report
    from wksbm_desktop.ui.excel.city_board import open_city_board

    report = export_report(main_window.database, tmp_path / "poris-plawad.xlsx").path
    board = open_city_board(main_window, None)
    assert not board.print_button.isEnabled()  # no usable report yet
    board.add_paths([report])
    board.rescan()
    qtbot.waitUntil(
        lambda: board.scan is not None and board.print_button.isEnabled(), timeout=20_000
    )
    assert board.print_button.text() == "Cetak rekap kota…"
    board.print_button.click()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=30_000)
    text = pdf_text(previews[0][0])
    assert "REKAP KOTA" in text and "1/104 lapor" in text
